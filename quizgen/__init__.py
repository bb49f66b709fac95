"""quizgen: turn news articles into evidence-backed quizzes and study decks.

The pipeline reads as its stages: ingest -> nlp -> extract -> questions -> bank -> export.
"""

__version__ = "0.1.0"
