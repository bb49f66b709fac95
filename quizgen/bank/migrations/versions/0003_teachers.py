"""teachers: question review and quality, quiz settings, revocable login sessions, login throttle,
ingest jobs that know their worker and draft set

Revision ID: 0003_teachers
Revises: 0002_learners
Create Date: 2026-11-30

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = "0003_teachers"
down_revision: Union[str, Sequence[str], None] = "0002_learners"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table("questions") as batch:
        batch.add_column(sa.Column("review", sa.String(length=16), nullable=False, server_default="none"))
        batch.add_column(sa.Column("quality", sa.JSON(), nullable=True))
        batch.create_index("ix_questions_review", ["review"])
    with op.batch_alter_table("question_sets") as batch:
        batch.add_column(sa.Column("draw_count", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("time_limit_minutes", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("attempts_allowed", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("opens_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("closes_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("show_answers", sa.String(length=8), nullable=False, server_default="each"))
    with op.batch_alter_table("ingest_jobs") as batch:
        batch.add_column(sa.Column("worker", sa.String(length=128), nullable=False, server_default=""))
        batch.add_column(sa.Column("set_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("report", sa.JSON(), nullable=True))
        batch.create_foreign_key("fk_ingest_jobs_set_id", "question_sets", ["set_id"], ["id"], ondelete="SET NULL")
    op.create_table(
        "login_sessions",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_login_sessions_user_id", "login_sessions", ["user_id"])
    op.create_table(
        "login_throttle",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("first_failure_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("key"),
    )


def downgrade() -> None:
    op.drop_table("login_throttle")
    op.drop_index("ix_login_sessions_user_id", "login_sessions")
    op.drop_table("login_sessions")
    with op.batch_alter_table("ingest_jobs") as batch:
        batch.drop_constraint("fk_ingest_jobs_set_id", type_="foreignkey")
        for name in ("report", "set_id", "worker"):
            batch.drop_column(name)
    with op.batch_alter_table("question_sets") as batch:
        for name in ("show_answers", "closes_at", "opens_at", "attempts_allowed", "time_limit_minutes", "draw_count"):
            batch.drop_column(name)
    with op.batch_alter_table("questions") as batch:
        batch.drop_index("ix_questions_review")
        batch.drop_column("quality")
        batch.drop_column("review")
