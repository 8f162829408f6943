"""The local embedding model as an ONNX file: exported once from the bundled weights, then run
with ONNX Runtime and ``tokenizers`` (no torch at run time).

The file lives in a cache folder (``settings.model_cache_dir``, default
``$XDG_CACHE_HOME/performance-coach/models``) with a manifest that records the source weights, the
file's size, modification time and SHA-256, and reference vectors computed by sentence-transformers
at export time. Exporting checks the ONNX model against sentence-transformers on
:data:`CHECK_SENTENCES` (cosine >= :data:`MIN_COSINE`). Loading compares size and modification
time (a file changed since the export is hashed), then re-embeds two of the sentences, so a
truncated, altered or unreadable file is noticed at once. A missing or corrupt file is rebuilt with a one-line notice when torch is
installed, otherwise loading fails with one line saying how to rebuild it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import importlib.util
import json
import os
import re
import threading
import uuid
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.knowledge import KnowledgeError

FORMAT = 1
MIN_COSINE = 0.999
OPSET = 17
DEFAULT_MAX_LENGTH = 256
LOAD_CHECKS = 2  # reference sentences re-embedded on every load

# A fixed set: short and long, lists, numbers, punctuation, non-ASCII, and one past the
# 256-word-piece limit (truncation must match too).
CHECK_SENTENCES = (
    "How often should a manager meet one-on-one with each direct report?",
    "Meal claims are capped at forty euros per day with itemised receipts.",
    "PIP",
    "The employee’s rating—“meets expectations”—was discussed on 3 March 2025 (see §4.2).",
    "- Specific: what exactly will be done?\n- Measurable: which number shows progress?",
    "Mitarbeitende erhalten 30 Urlaubstage; les congés sont pris en accord avec le responsable.",
    "Sick leave accrues at four hours per pay period, with no maximum balance.",
    "Calibration sessions compare ratings across teams; there is no forced distribution.",
    " ".join(["Employees record every overtime hour in the time-keeping system before the pay period ends."] * 24),
    "Ok",
)

Notify = Callable[[str], None]
_LOCK = threading.Lock()


class ModelCacheError(KnowledgeError):
    """The ONNX model cache is missing or corrupt and cannot be rebuilt here."""


@dataclass(frozen=True)
class ModelFiles:
    folder: Path
    onnx: Path
    manifest: Path
    tokenizer: Path
    source: Path


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "performance-coach" / "models"


def _fingerprint(source: Path) -> str:
    """Identifies the source weights without reading them (size and modification time)."""
    weights = next((source / name for name in ("model.safetensors", "pytorch_model.bin") if (source / name).exists()), None)
    if weights is None:
        raise ModelCacheError(f"no model weights (model.safetensors) in {source}")
    stat = weights.stat()
    return hashlib.sha256(f"{source.resolve()}|{stat.st_size}|{stat.st_mtime_ns}".encode()).hexdigest()[:16]


def model_files(model: str, source: Path, cache_dir: Path | None) -> ModelFiles:
    """Where the ONNX export of ``model`` (weights in ``source``) lives."""
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", Path(model).name or model).strip("-") or "model"
    folder = Path(cache_dir or default_cache_dir()).expanduser() / f"{slug}-{_fingerprint(source)}"
    return ModelFiles(folder, folder / "model.onnx", folder / "manifest.json", source / "tokenizer.json", source)


def max_length(source: Path) -> int:
    """The model's max_seq_length (sentence-transformers config), word pieces incl. specials."""
    try:
        config = json.loads((source / "sentence_bert_config.json").read_text(encoding="utf-8"))
        return int(config.get("max_seq_length") or DEFAULT_MAX_LENGTH)
    except (OSError, ValueError):
        return DEFAULT_MAX_LENGTH


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@contextlib.contextmanager
def file_lock(folder: Path) -> Iterator[None]:
    """One exporter at a time, across threads and processes."""
    import fcntl

    folder.mkdir(parents=True, exist_ok=True)
    with _LOCK, (folder / ".lock").open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def export(files: ModelFiles, threads: int | None = None) -> dict[str, Any]:
    """Export the weights to ONNX (needs torch), check it against sentence-transformers and
    write the file and its manifest atomically. Returns the manifest."""
    try:
        import torch
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        raise ModelCacheError(
            f"cannot build the ONNX embedding model: {exc.name or 'torch'} is not installed "
            "(pip install torch==2.13.0 sentence-transformers, then run 'coach model export')"
        ) from None
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from transformers import AutoModel
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()
    transformers_logging.set_verbosity_error()
    length = max_length(files.source)
    model = AutoModel.from_pretrained(str(files.source))
    model.eval()

    class MeanPooled(torch.nn.Module):
        """The transformer plus sentence-transformers' mean pooling and L2 normalisation."""

        def __init__(self, inner: Any) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            hidden = self.inner(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, p=2, dim=1)

    files.folder.mkdir(parents=True, exist_ok=True)
    tmp = files.folder / f"model.{os.getpid()}.{uuid.uuid4().hex}.tmp"
    sample = torch.ones(2, 8, dtype=torch.long)
    axes = {0: "batch", 1: "sequence"}
    try:
        with torch.no_grad(), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            torch.onnx.export(
                MeanPooled(model),
                (sample, sample, torch.zeros_like(sample)),
                str(tmp),
                input_names=["input_ids", "attention_mask", "token_type_ids"],
                output_names=["sentence_embedding"],
                dynamic_axes={
                    "input_ids": axes,
                    "attention_mask": axes,
                    "token_type_ids": axes,
                    "sentence_embedding": {0: "batch"},
                },
                opset_version=OPSET,
                dynamo=False,
            )
        reference = SentenceTransformer(str(files.source), device="cpu")
        reference.max_seq_length = length
        expected = reference.encode(list(CHECK_SENTENCES), normalize_embeddings=True, convert_to_numpy=True)
        runner = OnnxRunner(tmp, files.tokenizer, length, threads)
        got = runner.embed(list(CHECK_SENTENCES))
        cosine = float((expected * got).sum(axis=1).min())
        if cosine < MIN_COSINE:
            raise ModelCacheError(
                f"the ONNX export of {files.source} differs from sentence-transformers "
                f"(min cosine {cosine:.5f} < {MIN_COSINE})"
            )
        manifest = {
            "format": FORMAT,
            "source": str(files.source),
            "fingerprint": files.folder.name.rsplit("-", 1)[-1],
            "onnx_size": tmp.stat().st_size,
            "onnx_sha256": _sha256(tmp),
            "max_length": length,
            "dimension": int(got.shape[1]),
            "min_cosine": cosine,
            "exported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "versions": {"torch": torch.__version__.split("+")[0], "onnxruntime": _ort_version()},
            "check": {"sentences": list(CHECK_SENTENCES), "vectors": expected.astype(float).round(7).tolist()},
        }
        os.replace(tmp, files.onnx)
        manifest["onnx_mtime_ns"] = files.onnx.stat().st_mtime_ns
        _write_manifest(files, manifest)
        return manifest
    finally:
        tmp.unlink(missing_ok=True)


def _ort_version() -> str:
    import onnxruntime

    return onnxruntime.__version__


def _write_manifest(files: ModelFiles, manifest: dict[str, Any]) -> None:
    tmp = files.manifest.with_suffix(f".{uuid.uuid4().hex}.tmp")
    tmp.write_text(json.dumps(manifest), encoding="utf-8")
    os.replace(tmp, files.manifest)


def read_manifest(files: ModelFiles) -> dict[str, Any] | None:
    try:
        manifest = json.loads(files.manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return manifest if isinstance(manifest, dict) and manifest.get("format") == FORMAT else None


class OnnxRunner:
    """An ONNX Runtime session and the WordPiece tokenizer: texts in, normalised vectors out.

    Texts are sorted by length and batched by padded size (at most ``batch_tokens`` word pieces
    and ``batch_size`` texts per batch): short texts never pay for a long one's padding, and
    memory stays bounded (attention grows with the square of the length).
    """

    def __init__(
        self,
        onnx: Path,
        tokenizer: Path,
        length: int,
        threads: int | None = None,
        batch_size: int = 64,
        batch_tokens: int = 2048,
    ):
        import numpy as np
        import onnxruntime
        from tokenizers import Tokenizer

        self._np = np
        self.batch_size = batch_size
        self.batch_tokens = batch_tokens
        self.tokenizer = Tokenizer.from_file(str(tokenizer))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_length=length)
        options = onnxruntime.SessionOptions()
        options.log_severity_level = 3
        if threads:
            options.intra_op_num_threads = threads
        # No spin-waiting: on a shared machine idle threads must not burn the other cores.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self.session = onnxruntime.InferenceSession(str(onnx), options, providers=["CPUExecutionProvider"])
        self.inputs = {i.name for i in self.session.get_inputs()}

    def batches(self, lengths: list[int]) -> list[list[int]]:
        """Indexes of the texts, shortest first, grouped into bounded batches."""
        order = sorted(range(len(lengths)), key=lambda i: lengths[i])
        out: list[list[int]] = []
        current: list[int] = []
        for i in order:
            # Sorted ascending, so the text being added sets the batch's padded width.
            if current and (len(current) >= self.batch_size or (len(current) + 1) * lengths[i] > self.batch_tokens):
                out.append(current)
                current = []
            current.append(i)
        if current:
            out.append(current)
        return out

    def embed(self, texts: list[str]) -> Any:  # -> np.ndarray (len(texts), dimension), float32
        np = self._np
        # One text: encode directly (encode_batch pays for its thread pool).
        encodings = [self.tokenizer.encode(texts[0])] if len(texts) == 1 else self.tokenizer.encode_batch(texts)
        out: Any = None
        for batch in self.batches([len(e.ids) for e in encodings]):
            width = max(len(encodings[i].ids) for i in batch)
            ids = np.zeros((len(batch), width), dtype=np.int64)
            mask = np.zeros((len(batch), width), dtype=np.int64)
            for row, i in enumerate(batch):
                piece = encodings[i].ids
                ids[row, : len(piece)] = piece
                mask[row, : len(piece)] = 1
            feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            vectors = self.session.run(None, {k: v for k, v in feed.items() if k in self.inputs})[0]
            if out is None:
                out = np.empty((len(texts), vectors.shape[1]), dtype=np.float32)
            out[batch] = vectors
        return out if out is not None else np.zeros((0, 0), dtype=np.float32)


def import_runtime() -> None:
    """Import ONNX Runtime, tokenizers and numpy in the calling thread (importing them from two
    threads at once can fail on numpy's internal circular imports)."""
    import numpy  # noqa: F401
    import onnxruntime  # noqa: F401
    import tokenizers  # noqa: F401


def _verify(runner: OnnxRunner, manifest: dict[str, Any]) -> float:
    """Min cosine between the session's vectors and the manifest's reference vectors."""
    import numpy as np

    check = manifest.get("check") or {}
    sentences = list(check.get("sentences", []))[:LOAD_CHECKS]
    expected = np.asarray(check.get("vectors", [])[:LOAD_CHECKS], dtype=np.float32)
    if not sentences or expected.shape[0] != len(sentences):
        return 0.0
    got = runner.embed(sentences)
    if got.shape != expected.shape:
        return 0.0
    return float((got * expected).sum(axis=1).min())


def try_load(files: ModelFiles, threads: int | None) -> tuple[OnnxRunner | None, str]:
    """(runner, "") for a sound cache, else (None, what is wrong)."""
    manifest = read_manifest(files)
    if manifest is None or not files.onnx.exists():
        return None, "missing"
    stat = files.onnx.stat()
    if stat.st_size != manifest.get("onnx_size"):
        return None, "corrupt (size differs from its manifest)"
    if stat.st_mtime_ns != manifest.get("onnx_mtime_ns"):  # touched since the export: hash it, once
        if _sha256(files.onnx) != manifest.get("onnx_sha256"):
            return None, "corrupt (content differs from its manifest)"
        _write_manifest(files, {**manifest, "onnx_mtime_ns": stat.st_mtime_ns})
    import_runtime()  # an import problem is not a corrupt file
    try:
        runner = OnnxRunner(files.onnx, files.tokenizer, int(manifest.get("max_length", DEFAULT_MAX_LENGTH)), threads)
    except Exception as exc:  # onnxruntime raises its own error types for unreadable models
        return None, f"corrupt ({str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__})"
    cosine = _verify(runner, manifest)
    if cosine < MIN_COSINE:
        return None, f"corrupt (check vectors differ: cosine {cosine:.4f})"
    return runner, ""


def load(
    model: str, source: Path, cache_dir: Path | None, threads: int | None = None, notify: Notify | None = None
) -> OnnxRunner:
    """The ONNX runner for ``model``, exporting (or re-exporting) it first when needed."""
    files = model_files(model, source, cache_dir)
    runner, problem = try_load(files, threads)
    if runner is not None:
        return runner
    with file_lock(files.folder):
        runner, problem = try_load(files, threads)  # another process may have built it meanwhile
        if runner is not None:
            return runner
        if importlib.util.find_spec("torch") is None:
            raise ModelCacheError(
                f"the ONNX embedding model cache at {files.folder} is {problem}; rebuild it with "
                "'coach model export' in an environment with torch (pip install torch==2.13.0)"
            )
        say = notify or _stderr
        say(f"notice: the ONNX embedding model cache at {files.folder} is {problem}; building it (once, a few seconds)")
        export(files, threads)
    runner, problem = try_load(files, threads)
    if runner is None:
        raise ModelCacheError(f"the ONNX embedding model at {files.folder} is {problem} after a rebuild")
    return runner


def _stderr(message: str) -> None:
    import sys

    print(message, file=sys.stderr)
