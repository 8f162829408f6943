"""Round 40, FN (fbtrait40b): a personality noun as the person's label is a trait.

"You're such a perfectionist", "she is an opportunist", "he's such a braggart": a person noun that Princeton WordNet
3.0 ties to a personality trait (assistant/data/trait_nouns.txt, scripts/build_trait_nouns.py) as the predicate noun
of a person judges who they are (``assistant/analyzers/feedback/persona.py``, rule ``trait-noun``). A noun VADER
rates as praise ("optimist", "perfectionist") is a trait finding that leaves the draft's reading alone (praise stays
praise); the others are criticism of the person. The writer of themself, a condition, a denial, a third party
("designed for perfectionists"), a role noun ("a natural leader") and "such a <thing>" stay clean. The drafts are
invented for these tests, except where a comment names the tune item or the probe row.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.analyzers.feedback import review_feedback
from assistant.analyzers.feedback.persona import praise_noun, trait_nouns
from tests.fixtures.feedback import reading
from tests.fixtures.scripts import load_script


def _traits(text: str) -> list[str]:
    return [f.text for f in review_feedback(text).findings if f.kind == "trait"]


@pytest.mark.parametrize(("text", "expected"), [
    ("You're such a perfectionist, it really shows.", ["perfectionist"]),  # dev29-fb-030 (tune)
    ("Honestly, she is a bit of an opportunist.", ["opportunist"]),
    ("He's such a braggart in the stand-ups.", ["braggart"]),
    ("You are a real pessimist about every new rota.", ["pessimist"]),
    ("Tom is a narcissist with good PR.", ["narcissist"]),
    ("Well, good thing you're such an optimist!", ["optimist"]),  # probe row c01 (half A)
    ("You're a scatterbrain with the delivery notes.", ["scatterbrain"]),
    ("Mia was a bit of a sycophant with the new director.", ["sycophant"]),
])
def test_a_personality_noun_said_of_a_person_is_a_trait(text, expected):
    assert _traits(text) == expected


@pytest.mark.parametrize("text", [
    "I am a bit of a perfectionist myself, so I checked the totals twice.",
    "I'm a bit of a perfectionist when it comes to the small stuff.",
    "If you're a perfectionist, the new style guide will help.",
    "Not because you're a pessimist: the forecast itself was low.",
    "The course is designed for perfectionists with deadlines.",
    "Ask what a perfectionist reviewer would reject, and fix that too.",
    "She is a natural leader who steps up when the shift is short.",
    "You're a true artist, Orla. Everyone loves your work.",  # dev28-fb-022 (fb39's, pending a ruling): left alone
    "Jason is such a pleasure to work with!",
    "You're not a pessimist, you're careful with the forecast.",
])
def test_the_writer_a_condition_a_denial_a_third_party_or_a_role_noun_is_no_trait(text):
    assert _traits(text) == []


def test_the_tune_item_reads_whole_and_praise_stays_praise():
    assert reading("You're such a perfectionist, it really shows.") == (
        "positive", ["missing_impact", "trait", "vague"])  # dev29-fb-030 (tune), labelled so
    assert reading("Because you're a cheapskate!")[1] == ["missing_action", "missing_impact", "trait", "vague"]


def test_the_lexicon_is_wordnet_person_nouns_tied_to_a_trait():
    nouns = trait_nouns()
    assert {"perfectionist", "optimist", "pessimist", "opportunist", "narcissist", "cheapskate", "braggart"} <= nouns
    assert not {"leader", "artist", "citizen", "statesman", "entrepreneur", "friend", "spiritualist"} & nouns
    assert praise_noun("optimist") and praise_noun("perfectionist") and not praise_noun("pessimist")


def test_the_rule_terms_are_the_lexicon():
    from assistant.analyzers.feedback.rules import load_feedback_rules

    rule = next(r for r in load_feedback_rules().span_rules if r.rule.id == "trait-noun")
    assert set(rule.rule.terms) == trait_nouns()


def test_probe_figures(monkeypatch):
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parent.parent / "scripts"))  # it imports its scorer
    probe = load_script("scripts/fbtrait40b_probe.py")
    assert probe.scores() == {("A", "class"): (11, 13), ("A", "lookalike"): (9, 9),
                              ("B", "class"): (11, 12), ("B", "lookalike"): (7, 9)}
