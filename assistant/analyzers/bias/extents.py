"""A flag's span: the judging clause or remark a term is part of, cut on whole phrases."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from assistant.analyzers.bias.checker import (
    _JUDGEMENT_CLAUSE_OPENERS,
    _Candidate,
    _Checker,
)
from assistant.analyzers.bias.doc import (
    _OBJECT_PRONOUNS,
    _Doc,
)
from assistant.analyzers.bias.grammar import (
    _CLAUSE_GAP_RE,
    _DEGREE_BEFORE,
    DETERMINERS,
    NEGATORS,
    NOUN_PREPOSITIONS,
)
from assistant.analyzers.bias.judgement import (
    _clause_cue,
)
from assistant.analyzers.bias.ruleset import (
    RuleSet,
)
from assistant.text import (
    BE_FORMS,
    DO_FORMS,
    HAVE_FORMS,
    MODALS,
    PARTICLES,
    PERSONAL_PRONOUNS,
    PREPOSITIONS,
    RELATIVE_WORDS,
    VERB_GROUP_ADVERBS,
)


def _judgement_extent(doc: _Doc, ruleset: RuleSet, i: int, j: int) -> tuple[int, int] | None:
    """The clauses of the judgement beside a characteristic told as a plain fact (tokens ``i..j``), when the
    judgement is not in the characteristic's own clause: "He turned 62 in March, and frankly it is time he
    stepped aside", "She closed the deal while pregnant, though I worried she would become a liability",
    "Since her surgery she is limping around the desk, and the manager would rather not have anyone bumping
    into her". The sentence is cut into clauses at punctuation and at clause openers (``_JUDGEMENT_CLAUSE_OPENERS``); when
    the characteristic's own clause holds no cue of judgement (``_clause_cue``), the first clause after
    it that holds one (else the nearest before it) is the judgement; a clause with a word of expectation,
    doubt, decision, cost or a negation comes before one with only a word of valence ("At 58, Helen closed the
    quarter strong, but she will probably struggle ...": the expectation is the judgement). Returns its first and last token, or
    None: the characteristic is judged in its own clause ("a strong accent", "his paternity leave was
    basically a golf holiday"), or no clause of its sentence judges (a tie in the next sentence)."""
    lo, hi = doc.bounds(i)
    words = doc.words
    cuts = [lo]
    for k in range(lo + 1, hi + 1):
        if words[k] in _JUDGEMENT_CLAUSE_OPENERS or _CLAUSE_GAP_RE.search(doc.gap(k)):
            cuts.append(k)
    clauses = [(a, b - 1) for a, b in zip(cuts, [*cuts[1:], hi + 1], strict=True)]
    own = [n for n, (a, b) in enumerate(clauses) if a <= j and i <= b]
    first, last = own[0], own[-1]

    def judges(n: int, valence: bool = True) -> bool:
        a, b = clauses[n]
        return any(_clause_cue(doc, ruleset, k, lo, valence) for k in range(a, b + 1) if not i <= k <= j)

    if any(judges(n) for n in range(first, last + 1)):
        return None
    order = [*range(last + 1, len(clauses)), *range(first - 1, -1, -1)]
    for valence in (False, True):
        for n in order:
            if judges(n, valence):
                return clauses[n]
    return None


def _sentence_clauses(doc: _Doc, lo: int, hi: int) -> list[tuple[int, int]]:
    """The clauses of the sentence ``lo..hi``, cut at punctuation and at clause openers
    (``_JUDGEMENT_CLAUSE_OPENERS``), as (first token, last token); worked out once per sentence (``doc.memo``), as
    every remark widened in a long sentence reads them."""
    known = doc.memo.setdefault(("sentence_clauses",), {})
    found = known.get((lo, hi))  # type: ignore[call-overload]
    if found is not None:
        return list(found)
    words = doc.words
    cuts = [lo]
    for k in range(lo + 1, hi + 1):
        if words[k] in _JUDGEMENT_CLAUSE_OPENERS or _CLAUSE_GAP_RE.search(doc.gap(k)):
            cuts.append(k)
    clauses = [(a, b - 1) for a, b in zip(cuts, [*cuts[1:], hi + 1], strict=True)]
    known[(lo, hi)] = tuple(clauses)  # type: ignore[index]
    return clauses


def _remark_extent(doc: _Doc, ruleset: RuleSet, i: int, j: int, backward: bool, flagged: frozenset[int],
                   valences: tuple[bool, ...] = (False, True), endorsing: bool = False,
                   until: int | None = None) -> tuple[int, int] | None:
    """The tokens of the remark a stated fact (tokens ``i..j``: an age, a similarity to the writer) is part of,
    for a rule with ``span: judgement``: its own clause when that clause holds a cue of judgement
    (``_clause_cue``), and the clauses after it that judge, up to the first that does not ("At 52 she is slower
    on the trolley than the younger crew, and it may be time to ask when she plans to retire"); when its own
    clause does not judge, the first judging clause after it and those judging right after that ("Bill is 67,
    and I doubt he has the stamina"; "grew up in my hometown, so I trust her numbers"); with ``backward``, else
    the nearest judging clause before it. A clause holding a token of ``flagged`` (another flag of the same
    category: "a bit long in the tooth") judges; ``valences`` says whether a word of valence alone judges (an
    affinity's consequence must rate or tell rapport: "so I trust her numbers", "so we clicked", not "so we share
    the drive"); with ``endorsing`` a word of endorsement or rapport judges too (``_endorses``, ``_rapport``).
    None when no clause of the sentence judges. With ``until``, the clauses from that token on are left out."""
    lo, hi = doc.bounds(i)
    if until is not None:
        hi = min(hi, until - 1)
    clauses = _sentence_clauses(doc, lo, hi)
    own = [n for n, (a, b) in enumerate(clauses) if a <= j and i <= b]
    first, last = own[0], own[-1]

    def judges(n: int, valence: bool = valences[-1]) -> bool:
        a, b = clauses[n]
        return any(k in flagged or (endorsing and (_endorses(doc, ruleset, k, lo) or _rapport(doc, ruleset, k)))
                   or _clause_cue(doc, ruleset, k, lo, valence) for k in range(a, b + 1) if not i <= k <= j)

    def run(n: int) -> int:
        while n + 1 < len(clauses) and judges(n + 1):
            n += 1
        return n

    if any(judges(n) for n in range(first, last + 1)):
        return clauses[first][0], clauses[run(last)][1]
    for valence in valences:
        for n in range(last + 1, len(clauses)):
            if judges(n, valence):
                return clauses[n][0], clauses[run(n)][1]
    if backward:
        for valence in valences:
            for n in range(first - 1, -1, -1):
                if judges(n, valence):
                    return clauses[n]
    elif endorsing and hi + 1 < len(doc.words) and any(c in doc.gap(hi + 1) for c in ";:"):
        lo2, hi2 = doc.bounds(hi + 1)  # the second half of a ';' pair: "We were at the same college; we clicked"
        a, b = _sentence_clauses(doc, lo2, hi2)[0]
        if any(_endorses(doc, ruleset, k, lo2) or _rapport(doc, ruleset, k) or _clause_cue(doc, ruleset, k, lo2, False)
               for k in range(a, b + 1)):
            return clauses[first][0], b
    return None


def _clause_predicate_end(doc: _Doc, ruleset: RuleSet, i: int, j: int) -> int:
    """The last token of the judgement predicate of the clause opened by the phrase ``i..j`` ("at 24 he"):
    ``_predicate_end`` in that clause; the clause's last token when it holds no cue."""
    lo, hi = doc.bounds(i)
    a, b = next((a, b) for a, b in _sentence_clauses(doc, lo, hi) if a <= j <= b)
    return _predicate_end(doc, b, range(j + 1, b + 1), lambda k, lo=lo: _clause_cue(doc, ruleset, k, lo, True))


def _predicate_end(doc: _Doc, fallback: int, tokens: range, cue: Callable[[int], bool]) -> int:
    """The last token of the judgement predicate among ``tokens`` (the end of one clause): the last cue of
    judgement there and the content words right after it, so a degree word or an adverb of doubt takes its head
    ("too green", "probably past", "takes too many breaks") with its object ("enrolled her"), up to a word that opens
    a complement or a clause (``_COMPLEMENT_OPENERS``), so the complement is left out ("to run the branch", "for a team-lead role"); after a modal or a negation, the rest of the clause, the verb phrase it
    scopes over ("so I would not put her on the late-night route"). ``fallback`` when no token is a cue."""
    cues = [k for k in tokens if cue(k)]
    if not cues:
        return fallback
    end = cues[-1]
    if doc.words[end] in MODALS or doc.words[end] in NEGATORS:
        return _phrase_end(doc, tokens[-1], tokens[-1], cues[-1])  # a modal or a negation scopes over the verb phrase after it
    while end < tokens[-1] and not _opens_complement(doc, end + 1):
        end += 1
    return _phrase_end(doc, end, tokens[-1], cues[-1])


def _phrase_end(doc: _Doc, end: int, last: int, floor: int) -> int:
    """The end token ``end`` of a cut span (its clause ends at ``last``) moved so the span ends on a whole phrase:
    a word joined by a hyphen is taken whole ("on-call"); a determiner or possessive takes the noun phrase it
    opens, up to its head and not beyond ("wants the promotion"); an adverb of the verb group or a degree word
    takes its head ("too old"), and after an adverb a preposition takes its object ("probably past it",
    "probably beyond him"); a determiner, preposition, auxiliary or adverb left with no head inside the clause is
    backed off to the last content word, never before ``floor`` (the judgement word). A clause-final word
    stays: it completes its clause ("enrolled her", "on top of that")."""
    words = doc.words
    end = _hyphen_end(doc, end, last)
    if end < last and doc.gap(end + 1).isspace():
        word = words[end]
        k = end + 1
        if word in VERB_GROUP_ADVERBS and words[k] in NOUN_PREPOSITIONS and words[k] not in ("than", "as", "like"):
            k += 1  # a predicate preposition: "probably past it", "still over the moon"
        if word in DETERMINERS or word in VERB_GROUP_ADVERBS or word in _DEGREE_BEFORE or k > end + 1:
            head = _head_end(doc, k, last)
            if head is not None:
                return head
    word = words[end]
    if word not in _ARTICLES and word not in NOUN_PREPOSITIONS and (
            end == last or ((word in DETERMINERS or word in _OBJECT_PRONOUNS) and _opens_complement(doc, end + 1))):
        return end  # a clause-final word or a pronoun object: "enrolled her in ...", "on top of that"
    while end > floor and (words[end] in _PHRASE_OPENERS or words[end] in _CLOSED_WORDS):
        end -= 1
    return end


def _head_end(doc: _Doc, k: int, last: int) -> int | None:
    """The last token of the phrase head from token ``k`` on: determiners, then content words up to a closed-class
    word, a complement opener, an adverb of the verb group or one in -ly (the end of the noun phrase), or one object
    pronoun ("it", "her").
    None when no content word comes before the clause end ``last``."""
    words = doc.words
    pronoun = None
    while k <= last and words[k] in DETERMINERS and doc.gap(k).isspace():
        pronoun = None if words[k] in _ARTICLES else k
        k += 1
    if k <= last and words[k] in _OBJECT_PRONOUNS and doc.gap(k).isspace():
        return k
    head = pronoun  # a determiner with no noun after it is a pronoun: "beyond her now"
    while (k <= last and doc.gap(k).isspace() and not _opens_complement(doc, k) and words[k] not in _CLOSED_WORDS
           and not (head is not None and words[k].endswith("ly"))):
        head = k = _hyphen_end(doc, k, last)
        k += 1
    return head


def _opens_complement(doc: _Doc, k: int) -> bool:
    """Does token ``k`` open a complement (``_COMPLEMENT_OPENERS``), not being the first part of a hyphenated
    word ("on-call", "in-house")?"""
    return doc.words[k] in _COMPLEMENT_OPENERS and not (k + 1 < len(doc.words) and doc.gap(k + 1) == "-")


def _hyphen_end(doc: _Doc, end: int, last: int) -> int:
    """The last token of the hyphenated word token ``end`` is part of ("on-call", "well-known")."""
    while end < last and doc.gap(end + 1) == "-":
        end += 1
    return end


# A span does not end on a word whose head comes after it: a determiner or possessive, a preposition, an adverb of
# the verb group or a degree word; nor on an auxiliary inside its clause ("he is" before "probably ...").
_PHRASE_OPENERS = (DETERMINERS | NOUN_PREPOSITIONS | VERB_GROUP_ADVERBS | _DEGREE_BEFORE) - NEGATORS
_ARTICLES = frozenset(["a", "an", "the"])
_AUXILIARIES = BE_FORMS | HAVE_FORMS | DO_FORMS | MODALS
_CLOSED_WORDS = (DETERMINERS | NOUN_PREPOSITIONS | _AUXILIARIES | RELATIVE_WORDS | PERSONAL_PRONOUNS | _OBJECT_PRONOUNS
                 | _JUDGEMENT_CLAUSE_OPENERS | NEGATORS | VERB_GROUP_ADVERBS | frozenset(["or", "nor", "if", "to"]))


# Words that open what follows a predicate and its object rather than continue it: a prepositional phrase or an
# infinitive ("for a team-lead role", "to run the branch", "than the others"), a relative or subordinate clause
# ("who only moved here", "until she is back"), a new subject ("confident he is ...") or a clause opener.
_COMPLEMENT_OPENERS = ((PREPOSITIONS - PARTICLES) | RELATIVE_WORDS | PERSONAL_PRONOUNS | _JUDGEMENT_CLAUSE_OPENERS
                       | frozenset(["if", "whether", "why", "how", "rather"]))


def _trimmed_extent(doc: _Doc, ruleset: RuleSet, j: int, extent: tuple[int, int],
                    cue: Callable[[int], bool]) -> tuple[int, int]:
    """The clauses ``extent`` of a remark on the phrase ending at token ``j``, its end cut back to the judgement
    predicate of its last clause (``_predicate_end``): the flag is the term and what is concluded from it, not the
    complement after the conclusion. The phrase itself when that clause holds no cue after it."""
    lo, hi = doc.bounds(extent[1])
    a = next(a for a, b in _sentence_clauses(doc, lo, hi) if a <= extent[1] <= b)
    first = max(a, j + 1)
    if first > extent[1] or (a <= j and doc.words[first] in RELATIVE_WORDS):
        return extent  # a relative clause right after the term belongs to its noun: "for someone who only moved here"
    return extent[0], _predicate_end(doc, j if a <= j else extent[1], range(first, extent[1] + 1), cue)


def _later_clause_age(kept: list[_Candidate], n: int, ruleset: RuleSet, doc: _Doc) -> int | None:
    """The first token of a flag of ``span: clause`` of the same category later in the sentence of ``kept[n]``
    ("Sam was 24 when she joined, and at 25 she is ..."): the judgement of that clause rests on its own age, not
    on the earlier one. None when there is none."""
    cand = kept[n]
    category = ruleset.rules[cand.rule].category
    hi = doc.bounds(bisect_left(doc.starts, cand.start))[1]
    for other in kept:
        if (other.start >= cand.end and ruleset.rules[other.rule].context.span == "clause"
                and ruleset.rules[other.rule].category == category):
            k = bisect_left(doc.starts, other.start)
            if k <= hi:
                return k
    return None


def _clause_remark(kept: list[_Candidate], n: int, ruleset: RuleSet, doc: _Doc) -> _Candidate | None:
    """The candidate ``kept[n]`` of a ``span: clause`` rule over the age phrase and the judgement predicate of its
    clause ("at 24 he is too green"), or None when another flag lies in that clause: the narrower flag names the
    term ("too young", "past it") and one term gets one flag."""
    cand = kept[n]
    i = bisect_left(doc.starts, cand.start)
    j = min(bisect_left(doc.ends, cand.end), len(doc.words) - 1)
    lo, hi = doc.bounds(i)
    clause_end = doc.ends[next(b for a, b in _sentence_clauses(doc, lo, hi) if a <= j <= b)]
    if any(m != n and other.start < clause_end and cand.start < other.end for m, other in enumerate(kept)):
        return None
    return _Candidate(cand.start, max(cand.end, doc.ends[_clause_predicate_end(doc, ruleset, i, j)]), cand.rule, cand.token)


def _fit_verdict(ruleset: RuleSet, other: _Candidate, cand: _Candidate) -> bool:
    """Is ``other`` a fit verdict (an affinity wording flag: 'not a good fit') after the characteristic ``cand``?
    In the clauses that judge the characteristic it is the judgement drawn from it, one remark with it."""
    rule = ruleset.rules[other.rule]
    return other.start >= cand.end and rule.category == "affinity" and rule.term_kind == "wording"


def _widen_to_judgement(kept: list[_Candidate], ruleset: RuleSet, doc: _Doc,
                        checker: _Checker | None = None) -> list[_Candidate]:
    """Flag the judgement, not the neighbouring fact. A characteristic mention whose rule needs a judgement (kind
    mention, judgement needed or linked) is widened over the clauses of the judgement beside it
    (``_judgement_extent``), up to the judgement predicate and its object, not the complement after it
    (``_trimmed_extent``: "pregnant again, so we have not enrolled her", not "... in the supervisor training"): the
    reader sees the term and what was concluded from it, which is where the bias lies (APA bias-free language: a
    characteristic is mentioned only when relevant; Bias Interrupters: the bias is in what is concluded). Not when the widened span would take in another flag, which already names
    the judgement or stands between, or a judgement another mention was widened over; a fit verdict after the
    characteristic is the judgement drawn from it and is taken in (``_fit_verdict``)."""
    out: list[_Candidate] = []
    widened: list[tuple[int, int]] = []
    taken: set[int] = set()
    for n, cand in enumerate(kept):
        if n in taken:
            continue
        rule = ruleset.rules[cand.rule]
        if rule.context.span in ("judgement", "clause"):
            if rule.category == "affinity" and _similarity_not_writers(cand, ruleset, doc):
                continue
            if rule.category == "age" and checker is not None and _age_only_praised(cand, kept, ruleset, doc, checker):
                continue
            if rule.context.span == "clause":
                clause = _clause_remark(kept, n, ruleset, doc)
                if clause is not None:
                    out.append(clause)
                continue
            later = _later_clause_age(kept, n, ruleset, doc)
            remark = _widen_remark(kept, n, ruleset, doc, widened, later)
            if remark is None and later is not None:
                continue  # the judgement is in the clause a later age opens, and that age's flag carries it
            if remark is not None:
                cand, absorbed = remark
                taken.update(absorbed)
                earlier = {id(kept[m]) for m in absorbed if m < n}
                if earlier:
                    out = [c for c in out if id(c) not in earlier]
                widened.append((cand.start, cand.end))
            out.append(cand)
            continue
        if rule.term_kind != "mention" or rule.context.judgement == "not_needed":
            out.append(cand)
            continue
        i = bisect_left(doc.starts, cand.start)
        j = bisect_left(doc.ends, cand.end)
        j = min(j, len(doc.words) - 1)
        extent = _judgement_extent(doc, ruleset, i, j)
        if extent is None:
            out.append(cand)
            continue
        lo = doc.bounds(i)[0]
        start = min(cand.start, doc.starts[extent[0]])
        full_end = max(cand.end, doc.ends[extent[1]])
        inside = [m for m, other in enumerate(kept) if m != n and other.start < full_end and start < other.end]
        # a fit verdict (an affinity wording flag) in the judging clauses after the mention is the judgement drawn
        # from it ("keeps the Sabbath, so she is not really a fit"): one remark, taken into the mention's flag
        verdicts = {m for m in inside if m not in taken and _fit_verdict(ruleset, kept[m], cand)}
        if len(verdicts) < len(inside) or any(a < full_end and start < b for a, b in widened):
            out.append(cand)  # decided on the whole judging clauses: trimming only shortens a widened flag
            continue
        extent = _trimmed_extent(doc, ruleset, j, extent, lambda k, lo=lo: _clause_cue(doc, ruleset, k, lo, True))
        end = max(cand.end, doc.ends[extent[1]], *(kept[m].end for m in verdicts))
        taken.update(verdicts)
        widened.append((start, end))
        out.append(_Candidate(start, end, cand.rule, cand.token))
    out.sort(key=lambda c: c.start)
    return out


def _age_only_praised(cand: _Candidate, kept: list[_Candidate], ruleset: RuleSet, doc: _Doc,
                      checker: _Checker) -> bool:
    """Is a stated age (a ``span: judgement`` age rule) told as a plain fact of a narrative, its sentence judging
    nothing but by a word of valence ("Derek turned 62 in March and celebrated with the team at the depot
    barbecue")? No cue of capacity, expectation, decision, doubt, cost or negation (``_clause_cue`` without
    valence) and no other age flag in its sentence, no comparison, cost or later doubt it frames
    (``_Checker._tied_by_form``), no judgement in the next sentence or before a ';' or ':'. An age is relevant
    to a judgement of capacity or place, not to an event told of the person (APA 7th ed., 5.3 Age)."""
    i = bisect_left(doc.starts, cand.start)
    j = min(bisect_left(doc.ends, cand.end), len(doc.words) - 1)
    lo, hi = doc.bounds(i)
    category = ruleset.rules[cand.rule].category
    if any(other is not cand and ruleset.rules[other.rule].category == category and doc.starts[lo] <= other.start
           and other.end <= doc.ends[hi] for other in kept):
        return False
    if any(_clause_cue(doc, ruleset, k, lo, False) for k in range(lo, hi + 1) if not i <= k <= j):
        return False
    if checker._allotted(i, j, lo, hi):
        return False  # a decision drawn from it: "He is 63, so we took Frank off the field team"
    return not (checker._tied_next(hi) or checker._tied_before(lo) or checker._tied_by_form(i, j, lo, hi))


def _similarity_not_writers(cand: _Candidate, ruleset: RuleSet, doc: _Doc) -> bool:
    """Is a similarity (a ``span: judgement`` affinity rule) not the writer's with the person evaluated? It is not
    when it is said of a served person ("The customer grew up in my hometown, so I asked about the new bypass": a
    served or outside noun, vocabularies `served_people`, `outsiders`, `outside_parties`, opens its clause, no
    he/she/I/we before it: "Our supplier's rep went to the same school as me"), of two others joined by 'and' with no
    I, we, me, my, us or our in its clause ("The new hire and the trainer went to the same university"), or of the
    writer with their kin ('as' and a kin noun right after it: "I went to the same college as my sister"). A
    similarity of the writer with the employee is affinity with or without a rating drawn from it ("He and I
    went to the same college."; evals/dev/README, affinity): it tells the reader the writer is in-group. A similarity
    with one who decides is the writer's side too ("She and the principal were sorority sisters", vocabulary
    `deciders`); a rule whose grounds are needed (RuleContext.grounds) also needs the co-member named in its clause
    (I, we, me, my, our, 'as us', a decider, or 'fellow' before it): "taught at the same school for 20 years" is hers."""
    words = doc.words
    i = bisect_left(doc.starts, cand.start)
    j = min(bisect_left(doc.ends, cand.end), len(words) - 1)
    lo, hi = doc.bounds(i)
    clauses = _sentence_clauses(doc, lo, hi)
    own = next(n for n, (a, b) in enumerate(clauses) if a <= i <= b)
    vocab = ruleset.vocabulary
    others = (vocab.get("served_people", frozenset()) | vocab.get("outsiders", frozenset())
              | vocab.get("outside_parties", frozenset()))
    opening = words[clauses[own][0]:i]
    if any(w in others for w in opening) and not any(w in ("he", "she", "i", "we") for w in opening):
        return True
    compared = next((k for k in range(i, min(j + 2, hi + 1)) if words[k] == "as"), None)
    if compared is not None and any(w in vocab.get("kin", frozenset()) for w in words[compared + 1:min(compared + 4, hi + 1)]):
        return True  # the writer's similarity with their kin: "I went to the same college as my sister"
    # the independent possessives name the writer too ("two roads over from mine": Quirk et al. 1985, 6.29)
    writer = ("i", "we", "me", "my", "us", "our", "myself", "mine", "ours")
    clause = words[clauses[own][0]:clauses[own][1] + 1]
    deciders = vocab.get("deciders", frozenset())
    kin = vocab.get("kin", frozenset())
    # the writer named in the phrase itself is the co-member: "caddied for my son", "plays in my band" (round 39),
    # "His dad and I" (round 41: the coordinated subject, split from its clause at 'and')
    if ruleset.rules[cand.rule].context.grounds and "fellow" not in words[max(lo, i - 4):i] and not any(
            w in ("my", "our", "i", "me") for w in words[i:j + 1]) and not any(
            (w in ("i", "we", "me", "myself", "my", "our", "mine", "ours") and not _kin_after(clause, n, kin)) or w in deciders
            or (w == "us" and n > 0 and clause[n - 1] in ("as", "like", "with")) for n, w in enumerate(clause)):
        return True  # a group of the person's own, shared with no one named: "taught at the same school for 20 years"
    # one of the two is someone who decides ("She and the principal were sorority sisters, so I trust her figures"):
    # the in-group is the evaluator's side all the same (vocabulary `deciders`)
    return "and" in opening and not any(w in writer for w in clause) and not any(w in deciders for w in opening)


def _kin_after(clause: list[str], n: int, kin: frozenset[str]) -> bool:
    """Is ``clause[n]`` (my, our) the possessive of a kin noun ('my own children', 'our son'): the writer's family,
    not the writer? A group they share with the person is a declared interest ("My own children are at the same
    school, so I stepped out of the panel"), not the writer's own membership."""
    if clause[n] not in ("my", "our"):
        return False
    rest = clause[n + 1:n + 3]
    return bool(rest) and (rest[0] in kin or (rest[0] == "own" and len(rest) > 1 and rest[1] in kin))


def _rapport(doc: _Doc, ruleset: RuleSet, k: int) -> bool:
    """Is token ``k`` a word of rapport drawn from a similarity (vocabulary `rapport`: "we clicked", "on the same
    wavelength"; `rapport_verbs` with their particle, I or we within four words before: "we get on", "we got
    along", "understood each other", "hit it off"; not "got on the bus")? Rapport is the consequence of the
    in-group a similarity opens, and belongs in its flag."""
    words = doc.words
    vocab = ruleset.vocabulary
    if words[k] in vocab.get("rapport", frozenset()):
        return True
    if words[k] not in vocab.get("rapport_verbs", frozenset()) or k + 1 >= len(words):
        return False
    nxt = words[k + 1]
    if not any(w in ("we", "i") for w in words[max(0, k - 4):k]):
        return False  # the writer and the person are the subject: "we get on", not "he got on the bus"
    if words[k] in ("understood", "understand", "understands"):
        return nxt in ("each", "one")
    if words[k] in ("hit", "hits"):
        return nxt == "it" and k + 2 < len(words) and words[k + 2] == "off"
    after = words[k + 2] if k + 2 <= doc.bounds(k)[1] else ""
    return nxt in ("on", "along") and not (after in DETERMINERS or after[:1].isdigit())  # "got on the 7:10 bus"


def _endorses(doc: _Doc, ruleset: RuleSet, k: int, lo: int) -> bool:
    """Is token ``k`` a word of endorsement (vocabulary `endorsements`: "so I trust her numbers") or a verdict of
    the writer (vocabulary `writer_verdicts` right after I or we: "so I know his work ethic"; "he knew where to
    park" is none)?"""
    word = doc.words[k]
    vocab = ruleset.vocabulary
    if word in vocab.get("endorsements", frozenset()):
        return True
    return word in vocab.get("writer_verdicts", frozenset()) and k > lo and doc.words[k - 1] in ("i", "we")


def _judging_clause_of(doc: _Doc, ruleset: RuleSet, cand: _Candidate) -> bool:
    """Does the clause of ``cand`` (``_sentence_clauses``) hold a cue of judgement (``_clause_cue`` without
    valence, vocabulary `endorsements`) outside ``cand`` itself?"""
    i = bisect_left(doc.starts, cand.start)
    j = min(bisect_left(doc.ends, cand.end), len(doc.words) - 1)
    lo, hi = doc.bounds(i)
    return any(a <= j and i <= b and any(_endorses(doc, ruleset, k, lo) or _clause_cue(doc, ruleset, k, lo, False)
                                         for k in range(a, b + 1) if not i <= k <= j)
               for a, b in _sentence_clauses(doc, lo, hi))


def _widen_remark(kept: list[_Candidate], n: int, ruleset: RuleSet, doc: _Doc, widened: list[tuple[int, int]],
                  until: int | None = None) -> tuple[_Candidate, set[int]] | None:
    """The candidate ``kept[n]`` of a ``span: judgement`` rule widened over its remark (``_remark_extent``), and
    the indexes of the flags of its category the remark takes in: a stated age and the age-coded judgement drawn
    from it are one remark, one flag ("He is 24 ..., so he is too young for the practice manager track"). None
    when it stays as it is: no clause judges, or the remark would take in a flag of another category, a span
    already widened, or a flag in a clause that judges by a cue of its own after a similarity (the consequence
    "so I knew you would be a great fit for the team" is a remark of its own; a similarity listed beside it, "and
    thinks just like me", is taken in). With ``until``, the remark ends before that token."""
    cand = kept[n]
    rule = ruleset.rules[cand.rule]
    i = bisect_left(doc.starts, cand.start)
    j = min(bisect_left(doc.ends, cand.end), len(doc.words) - 1)
    flagged = frozenset(k for m, other in enumerate(kept) if m != n and ruleset.rules[other.rule].category == rule.category
                        for k in range(bisect_left(doc.starts, other.start), bisect_left(doc.ends, other.end) + 1))
    affinity = rule.category == "affinity"
    extent = _remark_extent(doc, ruleset, i, j, not affinity, flagged, (False,) if affinity else (False, True),
                            endorsing=affinity, until=until)
    if extent is None:
        return None
    lo = doc.bounds(i)[0]
    full_end = max(cand.end, doc.ends[extent[1]])  # whether to widen is decided on the whole remark
    extent = _trimmed_extent(doc, ruleset, j, extent, lambda k: k in flagged or _clause_cue(doc, ruleset, k, lo, True) or (
        affinity and (_endorses(doc, ruleset, k, lo) or _rapport(doc, ruleset, k))))
    start = min(cand.start, doc.starts[extent[0]]) if extent[0] <= i else cand.start
    end = max(cand.end, doc.ends[extent[1]])
    absorbed: set[int] = set()
    for m, other in enumerate(kept):
        if m == n or not (other.start < full_end and start < other.end):
            continue
        if other.start < start or other.end > full_end:
            return None
        if ruleset.rules[other.rule].category != rule.category:
            if affinity or not _fit_verdict(ruleset, other, cand):
                return None
            end = max(end, other.end)  # the fit verdict drawn from the characteristic is part of the remark
        if affinity and _judging_clause_of(doc, ruleset, other):
            return None
        if other.start < end:
            absorbed.add(m)
    if any(a < full_end and start < b for a, b in widened):
        return None
    return _Candidate(start, end, cand.rule, cand.token), absorbed
