"""The asked thing named in other words (probe: scripts/qa_round23_probe.py).

* an identifier of letters and digits the question names is the same identifier written with punctuation
  inside it ("401k" in "401(k)", "W2" in "W-2");
* a modifier of the asked thing may be paraphrased: a phrase of the unit on the thing's head noun with a word
  the thing does not have ("401k plan" for "retirement plan", "service anniversaries" for "work
  anniversaries") covers the thing when the embedder reads both as the same thing (cosine >=
  PARAPHRASE_SIMILARITY); the head itself must stand in the unit ("severance agreement" is no "severance
  pay", "jury duty" no "jury service" for this test), and "code of conduct" is no phrase on "code" ("of").
"""

from __future__ import annotations

import pytest

from assistant.qa.check import (
    PARAPHRASE_SIMILARITY,
    _mentions,
    closed_identifiers,
    missing_names,
    paraphrase_candidates,
    paraphrased,
)
from assistant.qa.focus import focus_stems
from assistant.qa.models import Passage


def _absent(thing: list[str], text: str) -> frozenset[str]:
    from assistant.qa.check import missing_thing

    return missing_thing(frozenset(focus_stems(" ".join(thing))), text)


def test_identifiers_are_read_closed() -> None:
    assert closed_identifiers("Our 401(k) plan, a 403(b), the W-2 and I-9 forms, T-shirts and X-ray films") == \
        "Our 401k plan, a 403b, the W2 and I9 forms, T-shirts and X-ray films"
    assert [_mentions("401k", "a defined-contribution 401(k) plan"), _mentions("W2", "send your W-2 by March"),
            _mentions("I9", "complete a Form I-9"), _mentions("401k", "a 403(b) plan"),
            _mentions("W2", "a W-4 form")] == [True, True, True, False, False]


def test_a_page_naming_the_identifier_with_punctuation_keeps_its_passage() -> None:
    page = Passage(id="r", source="osiolabs-retirement-plan.md", path="docs/osiolabs-retirement-plan.md",
                   title="Retirement Plan", section=None, units=[], rank=0, similarity=0.5,
                   text="Our retirement plan is a defined-contribution 401(k) plan that includes up to a 4% match "
                        "when you contribute a percentage of your salary. Osio Labs pays it.")
    assert missing_names(["Osio Labs", "401k"], page) == []
    assert missing_names(["Osio Labs", "403b"], page) == ["403b"]


@pytest.mark.parametrize(("thing", "text", "candidates"), [
    (["retirement", "plan"], "Benefits\nOur 401(k) Plan is administered by Human Interest.", ["401k plan"]),
    (["work", "anniversaries"], "Celebrations\nWe mark service anniversaries and birthdays in Slack.",
     ["service anniversaries", "mark service anniversaries"]),
    (["annual", "learning", "budget"], "Each full-time team member is provided an annual prodev budget of $1,200.",
     ["prodev budget", "annual prodev budget"]),
    # the head must stand in the unit: only modifiers are paraphrased
    (["jury", "service"], "Leave — Jury duty\nOsio Labs will pay regular salary for the first 3 days of jury duty.",
     []),
    (["severance", "pay"], "Anyone may request a settlement, separation, or severance agreement.", []),
    (["fitness", "device"], "Things the tech stipend can be spent on\nFitness tracker or smartwatch", []),
    (["dress", "code"], "Code of conduct\nBe kind to each other.", []),
    # a thing of one word has no modifier to paraphrase
    (["sabbatical"], "Vacation\nAll full-time employees receive 5 weeks of paid vacation time.", []),
])
def test_paraphrase_candidates_end_in_the_head_and_change_a_modifier(thing, text, candidates) -> None:
    assert paraphrase_candidates(thing, _absent(thing, text), text) == candidates


def test_paraphrased_takes_the_best_candidate_against_the_threshold() -> None:
    calls: list[tuple[str, tuple[str, ...]]] = []

    def similarity(phrase: str, others) -> list[float]:
        calls.append((phrase, tuple(others)))
        return [{"401k plan": 0.76, "dental plan": 0.70}.get(o, 0.1) for o in others]

    retirement = "Benefits\nOur 401(k) Plan is administered by Human Interest."
    dental = "Dental: Cigna DPPO\nSee the dental plan summary."
    assert paraphrased(["retirement", "plan"], _absent(["retirement", "plan"], retirement), retirement, similarity)
    assert not paraphrased(["vision", "plan"], _absent(["vision", "plan"], dental), dental, similarity)
    assert not paraphrased(["dress", "code"], _absent(["dress", "code"], "Code of conduct"), "Code of conduct",
                           similarity)
    assert calls == [("retirement plan", ("401k plan",)), ("vision plan", ("dental plan",))]
    assert PARAPHRASE_SIMILARITY == 0.72


@pytest.mark.slow
def test_local_embedder_reads_paraphrases_above_and_near_misses_below_the_threshold() -> None:
    from assistant.qa.retrieve import phrase_similarity
    from assistant.settings import Settings

    similarity = phrase_similarity(Settings(embeddings="local"))
    same = [("retirement plan", "401k plan"), ("work anniversaries", "service anniversaries"),
            ("moving costs", "moving expenses")]
    other = [("referral bonus", "spot bonus"), ("bereavement leave", "parental leave"), ("pet insurance", "life insurance"),
             ("commuting costs", "travel costs"), ("vision plan", "dental plan"), ("company car", "company laptop")]
    assert [similarity(a, [b])[0] >= PARAPHRASE_SIMILARITY for a, b in same] == [True] * len(same)
    assert [similarity(a, [b])[0] >= PARAPHRASE_SIMILARITY for a, b in other] == [False] * len(other)
