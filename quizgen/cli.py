"""The ``quizgen`` command line: one library under every command."""

from __future__ import annotations

import json
import os
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


def build_or_fail(paths: tuple[str, ...], **options):
    """Run the pipeline on PATHS; one line on stderr per input skipped, an error if none was read."""
    from .nlp import ModelNotFound
    from .pipeline import build

    try:
        result = build(paths, **options)
    except ModelNotFound as exc:
        raise click.ClickException(str(exc)) from exc
    for item in result.skipped:
        click.echo(str(item), err=True)
    if not result.documents:
        raise click.ClickException("nothing could be read")
    return result


model_option = click.option(
    "--model", envvar=config.MODEL_ENV, default=None, help="spaCy model name (default: en_core_web_sm if installed, else its re-upload)."
)


@click.group()
@click.version_option(package_name="quizgen")
def main() -> None:
    """Turn news articles into evidence-backed quizzes and study decks."""
    try:
        config.max_bytes()
    except config.ConfigError as exc:
        raise click.UsageError(str(exc)) from exc


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("-o", "--output", default="-", help="JSON Lines file to write ('-' for stdout).")
@click.option("--processes", default=1, show_default=True, type=click.IntRange(min=1), help="spaCy worker processes.")
@model_option
def extract(paths: tuple[str, ...], output: str, processes: int, model: str | None) -> None:
    """Extract quotes, figures and participants from PATHS as JSON Lines."""
    documents = read_inputs(paths)
    if not documents:
        raise click.ClickException("nothing could be read")
    counts: Counter[str] = Counter()
    with _open_out(output) as out:
        by_name = {d.name: d for d in documents}
        for fact in iter_facts(documents, model, processes):
            out.write(json.dumps(fact.in_file(by_name[fact.doc]).to_dict(), ensure_ascii=False) + "\n")
            counts[fact.kind] += 1
    click.echo(
        f"extracted {sum(counts.values())} facts from {len(documents)} documents: "
        f"{counts['quote']} quotes, {counts['figure']} figures, {counts['participant']} participants",
        err=True,
    )


def _question_types(value: str) -> tuple[str, ...]:
    from .questions.model import TYPES

    chosen = tuple(t.strip() for t in value.split(",") if t.strip())
    unknown = [t for t in chosen if t not in TYPES]
    if unknown or not chosen:
        raise click.ClickException(f"unknown question type(s) {', '.join(unknown) or '(none)'}; choose from {','.join(TYPES)}")
    return chosen


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("-o", "--output", default="-", help="JSON Lines file to write ('-' for stdout).")
@click.option("--types", default="short,mcq,cloze,tf,matching", show_default=True, help="Question types, comma-separated.")
@click.option("--max-per-article", type=click.IntRange(min=1), default=None, help="Keep at most N questions per article.")
@click.option("--seed", default=0, show_default=True, help="Seed for shuffling choices.")
@click.option("--with-review", is_flag=True, help="Also write the questions held for a teacher's review (\"review\": true).")
@model_option
def questions(paths: tuple[str, ...], output: str, types: str, max_per_article: int | None, seed: int,
              with_review: bool, model: str | None) -> None:
    """Generate annotated questions from PATHS as JSON Lines (the set served to students)."""
    from .questions import answer_leaks

    chosen = _question_types(types)
    result = build_or_fail(paths, model=model, types=chosen, max_per_article=max_per_article, seed=seed)
    served = [q for q in result.questions if not q.review]
    with _open_out(output) as out:
        for question in result.questions if with_review else served:
            out.write(json.dumps(question.in_file(result.documents).to_dict(), ensure_ascii=False) + "\n")
    counts = Counter(q.type for q in served)
    click.echo(
        f"generated {len(served)} questions from {len(result.facts)} facts in {len(result.documents)} "
        f"documents: " + ", ".join(f"{counts[t]} {t}" for t in chosen)
        + f"; {sum(q.conflict for q in served)} conflicts flagged; "
        f"{len(result.questions) - len(served)} held for review; "
        f"{len(answer_leaks(served))} answers revealed by another question",
        err=True,
    )


def _opened(opener):
    """``opener()``; an unreachable or broken database is one line on stderr, no traceback."""
    try:
        return opener()
    except Exception as exc:
        raise click.ClickException(f"cannot open the question bank: {exc.__class__.__name__}: {exc}".splitlines()[0])


def _bank():
    """The question bank (QUIZGEN_DATABASE_URL, else the SQLite file in the data folder)."""
    from .bank import open_bank

    return _opened(open_bank)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--set-name", default=None, help="Name of the published set (default: the folder or file name).")
@click.option("--queue", is_flag=True, help="Queue one task per article for `quizgen worker` (needs QUIZGEN_BROKER_URL).")
@click.option("--wait", is_flag=True, help="With --queue: follow the job until it ends; non-zero exit if it failed.")
@model_option
def ingest(paths: tuple[str, ...], set_name: str | None, queue: bool, wait: bool, model: str | None) -> None:
    """Extract, generate and store PATHS in the question bank (one transaction, or queued jobs)."""
    from .bank.ingest import NothingToIngest, ingest_paths
    from .bank.store import set_name_for
    from .nlp import ModelNotFound

    if queue:
        if not config.broker_url():
            raise click.ClickException(f"--queue needs a task queue: set {config.BROKER_ENV} (e.g. redis://127.0.0.1:6379/0)")
        from .tasks import submit_paths

        bank = _bank()
        try:
            job_id = submit_paths(bank, paths, set_name or set_name_for(paths), model=config.model_name(model))
        except NothingToIngest as exc:
            raise click.ClickException(str(exc)) from exc
        click.echo(f"queued ingest job {job_id}", err=True)
        if wait:
            _follow_job(bank, job_id)
        return
    bank = _bank()
    try:
        report, skipped = ingest_paths(bank, paths, model=model, set_name=set_name)
    except (ModelNotFound, NothingToIngest) as exc:
        raise click.ClickException(str(exc)) from exc
    for item in skipped:
        click.echo(str(item), err=True)
    click.echo(str(report), err=True)


def _follow_job(bank, job_id: int, interval: float = 1.0) -> None:
    """Print a job's progress until it ends; a failed job is a non-zero exit with its reason."""
    import time

    from .bank.models import IngestJob

    shown = None
    while True:
        with bank() as session:
            job = session.get(IngestJob, job_id)
            state = (job.status, job.progress, job.message)
        if state != shown:
            click.echo(f"job {job_id}: {state[0]} {state[1]}% {state[2]}", err=True)
            shown = state
        if state[0] == "failed":
            raise click.ClickException(state[2])
        if state[0] == "done":
            return
        time.sleep(interval)


@main.command()
@click.option("--concurrency", default=1, show_default=True, type=click.IntRange(min=1),
              help="Pool processes, each with its own spaCy model (about one per core).")
@click.option("--max-tasks-per-child", default=500, show_default=True, type=click.IntRange(min=1),
              help="Articles a pool process ingests before it is replaced by a fresh one.")
@click.option("--loglevel", default="INFO", show_default=True)
def worker(concurrency: int, max_tasks_per_child: int, loglevel: str) -> None:
    """Run an ingest worker on the task queue (QUIZGEN_BROKER_URL) and the bank."""
    if not config.broker_url():
        raise click.ClickException(f"a worker needs a task queue: set {config.BROKER_ENV} (e.g. redis://127.0.0.1:6379/0)")
    from .bank import engine_of

    engine_of(_bank()).dispose()  # reachable and migrated; no connection is left for the pool processes to inherit
    from .tasks import start_worker

    start_worker(concurrency, max_tasks_per_child, loglevel)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--threads", default=8, show_default=True, type=int)
def serve(host: str, port: int, threads: int) -> None:
    """Serve the quiz app on an existing bank with waitress."""
    from waitress.server import create_server

    from .web import create_app

    app = _opened(create_app)
    try:
        server = create_server(app, host=host, port=port, threads=threads)
    except OSError as exc:
        raise click.ClickException(f"cannot serve on {host}:{port}: {exc.strerror or exc}") from exc
    click.echo(f"quizgen is serving on http://{host}:{port}", err=True)
    server.run()


@main.command("create-teacher")
@click.argument("username")
@click.password_option(help="The password (asked for when not given).")
def create_teacher(username: str, password: str) -> None:
    """Create a teacher account (or reset its password)."""
    from .bank import AccountError
    from .bank import create_teacher as add

    try:
        add(_bank(), username, password)
    except AccountError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"teacher {username.strip()!r} can now log in", err=True)


def _paths_set(paths: tuple[str, ...], set_name: str | None, model: str | None):
    """An export set built from the articles at PATHS."""
    from .bank.store import set_name_for
    from .export import ExportSet

    result = build_or_fail(paths, model=model)
    return ExportSet.of(set_name or set_name_for(paths), result.questions, result.documents.values())


def _bank_set(set_name: str | None):
    """An export set read from the bank: the set named ``set_name``, else its only published set."""
    from .bank.queries import SetNotFound, find_set, load_set, published_sets
    from .export import ExportSet

    with _bank()() as session:
        try:
            qset = find_set(session, set_name) if set_name else None
        except SetNotFound as exc:
            raise click.ClickException(f"{exc}: give its exact name with --set") from exc
        if qset is None:
            published = published_sets(session)
            if len(published) != 1:
                names = ", ".join(repr(s.name) for s in published)
                raise click.ClickException(
                    f"the bank has {len(published)} published sets ({names}): choose one with --set" if published
                    else "the bank has no published set: ingest articles first, or choose a set with --set")
            qset = published[0]
        questions, articles = load_set(session, qset.name)
    if not questions:
        raise click.ClickException(f"set {qset.name!r} has no active questions to export")
    return ExportSet.of(qset.name, questions, articles)


@main.command("export")
@click.argument("paths", nargs=-1, type=click.Path(exists=True))
@click.option("--format", "fmt", required=True, help="apkg, moodle, gift, csv, tsv or json.")
@click.option("--set", "set_name", default=None,
              help="With PATHS: the deck and category name (default: the folder or file names). Without: the "
                   "bank's set to export (default: its only published set; an error if it has several).")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="File to write.")
@model_option
def export_command(paths: tuple[str, ...], fmt: str, set_name: str | None, output: str, model: str | None) -> None:
    """Export the questions of PATHS, or of a set in the question bank when no PATH is given
    (QUIZGEN_DATABASE_URL, else the bank `ingest` and `serve` use), as an Anki deck, Moodle XML,
    GIFT, CSV/TSV or JSON."""
    from .export import FORMATS, export

    if fmt not in FORMATS:
        raise click.ClickException(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    if not os.path.isdir(os.path.dirname(os.path.abspath(output))):
        raise click.ClickException(f"cannot write {output}: no such folder")
    export_set = _paths_set(paths, set_name, model) if paths else _bank_set(set_name)
    try:
        skipped = export(export_set, fmt, output)
    except OSError as exc:
        raise click.ClickException(f"cannot write {output}: {exc.strerror or exc}") from exc
    for question, reason in skipped:
        click.echo(f"left out {question.id} ({reason}): {question.prompt[:60]}", err=True)
    click.echo(f"exported {len(export_set.questions) - len(skipped)} questions from {len(export_set.articles)} "
               f"articles as {fmt} to {output}", err=True)


if __name__ == "__main__":
    main()
