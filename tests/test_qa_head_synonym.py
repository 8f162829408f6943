"""The asked thing's head noun named by a synonym (probe: scripts/qa_round24_probe.py).

A unit phrase of the asked thing's modifiers before another noun ("jury duty" for "jury service") covers the
thing when the embedder reads the two phrases as one thing (cosine >= PARAPHRASE_SIMILARITY) and the two head
nouns, each in HEAD_FRAME ("employee duty"), as one (cosine >= HEAD_SYNONYM_SIMILARITY, calibrated on WordNet
synonym and sister-term pairs by scripts/qa_head_synonym_calibration.py); a head that names another thing of the kind ("severance agreement" for
"severance pay", "jury selection" for "jury duty") does not. The phrases a question needs are encoded in one
embedder call (PhraseSimilarity.prime).
"""

from __future__ import annotations

import pytest

from assistant.qa.check import (
    HEAD_FRAME,
    HEAD_SYNONYM_SIMILARITY,
    PARAPHRASE_SIMILARITY,
    head_synonym_candidates,
    missing_thing,
    paraphrase_texts,
    paraphrased,
)
from assistant.qa.focus import focus_stems
from assistant.qa.retrieve import PhraseSimilarity

JURY = "Leave — Jury duty\nOsio Labs will pay regular salary for the first 3 days of jury duty."
VACATION = "Vacation\nAll full-time employees in the company receive 5 weeks of paid vacation time."
SEVERANCE = "Leaving\nAnyone may request a settlement, separation, or severance agreement."


def _absent(thing: list[str], text: str) -> frozenset[str]:
    return missing_thing(frozenset(focus_stems(" ".join(thing))), text)


@pytest.mark.parametrize(("thing", "text", "candidates"), [
    (["jury", "service"], JURY, [("jury duty", "duty")]),
    (["paid", "vacation", "leave"], VACATION, [("paid vacation time", "time")]),
    (["severance", "pay"], SEVERANCE, [("severance agreement", "agreement")]),
    # the head stands: no other head is read ("retirement plan" is a modifier paraphrase, not this)
    (["jury", "duty"], JURY, []),
    # a modifier the unit lacks: nothing to anchor the other head on
    (["sabbatical", "break"], VACATION, []),
    # a thing of one word has no modifier to anchor another head on
    (["vacation"], "Paid time off\nWe encourage a minimum of 30 days of paid time off.", []),
    # the modifier must stand directly before the other head, in one run of words
    (["jury", "service"], "Jury\nYou must tell us about any summons for the duty.", []),
])
def test_head_synonym_candidates_keep_the_modifiers_and_change_the_head(thing, text, candidates) -> None:
    assert head_synonym_candidates(thing, _absent(thing, text), text) == candidates


def _similarity(table: dict[tuple[str, str], float]):
    calls: list[tuple[str, tuple[str, ...]]] = []

    def similarity(phrase: str, others) -> list[float]:
        calls.append((phrase, tuple(others)))
        return [table.get((phrase, other), 0.1) for other in others]

    return similarity, calls


def test_a_head_synonym_needs_the_phrase_and_the_head_to_read_as_one() -> None:
    similarity, calls = _similarity({("jury service", "jury duty"): 0.80, ("employee service", "employee duty"): 0.74,
                                     ("severance pay", "severance agreement"): 0.83,
                                     ("employee pay", "employee agreement"): 0.62,
                                     ("jury selection", "jury duty"): 0.74,
                                     ("employee selection", "employee duty"): 0.56})
    results = [paraphrased(t, _absent(t, text), text, similarity)
               for t, text in [(["jury", "service"], JURY), (["severance", "pay"], SEVERANCE),
                               (["jury", "selection"], JURY)]]
    assert results == [True, False, False]
    assert calls == [("jury service", ("jury duty",)), ("employee service", ("employee duty",)),
                     ("severance pay", ("severance agreement",)), ("employee pay", ("employee agreement",)),
                     ("jury selection", ("jury duty",)), ("employee selection", ("employee duty",))]
    assert (PARAPHRASE_SIMILARITY, HEAD_SYNONYM_SIMILARITY, HEAD_FRAME) == (0.72, 0.71, "employee {}")


def test_paraphrase_texts_lists_every_phrase_the_check_reads() -> None:
    assert paraphrase_texts(["jury", "service"], _absent(["jury", "service"], JURY), JURY) == [
        "jury service", "jury duty", "employee service", "employee duty"]
    assert paraphrase_texts(["jury", "duty"], _absent(["jury", "duty"], JURY), JURY) == []


class _Embedder:
    name = "counting"

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def embed_documents(self, texts):
        self.calls.append(list(texts))
        return [[float(len(t)), 1.0, float(t.count("u"))] for t in texts]


def test_primed_phrases_are_encoded_in_one_call_and_read_from_the_cache() -> None:
    embedder = _Embedder()
    embedder.name = "counting-prime"
    similarity = PhraseSimilarity(embedder)
    similarity.prime(["jury service", "jury duty", "service", "duty", "jury duty"])
    first = similarity("jury service", ["jury duty"])
    second = similarity("service", ["duty"])
    assert embedder.calls == [["jury service", "jury duty", "service", "duty"]]
    assert (len(first), len(second)) == (1, 1)
    similarity("service", ["salary"])
    assert embedder.calls[1:] == [["salary"]]


@pytest.mark.slow
def test_local_embedder_reads_head_synonyms_above_and_head_swaps_below() -> None:
    from assistant.qa.retrieve import phrase_similarity
    from assistant.settings import Settings

    similarity = phrase_similarity(Settings(embeddings="local"))
    same = [("jury service", "jury duty"), ("annual holiday", "annual vacation"), ("parental absence", "parental leave")]
    swaps = [("severance pay", "severance agreement"), ("retirement age", "retirement plan"),
             ("holiday bonus", "holiday pay"), ("bereavement counselling", "bereavement leave"),
             ("jury selection", "jury duty")]

    def reads_as_one(a: str, b: str) -> bool:
        return (similarity(a, [b])[0] >= PARAPHRASE_SIMILARITY
                and similarity(HEAD_FRAME.format(a.split()[-1]), [HEAD_FRAME.format(b.split()[-1])])[0]
                >= HEAD_SYNONYM_SIMILARITY)

    assert [reads_as_one(a, b) for a, b in same] == [True] * len(same)
    assert [reads_as_one(a, b) for a, b in swaps] == [False] * len(swaps)


def test_idf_reads_each_unit_once_and_equals_its_definition() -> None:
    import math

    from assistant.qa.focus import term_stems
    from assistant.qa.models import Passage
    from assistant.qa.select import _unit_terms, idf
    from assistant.text import content_stems

    units = ["Jury duty: Osio Labs will pay regular salary for the first 3 days of jury duty.",
             "Employees get 11 paid holidays and up-to-date one-on-ones.", "Jury duty: see above."]
    passages = [Passage(id=str(i), source=f"p{i}.md", path=f"p{i}.md", title=None, section=None, units=units[i:i + 2],
                        rank=i, similarity=0.5, text=" ".join(units[i:i + 2])) for i in range(2)]
    expected: dict[str, int] = {}
    for passage in passages:
        for unit in passage.units:
            for token in content_stems(unit) | term_stems(unit, parts=True):
                expected[token] = expected.get(token, 0) + 1
    total = sum(len(p.units) for p in passages)
    assert idf(passages) == {t: math.log(1 + total / n) for t, n in expected.items()} | {"": math.log(1 + total)}
    _unit_terms.cache_clear()
    idf(passages)
    assert _unit_terms.cache_info().misses == 3
