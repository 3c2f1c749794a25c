"""Revisions: every change recorded (operations and revisions), each record's current
revision, and a UUID for saved searches. Every existing record gets one initial revision, in
one operation labelled as the catalogue before revisions (docs/design/revisions.md).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

# a random id in SQL, as new_revision_id() makes it in Python (32 hex digits)
_RANDOM_ID = "lower(hex(randomblob(16)))"
# a random version-4 UUID in SQL, for the saved searches that had none
_RANDOM_UUID = (
    "lower(substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-' || "
    "substr('89ab', 1 + (abs(random()) % 4), 1) || substr(h, 18, 3) || '-' || substr(h, 21, 12))"
)
_RECORDS = (("tag", "tags"), ("actor", "actors"), ("document", "documents"), ("quote", "quotes"), ("saved_search", "saved_searches"))


def upgrade() -> None:
    op.create_table('operations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('op_id', sa.String(length=32), nullable=False),
    sa.Column('label', sa.String(length=300), nullable=False),
    sa.Column('author_name', sa.String(length=200), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('undoes', sa.String(length=32), nullable=True),
    sa.Column('undo_state', sa.String(length=10), nullable=False),
    sa.Column('brought_by', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('op_id')
    )
    with op.batch_alter_table('operations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_operations_undo_state'), ['undo_state'], unique=False)
        batch_op.create_index(batch_op.f('ix_operations_brought_by'), ['brought_by'], unique=False)
    op.create_table('revisions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('rev_id', sa.String(length=32), nullable=False),
    sa.Column('operation_id', sa.Integer(), nullable=False),
    sa.Column('record_type', sa.String(length=20), nullable=False),
    sa.Column('record_uuid', sa.String(length=36), nullable=False),
    sa.Column('parent_rev', sa.String(length=32), nullable=True),
    sa.Column('other_parent', sa.String(length=32), nullable=True),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.Column('fields', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['operation_id'], ['operations.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('rev_id')
    )
    with op.batch_alter_table('revisions', schema=None) as batch_op:
        batch_op.create_index('ix_revisions_record', ['record_uuid', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_revisions_operation_id'), ['operation_id'], unique=False)
    for table in ('documents', 'quotes', 'actors', 'tags', 'saved_searches'):
        op.add_column(table, sa.Column('revision', sa.String(length=32), nullable=True))
    op.add_column('saved_searches', sa.Column('uuid', sa.String(length=36), nullable=True))
    op.execute(f"UPDATE saved_searches SET uuid = (SELECT {_RANDOM_UUID} FROM (SELECT hex(randomblob(16)) AS h)) WHERE uuid IS NULL")  # noqa: S608
    with op.batch_alter_table('saved_searches', schema=None) as batch_op:
        batch_op.alter_column('uuid', existing_type=sa.String(length=36), nullable=False)
        batch_op.create_unique_constraint('uq_saved_searches_uuid', ['uuid'])

    op.execute(
        "INSERT INTO operations (op_id, label, author_name, author_id, at, kind, undo_state) "
        f"VALUES ({_RANDOM_ID}, 'The catalogue as it was before revisions', 'Pressmark', '', CURRENT_TIMESTAMP, 'initial', 'closed')"
    )
    for record_type, table in _RECORDS:
        op.execute(
            "INSERT INTO revisions (rev_id, operation_id, record_type, record_uuid, action) "  # noqa: S608
            f"SELECT {_RANDOM_ID}, (SELECT max(id) FROM operations), '{record_type}', uuid, 'create' FROM {table} ORDER BY id"
        )
        op.execute(f"UPDATE {table} SET revision = (SELECT rev_id FROM revisions r WHERE r.record_uuid = {table}.uuid)")  # noqa: S608


def downgrade() -> None:
    with op.batch_alter_table('saved_searches', schema=None) as batch_op:
        batch_op.drop_constraint('uq_saved_searches_uuid', type_='unique')
        batch_op.drop_column('uuid')
    for table in ('documents', 'quotes', 'actors', 'tags', 'saved_searches'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('revision')
    op.drop_table('revisions')
    op.drop_table('operations')
