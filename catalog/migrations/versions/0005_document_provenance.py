"""Documents gain a DOI, a page kind and their capture's provenance: what reference managers
and web archives carry (a DOI; a bibliographic entry with no text; a page that is not an
article; the time a crawler captured the page and the WARC record it came from).

Every existing document is an article with no DOI and no capture recorded, which is what the
columns' defaults say; no revision is written, since a state recorded before these fields reads
them as those defaults (``catalog.vocabulary.ADDED_FIELDS``).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ALTER TABLE ... ADD COLUMN: SQLite adds a column with a constant default without
    # copying the table, so a catalogue of a million documents upgrades at once
    op.add_column("documents", sa.Column("doi", sa.String(200), nullable=False, server_default=""))
    op.add_column("documents", sa.Column("page_kind", sa.String(20), nullable=False, server_default="article"))
    op.add_column("documents", sa.Column("captured_at", sa.DateTime(), nullable=True))
    op.add_column("documents", sa.Column("provenance", sa.Text(), nullable=False, server_default=""))
    op.create_index("ix_documents_doi", "documents", ["doi"])


def downgrade() -> None:
    op.drop_index("ix_documents_doi", table_name="documents")
    with op.batch_alter_table("documents") as batch:
        for name in ("provenance", "captured_at", "page_kind", "doi"):
            batch.drop_column(name)
