"""``COACH_EMBEDDINGS=openai`` against a loopback server speaking the OpenAI embeddings API."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import numpy as np
import pytest

from assistant.knowledge import KnowledgeError
from assistant.knowledge.embeddings import get_embedder
from assistant.knowledge.index import index_stats, ingest
from assistant.knowledge.search import search
from assistant.knowledge.store import ModelMismatchError
from tests.fixtures.index import make_settings

DIMENSIONS = 64


def hashed_vector(text: str) -> list[float]:
    """A deterministic bag-of-words embedding: shared words give a high cosine similarity."""
    vector = np.zeros(DIMENSIONS, dtype=np.float32)
    for word in re.findall(r"[a-z]+", text.lower()):
        vector[int(hashlib.md5(word.encode()).hexdigest(), 16) % DIMENSIONS] += 1.0
    norm = float(np.linalg.norm(vector)) or 1.0
    return (vector / norm).tolist()


class EmbeddingsServer:
    def __init__(self) -> None:
        self.requests: list[dict] = []
        self.authorization: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:
                pass

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                server.requests.append(body)
                server.authorization.append(self.headers.get("Authorization", ""))
                if self.path != "/v1/embeddings":
                    self.send_response(404)
                    self.end_headers()
                    return
                inputs = body["input"] if isinstance(body["input"], list) else [body["input"]]
                data = []
                for index, text in enumerate(inputs):
                    vector = hashed_vector(text)
                    if body.get("encoding_format") == "base64":
                        vector = base64.b64encode(np.asarray(vector, dtype="<f4").tobytes()).decode()
                    data.append({"object": "embedding", "index": index, "embedding": vector})
                payload = json.dumps(
                    {
                        "object": "list",
                        "data": data,
                        "model": body["model"],
                        "usage": {"prompt_tokens": 1, "total_tokens": 1},
                    }
                ).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"


@pytest.fixture
def embeddings_server() -> Iterator[EmbeddingsServer]:
    server = EmbeddingsServer()
    server.thread.start()
    yield server
    server.httpd.shutdown()
    server.httpd.server_close()


def test_openai_embeddings_honour_base_url(embeddings_server: EmbeddingsServer, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "parking.md").write_text("# Parking\n\n## Visitors\n\nVisitors park on level two.\n")
    (docs / "lunch.md").write_text("# Lunch\n\nThe canteen serves lunch from noon.\n")
    settings = make_settings(
        index_dir=tmp_path / "index",
        embeddings="openai",
        openai_api_key="sk-test-key",
        openai_base_url=embeddings_server.base_url,
        openai_embedding_model="text-embedding-3-small",
    )
    report = ingest([docs], settings)
    assert [i.source for i in report.added] == ["lunch.md", "parking.md"]
    assert report.embedding_model == "openai:text-embedding-3-small"
    assert index_stats(settings)["embedding_model"] == "openai:text-embedding-3-small"
    assert embeddings_server.requests[0]["model"] == "text-embedding-3-small"
    assert sorted(embeddings_server.requests[0]["input"]) == sorted([  # chunks and their answer units, one call
        "Lunch\nThe canteen serves lunch from noon.",
        "Parking — Visitors\nVisitors park on level two.",
        "Lunch: The canteen serves lunch from noon.",
        "Visitors: Visitors park on level two.",
    ])
    assert set(embeddings_server.authorization) == {"Bearer sk-test-key"}

    top = search("where do visitors park", settings, k=1)[0]
    assert (top.source, top.section) == ("parking.md", "Visitors")
    assert top.similarity == pytest.approx(
        float(
            np.dot(
                hashed_vector("where do visitors park"),
                hashed_vector("Parking — Visitors\nVisitors park on level two."),
            )
        ),
        abs=1e-4,
    )
    # The index now belongs to the OpenAI model: the local model is refused.
    with pytest.raises(ModelMismatchError, match="built with 'openai:text-embedding-3-small'"):
        ingest([docs], make_settings(index_dir=tmp_path / "index"))


def test_openai_embeddings_need_a_key(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match="COACH_EMBEDDINGS=openai needs OPENAI_API_KEY"):
        get_embedder(make_settings(index_dir=tmp_path, embeddings="openai", openai_api_key=None))
