"""The needs_before / needs_after context of a bias rule read through its word index (assistant/analyzers/bias/):
at each word only the phrases that end (before) or start (after) with that word are tried. The answer is the one
every phrase tried at every word of the window gives, for every rule of the built-in set at every word of real
and made-up text."""

from __future__ import annotations

import json
from pathlib import Path

from assistant.analyzers.bias import load_rules
from assistant.analyzers.bias.checker import _Checker
from assistant.analyzers.bias.doc import _Doc
from assistant.analyzers.bias.ruleset import _CompiledContext

ROOT = Path(__file__).resolve().parent.parent


def _needs_before_in_full(checker: _Checker, ctx: _CompiledContext, i: int, lo: int) -> bool:
    """Every needs_before phrase at every word of the window (the definition)."""
    for phrase in ctx.needs_before:
        if phrase == ("<start>",):
            if i == lo:
                return True
            continue
        person = phrase[0] == "<person>"
        rest = phrase[1:] if person else phrase
        for k in range(i - 1, max(lo, i - ctx.window) - 1, -1):
            if checker._ends_at(k, rest, lo) and (not person or checker._person_at(k - len(rest), lo)):
                return True
    return False


def _needs_after_in_full(checker: _Checker, ctx: _CompiledContext, j: int, hi: int) -> bool:
    for phrase in ctx.needs_after:
        if phrase == ("<end>",):
            if checker._at_end(j, hi):
                return True
            continue
        for k in range(j + 1, min(hi, j + ctx.window) + 1):
            if phrase[0] == "<person>":  # 'her', 'him' or a name at k, the rest after it
                if k < hi and (checker.doc.words[k] in ("her", "him") or checker._is_first_name(k)) \
                        and checker._starts_at(k + 1, phrase[1:], hi):
                    return True
            elif checker._starts_at(k, phrase, hi):
                return True
    return False


def _texts() -> list[str]:
    rows = [json.loads(line) for line in (ROOT / "evals" / "bias.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    made_up = [  # the probe's own words: a stated age after a name, kin after "my", a pronoun and a name before
        "Priya is 58 and she said she is a mother of two. He is pregnant? My wife is expecting, so I left early.",
        "At 62, Tom is the oldest on the team and the most reliable; they are a young mum and a working father.",
        "She is a grandmother now. Since her stroke, Ana uses a wheelchair. As a Muslim, I pray at noon.",
        "Girls like Chloe are natural nurturers. Men like him don't ask. The lads like Kyle and his rota.",
    ]
    return [row["text"] for row in rows][:150] + made_up


def test_indexed_needs_context_answers_as_every_phrase_tried() -> None:
    rules = load_rules(None)
    contexts = [ctx for ctx in rules._contexts if ctx.needs_before or ctx.needs_after]
    assert contexts and any(ctx.needs_start for ctx in contexts) and any(ctx.needs_end for ctx in contexts)
    assert any(person for ctx in contexts for group in ctx.needs_before_by_last.values() for _, person in group)
    tried = held = 0
    for text in _texts():
        doc = _Doc(text)
        checker = _Checker(doc, rules)
        for i in range(len(doc.words)):
            lo, hi = doc.bounds(i)
            for ctx in contexts:
                if ctx.needs_before:
                    expected = _needs_before_in_full(checker, ctx, i, lo)
                    assert checker._needs_before(ctx, i, lo) == expected, (text, i, ctx.needs_before)
                    held += expected
                if ctx.needs_after:
                    expected = _needs_after_in_full(checker, ctx, i, hi)
                    assert checker._needs_after(ctx, i, hi) == expected, (text, i, ctx.needs_after)
                    held += expected
                tried += 1
    assert tried > 10_000 and held > 50  # real text, and contexts that hold as well as ones that do not
