"""Initial schema: documents, actors, events, quotes, stances, contradictions, framing, errors.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "actors",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("country", sa.String(length=3), nullable=True),
        sa.Column("sector", sa.String(length=8), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=True),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actors")),
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("outlet", sa.String(length=200), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("lang", sa.String(length=16), nullable=True),
        sa.Column("external_id", sa.Text(), nullable=True),
        sa.Column("copy_of", sa.String(length=64), nullable=True),
        sa.Column("minhash", sa.LargeBinary(), nullable=True),
        sa.Column("sentences", sa.JSON(), nullable=True),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["copy_of"], ["documents.id"], name=op.f("fk_documents_copy_of_documents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
    )
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_documents_copy_of"), ["copy_of"], unique=False)
        batch_op.create_index(batch_op.f("ix_documents_outlet"), ["outlet"], unique=False)
        batch_op.create_index(batch_op.f("ix_documents_published"), ["published"], unique=False)

    op.create_table(
        "errors",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("record", sa.Text(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("time", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_errors")),
    )
    with op.batch_alter_table("errors", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_errors_time"), ["time"], unique=False)

    op.create_table(
        "contradictions",
        sa.Column("scope", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("doc_id", sa.String(length=64), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("topic", sa.Text(), nullable=False),
        sa.Column("a_by", sa.String(length=64), nullable=True),
        sa.Column("b_by", sa.String(length=64), nullable=True),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("rule", sa.String(length=100), nullable=True),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["doc_id"], ["documents.id"], name=op.f("fk_contradictions_doc_id_documents")
        ),
        sa.PrimaryKeyConstraint("scope", "id", name=op.f("pk_contradictions")),
    )
    with op.batch_alter_table("contradictions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contradictions_a_by"), ["a_by"], unique=False)
        batch_op.create_index(batch_op.f("ix_contradictions_b_by"), ["b_by"], unique=False)
        batch_op.create_index(batch_op.f("ix_contradictions_topic"), ["topic"], unique=False)

    op.create_table(
        "document_actors",
        sa.Column("doc_id", sa.String(length=64), nullable=False),
        sa.Column("actor_id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["actors.id"], name=op.f("fk_document_actors_actor_id_actors")
        ),
        sa.ForeignKeyConstraint(
            ["doc_id"], ["documents.id"], name=op.f("fk_document_actors_doc_id_documents")
        ),
        sa.PrimaryKeyConstraint("doc_id", "actor_id", name=op.f("pk_document_actors")),
    )
    op.create_table(
        "events",
        sa.Column("doc_id", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=64), nullable=True),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("target", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("mode", sa.String(length=64), nullable=True),
        sa.Column("voice", sa.String(length=64), nullable=True),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=True),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["doc_id"], ["documents.id"], name=op.f("fk_events_doc_id_documents")
        ),
        sa.PrimaryKeyConstraint("doc_id", "id", name=op.f("pk_events")),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_events_action"), ["action"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_date"), ["date"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_source"), ["source"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_target"), ["target"], unique=False)

    op.create_table(
        "framing_markers",
        sa.Column("doc_id", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("term", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("refers_to", sa.String(length=64), nullable=True),
        sa.Column("voice", sa.String(length=64), nullable=True),
        sa.Column("outlet", sa.String(length=200), nullable=True),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["doc_id"], ["documents.id"], name=op.f("fk_framing_markers_doc_id_documents")
        ),
        sa.PrimaryKeyConstraint("doc_id", "id", name=op.f("pk_framing_markers")),
    )
    with op.batch_alter_table("framing_markers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_framing_markers_outlet"), ["outlet"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_framing_markers_refers_to"), ["refers_to"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_framing_markers_voice"), ["voice"], unique=False)

    op.create_table(
        "quotes",
        sa.Column("doc_id", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("speaker", sa.Text(), nullable=False),
        sa.Column("speaker_actor", sa.String(length=64), nullable=True),
        sa.Column("speaker_kind", sa.String(length=16), nullable=False),
        sa.Column("anonymous", sa.Boolean(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("cue", sa.Text(), nullable=True),
        sa.Column("via", sa.String(length=200), nullable=True),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["doc_id"], ["documents.id"], name=op.f("fk_quotes_doc_id_documents")
        ),
        sa.PrimaryKeyConstraint("doc_id", "id", name=op.f("pk_quotes")),
    )
    with op.batch_alter_table("quotes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_quotes_speaker_actor"), ["speaker_actor"], unique=False
        )

    op.create_table(
        "stances",
        sa.Column("doc_id", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("process", sa.Text(), nullable=False),
        sa.Column("proposal", sa.Text(), nullable=True),
        sa.Column("party", sa.String(length=64), nullable=False),
        sa.Column("stance", sa.String(length=16), nullable=False),
        sa.Column("claimed_by", sa.String(length=64), nullable=True),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["doc_id"], ["documents.id"], name=op.f("fk_stances_doc_id_documents")
        ),
        sa.PrimaryKeyConstraint("doc_id", "id", name=op.f("pk_stances")),
    )
    with op.batch_alter_table("stances", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stances_party"), ["party"], unique=False)
        batch_op.create_index(batch_op.f("ix_stances_process"), ["process"], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("stances", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stances_process"))
        batch_op.drop_index(batch_op.f("ix_stances_party"))

    op.drop_table("stances")
    with op.batch_alter_table("quotes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_quotes_speaker_actor"))

    op.drop_table("quotes")
    with op.batch_alter_table("framing_markers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_framing_markers_voice"))
        batch_op.drop_index(batch_op.f("ix_framing_markers_refers_to"))
        batch_op.drop_index(batch_op.f("ix_framing_markers_outlet"))

    op.drop_table("framing_markers")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_events_target"))
        batch_op.drop_index(batch_op.f("ix_events_status"))
        batch_op.drop_index(batch_op.f("ix_events_source"))
        batch_op.drop_index(batch_op.f("ix_events_date"))
        batch_op.drop_index(batch_op.f("ix_events_action"))

    op.drop_table("events")
    op.drop_table("document_actors")
    with op.batch_alter_table("contradictions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contradictions_topic"))
        batch_op.drop_index(batch_op.f("ix_contradictions_b_by"))
        batch_op.drop_index(batch_op.f("ix_contradictions_a_by"))

    op.drop_table("contradictions")
    with op.batch_alter_table("errors", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_errors_time"))

    op.drop_table("errors")
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_documents_published"))
        batch_op.drop_index(batch_op.f("ix_documents_outlet"))
        batch_op.drop_index(batch_op.f("ix_documents_copy_of"))

    op.drop_table("documents")
    op.drop_table("actors")
