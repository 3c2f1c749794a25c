"""Initial schema: documents, quotes, actors, tags, proposals, saved searches.

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('actors',
    sa.Column('type', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=500), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('dates', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('uuid')
    )
    with op.batch_alter_table('actors', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_actors_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_actors_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_actors_type'), ['type'], unique=False)

    op.create_table('catalog_state',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('generation', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('documents',
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('subtitle', sa.Text(), nullable=False),
    sa.Column('publication', sa.String(length=300), nullable=False),
    sa.Column('section', sa.String(length=200), nullable=False),
    sa.Column('published_at', sa.DateTime(), nullable=True),
    sa.Column('published_text', sa.String(length=200), nullable=False),
    sa.Column('url', sa.Text(), nullable=False),
    sa.Column('short_url', sa.Text(), nullable=False),
    sa.Column('language', sa.String(length=35), nullable=False),
    sa.Column('image_caption', sa.Text(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('end_matter', sa.Text(), nullable=False),
    sa.Column('text_sha256', sa.String(length=64), nullable=False),
    sa.Column('original_name', sa.Text(), nullable=False),
    sa.Column('original_format', sa.String(length=40), nullable=False),
    sa.Column('original_sha256', sa.String(length=64), nullable=False),
    sa.Column('original_size', sa.Integer(), nullable=False),
    sa.Column('accessioned_at', sa.DateTime(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('rights', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('uuid')
    )
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_documents_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_documents_original_sha256'), ['original_sha256'], unique=False)
        batch_op.create_index(batch_op.f('ix_documents_publication'), ['publication'], unique=False)
        batch_op.create_index(batch_op.f('ix_documents_published_at'), ['published_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_documents_text_sha256'), ['text_sha256'], unique=False)
        batch_op.create_index(batch_op.f('ix_documents_url'), ['url'], unique=False)

    op.create_table('saved_searches',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('query', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    op.create_table('tags',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('colour', sa.String(length=9), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['tags.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('parent_id', 'name'),
    sa.UniqueConstraint('uuid')
    )
    with op.batch_alter_table('tags', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tags_parent_id'), ['parent_id'], unique=False)

    op.create_table('actor_aliases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=False),
    sa.Column('alias', sa.String(length=500), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('actor_id', 'alias')
    )
    with op.batch_alter_table('actor_aliases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_actor_aliases_actor_id'), ['actor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_actor_aliases_alias'), ['alias'], unique=False)

    op.create_table('actor_identifiers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=False),
    sa.Column('scheme', sa.String(length=40), nullable=False),
    sa.Column('value', sa.String(length=500), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('actor_id', 'scheme', 'value')
    )
    with op.batch_alter_table('actor_identifiers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_actor_identifiers_actor_id'), ['actor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_actor_identifiers_value'), ['value'], unique=False)

    op.create_table('actor_relations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('subject_id', sa.Integer(), nullable=False),
    sa.Column('object_id', sa.Integer(), nullable=False),
    sa.Column('relation', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['object_id'], ['actors.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['subject_id'], ['actors.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('subject_id', 'object_id', 'relation')
    )
    with op.batch_alter_table('actor_relations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_actor_relations_object_id'), ['object_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_actor_relations_subject_id'), ['subject_id'], unique=False)

    op.create_table('actor_tags',
    sa.Column('actor_id', sa.Integer(), nullable=False),
    sa.Column('tag_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tag_id'], ['tags.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('actor_id', 'tag_id')
    )
    with op.batch_alter_table('actor_tags', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_actor_tags_tag_id'), ['tag_id'], unique=False)

    op.create_table('document_actors',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('document_id', 'actor_id', 'role')
    )
    with op.batch_alter_table('document_actors', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_actors_actor_id'), ['actor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_document_actors_document_id'), ['document_id'], unique=False)

    op.create_table('document_tags',
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('tag_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tag_id'], ['tags.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('document_id', 'tag_id')
    )
    with op.batch_alter_table('document_tags', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_tags_tag_id'), ['tag_id'], unique=False)

    op.create_table('proposals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('proposals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_proposals_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_proposals_status'), ['status'], unique=False)

    op.create_table('quotes',
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('exact', sa.Text(), nullable=False),
    sa.Column('prefix', sa.Text(), nullable=False),
    sa.Column('suffix', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('speaker_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['speaker_id'], ['actors.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('uuid')
    )
    with op.batch_alter_table('quotes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quotes_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_quotes_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_quotes_speaker_id'), ['speaker_id'], unique=False)

    op.create_table('quote_tags',
    sa.Column('quote_id', sa.Integer(), nullable=False),
    sa.Column('tag_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['quote_id'], ['quotes.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tag_id'], ['tags.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('quote_id', 'tag_id')
    )
    with op.batch_alter_table('quote_tags', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quote_tags_tag_id'), ['tag_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('quote_tags', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quote_tags_tag_id'))

    op.drop_table('quote_tags')
    with op.batch_alter_table('quotes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quotes_speaker_id'))
        batch_op.drop_index(batch_op.f('ix_quotes_document_id'))
        batch_op.drop_index(batch_op.f('ix_quotes_deleted_at'))

    op.drop_table('quotes')
    with op.batch_alter_table('proposals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_proposals_status'))
        batch_op.drop_index(batch_op.f('ix_proposals_document_id'))

    op.drop_table('proposals')
    with op.batch_alter_table('document_tags', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_tags_tag_id'))

    op.drop_table('document_tags')
    with op.batch_alter_table('document_actors', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_actors_document_id'))
        batch_op.drop_index(batch_op.f('ix_document_actors_actor_id'))

    op.drop_table('document_actors')
    with op.batch_alter_table('actor_tags', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_actor_tags_tag_id'))

    op.drop_table('actor_tags')
    with op.batch_alter_table('actor_relations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_actor_relations_subject_id'))
        batch_op.drop_index(batch_op.f('ix_actor_relations_object_id'))

    op.drop_table('actor_relations')
    with op.batch_alter_table('actor_identifiers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_actor_identifiers_value'))
        batch_op.drop_index(batch_op.f('ix_actor_identifiers_actor_id'))

    op.drop_table('actor_identifiers')
    with op.batch_alter_table('actor_aliases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_actor_aliases_alias'))
        batch_op.drop_index(batch_op.f('ix_actor_aliases_actor_id'))

    op.drop_table('actor_aliases')
    with op.batch_alter_table('tags', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tags_parent_id'))

    op.drop_table('tags')
    op.drop_table('saved_searches')
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_documents_url'))
        batch_op.drop_index(batch_op.f('ix_documents_text_sha256'))
        batch_op.drop_index(batch_op.f('ix_documents_published_at'))
        batch_op.drop_index(batch_op.f('ix_documents_publication'))
        batch_op.drop_index(batch_op.f('ix_documents_original_sha256'))
        batch_op.drop_index(batch_op.f('ix_documents_deleted_at'))

    op.drop_table('documents')
    op.drop_table('catalog_state')
    with op.batch_alter_table('actors', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_actors_type'))
        batch_op.drop_index(batch_op.f('ix_actors_name'))
        batch_op.drop_index(batch_op.f('ix_actors_deleted_at'))

    op.drop_table('actors')

