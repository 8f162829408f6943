"""Find people's names in free text, offline: a name gazetteer, an English lexicon and context cues.

No statistical model is needed (none is available offline in an official form). A word is a
name when the evidence says so:

* a capitalised word in the first-name or surname gazetteer that is not also a common English
  word ("Priya", "Okafor"), anywhere, sentence starts included;
* a gazetteer word that is also a common word ("Will", "Grant", "Hope", "Young") only when it is
  capitalised mid-sentence, follows a title or stands next to another name;
* an unknown capitalised word (not in the gazetteer, not a common word) after a title ("Ms.",
  "Dr."), next to a name ("Chidi Nwosu"), after a cue ("with", "to", "from", "thanks", "cc") or
  before a possessive ("Xiadani's");
* every other occurrence of a word found as a name, in any case ("priya"), unless that
  occurrence is a common word used as one ("will" in lower case).

Runs of name words (with particles such as "van der" and initials such as "J.") form one name.
The gazetteer and lexicon are data files built by ``scripts/build_name_lists.py``.
Everything here is pure and runs in time linear in its input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.text import DATE_WORDS
from assistant.wordlists import read_words


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


TITLES = _wordset(
    "mr mrs ms miss mx dr prof professor sir dame lord lady madam mister doctor rev fr"
)
"""Courtesy and professional titles that announce a name ("Ms. Okafor", "Dr Chen")."""

PERSON_CUES = _wordset(
    """thanks thank cc dear hi hello hey congratulations congrats asked told tell contacted met emailed
    called paired mentor mentored coached manager colleague teammate employee supervisor named"""
)
"""Words after which a capitalised word is a person's name even when it is also a common word
("thanks Grant", "told Will")."""

CUES = PERSON_CUES | _wordset(
    """with to from by and per ask contact meet meeting report lead director between remind reminded
    moving moved trained train thank invite invited hire hired promote promoted ping email call"""
)
"""Words after which an unknown capitalised word is read as a person's name ("worked with Xiadani")."""

SUBJECT_VERBS = _wordset(
    """is was has had will would can cannot could should shall might must did does said says asks
    asked told tells thinks thought wants wanted needs owns leads led made makes took takes gave gives
    went goes wrote writes ran runs met meets agreed reports joined works"""
)
"""Words after which an unknown capitalised word is the subject of a sentence ("Delroy said")."""

PARTICLES = _wordset("van von der den de del della di da dos das du la le bin binti ibn al el ter ten st")
"""Lower-case name particles inside a full name ("Ludwig van Beethoven", "María de la Cruz")."""

NOT_NAMES = _wordset(
    """i i'm i'll i've i'd ok okay hr it pip ipm ipms smart sbi okr okrs kpi kpis ceo cto cfo coo vp svp
    evp qa ui ux api faq eeo fmla ada pto q1 q2 q3 q4 h1 h2 fy am pm usa uk eu us corp inc ltd llc plc
    gmbh co"""
) | DATE_WORDS | TITLES
"""Words that are never a person's name here, whatever the gazetteer says (months: "May", "June")."""

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s?$")


@dataclass(frozen=True)
class Lexicon:
    first: frozenset[str]
    last: frozenset[str]
    common: frozenset[str]
    places: frozenset[str]

    def is_gazetteer(self, key: str) -> bool:
        return key in self.first or key in self.last

    def is_common(self, key: str) -> bool:
        if key in self.common:
            return True
        return "-" in key and all(part in self.common for part in key.split("-"))

    def may_be_name(self, key: str) -> bool:
        """A capitalised ``key`` may be a person's name: a first name, or no common English word ("Two",
        "Morale" name no one)."""
        return key in self.first or not self.is_common(key)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The shipped gazetteer and lexicon (read once)."""
    return Lexicon(read_words("first_names.txt"), read_words("surnames.txt"), read_words("common_words.txt"),
                   read_words("places.txt"))


@dataclass
class _Word:
    text: str
    start: int
    end: int
    key: str  # case-folded, possessive cut
    capitalised: bool
    sentence_start: bool
    possessive: bool
    name: bool = False


def _key(word: str) -> str:
    return _POSSESSIVE.sub("", word.replace("’", "'")).casefold()


def _opens_sentence(text: str, pos: int) -> bool:
    """True when the word at ``pos`` opens a sentence, line, list item, quote or bracket."""
    i = pos - 1
    while i >= 0 and text[i] in " \t\"'“‘(*•-–—[#>|_":
        i -= 1
    if i < 0 or text[i] in "\r\n":
        return True
    if text[i] in "!?:;":
        return True
    if text[i] == ".":
        # "Dr. Lee" and initials do not end a sentence.
        j = i - 1
        while j >= 0 and text[j].isalpha():
            j -= 1
        before = text[j + 1 : i].casefold()
        return not (before in TITLES or len(before) == 1)
    return False


_NAME_PREFIX = re.compile(r"(?:Mc|Mac|O['’]|D['’]|De|Di|Da|Du|La|Le|Van|Von|St|Fitz|Al-|El-)?[A-Z]")


def _is_capitalised(word: str) -> bool:
    """"Priya", "McDonald", "O'Brien", "DeShawn"; not "HR" or "SMART" (all capitals), not "iPhone",
    "GitLab" or "PeopleOps" (inner capitals outside a name prefix)."""
    if not word[0].isupper() or (len(word) > 1 and word.isupper()):
        return False
    inner = [i for i, c in enumerate(word) if c.isupper() and i > 0 and word[i - 1] not in "-'’"]
    if not inner:
        return True
    m = _NAME_PREFIX.match(word)
    return len(inner) == 1 and m is not None and m.end() - 1 == inner[0]


def _words(text: str) -> list[_Word]:
    out: list[_Word] = []
    for m in _WORD.finditer(text):
        raw = m.group()
        possessive = bool(_POSSESSIVE.search(raw)) and len(raw) > 2 and raw[-2] in "'’"
        stem = raw[:-2] if possessive else raw
        out.append(
            _Word(raw, m.start(), m.end(), _key(raw), _is_capitalised(stem), _opens_sentence(text, m.start()),
                  possessive)
        )
    return out


def _gap(text: str, a: _Word, b: _Word) -> str:
    return text[a.end : b.start]


def _adjacent(text: str, a: _Word, b: _Word) -> bool:
    """``b`` follows ``a`` inside one name: one space, or an initial's full stop and a space."""
    gap = _gap(text, a, b)
    return gap == " " or (gap == ". " and len(a.text) == 1)


def _title_before(words: list[_Word], i: int, text: str) -> bool:
    if i == 0:
        return False
    prev = words[i - 1]
    return prev.key in TITLES and _gap(text, prev, words[i]) in {" ", ". "}


def find_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of each person's name in ``text`` (a possessive "'s" is left outside)."""
    lex = lexicon()
    words = _words(text)
    n = len(words)

    def strong(w: _Word) -> bool:
        return w.capitalised and is_known_name(w.key)

    def ambiguous(w: _Word) -> bool:
        return w.capitalised and lex.is_gazetteer(w.key) and w.key not in NOT_NAMES

    def unknown(w: _Word) -> bool:
        return (w.capitalised and len(w.key) > 1 and not lex.is_gazetteer(w.key) and not lex.is_common(w.key)
                and w.key not in NOT_NAMES and w.key not in lex.places)

    # 1. Words that are names on their own evidence.
    for i, w in enumerate(words):
        if strong(w):
            w.name = True
        elif ambiguous(w) or unknown(w):
            prev = words[i - 1] if i else None
            cues = CUES if unknown(w) else PERSON_CUES
            cue = prev is not None and prev.key in cues and _gap(text, prev, w) in {" ", ", "}
            nxt = words[i + 1] if i + 1 < n else None
            acts = (nxt is not None and _gap(text, w, nxt) == " " and nxt.text.islower()
                    and (nxt.key in SUBJECT_VERBS or (nxt.key.endswith("ed") and len(nxt.key) > 4)))
            pair = (nxt is not None and unknown(nxt) and _adjacent(text, w, nxt)
                    and not (i + 2 < n and words[i + 2].capitalised and _adjacent(text, nxt, words[i + 2])))
            w.name = (
                _title_before(words, i, text)
                or (cue and not _in_title_case_phrase(words, i, text))
                or (unknown(w) and (acts or pair or (w.possessive and not w.sentence_start)))
            )
    # 2. Neighbours of names: "Chidi Okonkwo", "Will Turner", "J. Smith", "Ludwig van Beethoven".
    for _ in range(2):
        for i, w in enumerate(words):
            if w.name or not (ambiguous(w) or unknown(w) or _initial(w)):
                continue
            j = i - 1
            while j > 0 and words[j].key in PARTICLES and not words[j].capitalised:
                j -= 1
            before = words[j] if j >= 0 and j < i else None
            after = words[i + 1] if i + 1 < n else None
            joined_before = before is not None and before.name and (_adjacent(text, before, words[j + 1]) or j < i - 1)
            joined_after = after is not None and after.name and _adjacent(text, w, after)
            w.name = joined_before or joined_after
        for i, w in enumerate(words[1:], 1):
            before = words[i - 1]
            if (not w.name and w.capitalised and not w.sentence_start and w.key not in NOT_NAMES
                    and before.name and before.key in lex.first and _adjacent(text, before, w)
                    and not (i + 1 < n and words[i + 1].capitalised and _adjacent(text, w, words[i + 1]))):
                w.name = True
    # 3. Every other occurrence of a name word: in any case for a known name ("priya"),
    #    capitalised for the others (a capitalised common word only mid-sentence).
    found = {w.key for w in words if w.name and not _initial(w)}
    for w in words:
        if w.name or w.key not in found:
            continue
        if w.capitalised:
            w.name = not (lex.is_common(w.key) and w.sentence_start)
        elif w.text.islower():
            w.name = not lex.is_common(w.key)
    return _spans(text, words)


def _in_title_case_phrase(words: list[_Word], i: int, text: str) -> bool:
    """True when words[i] is part of a capitalised phrase of common words ("Human Resources",
    "Head of Sales", "the Young Professionals"), not a name."""
    lex = lexicon()
    prev = words[i - 1] if i else None
    nxt = words[i + 1] if i + 1 < len(words) else None
    if prev is not None and prev.key in {"the", "a", "an", "of", "our", "your", "their", "its"}:
        return True
    for other in (prev, nxt):
        if other is not None and not other.sentence_start and other.capitalised and lex.is_common(other.key) and not lex.is_gazetteer(other.key):
            first, second = (other, words[i]) if other.start < words[i].start else (words[i], other)
            if _gap(text, first, second) == " ":
                return True
    return False


def _initial(w: _Word) -> bool:
    return len(w.text) == 1 and w.text.isupper()


def _spans(text: str, words: list[_Word]) -> list[tuple[int, int]]:
    """Merge runs of name words (and particles between them) into spans."""
    spans: list[tuple[int, int]] = []
    i, n = 0, len(words)
    while i < n:
        if not words[i].name:
            i += 1
            continue
        start, end, j = words[i].start, words[i].end, i
        while j + 1 < n and not words[j].possessive:
            nxt = words[j + 1]
            if nxt.name and _adjacent(text, words[j], nxt):
                end, j = nxt.end, j + 1
                continue
            # particles: "van der" between two name words
            k = j + 1
            while k < n and words[k].key in PARTICLES and not words[k].capitalised and _gap(text, words[k - 1], words[k]) == " ":
                k += 1
            if k > j + 1 and k < n and words[k].name and _gap(text, words[k - 1], words[k]) == " ":
                end, j = words[k].end, k
                continue
            break
        last = words[j]
        if last.possessive:
            end = last.start + len(last.text) - (2 if last.text.endswith(("'s", "’s")) else 1)
        if _initial(words[j]) and end < len(text) and text[end] == ".":
            end += 1
        spans.append((start, end))
        i = j + 1
    return spans


def is_known_name(word: str) -> bool:
    """True for a gazetteer name that is not also a common English word ("priya", "okafor")."""
    lex = lexicon()
    key = _key(word)
    return lex.is_gazetteer(key) and not lex.is_common(key) and key not in NOT_NAMES and key not in lex.places
