"""learners: secret-backed learner identity, one answer per (attempt, question), answer credit and
flags, when a review card was introduced

Revision ID: 0002_learners
Revises: 0001
Create Date: 2026-11-30

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = "0002_learners"
down_revision: Union[str, Sequence[str], None] = "0001"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        "learners",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("secret_hash", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("joined", sa.JSON(), nullable=False),
        sa.Column("practice_days", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("secret_hash"),
    )
    # Races of the past left duplicate answers: the first one stands, as the feedback showed it.
    op.execute(
        "DELETE FROM answers WHERE attempt_id IS NOT NULL AND id NOT IN "
        "(SELECT MIN(id) FROM answers WHERE attempt_id IS NOT NULL GROUP BY attempt_id, question_id)"
    )
    with op.batch_alter_table("answers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("credit", sa.Float(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("dont_know", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column("counted_right", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.create_unique_constraint("uq_answers_attempt_question", ["attempt_id", "question_id"])
    op.execute("UPDATE answers SET credit = 1 WHERE correct")
    with op.batch_alter_table("review_cards", schema=None) as batch_op:
        batch_op.add_column(sa.Column("introduced_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("review_cards", schema=None) as batch_op:
        batch_op.drop_column("introduced_at")
    with op.batch_alter_table("answers", schema=None) as batch_op:
        batch_op.drop_constraint("uq_answers_attempt_question", type_="unique")
        batch_op.drop_column("counted_right")
        batch_op.drop_column("dont_know")
        batch_op.drop_column("credit")
    op.drop_table("learners")
