"""Covering indexes for the window on a large catalogue: the live documents by date, and the
live quotes per document and per speaker, each read without touching the records' text.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_documents_live_date', 'documents', ['deleted_at', 'published_at', 'id', 'uuid'], unique=False)
    op.create_index('ix_quotes_live_document', 'quotes', ['deleted_at', 'document_id'], unique=False)
    op.create_index('ix_quotes_live_speaker', 'quotes', ['deleted_at', 'speaker_id', 'document_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_quotes_live_speaker', table_name='quotes')
    op.drop_index('ix_quotes_live_document', table_name='quotes')
    op.drop_index('ix_documents_live_date', table_name='documents')
