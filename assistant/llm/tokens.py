"""Token counting with tiktoken, context trimming to a budget, and per-call cost estimates.

tiktoken downloads its encodings on first use; with no network and no ``TIKTOKEN_CACHE_DIR``
cache that fails, and we fall back to a clearly logged estimate of 4 characters per token.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

log = logging.getLogger("assistant.llm")

CHARS_PER_TOKEN = 4

# USD per 1M tokens (input, output): list prices at the time of writing; estimates only.
PRICES_PER_MTOK: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "gpt-4.1": (2.00, 8.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1-nano": (0.10, 0.40),
    "gpt-3.5-turbo": (0.50, 1.50),
}


@dataclass(frozen=True)
class TokenCounter:
    """Counts tokens for one model: exact with a tiktoken encoding, else estimated."""

    model: str
    encoding: Any | None  # tiktoken.Encoding, or None when it could not be loaded

    @property
    def exact(self) -> bool:
        return self.encoding is not None

    @property
    def method(self) -> str:
        return f"tiktoken:{self.encoding.name}" if self.encoding is not None else "estimate:chars/4"

    def count(self, text: str) -> int:
        if self.encoding is not None:
            return len(self.encoding.encode(text, disallowed_special=()))
        return math.ceil(len(text) / CHARS_PER_TOKEN)

    def truncate(self, text: str, max_tokens: int) -> str:
        """The longest prefix of ``text`` that fits in ``max_tokens``."""
        if max_tokens <= 0:
            return ""
        if self.encoding is not None:
            tokens = self.encoding.encode(text, disallowed_special=())
            if len(tokens) <= max_tokens:
                return text
            return self.encoding.decode(tokens[:max_tokens])
        return text[: max_tokens * CHARS_PER_TOKEN]


def _load_encoding(model: str) -> Any | None:
    try:
        import tiktoken
    except ImportError:  # pragma: no cover - tiktoken is a dependency
        return None
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        # Unknown model name (e.g. a local vLLM model): the encoding of current OpenAI models.
        try:
            return tiktoken.get_encoding("o200k_base")
        except Exception as exc:  # noqa: BLE001 - any download failure means "no encoding"
            log.warning("tiktoken encoding o200k_base unavailable (%s)", _short(exc))
            return None
    except Exception as exc:  # noqa: BLE001
        log.warning("tiktoken encoding for %s unavailable (%s)", model, _short(exc))
        return None


@lru_cache(maxsize=16)
def token_counter(model: str) -> TokenCounter:
    """The counter for ``model`` (cached: a failed download is tried once per process)."""
    encoding = _load_encoding(model)
    if encoding is None:
        log.warning(
            "token counts for %s are ESTIMATES (%d chars per token): the tiktoken encoding could not be "
            "loaded (no network and no TIKTOKEN_CACHE_DIR cache)", model, CHARS_PER_TOKEN,
        )
    return TokenCounter(model=model, encoding=encoding)


def fit_to_budget(passages: list[str], budget: int, counter: TokenCounter, min_tail: int = 40) -> list[str]:
    """Keep passages in rank order until ``budget`` tokens are used.

    The first passage that does not fit is truncated when at least ``min_tail`` tokens remain;
    passages after it are dropped.
    """
    kept: list[str] = []
    used = 0
    for passage in passages:
        tokens = counter.count(passage)
        if used + tokens <= budget:
            kept.append(passage)
            used += tokens
            continue
        room = budget - used
        if room >= min_tail or not kept:
            cut = counter.truncate(passage, max(room, 0)).rstrip()
            if cut:
                kept.append(cut + " …")
        break
    return kept


def estimate_cost(model: str, prompt_tokens: int, completion_tokens: int) -> float | None:
    """Estimated USD cost of one call, or None when the model's price is unknown."""
    price = PRICES_PER_MTOK.get(model)
    if price is None:
        # Dated snapshots ("gpt-4o-mini-2024-07-18") price like their family.
        family = max((name for name in PRICES_PER_MTOK if model.startswith(name + "-")), key=len, default=None)
        price = PRICES_PER_MTOK.get(family) if family else None
    if price is None:
        return None
    return (prompt_tokens * price[0] + completion_tokens * price[1]) / 1_000_000


def _short(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}: {text[:120]}" if text else type(exc).__name__
