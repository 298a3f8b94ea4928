"""The byte encoding each document's text was decoded from (``documents.encoding``).

Documents stored before this revision were all read as UTF-8 (anything else was refused
or, from the web, decoded with replacement characters); their encoding stays NULL,
meaning "not recorded".

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("documents", sa.Column("encoding", sa.String(length=40)))


def downgrade() -> None:
    op.drop_column("documents", "encoding")
