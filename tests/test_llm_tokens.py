"""Token counting through a real tiktoken Encoding, the logged estimate fallback, budget and cost."""

from __future__ import annotations

import logging

import pytest
import tiktoken

from assistant.llm import tokens
from assistant.llm.tokens import TokenCounter, estimate_cost, fit_to_budget, token_counter


@pytest.fixture
def small_encoding() -> tiktoken.Encoding:
    """A tiny byte-level BPE built here (tiktoken cannot download encodings on this machine)."""
    ranks = {bytes([i]): i for i in range(256)}
    for merged in (b"th", b"the", b"he", b"in", b"an", b"an ", b"re"):
        ranks[merged] = len(ranks)
    return tiktoken.Encoding(
        name="test-bpe", pat_str=r"""\S+|\s+""", mergeable_ranks=ranks, special_tokens={}
    )


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    token_counter.cache_clear()
    yield
    token_counter.cache_clear()


def test_counts_with_the_models_tiktoken_encoding(monkeypatch, small_encoding) -> None:
    monkeypatch.setattr(tiktoken, "encoding_for_model", lambda model: small_encoding)
    counter = token_counter("gpt-4o-mini")
    assert counter.exact and counter.method == "tiktoken:test-bpe"
    # "the" is one token; "cat" is three single bytes; spaces are one token each.
    assert counter.count("the cat") == 1 + 1 + 3
    assert counter.count("the") == len(small_encoding.encode("the")) == 1
    assert counter.truncate("the cat sat", 3) == "the c"


def test_unavailable_encoding_falls_back_to_a_logged_estimate(monkeypatch, caplog) -> None:
    def offline(model: str) -> None:
        raise ConnectionError("no network")

    monkeypatch.setattr(tiktoken, "encoding_for_model", offline)
    with caplog.at_level(logging.WARNING, logger="assistant.llm"):
        counter = token_counter("gpt-4o-mini")
    assert not counter.exact and counter.method == "estimate:chars/4"
    assert counter.count("x" * 10) == 3  # ceil(10 / 4)
    assert counter.truncate("abcdefghij", 2) == "abcdefgh"
    assert "ESTIMATES" in caplog.text and "gpt-4o-mini" in caplog.text


def test_unknown_model_uses_o200k_base(monkeypatch, small_encoding) -> None:
    def unknown(model: str) -> None:
        raise KeyError(model)

    seen = []
    monkeypatch.setattr(tiktoken, "encoding_for_model", unknown)
    monkeypatch.setattr(tiktoken, "get_encoding", lambda name: seen.append(name) or small_encoding)
    assert token_counter("llama-3.1-8b-instruct").exact
    assert seen == ["o200k_base"]


def test_fit_to_budget_keeps_rank_order_and_truncates_the_first_overflow(small_encoding) -> None:
    counter = TokenCounter(model="m", encoding=small_encoding)
    passages = ["a" * 10, "b" * 60, "c" * 10]  # 10, 60, 10 tokens (single bytes)
    assert fit_to_budget(passages, 100, counter) == passages
    kept = fit_to_budget(passages, 60, counter, min_tail=20)
    assert kept == ["a" * 10, "b" * 50 + " …"]
    # Too little room left for a useful tail: the overflowing passage and the rest are dropped.
    assert fit_to_budget(passages, 25, counter, min_tail=20) == ["a" * 10]


def test_cost_estimate_by_model_family() -> None:
    assert estimate_cost("gpt-4o-mini", 1_000_000, 1_000_000) == pytest.approx(0.75)
    assert estimate_cost("gpt-4o-mini-2024-07-18", 2000, 1000) == pytest.approx(
        (2000 * 0.15 + 1000 * 0.60) / 1e6)
    assert estimate_cost("my-local-llama", 1000, 1000) is None
    assert "gpt-4o" in tokens.PRICES_PER_MTOK
