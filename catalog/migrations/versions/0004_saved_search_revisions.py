"""Saved searches become units of work with revisions: every saved search that has no
current revision (saved after revision 0003 by a Pressmark that did not record them yet) gets
one initial revision, in one operation labelled as such.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03
"""

from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

# a random id in SQL, as new_revision_id() makes it in Python (32 hex digits)
_RANDOM_ID = "lower(hex(randomblob(16)))"


def upgrade() -> None:
    bind = op.get_bind()
    missing = bind.exec_driver_sql("SELECT count(*) FROM saved_searches WHERE revision IS NULL").scalar()
    if not missing:
        return
    op.execute(
        "INSERT INTO operations (op_id, label, author_name, author_id, at, kind, undo_state) "
        f"VALUES ({_RANDOM_ID}, 'The saved searches as they were before they had revisions', 'Pressmark', '', CURRENT_TIMESTAMP, 'initial', 'closed')"
    )
    op.execute(
        "INSERT INTO revisions (rev_id, operation_id, record_type, record_uuid, action) "
        f"SELECT {_RANDOM_ID}, (SELECT max(id) FROM operations), 'saved_search', uuid, 'create' "
        "FROM saved_searches WHERE revision IS NULL ORDER BY id"
    )
    op.execute(
        "UPDATE saved_searches SET revision = (SELECT rev_id FROM revisions r WHERE r.record_uuid = saved_searches.uuid) "
        "WHERE revision IS NULL"
    )


def downgrade() -> None:
    pass  # the revisions stay: they describe saved searches that exist
