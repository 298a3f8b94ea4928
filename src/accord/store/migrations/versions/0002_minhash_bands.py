"""Near-duplicate index in the store: the ``minhash_bands`` table, filled from stored signatures.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bands = op.create_table(
        "minhash_bands",
        sa.Column("band", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(length=16), nullable=False),
        sa.Column("doc_id", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("band", "hash", "doc_id", name=op.f("pk_minhash_bands")),
    )
    # documents stored before this revision keep being found as near-duplicate targets
    from accord.store.neardup import band_keys, band_layout

    layout = band_layout()
    connection = op.get_bind()
    documents = sa.table("documents", sa.column("id"), sa.column("minhash"))
    stored = connection.execute(
        sa.select(documents.c.id, documents.c.minhash).where(documents.c.minhash.is_not(None))
    ).all()
    for doc_id, signature in stored:
        keys = band_keys(bytes(signature), layout=layout)
        rows = [{"band": band, "hash": key, "doc_id": doc_id} for band, key in enumerate(keys)]
        op.bulk_insert(bands, rows)


def downgrade() -> None:
    op.drop_table("minhash_bands")
