"""Word and clause valence from VADER's published lexicon and its rules (offline, pure).

VADER (Hutto, C. J. & Gilbert, E. (2014). VADER: A parsimonious rule-based model for sentiment
analysis of social media text. Eighth International AAAI Conference on Weblogs and Social Media;
github.com/cjhutto/vaderSentiment, MIT licence) rates 7,500 English words on -4 .. +4 by the mean
of ten human raters. ``assistant/data/vader_lexicon.txt`` is its ``vader_lexicon.txt`` (3.3.2) cut to
the word and its mean rating; see ``assistant/data/README.md`` for the licence.

The rules are VADER's own, applied to a run of words (a clause from ``assistant.text.clauses``):

* a degree word up to three words before a rated word raises or lowers its strength by 0.293
  (0.95 and 0.9 of that at two and three words' distance): "really good", "slightly late";
* a negator up to three words before it ("not", "never", "without", any "n't" word) multiplies it by
  -0.74; "no" right before a rated word negates that word instead of counting on its own;
* after "but" a rating counts 1.5 times, before it half ("good, but late" leans negative);
* the sum is normalised to -1 .. 1 as VADER's compound score (``x / sqrt(x^2 + 15)``).

Left out: capital-letter and exclamation emphasis and emoticon handling (drafts are prose), and
VADER's handful of social-media idioms. Each word costs one dict lookup.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cache

from assistant.wordlists import data_file

LEXICON_PATH = data_file("vader_lexicon.txt")

BOOST = 0.293
NEGATION_SCALAR = -0.74
ALPHA = 15.0

NEGATORS = frozenset(
    ["aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt", "ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't", "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither", "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't", "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere", "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent", "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't", "weren't", "without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite"]
)
"""VADER's negation words (``NEGATE``); any other word with "n't" negates too."""

BOOSTERS: dict[str, float] = {
    **dict.fromkeys(
        ["absolutely", "amazingly", "awfully", "completely", "considerable", "considerably", "decidedly", "deeply", "effing", "enormous", "enormously", "entirely", "especially", "exceptional", "exceptionally", "extreme", "extremely", "fabulously", "flipping", "flippin", "frackin", "fracking", "fricking", "frickin", "frigging", "friggin", "fully", "fuckin", "fucking", "fuggin", "fugging", "greatly", "hella", "highly", "hugely", "incredible", "incredibly", "intensely", "major", "majorly", "more", "most", "particularly", "purely", "quite", "really", "remarkably", "so", "substantially", "thoroughly", "total", "totally", "tremendous", "tremendously", "uber", "unbelievably", "unusually", "utter", "utterly", "very"], BOOST),
    **dict.fromkeys(
        ["almost", "barely", "hardly", "kinda", "kindof", "kind-of", "less", "little", "marginal", "marginally", "occasional", "occasionally", "partly", "scarce", "scarcely", "slight", "slightly", "somewhat", "sorta", "sortof", "sort-of"], -BOOST),
}
"""VADER's degree words (``BOOSTER_DICT``, single words): intensifiers and dampeners."""


@cache
def lexicon() -> dict[str, float]:
    """VADER's mean rating per lower-case word (-4 .. +4)."""
    out: dict[str, float] = {}
    for line in LEXICON_PATH.read_text(encoding="utf-8").splitlines():
        word, _, rating = line.partition("\t")
        if word and rating:
            out[word] = float(rating)
    return out


def _negates(word: str) -> bool:
    return word in NEGATORS or "n't" in word


def word_valences(words: Sequence[str]) -> list[float]:
    """Each word's valence in context (0.0 for an unrated word, a degree word or a negator).

    ``words``: lower-case words with straight apostrophes, in order (one clause or sentence)."""
    rated = lexicon()
    out = [0.0] * len(words)
    for i, word in enumerate(words):
        value = rated.get(word)
        if value is None or word in BOOSTERS or (word == "kind" and words[i + 1:i + 2] == ["of"]):
            continue
        if word == "no" and i + 1 < len(words) and words[i + 1] in rated:
            continue  # "no" negates the rated word after it instead
        if "no" in words[max(0, i - 2):i]:
            value *= NEGATION_SCALAR
        for distance in (1, 2, 3):
            if i < distance:
                break
            before = words[i - distance]
            if before in rated:
                continue  # VADER lets only unrated words modify
            boost = BOOSTERS.get(before, 0.0)
            if boost:
                boost = boost if value > 0 else -boost
                value += boost * (1.0, 0.95, 0.9)[distance - 1]
            if _negates(before) and not (before == "without" and words[i - 1] == "doubt"):
                value *= NEGATION_SCALAR
        if i >= 1 and words[i - 1] == "least" and (i < 2 or words[i - 2] not in ("at", "very")):
            value *= NEGATION_SCALAR
        out[i] = value
    if "but" in words:
        turn = words.index("but")
        out = [v * 0.5 if k < turn else v * 1.5 if k > turn else v for k, v in enumerate(out)]
    return out


def compound(values: Sequence[float]) -> float:
    """VADER's compound score of word valences: their sum normalised to -1 .. 1."""
    total = sum(values)
    return total / math.sqrt(total * total + ALPHA) if total else 0.0


def valence(words: Sequence[str]) -> float:
    """The compound valence (-1 .. 1) of a run of lower-case words."""
    return compound(word_valences(words))
