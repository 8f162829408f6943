"""A text tokenised once for the checks, and whether a word names a person."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Iterator

from assistant.analyzers.bias.grammar import (
    _BOUNDARY_RE,
    _CLAUSE_GAP_RE,
    _TOKEN_RE,
    EXPLAINING_LINKS,
)
from assistant.analyzers.rulecache import precompiled
from assistant.names import lexicon
from assistant.text import (
    ABBREVIATIONS,
)

# ----------------------------------------------------------------------------- scanning


class _Doc:
    """A text split into word tokens once; sentence bounds are computed only when needed."""

    __slots__ = ("text", "starts", "ends", "words", "_lo", "_hi", "_positions", "_clause_gaps")

    def __init__(self, text: str) -> None:
        self.text = text
        found = list(_TOKEN_RE.finditer(text))
        self.starts = starts = [match.start() for match in found]
        self.ends = ends = [match.end() for match in found]
        if text.isascii():  # lowering ASCII keeps every offset and every word character: the same words, lowered
            self.words = _TOKEN_RE.findall(text.lower())
        else:
            self.words = [text[s:e].lower() for s, e in zip(starts, ends, strict=True)]
        self._lo: list[int] | None = None
        self._hi: list[int] = []
        self._positions: dict[int, tuple[Collection[str], list[int]]] = {}
        self._clause_gaps: list[int] | None = None

    def gap(self, index: int) -> str:
        """Text between token ``index - 1`` and token ``index``."""
        return self.text[self.ends[index - 1] : self.starts[index]]

    def positions(self, vocabulary: Collection[str]) -> list[int]:
        """Indices of the tokens whose word is in ``vocabulary``, in order (worked out once per vocabulary and text, so
        a check run at every match reads the words it looks for instead of rescanning its sentence)."""
        found = self._positions.get(id(vocabulary))
        if found is None or found[0] is not vocabulary:
            found = (vocabulary, [k for k, word in enumerate(self.words) if word in vocabulary])
            self._positions[id(vocabulary)] = found
        return found[1]

    def clause_gaps(self) -> list[int]:
        """Indices ``k`` whose gap before them (``gap(k)``) breaks a clause (a comma, semicolon, colon, bracket or dash),
        in order, worked out once per text."""
        if self._clause_gaps is None:
            self._clause_gaps = [k for k in range(1, len(self.words)) if _CLAUSE_GAP_RE.search(self.gap(k))]
        return self._clause_gaps

    @staticmethod
    def within(indices: list[int], start: int, stop: int) -> Iterator[int]:
        """The indices in sorted ``indices`` from ``start`` up to but not including ``stop``, in order."""
        for n in range(bisect_left(indices, start), len(indices)):
            k = indices[n]
            if k >= stop:
                return
            yield k

    def among(self, vocabulary: Collection[str], start: int, stop: int) -> Iterator[int]:
        """Indices from ``start`` up to but not including ``stop`` whose word is in ``vocabulary``, in order."""
        return self.within(self.positions(vocabulary), start, stop)

    def after(self, index: int) -> str:
        """Text after token ``index`` up to the next token (or the end)."""
        end = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.text)
        return self.text[self.ends[index] : end]

    def _sentences(self) -> None:
        count = len(self.words)
        lo = [0] * count
        start = 0
        text, starts, ends = self.text, self.starts, self.ends
        for i in range(1, count):
            gap = text[ends[i - 1] : starts[i]]
            if (
                gap != " "  # most gaps: one space holds no boundary
                and _BOUNDARY_RE.search(gap)
                and any(c.isspace() for c in gap)
                and not (
                    gap.lstrip().startswith(".") and "\n" not in gap and self.words[i - 1] in ABBREVIATIONS
                )
            ):
                start = i
            lo[i] = start
        hi = [count - 1] * count
        end = count - 1
        for i in range(count - 1, -1, -1):
            if i + 1 < count and lo[i + 1] == i + 1:
                end = i
            hi[i] = end
        self._lo, self._hi = lo, hi

    def bounds(self, index: int) -> tuple[int, int]:
        """First and last token index of the sentence holding token ``index``."""
        if self._lo is None:
            self._sentences()
        assert self._lo is not None
        return self._lo[index], self._hi[index]

    def raw(self, index: int) -> str:
        return self.text[self.starts[index] : self.ends[index]]

    def is_capitalized(self, index: int) -> bool:
        token = self.raw(index)
        return token[:1].isupper() and not (len(token) > 1 and token.isupper())


_REQUEST_OPENERS = frozenset(["please", "let", "lets", "remember"])
# Generic reference (see _Checker._generic_sentence): determiners that make a person noun generic, those
# that make it specific, and the third-person singular pronouns that name a specific person unless bound.
_GENERIC_DETERMINERS = frozenset(["a", "an", "any", "each", "every", "all", "some", "most", "many", "other",
                                  "such", "no", "individual", "eligible"])
_SPECIFIC_DETERMINERS = frozenset(["the", "these", "those", "this", "that", "our", "my", "his", "her", "their",
                                   "your", "its", "both", "two", "three", "four", "five"])
_SPECIFIC_THIRD = frozenset(["he", "she", "him", "her", "his", "hers", "himself", "herself"])
_GENERIC_NOT_PERSONS = frozenset(["team", "teams"])
_GENERIC_MODALS = frozenset(["can", "cannot", "may", "might", "must", "should", "will", "would", "could",
                             "need", "needs", "shall"])
# What joins a restricting modifier to a person noun: "employees with ...", "staff who have ...".
_RESTRICTORS = frozenset(["with", "who", "that", "whose", "on", "in", "going", "through", "having", "has",
                          "have", "are", "is", "from", "of", "undergoing", "observing", "who're"])
_HOLDER_DETERMINERS = frozenset(["the", "our", "my", "their", "his", "her", "your"])
_APPEARANCE_VERBS = frozenset(["seem", "seemed", "seems", "appear", "appeared", "appears", "look", "looked",
                               "looks", "sound", "sounded", "came"])
# Children's groups (see _Checker._children_group): the words, the places a child belongs to, the verbs of
# leading a group and the quantity nouns between such a verb and the group ("leads dozens of girls").
_CHILD_GROUP_WORDS = frozenset(["girl", "girls", "boy", "boys"])
_CHILD_PLACES = frozenset(["club", "clubs", "session", "sessions", "group", "groups", "team", "teams", "cabin",
                           "class", "adventures", "adventure", "trips", "trip", "outings", "outing", "hikes",
                           "hike", "expeditions", "field"])
_LEADING_VERBS = frozenset(["lead", "leads", "led", "leading", "coach", "coaches", "coached", "coaching", "take",
                            "takes", "took", "taking", "chaperone", "chaperones", "chaperoned", "supervise",
                            "supervises", "supervised", "supervising"])
_QUANTITY_NOUNS = frozenset(["dozens", "dozen", "hundreds", "group", "squad", "team", "bunch", "handful",
                             "couple", "troop", "pack", "cabin", "class", "lot", "lots", "score", "scores"])
# Who a characteristic belongs to (see _Checker._holder): the words that join a served noun to a
# characteristic after it ("residents with dementia", "a customer who is deaf"), the words that join the
# parts of a capitalised name ("Mother and Baby Unit", "Friends of Library"), the gaps inside a name
# ("Parents' Association"), and the words before a noun phrase that predicate it of the person or compare
# the person with it ("she is a young mum", "as an elderly lady", "like the older customers").
_ATTACH_WORDS = frozenset(["with", "who", "whose", "that", "is", "are", "was", "were", "has", "have", "had",
                           "living", "diagnosed", "recovering", "from"])
_ATTACH_OPENERS = frozenset(["with", "who", "whose", "that", "living", "diagnosed", "recovering"])
# A reduced relative or a preposition that attaches a characteristic to a served noun with no relative pronoun
# ("a rider using a wheelchair", "a caller wearing hearing aids", "a commuter on crutches", "a passenger in a
# wheelchair", "diners over eighty"), and the articles that may open the attached phrase ("with a hearing aid").
_REDUCED_OPENERS = frozenset(["using", "wearing", "needing", "on", "in", "over", "aged"])
_ATTACHED_ARTICLES = frozenset(["a", "an", "the", "their"])
# A negated failure in a result clause of an accommodation is praise (see _Checker._praise_negations): the failure
# verbs ("did not miss a call", "never fell behind"), the words that concede or contrast, which keep the negation a
# judgement ("even with captions she did not ...", "despite ..."), and the subordinators that open an accommodation
# ("once the monitor arrived", "after the desk was raised", "with captions on every call").
_FALL_VERBS = frozenset(["fall", "falls", "fell", "fallen", "falling"])
_CONCEDING = frozenset(["even", "despite", "although", "though", "but", "yet", "however", "still"])
_ACCOMMODATION_OPENERS = frozenset(["with", "once", "after", "since"])
_NAME_JOINS = frozenset(["and", "of", "for", "s", "&"])
_NAME_GAPS = frozenset([" ", "'", "’", "' ", "’ "])
# Who a mention is about (see _Checker._another_person): the openers of a phrase about someone the text
# names in passing, person nouns the vocabularies lack, the words that open a clause, and the words that may
# stand before a clause's subject.
_OTHER_OPENERS = frozenset(["a", "an", "the", "this", "that", "these", "those", "another", "one"])
_OTHER_PERSON_NOUNS = frozenset(["patient", "patients", "resident", "residents", "neighbour", "neighbor",
                                 "relative", "relatives", "claimant", "claimants", "tenant", "tenants"])
# Person nouns that name no role: an indefinite phrase headed by one may describe the person evaluated, where a
# role noun ("an elderly customer") names someone else.
_GENERIC_PERSON_NOUNS = frozenset(["person", "man", "woman", "guy", "girl", "boy", "lady", "gentleman", "fellow",
                                   "lad", "lass", "chap", "gal", "individual"])
_CLAUSE_OPENERS = frozenset(["so", "that", "because", "while", "whilst", "when", "and", "but", "although",
                             "though", "since", "if", "unless", "until", "where", "whereas"])
_ALTERNATIVE_WORDS = frozenset(["instead", "rather", "replace", "replaces", "replaced", "replacing"])
_VAGUE_QUANTIFIER_WORDS = frozenset(["few", "several", "many", "most", "some", "half", "both", "none", "all"])
_PARTITIVES = frozenset(["one", "some", "many", "most", "all", "none", "each", "any", "few", "several", "two",
                         "three"])
_HEDGE_WORDS = frozenset(["by", "far", "not", "perhaps", "maybe", "much", "quite", "easily", "simply"])
_YARDSTICK_PREPOSITIONS = frozenset(["for", "as", "like", "than", "unlike"])
# finite verbs that show a name before them is a clause's subject, not an object ("feel Martin is ...")
_FINITE_AFTER_SUBJECT = frozenset(["is", "was", "s", "has", "had", "will", "would", "can", "could", "should",
                                   "might", "may", "must", "isn", "wasn", "doesn", "didn", "won", "does", "did"])
_SUBJECT_LEAD = frozenset(["also", "then", "now", "still", "just", "only", "even", "often", "always", "never"])
_PREDICATING = frozenset(["is", "was", "are", "were", "be", "been", "being", "am", "as", "like", "than", "seems",
                          "seem", "seemed", "became", "become", "becomes", "remains", "remained"])
_DEGREE_WORDS = frozenset(["bit", "too", "so", "very", "quite", "rather", "really", "pretty", "little", "somewhat",
                           "slightly", "more", "less", "most", "least"])
_MODIFIER_ENDINGS = ("ed", "ly", "al", "ic", "ive", "ous", "ful", "less", "ing")
_REFLEXIVES = frozenset(["herself", "himself", "themselves", "themself", "yourself", "yourselves", "myself"])
_DROP_FORMS = frozenset(["drop", "drops", "dropped", "dropping"])
_OBJECT_PRONOUNS = frozenset(["me", "you", "him", "her", "us", "them", "it"])
# Modifiers that make a parent noun a label of its holder ("a single mom", "a working mother").
_LABEL_MODIFIERS = frozenset(["working", "single", "stay-at-home", "soccer", "busy", "new", "family"])
# Adverbs between a person noun and its verb in a narrative: "a driver who never missed a shift".
_TIME_LINKS = frozenset(["until", "till", "from"])
_REPORT_VERDICTS = EXPLAINING_LINKS | frozenset(["why", "means", "meaning", "wonder", "reason", "because"])
_ARRANGEMENT_STOPS = frozenset(["and", "but", "so", "which", "because", "though", "although", "while", "whereas"])
_CALENDAR_UNITS = frozenset(["day", "days", "week", "weeks", "month", "months", "year", "years", "quarter",
                             "quarters", "fortnight", "fortnights", "spring", "summer", "autumn", "winter"])
_REPORT_LEADS = frozenset(["has", "had", "have", "also", "recently", "openly", "once", "already", "just", "then",
                           "later", "first", "herself", "himself", "themselves", "privately", "kindly"])
_REPORT_BOUNDARIES = frozenset(["so", "which", "but", "yet", "though", "although", "because", "therefore", "hence",
                                "whereas", "and", "as", "meaning", "thus"])
_EPISODE_ADVERBS = frozenset(["never", "once", "also", "always", "first", "later", "recently", "just", "then",
                              "quickly", "finally", "eventually", "soon"])


def _could_be_a_name(word: str) -> bool:
    """A capitalised word names a person only if it is a first name or surname or no common English word:
    "Yvonne", "Mark", "Okafor" can be; a title-case or sentence-opening "Therefore", "Paid", "Absence"
    cannot (gazetteer and SCOWL word lists of assistant/data, via assistant.names)."""
    key = word.strip("'’").removesuffix("'s").removesuffix("’s")
    if len(key) == 1:
        return True  # an initial: "Ms. F"
    lex = lexicon()
    return lex.is_gazetteer(key) or not lex.is_common(key)


_ACRONYM_LED = precompiled(r"[A-Z]{2,}[A-Z][a-z]")
_SAYING = frozenset(["says", "said", "say", "told", "tells", "noticed", "notices", "feels", "felt", "thinks",
                     "wrote", "writes", "mentioned", "mentions", "complained", "complains", "reckons"])


def _names_a_person(token: str) -> bool:
    """Stricter than ``_could_be_a_name``, for telling a text about someone from a procedure: a first name
    or no common word ("Docusign"), but not a surname that is a common word ("Sick" of "Advanced Sick
    Leave") nor a product or company spelled with a capital inside ("GitLab", "HRSavvy", "CivicActions"):
    a name with one ("MaryAnn", "DeShawn", "McKay", "LaToya") is made of names and short prefixes."""
    key = token.strip("'’").removesuffix("'s").removesuffix("’s")
    inner = next((x for x in range(3, len(key)) if key[x].isupper()), -1)
    if inner > 0 and not key.startswith("Mac") and not lexicon().is_gazetteer(key[inner:].lower()):
        return False  # "GitLab", "DocuSign", "CivicActions"; not "MaryAnn", "MacLeod", "DeShawn", "LeBron"
    if _ACRONYM_LED.match(key):
        return False  # "HRSavvy", "ITServices"
    return len(key) == 1 or lexicon().may_be_name(key.lower())
