"""``coach ingest``, ``coach search``, ``coach docs`` and ``coach remove``: the knowledge index."""

from __future__ import annotations

import json
from pathlib import Path

import click

from assistant import service
from assistant.cli import fail
from assistant.knowledge import KnowledgeError
from assistant.knowledge.index import empty_index_message, index_stats, list_documents, remove_document
from assistant.settings import get_settings
from assistant.terminal import clean, shown_name
from assistant.textinput import InputError, check_text


def _notify(message: str) -> None:
    click.echo(clean(message), err=True)


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--reset", is_flag=True, help="Delete the whole index first and rebuild it (to switch models).")
@click.option("--org", "organisation", help="Organisation the documents belong to (overrides front-matter).")
@click.option("--audience", help="Who the documents are for (overrides front-matter).")
@click.option("--effective-date", "effective_date", help="When the documents take effect (overrides front-matter).")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable JSON output.")
def ingest(
    paths: tuple[Path, ...],
    reset: bool,
    organisation: str | None,
    audience: str | None,
    effective_date: str | None,
    as_json: bool,
) -> None:
    """Add, update or remove documents (.md .txt .pdf .docx .html) from files or folders.

    Unchanged files are not embedded again; files gone from a folder leave the index.
    Exit code 1 when some files could not be read (the others are still ingested).
    """

    for path in paths:
        if not path.exists():
            fail(f"{path}: no such file or folder")

    def progress(fraction: float, message: str) -> None:
        if message.startswith("embedding"):
            click.echo(f"{message}…", err=True)

    try:
        report = service.ingest(
            list(paths),
            get_settings(),
            reset=reset,
            progress=progress,
            metadata={"organisation": organisation, "audience": audience, "effective_date": effective_date},
        )
    except KnowledgeError as exc:
        fail(str(exc))
    if as_json:
        click.echo(report.model_dump_json(indent=2))
    else:
        click.echo(render_ingest(report))
    if report.errors:
        raise SystemExit(1)


def render_ingest(report) -> str:  # report: IngestReport
    """The ingest report as lines a person reads."""
    lines: list[str] = []
    for label in ("added", "updated", "unchanged", "removed"):
        for item in getattr(report, label):
            lines.append(f"{label:<9}  {shown_name(item.source)}  ({item.chunks} chunks)")
    for item in report.skipped:
        lines.append(f"skipped    {shown_name(item.source)}: {shown_name(item.reason or '')}")
    for item in report.errors:
        lines.append(f"error      {shown_name(item.source)}: {shown_name(item.reason or '')}")
    if report.message:
        lines.append(shown_name(report.message))
    counts = ", ".join(
        f"{len(getattr(report, label))} {label}"
        for label in ("added", "updated", "unchanged", "removed", "skipped", "errors")
    )
    lines.append(
        f"{counts}; {report.chunks_written} chunks written, {report.chunks_removed} removed. "
        f"Index: {report.documents} documents, {report.chunks} chunks ({report.embedding_model})."
    )
    return "\n".join(lines)


@click.command()
@click.argument("query")
@click.option("-k", "k", type=click.IntRange(1, 100), default=5, show_default=True, help="Results to return.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable JSON output.")
def search(query: str, k: int, as_json: bool) -> None:
    """Hybrid search (dense + BM25, fused by reciprocal rank) over the indexed documents."""

    try:
        if query == "-":
            from assistant.textinput import read_text_arg

            query = read_text_arg("-", click.get_text_stream("stdin"), get_settings().max_input_chars)
        check_text(query, get_settings().max_input_chars, allow_empty=False, what="the search query")
    except InputError as exc:
        fail(str(exc))
    try:
        results = service.search(query, get_settings(), k=k, notify=_notify)
    except KnowledgeError as exc:
        fail(str(exc))
    if as_json:
        payload = {"results": [r.model_dump(mode="json") for r in results]}
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
        return
    if not results:
        click.echo("no results (the index is empty)")
        return
    for rank, result in enumerate(results, 1):
        where = " › ".join(p for p in (shown_name(result.source), clean(result.section or "")) if p)
        if result.page is not None:
            where += f" (page {result.page})"
        similarity = "-" if result.similarity is None else f"{result.similarity:.2f}"
        click.echo(f"{rank}. {where}  [score {result.score:.4f}, similarity {similarity}]")
        excerpt = " ".join(clean(result.text).split())
        click.echo(f"   {excerpt[:300]}{'…' if len(excerpt) > 300 else ''}")


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Machine-readable JSON output.")
def docs(as_json: bool) -> None:
    """List the indexed documents with their chunk counts."""

    settings = get_settings()
    try:
        documents = list_documents(settings)
        stats = index_stats(settings)
    except KnowledgeError as exc:
        fail(str(exc))
    if as_json:
        payload = {"documents": [d.model_dump(mode="json") for d in documents], "index": stats}
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
        return
    if not documents:
        click.echo(empty_index_message(settings))
    width = max((len(shown_name(d.source)) for d in documents), default=0)
    for doc in documents:
        title = " ".join(clean(doc.title).split())
        org = f"  [{clean(doc.organisation)}]" if doc.organisation else ""
        click.echo(f"{shown_name(doc.source).ljust(width)}  {doc.chunks:>4} chunks  {doc.ingested_at}  {title}{org}")
    click.echo(
        f"{stats['documents']} documents, {stats['chunks']} chunks; {stats['embedding_model']}; "
        f"{stats['store']} index at {shown_name(stats['location'])}"
    )


@click.command()
@click.argument("name")
def remove(name: str) -> None:
    """Remove one document from the index, by file name or path."""

    try:
        removed = remove_document(name, get_settings())
    except KnowledgeError as exc:
        fail(str(exc))
    click.echo(f"removed {shown_name(name)} ({removed} chunk{'' if removed == 1 else 's'})")
