"""A personality noun as the person's label: "you're such a perfectionist", "she is an opportunist", "he's a braggart".

A noun that names a person by a personality trait, predicated of the person ("you're such a perfectionist", "he is a
bit of an egotist"), judges who they are rather than what they did (Kluger & DeNisi 1996: feedback aimed at the self;
Correll & Simard 2016: personality labels in reviews). The nouns are Princeton WordNet 3.0's person nouns tied to a
trait (``assistant/data/trait_nouns.txt``, built by ``scripts/build_trait_nouns.py``: a first sense in noun.person
derivationally related to a noun below trait.n.01, perfectionist -> perfectionism, or glossed "a <trait adjective>
person", cheapskate "a miserly person"). The frame is the label frame of ``traits._label_ok`` (a present or past
link of a person subject, "you're", "she is", "Sam was", with "such", "a bit of", "a real" and modifiers between),
and here also:

* not of the writer ("I am a bit of a perfectionist"): the label frame leaves out "I'm", this leaves out "I am/was";
* not in a condition ("if you're a cheapskate and want a free CDN"), as the excess reader (``excess``) leaves out
  "if you're too passive";
* not denied ("not because you're a narcissist", "I'm not saying you're a perfectionist").

A role noun ("a natural leader", "a true artist") is no entry: its first sense names a role, not a trait.

A noun VADER rates as praise (+1.0 or more, the mirror of the -1.0 the valence rules take as criticism: optimist,
perfectionist, humorist) labels the person in praise: like the praised personality adjectives ("you are so caring",
rule trait-praised) it is judged on the whole draft's reading (praise that names no behaviour), not as a span of
criticism; every other noun (cheapskate, braggart, narcissist, pessimist) is criticism of the person.
"""

from __future__ import annotations

import re
from functools import cache

from assistant.analyzers.feedback.draft import _Draft
from assistant.analyzers.feedback.rules import FeedbackRules
from assistant.analyzers.feedback.traits import _label_ok
from assistant.analyzers.rulecache import precompiled
from assistant.analyzers.valence import word_valences
from assistant.text import wordset
from assistant.wordlists import data_file


@cache
def trait_nouns() -> frozenset[str]:
    """WordNet 3.0 person nouns tied to a personality trait (``assistant/data/trait_nouns.txt``)."""
    return frozenset(line.split("\t")[0] for line in data_file("trait_nouns.txt").read_text(encoding="utf-8").splitlines()
                     if line and not line.startswith("#"))


_PRAISE_AT_LEAST = 1.0


@cache
def praise_noun(word: str) -> bool:
    """A personality noun VADER rates as praise (+1.0 or more): "optimist", "perfectionist"."""
    return word_valences([word.lower()])[0] >= _PRAISE_AT_LEAST


_CONDITIONS = wordset("if unless whether")
_NEGATED = wordset("not never no hardly")
_WRITER = wordset("i we")
_LINKS = wordset("am is are was were")
_LEAD = 80
_PUNCTUATION_SPLIT = precompiled(r"[,;:()\[\]—–]|\s-\s")
_WORDS = precompiled(r"[\w'’]+")


def persona_ok(draft: _Draft, m: re.Match[str], rules: FeedbackRules) -> bool:
    """The personality noun ``m`` is the label of a person in the writer's own verdict (see above)."""
    s, _ = draft.sentence_at(m.start())
    lead = draft.text[max(s, m.start() - _LEAD):m.start()]
    lead = _PUNCTUATION_SPLIT.split(lead)[-1]  # the stretch of the sentence since the last comma or dash
    before = [w.lower().replace("’", "'") for w in _WORDS.findall(lead)][::-1]  # nearest first
    if any(w in _CONDITIONS for w in before):
        return False  # "if you're a cheapskate and want ...": a condition, not a verdict
    if any(w in _NEGATED or w.endswith("n't") for w in before):
        return False  # "not because you're a narcissist", "I'm not saying you're a perfectionist"
    link = next((k for k, w in enumerate(before) if w in _LINKS), None)
    if link is not None and link + 1 < len(before) and before[link + 1] in _WRITER:
        return False  # "I am a bit of a perfectionist": the writer of themself
    return _label_ok(draft, m, rules)
