"""``coach model``: the local embedding model's ONNX file (export it once, check it)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from assistant.cli import fail
from assistant.knowledge import KnowledgeError, onnx_model
from assistant.knowledge.embeddings import get_embedder, local_model_path
from assistant.settings import get_settings


@click.group()
def model() -> None:
    """The local embedding model: export it to ONNX (needs torch, once) and check it."""


def _files() -> onnx_model.ModelFiles:

    settings = get_settings()
    source = Path(local_model_path(settings.local_embedding_model))
    if not source.is_dir():
        fail(f"'{settings.local_embedding_model}' is not a bundled model name or a model folder")
    return onnx_model.model_files(settings.local_embedding_model, source, settings.model_cache_dir)


@model.command()
@click.option("--force", is_flag=True, help="Export again even when a sound ONNX file is cached.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable JSON output.")
def export(force: bool, as_json: bool) -> None:
    """Build the ONNX file from the bundled weights (skipped when a sound one is cached)."""

    settings = get_settings()
    try:
        files = _files()
        runner, problem = (None, "forced") if force else onnx_model.try_load(files, settings.embedding_threads)
        built = runner is None
        if built:
            with onnx_model.file_lock(files.folder):
                onnx_model.export(files, settings.embedding_threads)
        manifest = onnx_model.read_manifest(files) or {}
    except KnowledgeError as exc:
        fail(str(exc))
    summary = {
        "path": str(files.onnx),
        "built": built,
        "min_cosine": manifest.get("min_cosine"),
        "size_mb": round(files.onnx.stat().st_size / 1e6, 1),
    }
    if as_json:
        click.echo(json.dumps(summary))
    else:
        verb = "exported" if built else "already exported"
        click.echo(
            f"{verb}: {summary['path']} ({summary['size_mb']} MB; min cosine to sentence-transformers "
            f"{summary['min_cosine']:.6f} on {len(onnx_model.CHECK_SENTENCES)} sentences)"
        )


@model.command()
def check() -> None:
    """Compare the ONNX model with sentence-transformers now (needs torch); exit 1 below 0.999."""
    import numpy as np


    settings = get_settings()
    try:
        files = _files()
        got = get_embedder(settings).embed_documents(list(onnx_model.CHECK_SENTENCES))
    except KnowledgeError as exc:
        fail(str(exc))
    from sentence_transformers import SentenceTransformer

    reference = SentenceTransformer(str(files.source), device="cpu")
    reference.max_seq_length = onnx_model.max_length(files.source)
    expected = reference.encode(list(onnx_model.CHECK_SENTENCES), normalize_embeddings=True)
    cosine = float(np.min((got * expected).sum(axis=1)))
    click.echo(f"min cosine {cosine:.6f} over {len(expected)} sentences (need >= {onnx_model.MIN_COSINE})")
    if cosine < onnx_model.MIN_COSINE:
        raise SystemExit(1)
