"""ingest tasks: one row per article of an ingest job (see quizgen.bank.jobs); ingest_jobs
already has worker, set_id and report (0003_teachers)

Revision ID: 0004_queue
Revises: 0003_teachers
Create Date: 2026-11-30

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = "0004_queue"
down_revision: Union[str, Sequence[str], None] = "0003_teachers"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        "ingest_tasks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("job_id", sa.Integer(), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("set_name", sa.String(length=255), nullable=False),
        sa.Column("draft", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("model", sa.String(length=128), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("progress", sa.Integer(), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("worker", sa.String(length=128), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["job_id"], ["ingest_jobs.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("ingest_tasks") as batch_op:
        batch_op.create_index("ix_ingest_tasks_job_id", ["job_id"])
        batch_op.create_index("ix_ingest_tasks_status", ["status"])


def downgrade() -> None:
    op.drop_table("ingest_tasks")
