"""The one shared text module: tokens, stems, stopwords, sentences and numbers.

Every analyzer, the Q&A and search use these helpers instead of private copies, so a word is
tokenised, stemmed and counted the same way everywhere. Everything here is pure and runs in time
linear in its input (single-pass regular expressions without nested quantifiers).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from assistant.wordlists import data_file, read_words

# --- tokens ---------------------------------------------------------------------------------------

WORD = re.compile(r"[^\W_][\w'’-]*")
"""A word: starts with a letter or digit, may hold apostrophes and hyphens ("check-in", "don't")."""

_ALNUM = re.compile(r"[^\W_]+")
_CONTRACTION = re.compile(r"['’](?:s|t|re|ve|ll|d|m)$")


def normalise_quotes(text: str) -> str:
    """Curly apostrophes and quotes as straight ones (offsets unchanged: one char for one)."""
    if "’" in text or "‘" in text or "“" in text or "”" in text:  # (most words have none: no translation)
        return text.translate(_QUOTES)
    return text


_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


@dataclass(frozen=True, slots=True)
class Token:
    """A word of a text with its character span."""

    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()


# A Token's fields set through its slots: what ``Token(text, start, end)`` builds, without the frozen
# dataclass's ``__init__`` (one ``object.__setattr__`` per field); drafts make hundreds of tokens.
_NEW_TOKEN = object.__new__
_SET_TEXT, _SET_START, _SET_END = Token.text.__set__, Token.start.__set__, Token.end.__set__  # type: ignore[attr-defined]


def tokens(text: str) -> list[Token]:
    """The words of ``text`` with their spans."""
    return _tokens_of(WORD.finditer(text))


def _tokens_of(found: Iterator[re.Match[str]]) -> list[Token]:
    """A Token per word match, in order."""
    out = []
    for m in found:
        token = _NEW_TOKEN(Token)
        _SET_TEXT(token, m.group())
        start, end = m.span()
        _SET_START(token, start)
        _SET_END(token, end)
        out.append(token)
    return out


def words(text: str) -> list[str]:
    """Lower-cased words of ``text``, curly apostrophes straightened."""
    return WORD.findall(normalise_quotes(text).lower())


LETTER_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def letter_words(text: str) -> list[str]:
    """The words of ``text`` that start with a letter (numbers and codes skipped), as written."""
    return LETTER_WORD.findall(text)


def alnum_words(text: str) -> list[str]:
    """Lower-cased runs of letters and digits ("check-in" gives "check", "in")."""
    return _ALNUM.findall(text.casefold())


# --- stopwords ------------------------------------------------------------------------------------


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


FUNCTION_WORDS = _wordset(
    """a about above after again against all am an and any are as at be because been before being
    below between both but by can could did do does doing done down during each either else every few
    for from further had has have having he her here hers him his how however i if in into is it its
    itself just me might more most must my myself no nor not now of off on once only or other our ours
    out over own per same shall she should so some such than that the their theirs them then there these
    they this those through to too under until up upon us very was we were what when where whether which
    while who whom whose why will with within without would yet you your yours"""
)
"""Closed-class words: articles, pronouns, auxiliaries, prepositions, conjunctions."""

QUESTION_FILLER = _wordset(
    """also anybody anyone back often come comes ever everyone fine get gets go goes going got happen happens
    know let like made make makes many much need needs okay please really someone somebody something
    take takes tell thing things think use used using want way ways whats whole yes able cannot shouldn
    don doesn didn isn aren wasn won wouldn couldn"""
)
"""Words that carry no topic in a question ("what happens if", "do I need to")."""

STOPWORDS = FUNCTION_WORDS | QUESTION_FILLER


# --- stems ----------------------------------------------------------------------------------------


def fold_plural(word: str) -> str:
    """The singular of a regular plural: policies/policy, matches/match, days/day (not "status")."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "ches", "shes", "xes", "zes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@lru_cache(maxsize=16384)
def stem(word: str) -> str:
    """A light, consistent suffix-stripping stem: rating/rated/rate, deadlines/deadline, check-ins/check-in
    (kept for the last words asked: the checks stem the same words many times)."""
    word = normalise_quotes(word.lower()).strip("'-")
    if word.endswith("'s"):
        word = word[:-2]
    word = fold_plural(word)
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz":
                word = word[:-1]  # planned -> plan, getting -> get
            break
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]  # rate/rated/rating -> rat, make/making -> mak
    return word


def content_words(text: str, stopwords: frozenset[str] = STOPWORDS) -> list[str]:
    """Lower-cased content words: contractions cut, hyphenated words split, stopwords dropped."""
    out: list[str] = []
    for word in words(text):
        word = _CONTRACTION.sub("", word)
        out.extend(part for part in word.split("-") if len(part) > 1 and part not in stopwords)
    return out


def content_stems(text: str, stopwords: frozenset[str] = STOPWORDS) -> set[str]:
    """Stems of the content words of ``text``."""
    return {stem(word) for word in content_words(text, stopwords)}


# --- sentences ------------------------------------------------------------------------------------

ABBREVIATIONS = _wordset(
    """mr ms mrs dr prof st vs etc e g i ie eg jr sr inc ltd co corp no approx dept est fig jan feb mar
    apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun"""
)
"""Words that end with a full stop without ending a sentence ("Dr.", "e.g.", "Jan.")."""

# A candidate boundary: end punctuation (the first of a run, so a run of dots costs one attempt)
# with any closing quotes or brackets, then whitespace; or a line break. Each candidate is then
# judged by the word before it and the character after it.
_CANDIDATE = re.compile(r"(?<![.!?…])[.!?…]+[\"'”’)\]]*(?=\s)\s*|\n\s*")
_LAST_WORD = re.compile(r"([^\W\d_]+)\.$")
_LIST_ITEM = re.compile(r"(?:[-*+•]|\d{1,3}[.)])\s")
_OPENERS = "\"'“‘([*•-"


def _ends_sentence(text: str, m: re.Match[str], start: int, line_breaks: bool) -> bool:
    chunk = m.group()
    newlines = chunk.count("\n")
    nxt = text[m.end()]
    if newlines and (line_breaks or newlines > 1 or _LIST_ITEM.match(text, m.end())):
        return True
    if chunk[0] == "\n":
        return False  # a hard-wrapped line
    if chunk.rstrip("\"'”’)] \t\r\n").endswith(("!", "?", "…")):
        return not nxt.islower()
    before = _LAST_WORD.search(text, max(start, m.start() - 20), m.start() + 1)
    if before and (before.group(1).lower() in ABBREVIATIONS or (len(before.group(1)) == 1 and before.group(1).isupper())):
        return False  # "Dr. Lee", "e.g. the", "J. Smith"
    return nxt.isupper() or nxt.isdigit() or nxt in _OPENERS


def sentence_spans(text: str, *, line_breaks: bool = True) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``, trimmed of surrounding whitespace.

    A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with closing quotes or brackets) followed by
    whitespace and a character that may open a sentence; not after an abbreviation or an initial
    ("Dr. Lee", "J. Smith", "e.g. the"). With ``line_breaks`` every line break ends a sentence;
    without it only a blank line or a new list item does, so hard-wrapped prose stays whole.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _CANDIDATE.finditer(text):
        if m.end() >= len(text):
            break
        if _ends_sentence(text, m, start, line_breaks):
            spans.append((start, m.start() + len(m.group().rstrip())))
            start = m.end()
    spans.append((start, len(text)))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def sentences(text: str, *, line_breaks: bool = True) -> list[str]:
    """The sentences of ``text`` (see :func:`sentence_spans`)."""
    return [text[s:e] for s, e in sentence_spans(text, line_breaks=line_breaks)]


# --- numbers and dates ----------------------------------------------------------------------------

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
    "eightieth": 80, "ninetieth": 90, "hundredth": 100, "thousandth": 1000,
}
OTHER_NUMBER_WORDS = {"dozen": 12, "half": 0.5, "once": 1, "twice": 2, "double": 2, "triple": 3,
                      "quadruple": 4}
NUMBER_WORDS: dict[str, float] = {**UNITS, **TENS, **SCALES, **OTHER_NUMBER_WORDS}
"""Every word that names a number on its own (cardinals, scales, dozen, half, twice...)."""

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
RELATIVE_DAYS = ("today", "tomorrow", "yesterday", "tonight")
DATE_WORDS = frozenset(MONTHS + MONTH_ABBREVIATIONS + WEEKDAYS + RELATIVE_DAYS)

# A family member named by a gendered or familiar kin word, and the neutral kin term(s) it falls under
# ("my dad" is a parent, "my wife" a spouse): policies name the neutral term ("Spouse, child, parent:
# up to 3 days"), so what they say of it applies to every kin word under it (never the other way round:
# a rule for mothers is not a rule for every parent).
KIN_TERMS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("father", "mother", "dad", "mom", "mum", "daddy", "mommy", "mummy", "papa", "mama"),
                    ("parent",)),
    **dict.fromkeys(("stepfather", "stepmother", "stepdad", "stepmom", "stepmum"), ("stepparent", "parent")),
    **dict.fromkeys(("son", "daughter"), ("child",)),
    **dict.fromkeys(("stepson", "stepdaughter"), ("stepchild", "child")),
    **dict.fromkeys(("brother", "sister"), ("sibling",)),
    **dict.fromkeys(("stepbrother", "stepsister", "half-brother", "half-sister"), ("sibling",)),
    **dict.fromkeys(("husband", "wife"), ("spouse",)),
    **dict.fromkeys(("grandfather", "grandmother", "grandpa", "grandma", "granddad", "grandad", "granny", "nana"),
                    ("grandparent",)),
    **dict.fromkeys(("grandson", "granddaughter"), ("grandchild",)),
    **dict.fromkeys(("father-in-law", "mother-in-law"), ("parent-in-law", "in-law")),
    **dict.fromkeys(("son-in-law", "daughter-in-law", "brother-in-law", "sister-in-law"), ("in-law",)),
    **dict.fromkeys(("boyfriend", "girlfriend", "fiance", "fiancee", "fiancé", "fiancée"), ("partner",)),
    **dict.fromkeys(("aunt", "uncle", "niece", "nephew", "cousin"), ()),
}
_KIN_WORD = re.compile(r"(?<![\w-])(" + "|".join(sorted(map(re.escape, KIN_TERMS), key=len, reverse=True))
                       + r")(?:s|'s|’s)?(?![\w-])", re.IGNORECASE)


def with_kin_terms(text: str) -> str:
    """``text`` with each kin word followed by the neutral kin terms it falls under, in brackets ("my
    grandson (grandchild) died"), so that a search finds the policy that names the neutral term."""
    return _KIN_WORD.sub(lambda m: f"{m.group(0)} ({' '.join(KIN_TERMS[m.group(1).lower()])})"
                         if KIN_TERMS[m.group(1).lower()] else m.group(0), text)


NUMBER_WORD_PATTERN = "(?:" + "|".join(sorted({*UNITS, *TENS, "hundred", "dozen"}, key=lambda w: (-len(w), w))) + ")"
"""A regex alternation of the cardinal number words (longest first, then alphabetical: the same pattern in every
process, whatever the order of the set), for rule files."""


_DIGITS = re.compile(r"(?<![\w.])[$€£]?\d[\d,]*(?:\.\d+)?(?:\s?%|(?:st|nd|rd|th)\b|[km]\b)?", re.IGNORECASE)
# The lookahead names the first letters a run can start with (its words' and "a"/"an"): the same matches, but the
# long alternation is tried only at the words that can begin one.
_NUMBER_WORD_RUN = re.compile(
    r"\b(?=[" + "".join(sorted({"a", *(word[0] for word in [*UNITS, *TENS, *SCALES, *ORDINALS, *OTHER_NUMBER_WORDS])}))
    + r"])(?:(?:a|an)\s+)?(?:"
    + "|".join(sorted([*UNITS, *TENS, *SCALES, *ORDINALS, *OTHER_NUMBER_WORDS], key=len, reverse=True))
    + r")(?:(?:[\s-]+(?:and[\s-]+)?)(?:"
    + "|".join(sorted([*UNITS, *TENS, *SCALES, *ORDINALS], key=len, reverse=True))
    + r"))*\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number in a text, written in digits or words, with its value."""

    text: str
    start: int
    end: int
    value: float
    ordinal: bool = False
    percent: bool = False


def _words_value(phrase: str) -> tuple[float, bool] | None:
    """Value of a run of number words ("twenty-five", "two hundred and ten", "third", "a dozen")."""
    parts = [p for p in re.split(r"[\s-]+", phrase.lower()) if p not in {"and", "a", "an"}]
    if not parts:
        return None
    if len(parts) == 1 and parts[0] in OTHER_NUMBER_WORDS:
        return float(OTHER_NUMBER_WORDS[parts[0]]), False
    total = current = 0.0
    ordinal = False
    for part in parts:
        if part in ORDINALS:
            value, ordinal = float(ORDINALS[part]), True
        elif part in UNITS:
            value = float(UNITS[part])
        elif part in TENS:
            value = float(TENS[part])
        elif part in SCALES:
            scale = SCALES[part]
            current = (current or 1) * scale
            if scale >= 1000:
                total, current = total + current, 0.0
            continue
        elif part == "dozen":
            current = (current or 1) * 12
            continue
        else:
            return None
        if value >= 100:  # "hundredth", "thousandth"
            current = (current or 1) * value
        else:
            current += value
    return total + current, ordinal


def numbers(text: str) -> list[NumberMention]:
    """Every number in ``text``: digits ("1,200", "$5k", "25%", "3rd") and words ("twenty-five",
    "a dozen", "third"), with its value. A percent sign or the word percent/per cent marks a percentage."""
    found = list(_number_mentions(text))
    found.sort(key=lambda n: n.start)
    return found


def has_number(text: str) -> bool:
    """``text`` holds a number (``bool(numbers(text))``), found without reading every one: the number words
    are not looked for when there are digits."""
    return next(_number_mentions(text), None) is not None


def _number_mentions(text: str) -> Iterator[NumberMention]:
    """The numbers of :func:`numbers`: those in digits in order, then those in words in order."""
    for m in _DIGITS.finditer(text):
        raw = m.group()
        body = raw.lstrip("$€£").replace(",", "").rstrip()
        lower = body.lower()
        ordinal = lower.endswith(("st", "nd", "rd", "th"))
        percent = lower.endswith("%")
        scale = 1000 if lower.endswith("k") else 1_000_000 if lower.endswith("m") else 1
        digits = lower.rstrip("%").rstrip().removesuffix("st").removesuffix("nd").removesuffix("rd")
        digits = digits.removesuffix("th").rstrip("km")
        try:
            value = float(digits) * scale
        except ValueError:
            continue
        yield NumberMention(raw, m.start(), m.end(), value, ordinal, percent or _percent_after(text, m.end()))
    for m in _NUMBER_WORD_RUN.finditer(text):
        parsed = _words_value(m.group())
        if parsed is None:
            continue
        value, ordinal = parsed
        yield NumberMention(m.group(), m.start(), m.end(), value, ordinal, _percent_after(text, m.end()))


_PERCENT_AFTER = re.compile(r"\s*(?:%|percent\b|per\s+cent\b)", re.IGNORECASE)


def _percent_after(text: str, end: int) -> bool:
    return _PERCENT_AFTER.match(text, end) is not None


def number_values(text: str) -> set[float]:
    """The values of every number in ``text``."""
    return {n.value for n in numbers(text)}


# --- closed-class words and verb forms (appended for the analyzers) -------------------------------

PREPOSITIONS = _wordset(
    """about above across after against along among around as at before behind below beneath beside
    between beyond by despite during except for from in including inside into like near of off on onto
    out outside over past per plus regarding since than through throughout till to toward towards under
    until unlike up upon versus via vs with within without"""
)
"""Prepositions, including the ones that introduce a list ("including", "plus", "via")."""

PARTICLES = _wordset("up out off down back away")
"""Adverb particles of phrasal verbs ("speak up", "set off"): prepositions in form, not heading a noun phrase."""

MODALS = _wordset("can could may might must shall should will would")
# Words that open a relative clause ("tenants who pay", "the van, which was slow"; Quirk et al. 17.9).
RELATIVE_WORDS = _wordset("who whom whose that which where when")
"""Modal auxiliaries ("may" too, which FUNCTION_WORDS leaves out because it is also a month)."""

IRREGULAR_PAST = _wordset(
    """was were did had said told came went got made took gave sent left ran wrote saw heard found brought
    kept lost paid put set spoke stood thought felt knew met began broke chose drove fell forgot held led
    built caught bought taught threw won sold shut sat spent split struck swore woke drew flew hung lent
    fed fought froze dealt dug rang laid hit let read rebuilt redid reran oversaw undertook withdrew
    understood overran rewrote became grew rose shook sped swept fled sought stuck spun slid hid wept swung
    clung crept overcame underwent overtook foresaw forgave mistook upheld withheld arose
    ate awoke bent blew burnt drank dreamt dwelt flung forbade foretold forsook knelt leapt learnt meant misdealt
    mislaid misspelt misspent misunderstood outdid outgrew outran outshone outsold overdid overdrew overgrew
    overheard overhung overpaid overrode overshot overslept oversold overspent overthrew partook prepaid remade
    repaid rethought retold retook rewound rode sang sank shone shot shrank slept slung snuck spat spelt spilt
    spoilt sprang stank stole strode strove stung swam tore trod underpaid undersold underwrote undid unmade
    unwound waylaid withstood wore wove wrung"""
)
"""Common irregular simple-past verb forms (a past tense tells of one occasion: 'she never got to finish').

The forms after "arose" are the simple pasts among the irregular inflections of Princeton WordNet 3.0's verb
exception list (``verb.exc``, Debian ``wordnet-base`` 1:3.0-37; WordNet 3.0 Copyright 2006 by Princeton
University, licence in assistant/data/README.md) that SCOWL lists as words (assistant/data/common_words.txt),
less past participles only ("eaten", "sung"), forms spelt like their base ("cost", "hurt"), archaic forms
("abode", "smote") and forms that are mostly nouns or adjectives after a noun ("bit", "bore", "bound", "dove",
"ground", "lay", "lit", "slew", "strung", "wound", "wrought")."""

EE_VERBS = _wordset("agree disagree free guarantee decree referee")
"""Regular verbs ending in '-ee': their past adds '-d' ("agreed"), a shape that '-eed' base forms share ("need",
"proceed", "succeed", "exceed", "feed"), so these are listed."""


def is_past_tense(word: str) -> bool:
    """A simple-past verb form by its shape: an irregular past or a regular '-ed' word ("missed", "agreed"); a base
    form ending in '-eed' ("need", "proceed") is none."""
    word = word.lower()
    return word in IRREGULAR_PAST or (len(word) > 3 and word.endswith("ed") and not word.endswith("eed")) or (
        word.endswith("eed") and word[:-1] in EE_VERBS)


COMPARATIVE_WORDS = _wordset("more less better worse fewer further farther")
"""Comparatives not formed with '-er' (Quirk et al. 1985, 7.74-7.79: irregular and periphrastic comparison)."""


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    return read_words("common_words.txt")


def has_agent_base(word: str) -> bool:
    """An '-er'/'-or' word formed from a word SCOWL lists: the base alone ("tester"/"test"), with its final 'e'
    ("approver"/"approve") or with its last consonant undoubled ("planner"/"plan"); "blister" and "border" are
    formed from none (agentive suffixation adds to a free base, Quirk et al. 1985, I.34)."""
    word = word.lower()
    if len(word) < 5 or not word.endswith(("er", "or")):
        return False
    base = word[:-2]
    words = _english_words()
    return base in words or base + "e" in words or (len(base) > 2 and base[-1] == base[-2] and base[:-1] in words)


def is_comparative(word: str) -> bool:
    """A comparative of degree: an irregular or periphrastic one (:data:`COMPARATIVE_WORDS`), or an '-er' word whose
    '-est' superlative SCOWL lists as a word too ("quicker"/"quickest", "tidier"/"tidiest", "later"/"latest",
    "bigger"/"biggest"); '-er' nouns have no superlative ("manager", "order", "water")."""
    word = word.lower()
    if word in COMPARATIVE_WORDS:
        return True
    if len(word) < 5 or not word.endswith("er"):
        return False
    known = _english_words()
    return word in known and (word[:-2] + "est" in known or word[:-1] + "st" in known)


def may_be_verb_base(word: str) -> bool:
    """``word`` can be a verb's base form: "be", or a word SCOWL lists with a past in '-ed' or a present participle in
    '-ing' ("pick"/"picked", "tidy"/"tidied", "stop"/"stopped", "make"/"making"); "great", "lovely" and "thanks"
    have none."""
    word = word.lower()
    if word == "be":
        return True
    if len(word) < 2 or not word.isalpha() or word.endswith(("ed", "ing")) or word in FUNCTION_WORDS:
        return False
    known = _english_words()
    if word not in known:
        return False
    stem = word[:-1] if word.endswith("e") else word
    forms = (stem + "ed", stem + "ing", word[:-1] + "ied", word + word[-1] + "ed", word + word[-1] + "ing")
    return any(form in known for form in forms)


def wordset(text: str) -> frozenset[str]:
    """A frozen set of the whitespace-separated words of ``text`` (for closed word lists in code)."""
    return _wordset(text)


# --- relative dates (appended for the fidelity guard) ----------------------------------------------

_PERIOD = r"(?:day|week|weekend|fortnight|month|quarter|half|year|sprint|cycle|term)"
_NAMED_DAY = "(?:" + "|".join((*WEEKDAYS, *MONTHS)) + ")"
_RELATIVE_DATE = re.compile(
    r"\b(?:"
    r"(?:next|this|last|coming|following|previous|past)\s+(?:" + _PERIOD + r"|" + _NAMED_DAY + r")s?"
    r"|(?:in|within|after|over)\s+(?:a|an|the\s+next|" + NUMBER_WORD_PATTERN + r"|\d+)(?:\s+(?:more|few))?\s+"
    + _PERIOD + r"s?"
    r"|(?:mid|early|late|end)[\s-](?:of\s+)?(?:the\s+)?(?:" + _PERIOD + r"|" + _NAMED_DAY + r")s?"
    r"|end\s+of\s+(?:the\s+)?(?:" + _PERIOD + r")"
    r"|(?:eod|eow|eom|eoy|asap|fortnightly)"
    r")\b",
    re.IGNORECASE,
)


def relative_dates(text: str) -> list[tuple[int, int]]:
    """(start, end) of each relative date ("next Friday", "in two weeks", "mid-March", "end of Q",
    "EOD"); single date words (months, weekdays, "tomorrow") are in :data:`DATE_WORDS`."""
    return [(m.start(), m.end()) for m in _RELATIVE_DATE.finditer(text)]


# --- names ----------------------------------------------------------------------------------------

# A run of capitalised words, optionally joined by "and", "of", "&" or "for" ("Family and Friends",
# "Department of Labor"); each word may be CamelCase, an acronym with digits or hyphens ("GS-13",
# "FY26", "401(k)"), and may end in a possessive.
_NAME_WORD = r"(?:[A-Z][\w&]*(?:[-.][\w]+)*|\d+[A-Za-z][\w-]*|\d{3}\([a-z]\))"
_NAME_RUN = re.compile(rf"(?<![\w-]){_NAME_WORD}(?:(?:\s+(?:and|of|for|&)\s+|\s+){_NAME_WORD})*(?:['’]s)?(?![\w])")
_SENTENCE_START = re.compile(r"(?:[.!?:;\"“\n|]\s*|\s[-–—]\s|\n\s*[-*+•]\s+)$")


def is_marked_name(word: str) -> bool:
    """CamelCase, acronyms and words with digits are names wherever they stand ("GitLab", "TTS", "GS-13")."""
    core = word.strip("'’")
    return any(c.isupper() for c in core[1:]) or any(c.isdigit() for c in core)


_JOINERS = {"and", "of", "for", "&"}
_NOT_NAMES = {"i", "ok", "okay"}


def _name_words(run: str) -> list[str]:
    """A run of capitalised words split into names where a word marked as a name by its shape
    meets another word ("Canadian CivicActions", "HR Links"); plain capitalised words stay
    together ("Northwind Cooperative", "Family and Friends")."""
    out: list[list[str]] = []
    for word in run.split():
        last = out[-1] if out else None
        if last and word.lower() not in _JOINERS and last[-1].lower() not in _JOINERS \
                and (is_marked_name(word) or is_marked_name(last[-1])):
            out.append([word])
        elif last is not None:
            last.append(word)
        else:
            out.append([word])
    return [" ".join(words_) for words_ in out]


_LOWER_TAIL = re.compile(r"-[a-z]+$")  # a lower-case hyphenated tail: "US-based"


def names(text: str) -> list[str]:
    """Specific names in a text, in order, without duplicates: organisations, places, programmes,
    roles written with capitals ("GitLab", "Spain", "Family and Friends", "GS-13", "UK").

    A capitalised word at the start of a sentence counts only when it is marked as a name by its
    shape (CamelCase, an acronym, digits); "I", "OK", month and weekday names never count; a
    possessive "'s" and a lower-case hyphenated tail ("US-based") are dropped.
    """
    found: list[str] = []
    for match in _NAME_RUN.finditer(text):
        at_start = match.start() == 0 or _SENTENCE_START.search(text, max(0, match.start() - 4),
                                                                 match.start()) is not None
        for position, name in enumerate(_name_words(match.group().replace("’", "'"))):
            name = _LOWER_TAIL.sub("", name.removesuffix("'s")).strip()
            words_ = name.split()
            while words_ and words_[-1].lower() in _JOINERS:
                words_.pop()
            name = " ".join(words_)
            first = words_[0] if words_ else ""
            if not name or first.lower() in _NOT_NAMES or first.lower() in DATE_WORDS:
                continue
            if not is_marked_name(first) and (first.lower() in STOPWORDS or (position == 0 and at_start)):
                continue
            if name not in found:
                found.append(name)
    return found


_OPENING_WORD = re.compile(r"(^\s*|[.!?;:]\s+)([A-Z][a-z]*)(?=\s+[A-Z0-9])")
# Closed-class words (and the modal "may", left out of FUNCTION_WORDS for the month) that can open a question
# before a name; "I" is left as it stands.
_OPENING_CLOSED_CLASS = (FUNCTION_WORDS - {"i"}) | {"may"}


def _lower_opening_word(match: re.Match[str]) -> str:
    word = match.group(2)
    return match.group(1) + word.lower() if word.lower() in _OPENING_CLOSED_CLASS else match.group(0)


def question_names(question: str) -> list[str]:
    """The names of a question (:func:`names`), a name right after the closed-class word that opens it included
    ("Does Sourcegraph pay ...?", "At Leaf, can I ...?", "The Clef founders ..."): there the name does not start
    the sentence, and a capitalised run that starts with that word is not a name of its own.
    A plural day or month ("have Fridays off", "on Mondays") is a date, not a name."""
    found = names(_OPENING_WORD.sub(_lower_opening_word, question))
    return [n for n in found if n.casefold().removesuffix("s") not in DATE_WORDS]


_LINK_WORDS = r"(?:(?:at|in|for|of|by|from|with)\s+)?(?:the\s+)?"


def without_names(query: str, names: Sequence[str]) -> str:
    """``query`` with each of ``names`` (and the preposition before it) taken out; "" when nothing
    but stopwords would be left."""
    out = query
    for name in names:
        out = re.sub(r"\b" + _LINK_WORDS + re.escape(name) + r"(?:['’]s)?\b", " ", out, flags=re.IGNORECASE)
    out = re.sub(r"\s+([?.,;:!])", r"\1", re.sub(r"\s{2,}", " ", out)).strip()
    return out if any(w.lower() not in STOPWORDS for w in words(out)) else ""


def _initials(words_: list[str]) -> str:
    return "".join(w[0] for w in words_ if w).lower()


def name_key(name: str) -> str:
    """A name folded for comparison: lower case, a demonym's ending cut ("Canadian" -> "canad")."""
    key = name.casefold().replace("’", "'").removesuffix("'s")
    for ending in ("ian", "ese", "ish", "an", "n"):
        if len(key) > len(ending) + 3 and key.endswith(ending) and " " not in key:
            return key[: -len(ending)]
    return key


def name_initials(name: str) -> str:
    """The acronym a multiword name is shortened to: the initials of its words that are not closed-class words,
    lower case ("Foundation for Public Code" -> "fpc", "Peer 2 Peer University" -> "p2pu"); "" for a name of
    fewer than three such words (a two-letter acronym names too many things)."""
    kept = [w for w in alnum_words(name) if w not in FUNCTION_WORDS]
    if len(kept) < 3:
        return ""
    return "".join(w if w.isdigit() else w[0] for w in kept).lower()


def mentions_name(name: str, text: str) -> bool:
    """Whether ``text`` mentions ``name``: the same words in any case ("GitLab", "gitlab"), a
    demonym or country form sharing its stem ("Canadian", "Canada"), or, for an acronym, its
    spelled-out words ("PTO", "paid time off")."""
    folded = text.casefold()
    key = name_key(name)
    pattern = re.compile(r"(?<![\w])" + re.escape(key).replace(r"\ ", r"\s+"))
    if pattern.search(folded):
        return True
    letters = re.sub(r"[^A-Za-z]", "", name)
    if name.isupper() and 2 <= len(letters) <= 6 and letters == name.replace("-", "").replace(".", ""):
        text_words = alnum_words(text)
        size = len(letters)
        target = letters.lower()
        for i in range(len(text_words) - size + 1):
            if text_words[i][0] == target[0] and _initials(text_words[i:i + size]) == target:
                return True
    return False


# --- money -----------------------------------------------------------------------------------------

# ISO 4217 active currency codes (the standard's list A, 2024), matched only in capitals beside a number.
CURRENCY_CODES = _wordset(
    "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD "
    "CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ "
    "GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR "
    "LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN "
    "PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB "
    "TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL"
)
# Names of currencies and their subunits as written in running text (singular and plural forms).
CURRENCY_NAMES = _wordset(
    "dollar dollars euro euros pound pounds sterling cent cents pence penny yen yuan renminbi rupee rupees "
    "rupiah krone kroner krona kronor króna krónur franc francs rand peso pesos reais zloty zlotys "
    "złoty forint forints lira lire ruble rubles rouble roubles shekel shekels dirham dirhams riyal riyals "
    "rial rials baht ringgit dinar dinars koruna leu lei naira shilling shillings cedi kwacha taka "
    "hryvnia lari tenge manat kyat riel dong"
)
CURRENCY_SYMBOLS = "$€£¥₹₩₽₺₪₫₱₦₴₸₡₲₵₭₮"
_CURRENCY_NAME = "|".join(sorted(CURRENCY_NAMES, key=len, reverse=True))
_CURRENCY_CODE = "|".join(sorted(CURRENCY_CODES))
_MONEY = re.compile(
    rf"[{CURRENCY_SYMBOLS}]\s?\d|\b(?:R\$|kr\.?|Fr\.|CHF)\s?\d"
    rf"|\d[\d,.]*\s?(?:[km]\s+|thousand\s+|million\s+|billion\s+)?(?:(?i:{_CURRENCY_NAME})\b|(?:{_CURRENCY_CODE})\b)"
    rf"|\b(?:{_CURRENCY_CODE})\s?\d",
)


def mentions_money(text: str) -> bool:
    """Whether ``text`` states an amount of money: a currency symbol, ISO 4217 code or currency
    name beside a number ("$500", "EUR 40", "345 kroner", "2,000 yen")."""
    return _MONEY.search(text) is not None


# --- inflections (appended for phrase rules matched over word forms) -------------------------------

_IRREGULAR_FORMS = """be:is are was were been being am|have:has had having|do:does did done doing|
go:goes went gone going|fall:falls fell fallen falling|drive:drives drove driven driving|
come:comes came coming|get:gets got gotten getting|give:gives gave given giving|
take:takes took taken taking|make:makes made making|lose:loses lost losing|keep:keeps kept keeping|
bring:brings brought bringing|catch:catches caught catching|run:runs ran running|
throw:throws threw thrown throwing|fly:flies flew flown flying|break:breaks broke broken breaking|
speak:speaks spoke spoken speaking|see:sees saw seen seeing|think:thinks thought thinking|
find:finds found finding|leave:leaves left leaving|feel:feels felt feeling|hold:holds held holding|
tell:tells told telling|say:says said saying|know:knows knew known knowing|grow:grows grew grown growing|
stand:stands stood standing|sit:sits sat sitting|wear:wears wore worn wearing|
begin:begins began begun beginning|write:writes wrote written writing|choose:chooses chose chosen choosing|
become:becomes became becoming|put:puts putting|cut:cuts cutting|set:sets setting|let:lets letting|
hit:hits hitting|lead:leads led leading|meet:meets met meeting|pay:pays paid paying|
send:sends sent sending|spend:spends spent spending|build:builds built building|buy:buys bought buying|
teach:teaches taught teaching|fight:fights fought fighting|blow:blows blew blown blowing|
hide:hides hid hidden hiding|shake:shakes shook shaken shaking|draw:draws drew drawn drawing|
eat:eats ate eaten eating|forget:forgets forgot forgotten forgetting|strike:strikes struck striking|
swear:swears swore sworn swearing|tear:tears tore torn tearing|wake:wakes woke woken waking|
win:wins won winning|dig:digs dug digging|hang:hangs hung hanged hanging|deal:deals dealt dealing|
feed:feeds fed feeding|freeze:freezes froze frozen freezing|ring:rings rang rung ringing|
lay:lays laid laying|shed:sheds shedding|shut:shuts shutting"""
IRREGULAR_VERBS: dict[str, frozenset[str]] = {
    base.strip(): frozenset(forms.split())
    for base, forms in (entry.split(":") for entry in _IRREGULAR_FORMS.replace("\n", "").split("|"))
}
"""Inflected forms of common irregular verbs (and verbs whose final consonant doubles), by base form."""

_VOWELS = "aeiou"


def _doubles_final(word: str) -> bool:
    """One-syllable consonant-vowel-consonant words double the consonant: nag/nagged, drop/dropping."""
    groups = sum(1 for i, c in enumerate(word) if c in _VOWELS and (i == 0 or word[i - 1] not in _VOWELS))
    return (
        groups == 1 and len(word) >= 3 and word[-1] not in _VOWELS + "wxy"
        and word[-2] in _VOWELS and word[-3] not in _VOWELS
    )


def inflections(word: str) -> frozenset[str]:
    """The word and its regular (or listed irregular) inflections: -s/-es, -ed, -ing; for nouns the
    plural. ``stem`` maps the regular forms back to one stem (nag, nags, nagged, nagging)."""
    word = word.lower()
    if word in IRREGULAR_VERBS:
        return IRREGULAR_VERBS[word] | {word}
    if word.endswith("y") and len(word) > 2 and word[-2] not in _VOWELS:
        third, past = word[:-1] + "ies", word[:-1] + "ied"
    elif word.endswith(("s", "x", "z", "ch", "sh", "o")):
        third, past = word + "es", word + "ed"
    else:
        third, past = word + "s", word + ("d" if word.endswith("e") else "ed")
    if word.endswith("ie"):
        gerund = word[:-2] + "ying"
    elif word.endswith("e") and not word.endswith(("ee", "ye", "oe")):
        gerund = word[:-1] + "ing"
    else:
        gerund = word + "ing"
    if _doubles_final(word):
        past, gerund = word + word[-1] + "ed", word + word[-1] + "ing"
    return frozenset({word, third, past, gerund})


# --- clauses (appended for sentence-function features: who does what, in which tense and mood) -----

SUBJECT_PRONOUNS = _wordset(
    """i we you he she they it this that these those which who there everyone everybody nobody someone
    somebody anyone anybody none both each one"""
)
DETERMINERS = _wordset(
    """the a an this that these those my our your his her their its each every some several both all no any
    many most few two three four five six seven eight nine ten half"""
)
BE_FORMS = _wordset("am is are was were be been being 's 're 'm")
HAVE_FORMS = _wordset("has have had 've 'd having")
DO_FORMS = _wordset("do does did")
NEGATED_AUXILIARIES = _wordset(
    """isn't aren't wasn't weren't hasn't haven't hadn't don't doesn't didn't won't wouldn't can't cannot
    couldn't shouldn't mustn't mightn't needn't ain't"""
)
_PAST_AUXILIARIES = _wordset("was were did had wasn't weren't didn't hadn't")
_CLAUSE_MODALS = MODALS | _wordset("'ll 'd won't wouldn't can't cannot couldn't shouldn't mustn't mightn't")
CLAUSE_LINKS = _wordset(
    """and but or so because since as after before when whenever while although though whereas until unless
    if once which who whom where whereby"""
)
"""Words that open a new clause inside a sentence; the clause keeps the word as its ``link``."""
_VERB_GROUP_ADVERBS = _wordset(
    """not never now still also just already even then only ever really visibly actually again finally
    immediately quickly later suddenly eventually ultimately all both each certainly probably always often
    sometimes usually rarely seldom occasionally no longer otherwise"""
)
VERB_GROUP_ADVERBS = _VERB_GROUP_ADVERBS
"""Adverbs that sit inside a verb group ("she is probably ...", "he still wants ..."): they modify what follows."""
_FREQUENCY = _wordset("never ever always often sometimes usually rarely seldom occasionally not also still now")
_NOT_IN_SUBJECT = _wordset("to that which who whom")
PERSONAL_PRONOUNS = _wordset("i we you he she they")
THING_PRONOUNS = ("it", "its", "they", "them", "their")
"""Pronouns that stand for a thing or group named before them (\"how long can a decision on it take?\")."""
DEMONSTRATIVES = ("this", "that", "these", "those")
"""Personal subject pronouns: the words that name people, not things, as a clause's subject."""
_SINGLE_WORD_SUBJECTS = PERSONAL_PRONOUNS | _wordset("it there which who")
_CLAUSE_PUNCTUATION = re.compile(r"(?<!\d)[,:]|[,:](?!\d)|[;()\[\]—–\"“”]|\s-\s")  # not "10,000", "10:30"
_CONTRACTED = re.compile(r"^([a-z]+)(['’](?:m|re|s|ve|ll|d))$", re.IGNORECASE)
_QUOTE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s:(\[—–-]))[\"“‘']+(?=[^\W_])")
_QUOTE_CLOSE = re.compile(r"(?<=[^\s])[\"”’']+(?![^\W_])")
MAX_QUOTE = 800


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans of reported speech in quotation marks, the marks included ("she said, 'This is so
    frustrating! ...'"); an apostrophe inside a word ("didn't") neither opens nor closes one.
    A quote left open runs at most :data:`MAX_QUOTE` characters."""
    spans: list[tuple[int, int]] = []
    pos = 0
    while True:
        opening = _QUOTE_OPEN.search(text, pos)
        if opening is None:
            return spans
        closing = _QUOTE_CLOSE.search(text, opening.end(), min(len(text), opening.end() + MAX_QUOTE))
        if closing is None:
            pos = opening.end()
            continue
        spans.append((opening.start(), closing.end()))
        pos = closing.end()


def _is_verb_start(word: str) -> bool:
    """A word that can only be (or usually is) the finite verb after a noun phrase: an auxiliary, a
    modal, a negated auxiliary or a simple past ("finance had to", "Stephanie shut down")."""
    return (word in BE_FORMS or word in HAVE_FORMS or word in DO_FORMS or word in _CLAUSE_MODALS
            or word in NEGATED_AUXILIARIES or word in MODALS or is_past_tense(word)
            or word in ("need", "needs", "needed"))


@dataclass(frozen=True)
class Clause:
    """One clause of a sentence: its linking word, subject phrase and verb group.

    ``subject`` is empty when the clause has none of its own: an imperative ("Send it"), a question
    with the verb first ("Can we refactor it?"), a phrase without a verb ("After that") or a verb
    sharing the subject of the clause before it (then ``inherited`` is set and ``subject`` is that
    clause's subject: "Stephanie shut down and didn't contribute")."""

    start: int
    end: int
    link: str
    subject: tuple[Token, ...]
    verbs: tuple[Token, ...]
    inherited: bool = False

    @property
    def subject_words(self) -> tuple[str, ...]:
        """The subject's words, lower-cased; a contracted subject without its verb part ("I'm" -> "i")."""
        found = self.__dict__.get("_subject_words")  # worked out once: a draft's checks ask it many times
        if found is not None:
            return found
        out = [normalise_quotes(t.text).lower() for t in self.subject]
        if out and self.verbs and self.verbs[0] is self.subject[0]:
            contracted = _CONTRACTED.match(out[0])
            out[0] = contracted.group(1) if contracted else out[0]
        found = tuple(out)
        object.__setattr__(self, "_subject_words", found)
        return found

    @property
    def verb_words(self) -> tuple[str, ...]:
        """The verb group's words, lower-cased; a contracted subject gives its verb part ("I'm" -> "'m")."""
        found = self.__dict__.get("_verb_words")
        if found is not None:
            return found
        out = [normalise_quotes(t.text).lower() for t in self.verbs]
        if out and self.verbs[0] is (self.subject[0] if self.subject else None):
            contracted = _CONTRACTED.match(out[0])
            out[0] = contracted.group(2).replace("’", "'").lower() if contracted else out[0]
        found = tuple(out)
        object.__setattr__(self, "_verb_words", found)
        return found

    @property
    def main_verb(self) -> str:
        """The last word of the verb group ("need" in "will now need to", "shut" in "shut down")."""
        found = self.__dict__.get("_main_verb")  # worked out once, as the words are
        if found is None:
            content = [w for w in self.verb_words if w not in _VERB_GROUP_ADVERBS and w != "to"]
            found = content[-1] if content else ""
            object.__setattr__(self, "_main_verb", found)
        return found

    @property
    def tense(self) -> str:
        """``modal`` (will, could, 'd ...), ``perfect`` (has/have + participle), ``past`` or ``present``;
        ``none`` without a verb."""
        found = self.__dict__.get("_tense")  # worked out once, as the words are
        if found is None:
            found = _tense(self.verb_words)
            object.__setattr__(self, "_tense", found)
        return found


def _tense(verb_words: tuple[str, ...]) -> str:
    """:attr:`Clause.tense` of a verb group's words."""
    words_ = [w for w in verb_words if w not in _VERB_GROUP_ADVERBS]
    if not words_:
        return "none"
    first = words_[0]
    if first in _CLAUSE_MODALS or (first in BE_FORMS and "going" in words_[1:2]):
        return "modal"
    if first in ("has", "have", "'ve", "haven't", "hasn't") and len(words_) > 1 and is_participle(words_[1]):
        return "perfect"
    if first in _PAST_AUXILIARIES or (first not in BE_FORMS and first not in HAVE_FORMS
                                      and first not in DO_FORMS and is_past_tense(first)):
        return "past"
    return "present"


_PARTICIPLES = frozenset(form for forms in IRREGULAR_VERBS.values() for form in forms
                         if not form.endswith(("s", "ing"))) | _wordset("been done gone")


def is_participle(word: str) -> bool:
    """A past participle by its shape or the irregular verb table ("missed", "told", "broken", "been")."""
    return is_past_tense(word) or word in _PARTICIPLES


def _verb_group(toks: list[Token], i: int) -> int:
    """The end index of the verb group starting at ``toks[i]``: auxiliaries, negation, adverbs and
    "to" up to and including the main verb (and a particle right after it)."""
    n = len(toks)
    j = i
    while j < n:
        word = normalise_quotes(toks[j].text).lower()
        auxiliary = (word in BE_FORMS or word in HAVE_FORMS or word in DO_FORMS or word in _CLAUSE_MODALS
                     or word in MODALS or word in NEGATED_AUXILIARIES or word in ("need", "needs", "needed",
                                                                                    "going", "got", "able", "to"))
        if auxiliary or word in _VERB_GROUP_ADVERBS or (word.endswith("ly") and len(word) > 4):
            j += 1
            if (word in BE_FORMS or word in HAVE_FORMS) and j < n and toks[j].text.lower() in DETERMINERS:
                return j  # "has an excuse", "was a tough customer": the verb itself is the main verb
            continue
        return j + 1  # the main verb
    return n


def clauses(text: str, start: int = 0, end: int | None = None, toks: list[Token] | None = None) -> list[Clause]:
    """The clauses of the sentence ``text[start:end]``, each with its subject and verb group, found by
    shape: a clause break (punctuation or a linking word), then a pronoun, a name or a noun phrase of
    a few words, then the first auxiliary, modal or past-tense word. Linear in the sentence. ``toks``: the
    words of the slice when the caller has them (what ``WORD.finditer(text, start, end)`` finds; read only)."""
    end = len(text) if end is None else end
    if toks is None:
        toks = _tokens_of(WORD.finditer(text, start, end))  # tokens of the slice
    # segment at punctuation and linking words
    segments: list[tuple[str, list[Token], list[str]]] = []  # linking word, tokens, their lower-cased words
    link, current, current_words = "", [], []
    breaks = [m.start() for m in _CLAUSE_PUNCTUATION.finditer(text, start, end)]
    b = 0
    previous_end = start
    for tok in toks:
        broke = False
        while b < len(breaks) and breaks[b] < tok.start:
            if breaks[b] >= previous_end:
                broke = True
            b += 1
        word = normalise_quotes(tok.text).lower()
        if broke and current:
            segments.append((link, current, current_words))
            link, current, current_words = "", [], []
        if word in CLAUSE_LINKS and (current or broke or not segments):
            if current:
                segments.append((link, current, current_words))
            link, current, current_words = word, [], []
            if word in ("which", "who"):
                current, current_words = [tok], [word]  # the relative pronoun is the clause's subject
        else:
            current.append(tok)
            current_words.append(word)
        previous_end = tok.end
    if current or link:
        segments.append((link, current, current_words))
    out: list[Clause] = []
    for link, seg, seg_words in segments:
        if not seg:
            continue
        clause = _parse_segment(link, seg, out[-1] if out else None, seg_words)
        out.append(clause)
    return out


def _attributive_participle(words_: list[str], j: int, i: int) -> bool:
    """Word ``j`` of a subject that began at ``i`` is an "-ed" participle right after a preposition inside the noun
    phrase ("Calls about locked accounts fell", "Complaints from delayed flights ..."): it
    modifies the noun after it (Quirk et al. 1985, 7.15-7.16, participle adjectives) and is not the clause's verb."""
    word, before = words_[j], words_[j - 1]
    return j > i and j + 1 < len(words_) and word.endswith("ed") and word not in BE_FORMS and word not in HAVE_FORMS \
        and word not in DO_FORMS and word not in ("need", "needed") and before in PREPOSITIONS \
        and before not in ("to", "as", "than", "like", "up", "out", "off", "on", "over") \
        and not _is_verb_start(words_[j + 1]) and words_[j + 1] not in PREPOSITIONS and words_[j + 1] not in CLAUSE_LINKS


def _parse_segment(link: str, seg: list[Token], previous: Clause | None, words_: list[str]) -> Clause:
    """The clause of the tokens ``seg`` (``words_``: their words lower-cased, quotes straightened)."""
    i = 0
    while i < len(words_) and (words_[i] in ("now", "then", "still", "also", "just", "even", "already", "so", "well",
                                             "very", "too", "more", "less", "quite", "rather", "pretty")
                               or (words_[i].endswith("ly") and len(words_[i]) > 4 and i + 1 < len(words_))):
        i += 1
    s, e = seg[0].start, seg[-1].end
    if i >= len(words_):
        return Clause(s, e, link, (), ())
    first = words_[i]
    contracted = _CONTRACTED.match(first)
    if contracted and contracted.group(1).lower() in SUBJECT_PRONOUNS:
        j = _verb_group(seg, i + 1) if i + 1 < len(seg) else i + 1
        return Clause(s, e, link, (seg[i],), tuple(seg[i:j]))
    if _is_verb_start(first) or first in NEGATED_AUXILIARIES:
        if previous is not None and previous.subject and link in ("and", "but", "or", "then", "so") \
                and first not in MODALS:
            j = _verb_group(seg, i)
            return Clause(s, e, link, previous.subject, tuple(seg[i:j]), inherited=True)
        return Clause(s, e, link, (), ())  # a question or an imperative: the verb comes first
    if first in PREPOSITIONS and first not in ("as",):
        # "On Monday's call you quoted the old prices": a fronted phrase, then the subject
        # ("Over the summer Kofi re-labelled every shelf": a name right before the verb is the subject too)
        k = next((k for k in range(i + 1, min(len(words_) - 1, i + 9)) if words_[k] in PERSONAL_PRONOUNS
                  or (seg[k].text[:1].isupper() and seg[k].text[1:2].islower() and _is_verb_start(words_[k + 1])
                      and words_[k + 1] not in BE_FORMS and words_[k + 1] not in HAVE_FORMS)), None)
        if k is None:
            return Clause(s, e, link, (), ())
        i, first = k, words_[k]
    # the subject: a pronoun, or up to eight words of a noun phrase before the first verb-like word
    limit = min(len(words_), i + 9)
    single = first in _SINGLE_WORD_SUBJECTS  # "she", "it"; "nobody on the night shift" goes on
    j = i + 1
    while j < limit and not (_is_verb_start(words_[j]) and not _attributive_participle(words_, j, i)):
        if words_[j] in CLAUSE_LINKS or single:
            break
        if words_[j] in _NOT_IN_SUBJECT and not (words_[j] == "to" and j + 1 < limit and words_[j + 1] in DETERMINERS
                                                 and words_[j + 1] != "that" and first not in _FREQUENCY):
            return Clause(s, e, link, (), ())  # "Designer to understand the user needs": no subject
        # "to" before a determiner is a preposition inside the noun phrase ("Calls to the help desk fell",
        # "Changes to the rota were ..."), never the infinitive marker (Quirk et al. 1985, 9.1-9.7: a preposition's
        # complement is a noun phrase; the infinitive's "to" is followed by a verb)
        if words_[j] in PERSONAL_PRONOUNS:
            i = j  # "a week ago we were": a fronted phrase, then the subject
        elif (fronted := _CONTRACTED.match(words_[j])) and fronted.group(1) in PERSONAL_PRONOUNS:
            k = _verb_group(seg, j + 1) if j + 1 < len(seg) else j + 1
            return Clause(s, e, link, (seg[j],), tuple(seg[j:k]))  # "Next quarter you'll run it"
        elif words_[j] in _FREQUENCY and j + 1 < len(words_):
            k = _verb_group(seg, j)
            return Clause(s, e, link, tuple(seg[i:j]), tuple(seg[j:k]))  # "nothing ever gets finished"
        j += 1
    if j >= len(words_) or not (_is_verb_start(words_[j]) or single):
        return Clause(s, e, link, (), ())
    k = _verb_group(seg, j)
    return Clause(s, e, link, tuple(seg[i:j]), tuple(seg[j:k]))


# --- headings --------------------------------------------------------------------------------------

_TITLE_SMALL_WORDS = _wordset("a an the and or nor but of for to in on at by with from into via vs per as")


def is_title_case(phrase: str, max_words: int = 12) -> bool:
    """Whether ``phrase`` is written as a heading: every word but the small ones (articles,
    conjunctions, short prepositions) capitalised or a number, at most ``max_words`` words
    ("Stabilize Enrollment", "Create a Thriving Learning Community for Student Achievement")."""
    found = WORD.findall(phrase.strip().rstrip(".:!"))
    if not found or len(found) > max_words:
        return False
    capitalised = 0
    for n, word in enumerate(found):
        if word[0].isupper():
            capitalised += 1
        elif word[0].isdigit() or (n and word.lower() in _TITLE_SMALL_WORDS):
            continue
        else:
            return False
    return capitalised >= 1


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence(s) of ``text`` that hold the span ``start:end``, on one line (for listings)."""
    spans = [(s, e) for s, e in sentence_spans(text, line_breaks=False) if s < end and start < e] or [(start, end)]
    return " ".join(text[spans[0][0]:spans[-1][1]].split())



# --- quantities: a number with its unit of time or money, read in every unit it is a whole number of ---------

# Units of time by their length in minutes (a day of the calendar; "business/working days" are their own
# unit), calendar units by months; a quantity in one is the same quantity in another where the count is whole
# ("72 hours" is "3 days", "two weeks" is "14 days" and "a fortnight", "18 months" is not a whole year).
TIME_UNITS = {"minute": 1, "hour": 60, "day": 1440, "week": 10080, "fortnight": 20160}
MONTH_UNITS = {"month": 1, "quarter": 3, "year": 12}
_CURRENCY_WORDS = {"dollar": "$", "usd": "$", "buck": "$", "euro": "€", "eur": "€", "pound": "£", "gbp": "£"}
_CURRENCY_UNIT = {"$": "dollar", "€": "euro", "£": "pound"}
_QUANTITY_UNIT = re.compile(
    r"[\s-]*(?P<qual>(?:calendar|business|working|work|school)[\s-]+)?"
    r"(?P<unit>minute|hour|day|week|fortnight|month|quarter|year|dollar|usd|buck|euro|eur|pound|gbp)(?:s|es)?(?![\w])",
    re.IGNORECASE)
_QUANTITY_HINT = re.compile(r"[$€£]|minute|hour|day|week|fortnight|month|quarter|year|dollar|usd|buck|euro|eur|pound|gbp",
                            re.IGNORECASE)
_BARE_FORTNIGHT = re.compile(r"(?<![\w-])fortnight(?:s|['’]s?)?(?![\w-])", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with its unit: ``dimension`` "time" (``value`` in minutes), "months", "workday" (business or
    working days) or a currency symbol ("$", "€", "£")."""

    start: int
    end: int
    value: float
    dimension: str
    count: float  # the number as written, in ``unit`` ("three days": 3, "day"; "$1,000": 1000, "dollar")
    unit: str

    def unit_names(self) -> list[tuple[str, float]]:
        """Each unit this quantity is a whole number of, with the count ("72 hours": hour 72, day 3)."""
        table = TIME_UNITS if self.dimension == "time" else MONTH_UNITS if self.dimension == "months" else None
        if table is None:
            unit = "day" if self.dimension == "workday" else _CURRENCY_UNIT.get(self.dimension)
            return [(unit, self.value)] if unit else []
        return [(unit, self.value / size) for unit, size in table.items() if self.value % size == 0]


def quantities(text: str) -> list[Quantity]:
    """The quantities of time and money in ``text``: a number (digits or words, :func:`numbers`) followed by
    a unit ("72 hours", "two weeks'", "14 calendar days", "one thousand dollars") or written with a currency
    sign ("$1,000"); a fortnight on its own is one. Ordinals and percentages are no quantities."""
    if not _QUANTITY_HINT.search(text):
        return []
    found: list[Quantity] = []
    for mention in numbers(text):
        if mention.ordinal or mention.percent:
            continue
        sign = mention.text[:1]
        if sign in _CURRENCY_UNIT:
            found.append(Quantity(mention.start, mention.end, mention.value, sign, mention.value, _CURRENCY_UNIT[sign]))
            continue
        unit = _QUANTITY_UNIT.match(text, mention.end)
        if unit is None:
            continue
        name = unit.group("unit").lower()
        n = mention.value
        if name in _CURRENCY_WORDS:
            sign = _CURRENCY_WORDS[name]
            found.append(Quantity(mention.start, unit.end(), n, sign, n, _CURRENCY_UNIT[sign]))
        elif unit.group("qual") and unit.group("qual").strip(" -").lower() != "calendar":
            if name == "day":
                found.append(Quantity(mention.start, unit.end(), n, "workday", n, "day"))
        elif name in TIME_UNITS:
            found.append(Quantity(mention.start, unit.end(), n * TIME_UNITS[name], "time", n, name))
        else:
            found.append(Quantity(mention.start, unit.end(), n * MONTH_UNITS[name], "months", n, name))
    for m in _BARE_FORTNIGHT.finditer(text):
        if not any(q.start <= m.start() < q.end for q in found):
            found.append(Quantity(m.start(), m.end(), float(TIME_UNITS["fortnight"]), "time", 1.0, "fortnight"))
    return found


def quantity_terms(text: str) -> set[str]:
    """Each quantity of ``text`` as its count and unit joined by a hyphen, in every unit it is a whole number
    of ("72 hours" gives 72-hour, 3-day, 4320-minute; "$1,000" gives 1000-dollar): a text saying "72 hours"
    says "3 days" as well. The count keeps the amount: "72 hours" is no "5-day"."""
    out: set[str] = set()
    for quantity in quantities(text):
        for unit, count in quantity.unit_names():
            if count == int(count):
                out.add(f"{int(count)}-{unit}")
    return out


# --- event words: a verb and the nouns of its event (assistant/data/event_words.yaml, from WordNet) ---------

_EVENT_FILE = data_file("event_words.yaml")


@dataclass(frozen=True)
class _EventTable:
    named_for: dict[str, frozenset[str]]  # stem of an asked word -> stems of the words that name its event
    expansions: dict[str, tuple[str, ...]]  # asked word form -> the naming words it does not already hold
    phrases: tuple[tuple[re.Pattern[str], str], ...]  # a multiword verb ("passed away") -> its one-word verb


@lru_cache(maxsize=1)
def _event_table() -> _EventTable:
    import yaml

    data = yaml.safe_load(_EVENT_FILE.read_text(encoding="utf-8"))
    named_for: dict[str, set[str]] = {}
    expansions: dict[str, list[str]] = {}

    def relate(asked: list[str], named: list[str]) -> None:
        for word in asked:
            forms = inflections(word) | {word}
            for form in forms:
                named_for.setdefault(stem(form), set()).update(stem(f) for n in named for f in inflections(n))
                noun = next((n for n in named if n != word), None)
                if noun is not None and noun not in expansions.setdefault(form, []):
                    expansions[form].append(noun)

    for entry in data["events"]:
        relate(entry["asked"], entry["named"])
        if entry.get("both_ways"):
            relate(entry["named"], entry["asked"])
    phrases = []
    for entry in data.get("phrases", []):
        verb, rest = entry["phrase"].split(maxsplit=1)
        forms = "|".join(sorted(inflections(verb), key=len, reverse=True))
        phrases.append((re.compile(rf"(?<![\w-])(?:{forms})\s+{re.escape(rest)}(?![\w-])", re.IGNORECASE),
                        entry["verb"]))
    return _EventTable({k: frozenset(v) for k, v in named_for.items()},
                       {k: tuple(v) for k, v in expansions.items() if v}, tuple(phrases))


def event_verbs(text: str) -> str:
    """``text`` with each multiword event verb of the table read as its one-word verb ("my wife passed away"
    -> "my wife die")."""
    for pattern, verb in _event_table().phrases:
        text = pattern.sub(verb, text)
    return text


def event_named_by(word_stem: str) -> frozenset[str]:
    """The stems of the words that name the event of an asked word's stem ("die" -> death, bereavement, ...)."""
    return _event_table().named_for.get(word_stem, frozenset())


def with_event_terms(text: str) -> str:
    """``text`` with each event verb (one word or a multiword one) followed by the words that name its event,
    in brackets ("my father died (die death ...)"), so that a search finds the policy that names the event by
    its noun."""
    table = _event_table()

    def add(m: re.Match[str], verb: str | None = None) -> str:
        word = verb or m.group(0).lower()
        extra = ((word,) if verb else ()) + table.expansions.get(word, ())
        return f"{m.group(0)} ({' '.join(extra)})" if extra else m.group(0)

    spans: list[tuple[int, int, str]] = []
    for pattern, verb in table.phrases:
        spans += [(m.start(), m.end(), add(m, verb)) for m in pattern.finditer(text)]
    for m in _EVENT_WORD.finditer(text):
        if m.group(0).lower() in table.expansions and not any(s <= m.start() < e for s, e, _ in spans):
            spans.append((m.start(), m.end(), add(m)))
    for start, end, replacement in sorted(spans, reverse=True):
        text = text[:start] + replacement + text[end:]
    return text


_EVENT_WORD = re.compile(r"(?<![\w-])[A-Za-z]+(?![\w-])")
