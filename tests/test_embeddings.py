"""Embedders by name; the ONNX model against sentence-transformers; a missing or corrupt cache."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from assistant.cli import main
from assistant.knowledge import KnowledgeError, embeddings, onnx_model
from assistant.knowledge.embeddings import EMBEDDERS, FakeEmbedder, LocalEmbedder, embedder_name, get_embedder
from tests.fixtures.index import make_settings


@pytest.fixture(scope="module")
def bundled() -> Path:
    return Path(embeddings.local_model_path("all-MiniLM-L6-v2"))


@pytest.fixture(scope="module")
def sound_cache(bundled: Path) -> Path:
    """The shared ONNX cache, exported once if needed (what `make setup` does)."""
    LocalEmbedder("all-MiniLM-L6-v2").embed_query("warm")
    files = onnx_model.model_files("all-MiniLM-L6-v2", bundled, None)
    assert files.onnx.exists() and files.manifest.exists()
    return files.folder


def private_cache(sound_cache: Path, tmp_path: Path) -> Path:
    """A copy of the sound cache in a private folder (so tests can break it)."""
    target = tmp_path / "models" / sound_cache.name
    shutil.copytree(sound_cache, target)
    return tmp_path / "models"


def test_embedders_are_chosen_by_name() -> None:
    assert sorted(EMBEDDERS) == ["fake", "local", "openai"]
    assert embedder_name(make_settings()) == "local:all-MiniLM-L6-v2"
    assert embedder_name(make_settings(embeddings="fake")) == "fake:hash-384"
    assert isinstance(get_embedder(make_settings(embeddings="fake")), FakeEmbedder)
    assert isinstance(get_embedder(make_settings()), LocalEmbedder)


def test_fake_embedder_is_deterministic_normalised_and_word_sensitive() -> None:
    fake = FakeEmbedder()
    vectors = fake.embed_documents(["Parental leave is 12 weeks.", "Parental leave lasts twelve weeks.", "Lunch at noon."])
    assert vectors.shape == (3, 384) and vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, rtol=1e-6)
    assert vectors[0] @ vectors[1] > 0.4 > abs(vectors[0] @ vectors[2])
    np.testing.assert_array_equal(FakeEmbedder().embed_query("Parental leave is 12 weeks."), vectors[0])
    assert fake.embed_documents([]).shape == (0, 0)


@pytest.mark.slow
def test_onnx_matches_sentence_transformers_on_the_check_sentences(sound_cache: Path, bundled: Path) -> None:
    from sentence_transformers import SentenceTransformer

    reference = SentenceTransformer(str(bundled), device="cpu")
    reference.max_seq_length = 256
    sentences = list(onnx_model.CHECK_SENTENCES) + ["", "A question about overtime?"]
    expected = reference.encode(sentences, normalize_embeddings=True)
    got = LocalEmbedder("all-MiniLM-L6-v2").embed_documents(sentences)
    cosines = (expected * got).sum(axis=1)
    assert cosines.min() >= 0.999, cosines
    manifest = json.loads((sound_cache / "manifest.json").read_text())
    assert manifest["min_cosine"] >= 0.999 and manifest["max_length"] == 256 and manifest["dimension"] == 384


@pytest.mark.slow
def test_batches_sorted_by_length_keep_the_input_order(sound_cache: Path) -> None:
    embedder = LocalEmbedder("all-MiniLM-L6-v2")
    texts = ["short", "a much longer sentence about annual leave carried over into next year " * 5, "mid length text"] * 12
    together = embedder.embed_documents(texts)
    alone = np.stack([embedder.runner.embed([t])[0] for t in texts[:3]])
    np.testing.assert_allclose(together[:3], alone, atol=1e-5)
    np.testing.assert_allclose(together[3:6], alone, atol=1e-5)
    assert embedder.embed_query("short") @ together[0] == pytest.approx(1.0, abs=1e-5)


@pytest.mark.slow
@pytest.mark.parametrize("damage", ["truncate", "flip", "manifest"])
def test_a_corrupt_cache_is_rebuilt_with_a_one_line_notice(sound_cache: Path, bundled: Path, tmp_path: Path, damage: str) -> None:
    cache = private_cache(sound_cache, tmp_path)
    onnx = cache / sound_cache.name / "model.onnx"
    if damage == "truncate":
        onnx.write_bytes(onnx.read_bytes()[: 1 << 20])
    elif damage == "flip":  # same size, weights garbled: only the check vectors notice
        data = bytearray(onnx.read_bytes())
        data[len(data) // 2 : len(data) // 2 + 4096] = bytes(4096)
        onnx.write_bytes(bytes(data))
    else:
        (cache / sound_cache.name / "manifest.json").write_text("{not json", encoding="utf-8")
    notices: list[str] = []
    embedder = LocalEmbedder("all-MiniLM-L6-v2", cache_dir=cache, notify=notices.append)
    vector = embedder.embed_query("How long is the probation period?")
    reference = LocalEmbedder("all-MiniLM-L6-v2").embed_query("How long is the probation period?")
    assert float(vector @ reference) == pytest.approx(1.0, abs=1e-5)
    assert len(notices) == 1 and "\n" not in notices[0]
    reason = {"truncate": "corrupt (size differs from its manifest)",
              "flip": "corrupt (content differs from its manifest)", "manifest": "missing"}[damage]
    assert notices[0].startswith(f"notice: the ONNX embedding model cache at {cache / sound_cache.name} is {reason}")
    assert notices[0].endswith("building it (once, a few seconds)")
    # Rebuilt for good: the next process loads it without a notice.
    again: list[str] = []
    LocalEmbedder("all-MiniLM-L6-v2", cache_dir=cache, notify=again.append).embed_query("x")
    assert again == []


def test_missing_cache_without_torch_exits_2_saying_how_to_rebuild(
    fake_index, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib.util

    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "torch" else real_find_spec(name, *a))
    embedder = LocalEmbedder("all-MiniLM-L6-v2", cache_dir=tmp_path / "empty-cache")
    with pytest.raises(KnowledgeError) as info:
        embedder.embed_query("anything")
    folder = onnx_model.model_files("all-MiniLM-L6-v2", Path(embeddings.local_model_path("all-MiniLM-L6-v2")),
                                    tmp_path / "empty-cache").folder
    message = (
        f"the ONNX embedding model cache at {folder} is missing; rebuild it with 'coach model export' in an "
        "environment with torch (pip install torch==2.13.0)"
    )
    assert str(info.value) == message
    monkeypatch.setenv("COACH_MODEL_CACHE_DIR", str(tmp_path / "empty-cache"))
    embeddings._EMBEDDERS.clear()
    index = tmp_path / "local-index"
    monkeypatch.setenv("COACH_INDEX_DIR", str(index))
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text("# A\n\nSome text.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(docs)])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == ["embedding 1 chunks and 1 answer units…", f"error: {message}"]
    embeddings._EMBEDDERS.clear()


@pytest.mark.slow
def test_coach_model_export_reports_a_sound_cache(sound_cache: Path) -> None:
    result = CliRunner().invoke(main, ["model", "export", "--json"])
    assert result.exit_code == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["built"] is False and payload["path"] == str(sound_cache / "model.onnx")
    assert payload["min_cosine"] >= 0.999
