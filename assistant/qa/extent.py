"""Whether a how-long question asks the extent of a text, and whether a sentence states one (round 40, qaover40).

"How long" asks a length of time when what it measures lasts ("How long is parental leave?", "How long does the
review take?"), but a length of *text* when it measures a text or a unit of language: "How long should sentences be
in a blog post?" is answered by "max 25 words per sentence", "How long should the introduction be?" by "10% of total
length". The answer-type check read every "how long" as a duration and refused those answers.

* **What is measured.** In a copular how-long clause ("How long is/are NP?", "How long should/must/can NP be?") the
  subject noun phrase names what is measured; its head is the last noun before a preposition, a coordinator or the
  verb (the first conjunct's head in "the introduction and the conclusion of ..."). The clause asks a text's
  extent when the head is a **text noun**: one of its two most frequent WordNet 3.0 senses is in noun.communication
  and the first is no span of time (noun.time) (``assistant/data/text_nouns.txt``, built by
  scripts/build_text_nouns.py): sentence, title, headline, introduction, paragraph, description, entry; not leave,
  probation, sabbatical, sprint, period. Other verbs ("How long does X take / last / stay ...?") ask a duration.
* **What states an extent.** A number of the sentence (not in the question) followed by a unit of extent: a unit
  of text (word, character, letter, line, sentence, paragraph, page, slide, bullet point: the units a text is
  counted in, WordNet 3.0 noun.communication linguistic units and written-matter parts), of display size (pixel,
  point: CSS Values and Units Level 3 §6) or of data (bit, byte and their SI / IEC prefixes: IEC 80000-13, the SI
  Brochure 9th ed. Table 7), or of length (millimetre, centimetre, metre, inch: SI Brochure Table 2 and the
  inch of NIST SP 811 App. B); or a share of the whole text ("10% of total length", "half of the post").
  A length of time still answers (a video, a talk, a session lasts): the extent only widens what answers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from assistant.wordlists import read_words

# "How long is/are/was/were NP" and "How long should/must/can/... NP be": the subject NP (lazy, up to "be" or the end).
_COPULAR = re.compile(
    r"\bhow\s+long\s+(?:is|are|was|were)\s+(?P<np1>[^?,;]+)"
    r"|\bhow\s+long\s+(?:should|must|can|could|may|might|will|would|shall|does|do|need|needs|has|have)\s+"
    r"(?P<np2>[^?,;]+?)\s+(?:to\s+)?be\b",
    re.IGNORECASE)
# Where the head noun's phrase ends: a preposition, a coordinator, a relative or subordinating word, a verb of the clause.
_NP_END = re.compile(
    r"\s+(?:and|or|but|of|in|on|at|for|from|with|to|by|about|before|after|during|under|over|within|without|per|"
    r"that|which|who|when|if|so|be|is|are|usually|typically|normally|generally|ideally|allowed|supposed|expected|"
    r"required|meant|going|at\s+most|at\s+least)\b.*$",
    re.IGNORECASE)
_DETERMINERS = frozenset({"a", "an", "the", "my", "your", "our", "their", "his", "her", "its", "this", "that", "these",
                          "those", "each", "every", "any", "some"})

# A unit of extent right after a number ("25 words", "60 characters", "3-4 lines", "1600px", "20 MB", "1,000-word").
_EXTENT_UNIT = re.compile(
    r"^[\s\-–]{0,2}(?:words?|characters?|chars?|letters?|lines?|sentences?|paragraphs?|pages?|slides?|"
    r"bullet(?:\s+point)?s?|px|pixels?|pt|bytes?|[kKMGT]i?B|kilobytes?|megabytes?|gigabytes?|mm|cm|"
    r"millimet(?:er|re)s?|centimet(?:er|re)s?|met(?:er|re)s?|inch(?:es)?)\b")
# A share of the whole text: "10% of total length", "a third of the post", "half of the article".
_SHARE_OF_TEXT = re.compile(
    r"(?:\d+(?:\.\d+)?\s?(?:%|per\s?cent\b|percent\b)|\bhalf|\b(?:a|one|two)[- ](?:third|quarter)s?)\s+of\s+"
    r"(?:the\s+|its\s+|your\s+)?(?:total|overall|whole|entire|full)?\s*"
    r"(?:length|word\s+count|text|post|article|piece|page|document|content)\b",
    re.IGNORECASE)


@lru_cache(maxsize=1)
def text_nouns() -> frozenset[str]:
    """Nouns naming a text, a message or a unit of language (``assistant/data/text_nouns.txt``)."""
    return read_words("text_nouns.txt")


def _singulars(word: str) -> list[str]:
    w = word.casefold()
    out = [w]
    if w.endswith("ies"):
        out.append(w[:-3] + "y")
    if w.endswith("es"):
        out.append(w[:-2])
    if w.endswith("s") and not w.endswith("ss"):
        out.append(w[:-1])
    return out


def measured_noun(clause: str) -> str | None:
    """The head noun of what a copular how-long clause measures ("sentences" in "How long should sentences be in a
    blog post?", "introduction" in "How long should the introduction and the conclusion ... be?"); None when the
    clause is no such clause ("How long does the review take?")."""
    match = _COPULAR.search(clause)
    if match is None:
        return None
    phrase = _NP_END.sub("", " " + (match.group("np1") or match.group("np2"))).strip()
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", phrase)]
    while words and words[0].casefold() in _DETERMINERS:
        words.pop(0)
    return words[-1] if words else None


def asks_text_extent(clause: str) -> bool:
    """Whether a how-long clause measures a text or a unit of language (its length may be told in words, characters,
    lines or pages as well as in time)."""
    head = measured_noun(clause)
    return head is not None and any(w in text_nouns() for w in _singulars(head))


def states_extent(text: str, fresh: Sequence[tuple[int, int, bool]]) -> bool:
    """Whether ``text`` states an extent: one of its numbers ``fresh`` ((start, end, is_frequency), not in the
    question) followed by a unit of extent, or a share of the whole text."""
    return any(not f and _EXTENT_UNIT.match(text[e:]) for _, e, f in fresh) or _SHARE_OF_TEXT.search(text) is not None
