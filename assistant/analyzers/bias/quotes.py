"""Cited, quoted and identifier mentions, which are not the writer's judgement."""

from __future__ import annotations

from bisect import bisect_right

from assistant.analyzers.bias.checker import (
    _Candidate,
)
from assistant.analyzers.bias.doc import (
    _could_be_a_name,
    _Doc,
)
from assistant.analyzers.bias.grammar import (
    _QUALIFIER_GAP_RE,
    FUNCTION_WORDS,
    PRONOUNS,
)
from assistant.analyzers.bias.ruleset import (
    RuleSet,
)


def _drop_modifiers_of_flagged_nouns(kept: list[_Candidate], ruleset: RuleSet, text: str) -> list[_Candidate]:
    """One remark, one flag. A low-severity word describing a person right before another flag ("a
    sweet girl") modifies that flag's noun, and the noun's flag carries it; prove-it-again praise (a
    gender-coded phrase, not a trait word) right before a flagged group qualifier ("surprisingly strong
    for a female engineer") is the qualifier's remark, and the qualifier's flag is widened to cover it."""
    out: list[_Candidate] = []
    for n, cand in enumerate(kept):
        nxt = kept[n + 1] if n + 1 < len(kept) else None
        if nxt is not None and nxt.start > cand.end:
            gap = text[cand.end:nxt.start]
            adjacent = gap.isspace()
            if (adjacent and ruleset.rules[cand.rule].severity == "low"
                    and ruleset._contexts[cand.rule].describes == "person"):
                continue
            if (ruleset._contexts[cand.rule].describes == "any" and ruleset.rules[cand.rule].category == "gender_coded"
                    and ruleset.rules[nxt.rule].category != "gender_coded") and (
                    (adjacent and text[nxt.start:nxt.end].lower().startswith(("for ", "like ")))
                    or _QUALIFIER_GAP_RE.fullmatch(gap)):
                kept[n + 1] = _Candidate(cand.start, nxt.end, nxt.rule, cand.token)
                continue
        out.append(cand)
    return out


# Use and mention: a word cited as a word ("words such as 'abrasive'", "terms such as chairman,
# manpower", "Do not write phrases such as ...") is the topic of a style note, not a judgement of anyone.
# A head noun naming words, then a list marker; everything after the marker in the sentence is cited,
# and so is a quoted span in a sentence with a head noun. (Lyons 1977, Semantics, 1.2: use vs mention;
# Cappelen & Lepore, 'Quotation', Stanford Encyclopedia of Philosophy.)
CITATION_HEADS = frozenset([
    "word", "words", "term", "terms", "phrase", "phrases", "phrasing", "phrasings", "expression", "expressions",
    "wording", "label", "labels", "adjective", "adjectives", "descriptor", "descriptors", "idiom", "idioms",
    "metaphor", "metaphors", "slur", "slurs", "jargon", "vocabulary",
])
# A note naming topics ("References to pregnancy ...", "Comments on looks, clothing ...") talks about the
# characteristics, as a reporter of someone's remarks does ("she made remarks about his accent").
TOPIC_HEADS = frozenset(["references", "comments", "remarks", "questions", "jokes"])
_OWNERS = frozenset(["his", "her"])  # a person's own ("questions about his lifestyle"); "their" is often generic
_CITATION_MARKERS = ((("such", "as"), 2), (("like",), 1), (("e", "g"), 2), (("including",), 1))
_QUOTES_OPEN = "\"“‘'"


def _cited(doc: _Doc, k: int, start: int, end: int, cache: dict[int, tuple[int, bool, bool]],
           wording: bool = False) -> bool:
    """Is the match starting at token ``k`` a word cited as a word (see CITATION_HEADS)? A topic named after a topic
    head (TOPIC_HEADS) is a characteristic named, not a word cited: a term the sources reject in itself (``wording``,
    BiasRule.kind) said of a person's own ('questions about his lifestyle', 'comments on her flamboyant manner') is
    the writer's own word for that person (use, not mention: Lyons 1977), and stays."""
    lo, hi = doc.bounds(k)
    if lo not in cache:
        words = doc.words
        head = first_cited = -1
        topic = False
        for t in range(lo, hi + 1):
            if head < 0:
                if words[t] in CITATION_HEADS:
                    head = t
                elif words[t] in TOPIC_HEADS and t + 1 <= hi and words[t + 1] in ("to", "on", "about"):
                    head, first_cited = t, t + 2  # "References to faith, religious dress ...": topics named
                    topic = True
                    break
                continue
            if ":" in doc.gap(t):
                first_cited = t
                break
            if words[t] == "like" and (t != head + 1 or doc.gap(t).strip()):
                continue  # "like" is a comparison unless it follows the head: "words like", not "with words, like a"
            if any(tuple(words[t : t + n]) == m for m, n in _CITATION_MARKERS):
                first_cited = t + (2 if words[t] in ("such", "e") else 1)
                break
        if first_cited < 0 and lo > 0 and ":" in doc.gap(lo):  # a colon ends a sentence: "Terms ...: chairman"
            prev_lo = doc.bounds(lo - 1)[0]
            if any(words[t] in CITATION_HEADS or words[t] in TOPIC_HEADS for t in range(prev_lo, lo)):
                first_cited, head = lo, lo
        cache[lo] = (first_cited, head >= 0, topic)
    first_cited, has_head, topic = cache[lo]
    if first_cited >= 0 and k >= first_cited:
        words = doc.words
        return not (topic and wording and (words[k] in _OWNERS or (k > 0 and words[k - 1] in _OWNERS)))
    if not has_head:
        return False
    text = doc.text
    before, after = text[max(0, start - 1) : start], text[end : end + 1]
    return bool(before) and before in _QUOTES_OPEN and bool(after) and after in _QUOTES_OPEN + "”’"


def _drop_cited_terms(kept: list[_Candidate], doc: _Doc, ruleset: RuleSet) -> list[_Candidate]:
    cache: dict[int, tuple[int, bool, bool]] = {}
    return [c for c in kept if not _cited(doc, max(0, bisect_right(doc.starts, c.start) - 1), c.start, c.end, cache,
                                          ruleset.rules[c.rule].term_kind == "wording")]


# A quoted word in a passage about no one in particular is mentioned, not used: a guide's "Reviewers
# should not describe people as 'emotional'", a course's "why 'culture fit' can mask affinity bias".
# The same quote about a named person, or with he/she/you in its sentence or the one before, reports
# a remark about someone ("'Too emotional,' a peer wrote of Maria") and stays flagged.
_QUOTE_CHARS = "\"“”‘’'"
_QUOTE_REACH = 60  # characters a quoted phrase may run either side of the term
_SPECIFIC_WORDS = frozenset(["he", "she", "him", "her", "his", "hers", "himself", "herself",
                             "you", "your", "yours", "yourself"])
_GROUP_POINTERS = frozenset(["the", "our", "my", "this", "that", "these", "those", "their"])


def _in_quotes(text: str, start: int, end: int) -> bool:
    """Is text[start:end] inside a short quoted phrase, a word or two around it ('"culture fit"', '“young and
    energetic”')? A quoted clause ('"Women are too emotional to lead," he said') is a remark, not a cited word."""
    opened = False
    spaces = 0
    for k in range(start - 1, max(-1, start - _QUOTE_REACH - 1), -1):
        c = text[k]
        spaces += c.isspace()
        if c in ".!?;\n" or spaces > 2:
            return False
        if c in _QUOTE_CHARS and (k == 0 or not text[k - 1].isalnum()) and k + 1 < len(text) and text[k + 1].isalnum():
            opened = True
            break
        if c in _QUOTE_CHARS:
            return False  # an apostrophe inside a word is fine only if a quote opens further left
    if not opened:
        return False
    for k in range(end, min(len(text), end + _QUOTE_REACH)):
        c = text[k]
        spaces += c.isspace()
        if c in _QUOTE_CHARS and (k + 1 == len(text) or not text[k + 1].isalnum()):
            return k == 0 or not text[k - 1].isspace()
        if c == "\n" or spaces > 2:
            return False
    return False


def _in_identifier(text: str, start: int, end: int) -> bool:
    """Is text[start:end] part of an identifier rather than prose: a handle or address ("ping `@pto-ninja`",
    "@rockstar-bot", "jo@kids.org") or inline code in backticks? A name for a channel, account or command
    describes no one."""
    left = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    chunk = text[left:start]
    if "@" in chunk:
        return True
    opening = text.rfind("`", 0, start)
    if opening < 0:
        return False
    closing = text.find("`", end)
    return closing >= 0 and "\n" not in text[opening:closing] and text.count("`", 0, opening) % 2 == 0


def _about_someone(doc: _Doc, lo: int, hi: int, people: frozenset[str]) -> bool:
    """Does the sentence lo..hi name a person, use he/she/you or point at certain people ('the new hires')?"""
    words = doc.words
    for t in range(lo, hi + 1):
        word = words[t]
        if word in _SPECIFIC_WORDS:
            return True
        if word in _GROUP_POINTERS and any(words[u] in people for u in range(t + 1, min(hi, t + 3) + 1)):
            return True
        if (doc.is_capitalized(t) and word not in FUNCTION_WORDS and word not in PRONOUNS and word not in people
                and _could_be_a_name(word)):
            return True
    return False


def _drop_quoted_mentions(kept: list[_Candidate], doc: _Doc, people: frozenset[str]) -> list[_Candidate]:
    out = []
    about: dict[int, bool] = {}  # by sentence start: each sentence is read once (linear)

    def someone(lo: int, hi: int) -> bool:
        if lo not in about:
            about[lo] = _about_someone(doc, lo, hi, people)
        return about[lo]

    for cand in kept:
        if _in_quotes(doc.text, cand.start, cand.end):
            k = max(0, bisect_right(doc.starts, cand.start) - 1)
            lo, hi = doc.bounds(k)
            if not someone(lo, hi) and not (lo > 0 and someone(*doc.bounds(lo - 1))):
                continue
        out.append(cand)
    return out
