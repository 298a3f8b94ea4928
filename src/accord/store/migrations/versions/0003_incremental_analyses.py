"""Cross-document analyses kept up to date: refresh marks, stance link columns, side documents
of contradictions, and the ``boards`` table.

Every document stored before this revision is left unmarked (``refreshed_at`` NULL), so
the next ``accord ingest``, ``accord contradictions`` or ``accord talks`` takes the whole
store in once. The corpus-wide contradictions an earlier ``accord contradictions`` stored
are dropped for the same reason: they are found again, under stable ids.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


# Plain ALTERs, not batch copies: SQLite (3.35 and later) adds and drops columns itself, and
# copying ``documents`` would trip the foreign keys that point at it.
def upgrade() -> None:
    op.add_column("documents", sa.Column("refreshed_at", sa.DateTime(timezone=True)))
    op.create_index(op.f("ix_documents_refreshed_at"), "documents", ["refreshed_at"])
    op.add_column("stances", sa.Column("process_label", sa.Text()))
    op.add_column("stances", sa.Column("round", sa.Text()))
    op.add_column("contradictions", sa.Column("a_doc", sa.String(length=64)))
    op.add_column("contradictions", sa.Column("b_doc", sa.String(length=64)))
    op.create_index(op.f("ix_contradictions_a_doc"), "contradictions", ["a_doc"])
    op.create_index(op.f("ix_contradictions_b_doc"), "contradictions", ["b_doc"])

    op.create_table(
        "boards",
        sa.Column("process", sa.Text(), nullable=False),
        sa.Column("names", sa.Text(), nullable=False),
        sa.Column("documents", sa.Integer(), nullable=False),
        sa.Column("members", sa.JSON(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("process", name=op.f("pk_boards")),
    )

    # the new columns of stored rows, from the full JSON each row keeps
    stances = sa.table(
        "stances", sa.column("data", sa.JSON), sa.column("process_label"), sa.column("round")
    )
    op.execute(
        sa.update(stances).values(
            process_label=stances.c.data["process_label"].as_string(),
            round=stances.c.data["round"].as_string(),
        )
    )
    contradictions = sa.table(
        "contradictions",
        sa.column("scope"),
        sa.column("data", sa.JSON),
        sa.column("a_doc"),
        sa.column("b_doc"),
    )
    op.execute(sa.delete(contradictions).where(contradictions.c.scope == "corpus"))
    op.execute(
        sa.update(contradictions).values(
            a_doc=contradictions.c.data[("a", "doc_id")].as_string(),
            b_doc=contradictions.c.data[("b", "doc_id")].as_string(),
        )
    )


def downgrade() -> None:
    op.drop_table("boards")
    op.drop_index(op.f("ix_contradictions_b_doc"), table_name="contradictions")
    op.drop_index(op.f("ix_contradictions_a_doc"), table_name="contradictions")
    op.drop_column("contradictions", "b_doc")
    op.drop_column("contradictions", "a_doc")
    op.drop_column("stances", "round")
    op.drop_column("stances", "process_label")
    op.drop_index(op.f("ix_documents_refreshed_at"), table_name="documents")
    op.drop_column("documents", "refreshed_at")
