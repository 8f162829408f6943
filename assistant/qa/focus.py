"""What a question asks about: its asking clauses, each with the kind of fact wanted and its
*focus*, the content words the wh-word asks about once the frame is set aside.

The frame is what every question carries without naming a topic: the people it is about
("employees", "my manager", "team members"), light verbs ("have", "hold", "give"), generic
nouns ("policy", "rule", "process") and the names of organisations, places and programmes (checked
apart, at document level). "How often should managers hold one-on-ones with their direct
reports?" asks a frequency about "one-on-ones"; "Who approves a PIP?" asks a role about "approve"
and "PIP".

A unit *answers* a clause when it holds the asked kind of fact attached to the focus: the number,
frequency, date or role stands in the same clause of the unit as a focus word, or the unit sits
under a heading that names the focus (a table row under "One-on-one cadence"). Bound words
("longest", "most", "maximum", "up to") are read as one concept, and a closed compound of the
question ("workday") matches its parts in the unit ("work ... day").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from assistant.qa.check import AnswerType, answer_type, asking_words, clauses, holds
from assistant.qa.followup import anaphoric_adverb_words, leans_back
from assistant.qa.name_forms import without_subject_pronoun
from assistant.text import (
    DETERMINERS,
    NUMBER_WORDS,
    ORDINALS,
    PREPOSITIONS,
    STOPWORDS,
    SUBJECT_PRONOUNS,
    THING_PRONOUNS,
    event_named_by,
    event_verbs,
    inflections,
    names,
    quantities,
    quantity_terms,
    sentences,
    words,
    wordset,
)
from assistant.text import question_names as _question_names
from assistant.text import stem as _stem
from assistant.wordlists import data_file

stem = lru_cache(maxsize=65536)(_stem)  # the shared stemmer, kept per word: units are read for every question

_CONTRACTION = re.compile(r"'(?:s|t|re|ve|ll|d|m)$")

# People a question is about rather than asks about, as phrases (removed before stemming).
_ACTOR_PHRASES = re.compile(
    r"\b(?:(?:my|our|your|their|his|her|the|a|an|every|each|all)\s+)?(?:direct\s+reports?|team\s+members?|"
    r"people\s+leaders?|line\s+managers?|staff\s+members?|new\s+hires?|team|each\s+person\s+on\s+(?:my|our|the)\s+team)\b",
    re.IGNORECASE)
FRAME = frozenset(stem(w) for w in ["employee", "employees", "staff", "worker", "workers", "member", "members", "someone", "somebody", "person", "people", "individual", "individuals", "colleague", "colleagues", "coworker", "coworkers", "manager", "managers", "supervisor", "supervisors", "anyone", "everybody", "everyone", "folks", "have", "has", "had", "having", "hold", "holds", "held", "give", "gives", "given", "giving", "get", "gets", "got", "receive", "receives", "allow", "allowed", "allows", "permit", "permitted", "require", "required", "requires", "need", "needs", "needed", "ask", "asks", "asked", "say", "says", "said", "state", "states", "mean", "means", "happen", "happens", "happened", "apply", "applies", "applied", "policy", "policies", "rule", "rules", "process", "procedure", "procedures", "guideline", "guidelines", "handbook", "document", "documents", "company", "organisation", "organization", "employer", "long", "often", "much", "many", "quickly", "soon", "far", "exactly", "actually", "currently", "suppose", "supposed", "still", "ever", "usually", "normally", "kind", "type", "sort", "thing", "things", "lot", "amount", "number", "always", "never", "sometimes", "put", "puts", "putting", "let", "lets", "letting", "make", "makes", "making", "made", "keep", "keeps", "keeping", "kept", "go", "goes", "going", "gone", "went", "want", "wants", "wanted", "wanting", "wish", "wishes", "wished", "try", "tries", "tried", "trying"])
# Bound words: one concept each, whatever the wording.
_BOUNDS = {
    **{w: "<max>" for w in ["longest", "most", "maximum", "max", "highest", "largest", "biggest", "greatest", "cap", "capped", "ceiling", "limit", "limits", "upper"]},
    **{w: "<min>" for w in ["shortest", "least", "minimum", "min", "lowest", "smallest", "floor", "fewest"]},
}
# "latest"/"earliest" bound a time as a fused head ("the latest I can file", "the latest the work can be finished",
# "at the latest") or before a time noun ("the latest date", "the earliest phase"); before any other noun it means most
# recent ("the latest aging report", "the latest version") and stays a word of the topic.
_TIME_SUPERLATIVE = re.compile(
    r"\b(latest|earliest)\b(?!\s+(?!(?:possible\s+)?(?:dates?|days?|times?|deadlines?|point|moment|months?|weeks?|"
    r"years?|phases?|stages?)\b)(?!(?:i|you|we|he|she|they|it|the|a|an|my|our|your|his|her|their|its|this|that|these|"
    r"those|when|by|for|on|in|at|to|after|before|possible|one|can|could|should|must|may|might|will|would)\b)[a-z])",
    re.IGNORECASE)
_BOUND_PHRASES = re.compile(r"\b(?:up\s+to|no\s+more\s+than|not\s+exceed\w*|at\s+most)\b|\b(?:at\s+least|no\s+less\s+than|"
                            r"no\s+fewer\s+than)\b", re.IGNORECASE)
# A time's bound, the phrases that state a deadline or a start in rules, notices and contracts (outside examples in
# evals/probes/round36/README.qarefuse36b.md): the upper bound answers "the latest date", the lower "the earliest".
_TIME_BOUNDS = re.compile(r"\b(?:(?P<max>on\s+or\s+before|(?:no|not)\s+later\s+than|at\s+the\s+latest)|"
                          r"(?P<min>on\s+or\s+after|(?:no|not)\s+earlier\s+than|at\s+the\s+earliest))\b", re.IGNORECASE)
# The unit a quantity is asked in ("how many days of sick leave"): the measure, not the topic.
_MEASURE = re.compile(r"\b(how\s+(?:many|much|long)|what\s+(?:percentage|share|number|fraction)\s+of)\s+"
                      r"(?:(?:calendar|business|working|paid)\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?|"
                      r"times?|percent)\b", re.IGNORECASE)
_UNIT_CLAUSE = re.compile(r";|\.\s|,\s+(?:and|but|or|while|whereas|which|unless|so|although)\s+|\s+[-–—]\s+",
                          re.IGNORECASE)


def term_stems(text: str, parts: bool = False) -> set[str]:
    """Content stems of ``text``, a hyphenated word kept whole ("one-on-ones" -> "one-on-one"; with
    ``parts`` its parts too), bound words folded to one concept ("longest" -> ``<max>``)."""
    out: set[str] = set()
    for m in _TIME_SUPERLATIVE.finditer(text):
        out.add("<max>" if m.group(1).lower() == "latest" else "<min>")
    text = _TIME_SUPERLATIVE.sub(" ", text)
    for word in words(text):
        word = _CONTRACTION.sub("", word.lower().replace("’", "'")).strip("'-")
        pieces = [p for p in word.split("-") if len(p) > 1 and p not in STOPWORDS]
        if not pieces:
            continue
        if "-" in word:
            out.add(stem(word))
            if parts:
                out.update(stem(p) for p in pieces)
        else:
            out.add(_BOUNDS.get(word, stem(word)))
    for m in _BOUND_PHRASES.finditer(text):
        out.add("<max>" if m.group().lower().startswith(("up", "no more", "not", "at most")) else "<min>")
    for m in _TIME_BOUNDS.finditer(text):
        out.add("<max>" if m.group("max") else "<min>")
    for m in _NUMBERED_NOUN.finditer(text):  # "the 90 day review" and "the 90-day check-in" name one thing
        out.add(stem(f"{m.group(1)}-{m.group(2).lower()}"))
    return out


def _numbered_unit(term: str) -> str | None:
    """The unit stem of a numbered stem ("3-day" -> "day"), else None."""
    m = _NUMBERED_STEM.match(term)
    return stem(m.group(1)) if m else None


_NUMBERED_STEM = re.compile(r"^\d+-([a-z]+)$")
_NUMBERED_NOUN = re.compile(r"(?<![\w.,])(\d{1,4})[\s-](minute|hour|day|week|month|year|degree|point)s?\b", re.IGNORECASE)


@dataclass
class Clause:
    """One asking part of a question."""

    text: str
    kind: AnswerType | None
    focus: set[str] = field(default_factory=set)


@dataclass
class Question:
    """A question read for answering: its asking clauses and context."""

    text: str
    asking: str  # the sentences that ask (end with "?"), or the whole question
    context: str  # scene-setting sentences ("My grandmother died.")
    clauses: list[Clause]
    names: list[str]

    @property
    def focus(self) -> set[str]:
        return set().union(*(c.focus for c in self.clauses)) if self.clauses else set()

    @property
    def kinds(self) -> list[AnswerType]:
        return [c.kind for c in self.clauses if c.kind is not None]


# E-mail addresses, links and handles name a person or place to reach, not what is asked about.
_ADDRESS = re.compile(r"\S+@\S+|\bhttps?://\S+|\bwww\.\S+|(?<!\w)@\w+")
_NUMBER_STEMS = frozenset(stem(w) for w in NUMBER_WORDS) | frozenset(stem(w) for w in ORDINALS)
_CARRIED = re.compile(r"\s*\(follow-up to: (.*)\)\s*$", re.DOTALL)
# A pronoun standing for a thing or group named before it in the question ("it", "they", "them").
_BACK_REFERENCE = re.compile(rf"\b(?:{'|'.join(THING_PRONOUNS)})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _classing_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A classing verb before "as"/"to be" or a bare one ("constitutes"); a be-passive of one, with up to four
    words between be and its participle ("how *is* overtime *defined*")."""
    import yaml

    data = yaml.safe_load(data_file("asked_thing_words.yaml").read_text(encoding="utf-8"))

    def forms(key: str, keep=lambda form: True) -> str:
        found = {form for verb in data[key] for form in inflections(verb) if keep(form)}
        return "|".join(sorted(found, key=len, reverse=True))

    participle = forms("classing_passives", lambda form: form.endswith(("ed", "en")))
    verb = re.compile(rf"\b(?:(?:{forms('classing_verbs')})\s+(?:as|to\s+be)|{forms('classing_verbs_bare')})\b",
                      re.IGNORECASE)
    passive = re.compile(rf"\b(is|are|was|were|be|been|being)((?:\s+[\w'’-]+){{0,4}}?)\s+(?:{participle})\b",
                         re.IGNORECASE)
    return verb, passive


def defines(text: str) -> bool:
    """Whether a page's sentence defines a term: a verb of classing in its frame ("is considered unwelcome
    conduct", "defined as a spouse") or a defining verb ("This *includes* primaries", "'Eligible Team Member'
    *means* ...")."""
    verb, passive = _classing_patterns()
    return bool(verb.search(text) or passive.search(text) or _defining_verbs().search(text))


@lru_cache(maxsize=1)
def _defining_verbs() -> re.Pattern[str]:
    import yaml

    data = yaml.safe_load(data_file("asked_thing_words.yaml").read_text(encoding="utf-8"))
    found = sorted({form for verb in data["defining_verbs"] for form in inflections(verb)}, key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(found)})\b", re.IGNORECASE)


def drop_classing(text: str) -> str:
    """``text`` with its verbs of classing read as the copula they stand for: they make a question ask what a
    term covers ("what *counts as* overtime" = "what *is* overtime", "what *is considered* harassment", "what
    *constitutes* misconduct"); word lists and sources in ``assistant/data/asked_thing_words.yaml``."""
    verb, passive = _classing_patterns()
    return passive.sub(r"\1\2", verb.sub("is", text))


def focus_stems(text: str, question_names: Iterable[str] = ()) -> set[str]:
    """The content stems a clause asks about: frame words, actors, the asked measure ("how many
    *days*"), a verb of classing (:func:`drop_classing`) and names set aside."""
    cleaned = _MEASURE.sub(r"\1", _ACTOR_PHRASES.sub(" ", _ADDRESS.sub(" ", event_verbs(text))))
    cleaned = drop_classing(cleaned)
    for name in question_names:
        cleaned = re.sub(r"(?<!\w)" + re.escape(name) + r"(?:['’]s)?(?!\w)", " ", cleaned)
    own = {stem(f"{int(q.count)}-{q.unit}") for q in quantities(cleaned) if q.count == int(q.count)}
    # "three days" names the amount "3-day" as "3 days" does
    return {s for s in term_stems(cleaned) | own if s not in FRAME and not s.isdigit() and s not in _NUMBER_STEMS}


_LABEL_GAP = re.compile(r"^[\s:#.]*$")


def personal_names(context: str, found: Sequence[str]) -> set[str]:
    """The names of a question's scene-setting sentences that are someone's personal data, not a
    scope of the policy: a person ("My manager Priya Shah ..."), an address, a phone, an id, a
    date of birth (found as :class:`assistant.llm.redact.Redactor` finds what it masks), an
    identifier with digits ("PRJ-7781"), or the label standing right before such a value ("SSN
    123-45-6789"). The documents never name them, so they never decide that a question is out of
    scope."""
    present = [n for n in found if n in context]
    if not present:
        return set()
    from assistant.llm.redact import Redactor

    spans = Redactor().find(context)
    out = {n for n in present if any(ch.isdigit() for ch in n)}
    for name in present:
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", context):
            inside = any(s <= m.start() and m.end() <= e for s, e, _ in spans)
            label = any(_LABEL_GAP.match(context[m.end():s]) for s, _, _ in spans if s >= m.end())
            if inside or label:
                out.add(name)
    return out


_GROUP_AFTER = re.compile(r"^\s+(?:team|department|dept|group|division|squad|function|unit|crew|pod|chapter|guild|"
                          r"org|organi[sz]ation)s?\b", re.IGNORECASE)
_ROLE_HEADS = wordset(
    "engineer engineers developer developers designer designers manager managers director directors analyst analysts "
    "lead leads intern interns contractor contractors specialist specialists coordinator coordinators administrator "
    "administrators officer officers representative representatives associate associates consultant consultants "
    "scientist scientists architect architects recruiter recruiters accountant accountants technician technicians "
    "agent agents editor editors writer writers researcher researchers")


# The functions of an organisation: a name made only of these ("Customer Support", "Sales
# Engineering", "IT") says which department the asker is in, never which organisation.
_DEPARTMENT_WORDS = wordset(
    "customer customers client support success sales marketing engineering finance financial legal operations ops "
    "product products design security infrastructure platform it hr people research development r&d recruiting "
    "recruitment talent accounting payroll procurement purchasing compliance data analytics qa quality facilities "
    "communications comms partnerships growth revenue services service desk helpdesk logistics")


def qualifier_names(question: str, found: Sequence[str]) -> set[str]:
    """The names that only say which team, department or role the asker (or the person asked
    about) belongs to ("I'm on the Platform team", "as a Senior Engineer"): a policy that applies
    to everyone rarely names them, so they never make a question "not covered" by themselves."""
    out = set()
    for name in found:
        if name.split()[-1].casefold() in _ROLE_HEADS or all(w.casefold() in _DEPARTMENT_WORDS for w in name.split()):
            out.add(name)
            continue
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", question):
            if _GROUP_AFTER.match(question[m.end():]):
                out.add(name)
    return out


def analyse(question: str) -> Question:
    """The asking clauses of a question with their answer types and focus."""
    carried = _CARRIED.search(question)
    own = _CARRIED.sub("", question)
    # a name's last "I" that opens a verb group is the asker ("the Loomio Points I earned": round 38, name_forms)
    found = list(dict.fromkeys(without_subject_pronoun(n, question) for n in _question_names(question)))
    sentences_ = [s.strip() for s in sentences(own) if s.strip()]
    asking_parts = [s for s in sentences_ if s.endswith("?")] or sentences_ or [own]
    # A sentence that only sets the scene ("My grandmother died. At TTS, how many ...?") is context.
    context = " ".join(s for s in sentences_ if s not in asking_parts)
    asking = " ".join(asking_parts)
    private = (personal_names(context, found) - set(names(asking))) | qualifier_names(own, found)
    parts: list[Clause] = []
    for part in clauses(asking):
        kind = answer_type(part)
        focus = focus_stems(part, found)
        asking = set().union(*(term_stems(w) for w in asking_words(part, kind)))
        focus = (focus - asking) or focus  # "who should I talk to about X", "how big", "the deadline for X"
        parts.append(Clause(part, kind, focus))
    # the amounts of the scene ("I'm planning *two weeks* of holiday") are the asker's case, not the topic; a unit
    # word without a number ("I logged a PTO *day*") names the topic
    topic = focus_stems(context, found)
    amounts = {s for s in topic if _NUMBERED_STEM.match(s)}
    topic -= amounts | {_numbered_unit(s) for s in amounts}
    own_counts = [len(part.focus) for part in parts]  # the things each part names itself, before the scene's
    for part in parts:  # "Can I still fix it?" after "I logged a PTO day ...": the scene is the topic
        if len(part.focus) < 2:
            part.focus |= topic
    for (earlier, part), own_count in zip(zip(parts, parts[1:], strict=False), own_counts[1:], strict=False):
        # A later part that refers back by a pronoun ("..., and can they be turned into cash?"), by an anaphoric
        # adverb ("..., and is there a commitment to keep working afterwards?") or by ellipsis, naming at most one
        # thing of its own ("..., and when will I hear back?"), asks about the earlier part's topic as well.
        if _BACK_REFERENCE.search(part.text) or leans_back(part.text, own_count):
            adverbs = set().union(*(term_stems(w) for w in anaphoric_adverb_words(part.text)))
            part.focus = (part.focus - adverbs) | earlier.focus
    if carried:  # a follow-up asks about the previous question's topic as well
        previous = carried.group(1)
        topic = focus_stems(previous, found)
        for part in parts:
            part.focus |= topic
    parts = [p for p in parts if p.focus or p.kind is not None] or parts
    return Question(question, asking, context, parts, [n for n in found if n not in private])


# --- a unit against a clause ------------------------------------------------------------------------


_ROW = re.compile(r"^[^:;.]{1,60}: [^;]*(?:; [^:;]{1,60}: [^;]*)+\.?$")  # a table row "Column: value; ..."


def _unit_segments(text: str) -> list[str]:
    if _ROW.match(text):
        return [text]  # a table row is one record
    return [s for s in _UNIT_CLAUSE.split(text) if s and s.strip()]


def _compound_hits(focus: set[str], words: set[str]) -> set[str]:
    """Focus stems written closed ("workday") whose parts both appear in ``words``."""
    hits = set()
    for term in focus:
        if len(term) < 6 or term.startswith("<"):
            continue
        for cut in range(3, len(term) - 2):
            if term[:cut] in words and stem(term[cut:]) in words:
                hits.add(term)
                break
    return hits


# Central determiners: the articles, the possessive determiners and the demonstratives (Quirk et al. 1985, 5.10-5.14).
_CENTRAL_DETERMINERS = wordset("the a an my our your his her their its this that these those")


def _inner_determiner(run: list[str], i: int) -> bool:
    """Whether ``run[i]`` is a central determiner after a preposition inside the run, the preposition following a
    word that is not a pronoun or a quantifier: a partitive "one of the others", "some of our staff" (Quirk et al.
    1985, 5.24-5.25) names no thing of its own."""
    return (1 < i < len(run) - 1 and run[i].lower() in _CENTRAL_DETERMINERS and run[i - 1].lower() in PREPOSITIONS
            and run[i - 2].lower() not in SUBJECT_PRONOUNS and run[i - 2].lower() not in DETERMINERS)


def acronyms(question: str) -> dict[str, str]:
    """The acronyms the question's own runs of words make: "performance improvement plan" gives
    ``{"PIP": "performance improvement plan"}`` (runs that start or end with a stop word are skipped).

    An initialism leaves out the determiner of a noun phrase governed by a preposition inside the phrase it
    abbreviates ("AFK", away from keyboard; "WFH", work from home), so a question that writes that determiner
    ("away from *my* keyboard", "working from *my* home") also gives the initials without it; the run's own
    initials, determiner and all, come first. A determiner after any other word ("plan *the* meeting") or in a
    partitive ("one of *the* others") counts."""
    found = re.findall(r"[A-Za-z][A-Za-z'-]*", question)
    out: dict[str, str] = {}
    reduced: list[tuple[str, str]] = []
    for start in range(len(found)):
        for size in range(2, 6):
            run = found[start:start + size]
            if len(run) < size:
                break
            if run[0].lower() in STOPWORDS or run[-1].lower() in STOPWORDS:
                continue
            out.setdefault("".join(w[0] for w in run).upper(), " ".join(run))
            kept = [w for i, w in enumerate(run) if not _inner_determiner(run, i)]
            if 1 < len(kept) < len(run):
                reduced.append(("".join(w[0] for w in kept).upper(), " ".join(run)))
    for initials, phrase in reduced:
        out.setdefault(initials, phrase)
    return out


def expand_acronyms(text: str, table: dict[str, str]) -> str:
    """``text`` with each acronym of ``table`` followed by its words in brackets, for matching."""
    if not table:
        return text
    return _ACRONYM.sub(lambda m: f"{m.group(0)} ({table[m.group(1)]})" if m.group(1) in table else m.group(0), text)


_ACRONYM = re.compile(r"\b([A-Z]{2,6})s?\b")


def matched(focus: set[str] | frozenset[str], text: str) -> set[str]:
    """The focus stems ``text`` covers (exactly, as a bound concept, as a compound's parts or, for an event
    verb, by a word naming its event: "die" by "death")."""
    return set(_matched(frozenset(focus), text))


def matched_in(focus: set[str] | frozenset[str], texts: Iterable[str], events: bool = True) -> set[str]:
    """The focus stems any of ``texts`` covers (each text read on its own, so each is read once); without
    ``events``, an event verb only by its own word."""
    key = frozenset(focus)
    found: set[str] = set()
    for text in texts:
        found |= _matched(key, text, events)
    return found


@lru_cache(maxsize=65536)
def _matched(focus: frozenset[str], text: str, events: bool = True) -> frozenset[str]:
    have, every = _text_terms(text)
    found = set(focus & have)
    rest = focus - found
    if rest:
        by_prefix = _by_prefix(text)
        found |= {t for t in rest if any(_same_word(t, w) for w in by_prefix.get(t[:3], ()))}
        found |= _compound_hits(rest - found, every)
        # a unit word whose amount the text gives in another unit ("three days" asked, "72 hours" written)
        found |= {u for t in found if (u := _numbered_unit(t)) in rest}
        if events:  # "die" asked, "death" written
            found |= {t for t in rest - found if event_named_by(t) & every}
        # a word whose first sense the text names by another word of that sense ("react" asked, "respond" written);
        # a capitalised word may be a name ("United States" is no "state" of telling), and a word ending a compound
        # of another sense names that ("public holidays" are no "vacation")
        if rest - found:
            common = _synonym_terms(text)
            found |= {t for t in rest - found if first_sense_synonyms(t) & common}
    return frozenset(found)


_WORD = re.compile(r"[A-Za-z]+")
_SYNONYM_FILE = data_file("first_sense_synonyms.txt")


def _synonym_rows() -> list[tuple[list[str], list[str]]]:
    """(words, other-sense compounds) per line of ``first_sense_synonyms.txt``."""
    rows = []
    for line in _SYNONYM_FILE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        _offset, _pos, members, *compounds = line.split("\t")
        rows.append((members.split(), compounds[0].split() if compounds else []))
    return rows


@lru_cache(maxsize=1)
def _synonym_table() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for lemmas, _compounds in _synonym_rows():
        for one in lemmas:
            forms = table.setdefault(stem(one), set())
            for other in lemmas:
                if stem(other) != stem(one):
                    forms |= inflections(other)
    return {k: frozenset(v) for k, v in table.items() if v}


@lru_cache(maxsize=1)
def _other_sense_compounds() -> dict[str, frozenset[tuple[str, ...]]]:
    """Stem of a synonym noun -> the words before it of the WordNet compounds on it that name another sense
    ("holiday" -> ("public",), ("bank",) ...: a public holiday is a day off by law, not a vacation)."""
    table: dict[str, set[tuple[str, ...]]] = {}
    for _lemmas, compounds in _synonym_rows():
        for compound in compounds:
            *before, last = compound.split("_")
            table.setdefault(stem(last), set()).add(tuple(before))
    return {k: frozenset(v) for k, v in table.items()}


@lru_cache(maxsize=8192)
def _synonym_terms(text: str) -> frozenset[str]:
    """The words of ``text`` that may stand for a first-sense synonym: written in lower case (a capitalised word may
    be a name) and, somewhere in the text, not as the last word of a compound naming another sense ("public
    holidays", "motion sickness")."""
    tokens = _WORD.findall(text)
    lowered = [t.casefold() for t in tokens]
    compounds = _other_sense_compounds()
    out = set()
    for at, word in enumerate(tokens):
        if not word.islower() or word in out:
            continue
        before = compounds.get(stem(word), ())
        if not any(at >= len(b) and tuple(lowered[at - len(b):at]) == b for b in before):
            out.add(word)
    return frozenset(out)


def first_sense_synonyms(term: str) -> frozenset[str]:
    """The written forms of the words that share the first WordNet sense of the word stemmed ``term``
    (``assistant/data/first_sense_synonyms.txt``): "respond", "responded" ... for "react"; none for a bound concept
    or a numbered term."""
    return _synonym_table().get(term, frozenset())


@lru_cache(maxsize=8192)
def _by_prefix(text: str) -> dict[str, tuple[str, ...]]:
    """The words of ``text`` (stemmed and not) by their first three letters."""
    groups: dict[str, list[str]] = {}
    for word in _text_terms(text)[1]:
        groups.setdefault(word[:3], []).append(word)
    return {k: tuple(v) for k, v in groups.items()}


def _same_word(a: str, b: str) -> bool:
    """Stems of one word that the light stemmer leaves apart ("respons"/"respond", "writ"/"written")."""
    if a[:3] != b[:3] or a.startswith("<") or b.startswith("<"):
        return False
    shorter = min(len(a), len(b))
    if shorter < 4:
        return False
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= max(4, shorter - 1)


@lru_cache(maxsize=8192)
def _text_terms(text: str) -> tuple[frozenset[str], frozenset[str]]:
    have = term_stems(text, parts=True) | {stem(t) for t in quantity_terms(text)}  # "72 hours" is "3 days"
    return frozenset(have), frozenset(have | {stem(w.lower()) for w in words(text)})


def attachment(clause: Clause, unit: str, heading: str, passage: str, weights: dict[str, float],
               heading_weight: float, passage_weight: float, known: set[str] | None = None) -> float:
    """How much of the clause's focus (IDF-weighted share, 0..1) stands with the asked fact.

    With an answer type, the fact must be in the unit: each segment of the unit holding it counts
    the focus it shares; focus found only in the heading counts ``heading_weight``, only
    elsewhere in the passage ``passage_weight``. Without an answer type, the unit's own focus
    counts in full. ``known`` (focus words some retrieved passage holds) limits the share to words
    a unit could hold at all; words no passage holds are the document check's business.
    """
    if _ROW.match(unit):
        heading_weight = 1.0  # a table row is read under its table's heading: the heading is its subject
    focus = clause.focus if known is None else (clause.focus & known) or clause.focus
    if not focus:
        return 1.0 if clause.kind is None or holds(clause.kind, unit, clause.text) else 0.0
    default = weights.get("", 1.0)
    total = sum(weights.get(t, default) for t in focus)
    in_heading = matched(focus, heading)
    in_passage = matched(focus - in_heading, passage)

    def share(found: set[str]) -> float:
        got = sum(weights.get(t, default) for t in found)
        got += sum(weights.get(t, default) for t in (in_heading - found)) * heading_weight
        got += sum(weights.get(t, default) for t in (in_passage - found - in_heading)) * passage_weight
        return got / total if total else 0.0

    if clause.kind is None:
        return share(matched(focus, unit))
    best = 0.0
    for segment in _unit_segments(unit):
        if holds(clause.kind, segment, clause.text):
            best = max(best, share(matched(focus, segment)))
    return best
