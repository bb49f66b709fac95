"""The ``quizgen`` command line: one library under every command."""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterator

import click

from . import config


def _open_out(path: str | None):
    return click.open_file(path or "-", "w", encoding="utf-8")


def _progress(items, total: int, desc: str):
    from tqdm import tqdm

    return tqdm(items, total=total, desc=desc, unit="doc", file=sys.stderr, disable=None, leave=False)


def read_inputs(paths: tuple[str, ...]) -> list:
    """Documents from PATHs; a one-line message on stderr for each input skipped."""
    from .ingest import Skipped, read_paths

    documents = []
    for item in read_paths(paths):
        if isinstance(item, Skipped):
            click.echo(str(item), err=True)
        else:
            documents.append(item)
    return documents


def load_nlp(model: str | None):
    from .nlp import ModelNotFound, load

    try:
        return load(config.model_name(model))
    except ModelNotFound as exc:
        raise click.ClickException(str(exc)) from exc


def iter_facts(documents: list, model: str | None, processes: int = 1) -> Iterator:
    """Facts of the documents, with a progress bar on stderr for long runs."""
    from .extract import extract

    nlp = load_nlp(model)
    progress = _progress(documents, len(documents), "extracting")
    return extract(progress, nlp, n_process=processes)


model_option = click.option(
    "--model", envvar=config.MODEL_ENV, default=None, help="spaCy model name (default: en_core_web_sm if installed, else its re-upload)."
)


@click.group()
@click.version_option(package_name="quizgen")
def main() -> None:
    """Turn news articles into evidence-backed quizzes and study decks."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("-o", "--output", default="-", help="JSON Lines file to write ('-' for stdout).")
@click.option("--processes", default=1, show_default=True, help="spaCy worker processes.")
@model_option
def extract(paths: tuple[str, ...], output: str, processes: int, model: str | None) -> None:
    """Extract quotes, figures and participants from PATHS as JSON Lines."""
    documents = read_inputs(paths)
    if not documents:
        raise click.ClickException("nothing could be read")
    counts: Counter[str] = Counter()
    with _open_out(output) as out:
        for fact in iter_facts(documents, model, processes):
            out.write(json.dumps(fact.to_dict(), ensure_ascii=False) + "\n")
            counts[fact.kind] += 1
    click.echo(
        f"extracted {sum(counts.values())} facts from {len(documents)} documents: "
        f"{counts['quote']} quotes, {counts['figure']} figures, {counts['participant']} participants",
        err=True,
    )


if __name__ == "__main__":
    main()
