"""Finite verbs that link a metric to its value in a key result ("NPS increases from 30 to 50", "Weekly active users
reach 50,000"), read from WordNet 3.0 synsets of a changed or attained amount."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.analyzers.rulecache import precompiled
from assistant.text import NUMBER_WORD_PATTERN
from assistant.wordlists import amount_change_verbs, changed_participles, data_file

# The intransitive verbs of a changed amount (assistant/data/amount_change_verbs.txt: Princeton WordNet 3.0 synsets of
# becoming less or better, 00151689 decrease/fall, 01970844 go_down, 00432683 drop, 00431826 decline, 00240571 shrink,
# 00232956 subside, 00205885 improve, and of becoming more, 00156601 increase, 00155143 rise/climb, 00433232 mount,
# 00230746 grow, 00203866 worsen, 00246217 double; not the synsets of ending or vanishing, which move no amount to a
# value) and of attaining a value (WordNet 3.0 02020608 reach/attain/hit, 02669477 exceed/surpass): said of a metric
# with its value after them ("User satisfaction increases from 3.9 to 4.3", "Weekly active users reach 50,000"), the
# finite verb does what a verbless key result's "up"/"at" does ("NPS up from 32 to 45"): it links the metric to its value.
_CHANGE_SYNSETS = frozenset({"00151689", "01970844", "00432683", "00431826", "00240571", "00232956", "00205885", "00156601",
                             "00155143", "00433232", "00230746", "00203866", "00246217"})
_ATTAIN_LEMMAS = ("reach", "attain", "hit", "exceed", "surpass")


@lru_cache(maxsize=1)
def value_verbs() -> dict[str, bool]:
    """The present forms of the metric-to-value verbs above, each with whether it is the base form (base: "users
    reach", "will reach"; third person: "revenue grows"), multiword ones with a space ("goes down")."""
    lemmas = set(_ATTAIN_LEMMAS)
    lemmas |= {lemma for _form, lemma, synset, _kind in amount_change_verbs() if synset in _CHANGE_SYNSETS}
    forms: dict[str, bool] = {}
    for lemma in lemmas:
        head, _, particle = lemma.partition("_")
        tail = " " + particle if particle else ""
        third = head + ("es" if head.endswith(("s", "sh", "ch", "x", "z", "o")) else "s")
        forms[third + tail] = False
        forms[head + tail] = True
    return forms


# a bound's value, as analysis's bound values, a count with a magnitude letter too ("reach 100K", "grows to 2.5M")
_VERB_VALUE = (r"(?P<value>(?P<number>(?!(?:19|20)\d\d\b)\d[\d,]*(?:\.\d+)?(?:\s?%|[kKMB]\b|bn\b)?|" + NUMBER_WORD_PATTERN + r")"
               r"|(?P<slot>[A-Z]\s?%|X{2,}\s?%?|(?:\[[A-Za-z# ]{1,20}\]|[A-Z])(?:\s?%|\s{1,3}percent\b)|\[[A-Za-z# ]{1,20}\]))")
# a metric, a finite verb of changed or attained amount, and its value closing the phrase, as in analysis's trailing bounds
VERB_BOUND = precompiled(r"(?<![\w-])(?P<link>(?P<modal>(?:will|shall|should|must|to)\s{1,3})?(?P<verb>[a-z]{2,12}"
                          r"(?:\s{1,3}(?:up|down))?))\s{1,3}(?:(?:by|to|from|past|beyond|(?:by\s{1,3})?at\s{1,3}least|"
                          r"(?:by\s{1,3})?(?:more|over)\s{1,3}than|above|below|over|under)\s{1,3})?" + _VERB_VALUE
                          + r"(?![\w.,]?\w)(?=\s{0,3}(?:$|[.,;:)+]|(?:in|by|this|per|for|on|during|across|every|each|a|an|of|at|"
                          r"through|throughout|until|before|after|over|to)\b))", re.IGNORECASE)
VERB_BEFORE_VALUE = precompiled(r"(?P<subject>[A-Za-z][\w'’-]{1,30})\s{1,3}(?P<modal>(?:will|shall|should|must|to)\s{1,3})?"
                                 r"(?P<verb>[a-z]{2,12}(?:\s{1,3}(?:up|down))?)\s{1,3}(?:(?:by|to|from|past|beyond)\s{1,3})?\Z",
                                 re.IGNORECASE)


def value_verb(m: re.Match[str]) -> bool:
    """Whether a match of ``VERB_BOUND`` / ``VERB_BEFORE_VALUE`` has a metric-to-value verb in the present: the base
    form after a modal ("will increase"), else a base or third-person form ("users reach", "revenue grows")."""
    base = value_verbs().get(" ".join(m.group("verb").lower().split()))
    return base is not None and (base or not m.group("modal"))




def participle_link(m: re.Match[str]) -> bool:
    """Whether a match of ``VERB_BOUND`` has, with no modal, the past participle of a transitive verb of making an
    amount less, more or better between the metric and its value: a key result told as a reduced passive ("Alteration
    turnaround reduced by [X] percent", "DPMO reduced by 30%"; Quirk et al. 1985, 17.97, a past-participle clause),
    which links the metric to its value as "down by" does (assistant/data/changed_participles.txt, WordNet 3.0)."""
    return not m.group("modal") and " ".join(m.group("verb").lower().split()) in changed_participles()


@lru_cache(maxsize=1)
def changing_verbs() -> frozenset[str]:
    """The base forms of the transitive verbs of making an amount less, more or better whose participles
    ``participle_link`` reads ("improve", "reduce", "boost", "cut back"): the lemmas of assistant/data/changed_participles.txt
    (WordNet 3.0), multiword ones with a space."""
    lines = data_file("changed_participles.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.split()[1].replace("_", " ") for line in lines if line and not line.startswith("#"))

