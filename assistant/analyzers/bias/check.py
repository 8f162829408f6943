"""check_bias: candidates from the rules, context checks, spans and the report."""

from __future__ import annotations

from bisect import bisect_left

from assistant.analyzers.bias.checker import (
    _Candidate,
    _Checker,
    _drop_redundant_mentions,
)
from assistant.analyzers.bias.doc import (
    _Doc,
)
from assistant.analyzers.bias.extents import (
    _widen_to_judgement,
)
from assistant.analyzers.bias.generic import (
    _DOUBLE_QUOTES,
)
from assistant.analyzers.bias.models import (
    SEVERITY_RANK,
    BiasFlag,
    BiasReport,
)
from assistant.analyzers.bias.quotes import (
    _drop_cited_terms,
    _drop_modifiers_of_flagged_nouns,
    _drop_quoted_mentions,
    _in_identifier,
)
from assistant.analyzers.bias.ruleset import (
    RuleSet,
    _gap_ok,
    _Phrase,
    load_rules,
)
from assistant.analyzers.rulecache import precompiled
from assistant.analyzers.rules import (
    drop_allowed,
)

_ARTICLE_FORMS = {"a": ("a", "an"), "an": ("an", "a")}  # the article's form follows the word inserted after it
_INSERT_GAP = precompiled(r"[^\S\n]+")  # an inserted word stands between spaces, never punctuation or a line break


def _phrase_end(doc: _Doc, i: int, words: tuple[str, ...], gaps: tuple[str, ...], skip: int,
                inserts: frozenset[str]) -> int:
    """Fixed phrases with an inserted degree or stance word: the phrase's last token read from token ``i``, or -1.

    ``skip`` > 0: the text holds one word of ``inserts`` before phrase word ``skip`` (the index found the phrase
    around it); 0: the words follow as listed, but a phrase of four or more words may take one such word before
    its word 3 or later ('not sure she is really a good fit'), only between spaces and only where the phrase has
    a space. An article before the inserted word takes its form ('an utterly blind eye' for 'a blind eye').
    """
    text_words = doc.words
    count = len(text_words)
    size = len(words)
    t = i
    inserted = skip > 0
    for k in range(1, size):
        t += 1
        if t >= count:
            return -1
        if k == skip:  # text_words[t] is the inserted word
            if (gaps[k - 1] != " " or not _INSERT_GAP.fullmatch(doc.gap(t)) or t + 1 >= count
                    or not _INSERT_GAP.fullmatch(doc.gap(t + 1))):
                return -1
            t += 1
            if text_words[t] != words[k]:
                return -1
            continue
        word = text_words[t]
        if word == words[k] and _gap_ok(gaps[k - 1], doc.gap(t)):
            continue
        following = text_words[t + 1] if t + 1 < count else ""
        if (word in _ARTICLE_FORMS and words[k] in _ARTICLE_FORMS and following in inserts
                and _gap_ok(gaps[k - 1], doc.gap(t))
                and (k + 1 == skip or (not inserted and k + 1 >= 3 and k + 1 < size))):
            continue
        if (not inserted and size >= 4 and k >= 3 and word in inserts and gaps[k - 1] == " "
                and following == words[k] and _INSERT_GAP.fullmatch(doc.gap(t))
                and _INSERT_GAP.fullmatch(doc.gap(t + 1))):
            inserted = True
            t += 1
            continue
        return -1
    return t


def _inserted_phrases(words: list[str], i: int, index3: dict, inserts: frozenset[str]) -> list[tuple]:
    """The phrases of three or more words read from token ``i`` with word ``i + 1`` or ``i + 2`` inserted: each
    as (words, gaps, rule, k), k the phrase word the inserted word stands before (_phrase_end checks the rest)."""
    out: list[tuple] = []
    if words[i + 1] in inserts:
        out.extend((*p, 1) for p in index3.get((words[i], words[i + 2], words[i + 3]), ()))
    if words[i + 2] in inserts:
        second = words[i + 1]
        for article in _ARTICLE_FORMS.get(second, (second,)):
            out.extend((*p, 2) for p in index3.get((words[i], article, words[i + 3]), ()))
    return out


def check_bias(text: str, rules: RuleSet | None = None) -> BiasReport:
    """Flag biased language in ``text``; pure and deterministic."""
    if not text:
        return BiasReport()
    ruleset = rules if rules is not None else load_rules(None)
    doc = _Doc(text)
    words = doc.words
    index, index2, index3 = ruleset._index, ruleset._index2, ruleset._index3
    count = len(words)
    candidates: list[_Candidate] = []
    checker: _Checker | None = None
    none: list[_Phrase] = []
    last_person: int | None = None  # last token of the last trait accepted as describing a person
    last_rule = -1  # and its rule: a licence word ('looks' before 'sharp') holds only within one rule
    inserts = ruleset.insertions
    inserted: list[_Candidate] = []  # read around an inserted word: a listed phrase of the same span wins
    for i, word in enumerate(words):
        phrases = index.get(word, none)
        if i + 1 < count:
            longer = index2.get((word, words[i + 1]))
            if longer:
                phrases = [*phrases, *longer]
            if i + 2 < count:
                longer = index3.get((word, words[i + 1], words[i + 2]))
                if longer:
                    phrases = [*phrases, *longer]
                # a phrase of three or more words with a degree or stance word inserted before its word 1 or 2
                if i + 3 < count and (words[i + 1] in inserts or words[i + 2] in inserts):
                    phrases = [*phrases, *_inserted_phrases(words, i, index3, inserts)]
        if not phrases:
            continue
        for phrase in phrases:
            phrase_words, phrase_gaps, phrase_rule = phrase[0], phrase[1], phrase[2]
            size = len(phrase_words)
            around = len(phrase) > 3  # read around an inserted word (_inserted_phrases)
            if around:
                j = _phrase_end(doc, i, phrase_words, phrase_gaps, phrase[3], inserts)
                if j < 0:
                    continue
            else:
                if i + size > count:
                    continue
                matched = True
                for offset in range(1, size):
                    if words[i + offset] != phrase_words[offset] or not _gap_ok(
                        phrase_gaps[offset - 1], doc.gap(i + offset)
                    ):
                        matched = False
                        break
                j = i + size - 1
                if not matched:
                    # 'not sure she is really a good fit': a longer phrase with an inserted word after its word 2
                    if size < 4 or offset < 3 or words[i + offset] not in inserts:
                        continue
                    j = _phrase_end(doc, i, phrase_words, phrase_gaps, 0, inserts)
                    if j < 0:
                        continue
                    around = True
            if checker is None:
                checker = _Checker(doc, ruleset)
            context = ruleset._contexts[phrase_rule]
            if checker.accepts(context, i, j):
                first = checker.simile_start(i, doc.bounds(i)[0]) if context.simile else i  # from 'like' / 'as'
                candidates.append(_Candidate(doc.starts[first], doc.ends[j], phrase_rule, i))
                if around:
                    inserted.append(candidates[-1])
                if context.describes == "person":
                    last_person, last_rule = j, phrase_rule
            elif (context.describes == "person"
                  and (not (context.needs_before or context.needs_after) or last_rule == phrase_rule)
                  and last_person is not None and checker.coordinated(last_person, i)
                  and not checker.age_of_thing(context, i, j)):
                # "bubbly with the patients and a bit feisty with the residents": the same subject
                candidates.append(_Candidate(doc.starts[i], doc.ends[j], phrase_rule))
                last_person = j
    if inserted:  # 'like a real lady' listed as such is not 'like a lady' with 'real' inserted
        around_ids = {id(c) for c in inserted}
        listed = {(c.start, c.end) for c in candidates if id(c) not in around_ids}
        candidates = [c for c in candidates if id(c) not in around_ids or (c.start, c.end) not in listed]
    if not candidates:
        return BiasReport()
    candidates.sort(
        key=lambda c: (c.start, -(c.end - c.start), SEVERITY_RANK[ruleset.rules[c.rule].severity], c.rule)
    )
    # Keep a candidate unless a kept one contains it or the same rule already covers part of it.
    # Candidates come by start, so the furthest kept end and each rule's last end decide (linear).
    kept: list[_Candidate] = []
    furthest = -1
    rule_end: dict[int, int] = {}
    for cand in candidates:
        if cand.end <= furthest or rule_end.get(cand.rule, -1) > cand.start:
            continue
        kept.append(cand)
        furthest = max(furthest, cand.end)
        rule_end[cand.rule] = max(rule_end.get(cand.rule, -1), cand.end)
    kept = _drop_redundant_mentions(kept, ruleset, doc)
    kept = _drop_cited_terms(kept, doc, ruleset)
    kept = _drop_quoted_mentions(kept, doc, ruleset.people)
    if "`" in text or "@" in text:
        kept = [c for c in kept if not _in_identifier(text, c.start, c.end)]
    if checker is not None and any(c in text for c in _DOUBLE_QUOTES):
        kept = [c for c in kept if not checker.quoted_example(bisect_left(doc.starts, c.start), c.start, c.end)]
    kept = _drop_modifiers_of_flagged_nouns(kept, ruleset, text)
    kept = drop_allowed(kept, ruleset.allow.spans(text))
    kept = _widen_to_judgement(kept, ruleset, doc, checker)
    flags = []
    for cand in kept:
        rule = ruleset.rules[cand.rule]
        flags.append(
            BiasFlag(
                start=cand.start,
                end=cand.end,
                text=text[cand.start : cand.end],
                category=rule.category,
                severity=rule.severity,
                rule=rule.id,
                explanation=rule.explanation,
                suggestion=rule.suggestion,
                source=rule.source,
                replacements=list(rule.replacements),
            )
        )
    return BiasReport(flags=flags)
