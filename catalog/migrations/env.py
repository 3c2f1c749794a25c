"""Alembic environment: runs on the connection the catalogue hands over (never a URL of its own)."""

from alembic import context

from catalog.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Pressmark migrations run only through catalog.db.upgrade()")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()
