"""Answer: screen -> (follow-up to standalone) -> retrieve -> select -> check -> answer -> render.

Offline, the answer quotes the unit(s) that answer the question, best first, each with its
``[n]``. With a model configured, the model answers from the same passages (delimited as data);
its answer is kept only when every ``[n]`` points at a passage it was given, it invents no
number, date or name, and it passes the same sufficiency check as an offline answer; otherwise
the offline answer is shown with a notice.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, Field

from assistant.knowledge.markup import readable
from assistant.qa import render
from assistant.qa.approval import asks_approval, states_approval
from assistant.qa.check import (
    asked_actions,
    asked_for,
    asked_thing,
    asks_faq,
    asks_for_list,
    asks_lead_time,
    asks_outcome,
    asks_timing,
    asks_to_compare,
    asks_value,
    asks_yes_no,
    benefit_adjunct,
    conflicting,
    defers,
    enumerates,
    faq_question,
    holds,
    kind_named,
    lead_time_event,
    listed_set,
    missing_names,
    missing_thing,
    occasion_events,
    other_kind,
    other_rate,
    paraphrase_texts,
    paraphrased,
    partitive,
    quantity_kind,
    rules_on,
    rules_on_act,
    same_organisation,
    sibling_compound,
    states_lead_time,
    states_time_limit,
    thing_in_complement,
    thing_parts,
    value_head,
    value_of_other,
)
from assistant.qa.cohesion import with_tied
from assistant.qa.complete import complete
from assistant.qa.conjecture import stated_first
from assistant.qa.directive import with_rule
from assistant.qa.features import is_faq_pair, unit_features
from assistant.qa.focus import Question, analyse, focus_stems, matched, term_stems
from assistant.qa.followup import carried_part, standalone
from assistant.qa.list_run import with_list_run
from assistant.qa.models import Passage, PolicyAnswer, Turn, Unit, Verdict
from assistant.qa.retrieve import POOL, phrase_similarity, query_vector, retrieve, unit_vectors
from assistant.qa.room import refilled
from assistant.qa.screen import screen_question, validate
from assistant.qa.select import (
    UnitModel,
    bound_durations_only,
    definition_first,
    names_more_than_the_act,
    rank_units,
    rules_on_asked,
    rules_on_asked_thing,
    situation_first,
    states_duration,
)
from assistant.qa.title import asked_noun, is_title
from assistant.qa.value_forms import form_words_carried
from assistant.settings import Settings
from assistant.text import content_stems, has_number, sentences, words

Notify = Callable[[str], None]
Similarity = Callable[[str, Sequence[str]], Sequence[float]]  # a phrase's similarity to each of several phrases
CALIBRATION_FILE = Path(__file__).with_name("calibration.yaml")
ANSWER_PASSAGES = 3  # nearest passages listed with an abstention
THING_REACH = 12  # units (best first) searched for one naming the asked thing when the lead does not
_MARKER = re.compile(r"\[(\d+(?:\s*,\s*\d+)*)\]")
# A lead just under the gate answers when the embedder reads its sentence, under its heading, this close to the
# asking clause and closer than its rivals. Chosen on the tuning halves and the round-27/28 probes (answered leads
# 0.61-0.63, abstentions at most 0.51; their probabilities at least 0.43 of the gate, abstentions at most 0.15).
SENTENCE_SIMILARITY = 0.55
SENTENCE_FLOOR = 0.3  # ... and only a lead whose probability reaches this share of the gate
SENTENCE_RIVALS = 8  # the best valid units the lead's sentence is compared with
# One of those rivals, read closer to the asking clause than the lead, leads instead when the embedder reads it at
# least this close and its probability reaches this share of the gate (round 36, qagate36, on the tuning halves: at
# the lead's own 0.55 a rival answered a must-abstain question at 0.58, a parental-leave sentence for a sabbatical, and
# two answerable ones with topical sentences; the rival that answers reads 0.63: evals/probes/round36/README.qagate36.md)
RIVAL_SIMILARITY = 0.60
RIVAL_FLOOR = 0.18


@dataclass(frozen=True)
class Calibration:
    """The fitted unit scorer and the answerability gate (``calibration.yaml``)."""

    model: UnitModel
    threshold: float  # the lead unit's probability below this: abstain
    clause_threshold: float  # a further clause's best unit below this is not quoted
    extra_ratio: float  # further quotes reach this share of the lead's probability
    other_document_ratio: float = 1.0  # ... this share when they come from another document
    max_quotes: int = 3
    min_focus: float = 0.0  # the lead unit with its heading holds less of its clause's focus (IDF-weighted): abstain

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Calibration:
        gate = data["gate"]
        return cls(UnitModel.from_data(data["unit_model"]), float(gate["threshold"]),
                   float(gate["clause_threshold"]), float(gate["extra_ratio"]),
                   float(gate.get("other_document_ratio", 1.0)), int(gate.get("max_quotes", 3)),
                   float(gate.get("min_focus", 0.0)))


@lru_cache(maxsize=4)
def _load_calibration(path: str, mtime: float) -> Calibration:
    return Calibration.from_data(yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {})


def calibration() -> Calibration:
    """The calibrated scorer and gate (``calibration.yaml``)."""
    return _load_calibration(str(CALIBRATION_FILE), CALIBRATION_FILE.stat().st_mtime)


# --- check -----------------------------------------------------------------------------------------


def decide(asked: Question, units: Sequence[Unit], cal: Calibration,
           carried_names: Sequence[str] = (), similarity: Similarity | None = None) -> tuple[list[Unit], Verdict]:
    """The quotes that answer the question and the sufficiency verdict.

    ``units`` come best first (:func:`assistant.qa.select.score_units`). Only units whose passage
    (or document) mentions every name of the question may be quoted. The lead quote is the best
    of those; the question is answered only when its probability clears the calibrated threshold
    and it holds the kind of value its clause asks for (a number, duration, amount, percentage,
    date, role, permission). An ordinary-case table row answering in the column for the asked kind
    leads instead. Each other clause of the question then gets its own best unit, and units of the
    lead's document close to the lead fill up to ``max_quotes``; all from the lead's organisation
    unless the question compares. ``similarity`` (the embedder's phrase similarity) lets a unit name the
    asked thing in other words (:func:`assistant.qa.check.paraphrased`); without it every word must stand.
    """
    faq_answers = {key for u in units if (key := _answer_key(u)) is not None}
    asked_here = {key: u.text for u in units if (key := _answer_key(u)) is not None}
    units = answers_for_questions(units)
    if not units:
        return [], Verdict(False, "empty")
    wanted = list(dict.fromkeys([*asked.names, *carried_names]))
    pool = list({u.passage.id: u.passage for u in units}.values())
    unnamed = {p.id for p in pool if missing_names(wanted, p, pool)} if wanted else set()
    valid = [u for u in units if u.passage.id not in unnamed]
    if not valid:
        return [], Verdict(False, "names", missing_names(wanted, units[0].passage),
                           nearest=_distinct_passages(units))
    # A unit stating other rates than the one the question sets as its case speaks of other cases.
    valid = [u for u in valid if not other_rate(asked.text, u.text)] or valid[:0]
    if not valid:
        return [], Verdict(False, "relevance", nearest=_distinct_passages(units))
    # The asker's own case ("I've worked here for eight months") answers before a branch it falls outside.
    valid, outside = situation_first(asked.text, valid, lambda u: u.held[u.clause] and u.prob >= cal.threshold
                                     and (not u.focus_cover or u.focus_cover[u.clause] >= cal.min_focus))
    valid = definition_first(asked.text, valid, lambda u: u.held[u.clause] and u.prob >= cal.threshold
                             and (not u.focus_cover or u.focus_cover[u.clause] >= cal.min_focus))
    lead = valid[0]
    if lead.prob <= 0.0 or not lead.held[lead.clause]:  # no unit holds the kind of value asked for
        typed = next((c for c in asked.clauses if c.kind is not None), None)
        return [], Verdict(False, "answer_type", asked=asked_for(typed.kind, typed.text) if typed else None,
                           nearest=_distinct_passages(valid))
    if lead.focus_cover and lead.focus_cover[lead.clause] < cal.min_focus:
        # The best sentence does not say what the question asks about ("monthly premiums" answered
        # with a "monthly prompt").
        return [], Verdict(False, "focus", missing_terms=missing_words(asked, lead),
                           nearest=_distinct_passages(valid))
    if lead.prob < cal.threshold:
        stated = (sentence_lead(asked.clauses[lead.clause].text, valid, cal.threshold, similarity, cal.min_focus)
                  or lead_time_evidence(asked.clauses[lead.clause].text, valid, cal)
                  or approval_evidence(asked.clauses[lead.clause].text, valid, cal, similarity))
        if stated is None:
            return [], Verdict(False, "relevance", nearest=_distinct_passages(valid))
        valid = [stated, *(u for u in valid if u is not stated)]
        lead = stated
    # The quote must name the thing asked about ("bereavement leave", "dress code", "student loans"), not
    # only share its topic ("parental leave", "code of conduct", "help"): the best unit that does leads.
    head, modifiers = thing_parts(asked.clauses[lead.clause].text, asked.names)
    thing = head | modifiers
    thing_words = asked_thing(asked.clauses[lead.clause].text, asked.names) if thing and similarity else []

    by_source: dict[str, dict[str, str]] = {}
    for unit in units if thing else ():  # the retrieved text of each document: where a modifier may stand
        by_source.setdefault(unit.passage.source, {})[unit.passage.id] = unit.passage.text
    document_text = {source: "\n".join(texts.values()) for source, texts in by_source.items()}
    # a head naming a value of what its modifiers name ("sick leave entitlement") is covered by the modifiers
    asked_words = thing_words or (asked_thing(asked.clauses[lead.clause].text, asked.names) if modifiers else [])
    # ... as is the head of a thing read in a kind noun's complement ("the cap for college *tuition*": "college courses")
    optional = head if modifiers and (value_head(asked_words) or thing_in_complement(asked.clauses[lead.clause].text,
                                                                                     asked.names)) else frozenset()
    # ... and the words before the head of a partitive's whole ("how much of my *home* internet bill")
    if partitive(asked.clauses[lead.clause].text):
        optional = optional | modifiers
    # the one noun of a lead-time question ("how much *warning* should I give before ...") names the answer's
    # type: a unit stating a lead time ("5 business days before your leave") covers it
    lead_time = asks_lead_time(asked.clauses[lead.clause].text)
    answer_word = head if lead_time and not modifiers else frozenset()
    # what a benefit asked about is for ("my visa costs for a work *trip*"): the quote's document must name the head
    # of that adjunct, or the quote speaks of the thing on another occasion (overtime in the rules on paid time off)
    purpose = frozenset(focus_stems(adjunct[-1], asked.names)) \
        if thing and (adjunct := benefit_adjunct(asked.clauses[lead.clause].text, asked.names)) else frozenset()

    named_words = asked_words or (asked_thing(asked.clauses[lead.clause].text, asked.names) if thing else [])

    def absent_words(unit: Unit) -> tuple[str, frozenset[str]]:
        text = f"{unit.passage.context}\n{unit.text}"
        elsewhere = document_text.get(unit.passage.source, unit.passage.text)
        absent = missing_thing(thing, text, modifiers, elsewhere)
        if modifiers:  # a modifier found only elsewhere in the document, the unit naming another kind of the thing
            relaxed = missing_thing(thing, text) - absent
            if relaxed and other_kind(asked_words, relaxed, text, elsewhere):
                absent = absent | relaxed
        if absent and (absent <= optional or (absent <= answer_word and states_lead_time(unit.text))):
            absent = frozenset()
        if absent:  # a contact value asked by the word for its form ("phone number") given in that form
            absent = absent - form_words_carried(absent, thing, unit.text)
        if absent and named_words:  # the thing named by its own other word or a kind's ("probationary period")
            absent = absent - kind_named(named_words, absent, text)
        return text, absent

    found: dict[int, frozenset[str]] = {}
    # the event of an occasion the clause sets ("when a team member resigns"): the unit must name it (by its verb
    # or its event's noun, "resignation"), or its value is for another occasion
    occasion = occasion_events(asked.clauses[lead.clause].text)
    # the event a lead time is asked before ("how much notice ... before I take a week of vacation"): the unit must
    # name one of its words, or its lead time is for another event (a contract's renewal)
    event = lead_time_event(asked.clauses[lead.clause].text)

    def lacks(unit: Unit) -> frozenset[str]:
        if id(unit) not in found:
            text, absent = absent_words(unit)
            if absent and similarity is not None and (paraphrased(thing_words, absent, text, similarity)
                                                      or asks_faq(asked.text, _faq_of(unit, asked_here), similarity)):
                absent = frozenset()
            found[id(unit)] = absent | (occasion - matched(occasion, text))
            if event and not matched(event, text):
                found[id(unit)] |= event
            if purpose:
                found[id(unit)] |= purpose - matched(purpose, f"{text}\n{document_text.get(unit.passage.source, '')}")
        return found[id(unit)]

    index = lead.clause
    reach = [u for u in valid[:THING_REACH] if u.held[index] and u.probs[index] >= cal.threshold
             and u.focus_cover[index] >= cal.min_focus]
    if thing_words and similarity is not None and hasattr(similarity, "prime"):
        # the phrases of every unit that may be read against the asked thing, encoded in one call
        phrases: list[str] = []
        for unit in [lead, *reach] if absent_words(lead)[1] else ():
            text, absent = absent_words(unit)
            if absent:
                phrases += paraphrase_texts(thing_words, absent, text)
                if (faq := _faq_of(unit, asked_here)) is not None:
                    phrases += [asked.text, faq]
        if phrases:
            similarity.prime(phrases)
    if lacks(lead):
        carrier = next((u for u in reach if not lacks(u)), None)
        if carrier is None:
            absent = lacks(lead)
            shown = [w.lower() for w in words(asked.clauses[index].text) if term_stems(w) & absent]
            return [], Verdict(False, "focus", missing_terms=list(dict.fromkeys(shown)),
                               nearest=_distinct_passages(valid))
        lead = replace(carrier, clause=index, prob=carrier.probs[index])
        valid = [lead, *(u for u in valid if u is not carrier)]
    # A lead that is a bare title (a heading, a contents list's link text: title.is_title) names the topic and states
    # nothing of it: the best unit of the reach that is a statement naming the asked thing, its noun by its own word
    # (a "budget" named only in a title is not named by a sentence on the courses), leads, else not answered.
    if is_title(lead.text):
        noun = asked_noun(asked.clauses[index].text, asked.names)
        stater = next((u for u in reach if not is_title(u.text) and not lacks(u)
                       and (not noun or noun & term_stems(u.text))), None)
        if stater is None:
            return [], Verdict(False, "relevance", nearest=_distinct_passages(valid))
        lead = replace(stater, clause=index, prob=stater.probs[index])
        valid = [lead, *(u for u in valid if u is not stater)]
    # A lead that only says where the asked value is kept ("The password ... can be seen hanging around the office",
    # "Current rates are available on the intranet") does not give it (check.defers): the best unit of the reach
    # naming the asked thing's head by its own word ("pass" does not name a password) leads, else the question is
    # not answered.
    # (a web address asked and given is the value itself, not where it is kept)
    if asks_value(asked.clauses[index].text, asked.clauses[index].kind) and defers(lead.text, thing) \
            and not form_words_carried(thing, thing, lead.text):
        giver = next((u for u in reach if not defers(u.text, thing) and not lacks(u)
                      and (not head or head & term_stems(u.text))), None)
        if giver is None:
            return [], Verdict(False, "deferred", nearest=_distinct_passages([lead, *valid]))
        lead = replace(giver, clause=index, prob=giver.probs[index])
        valid = [lead, *(u for u in valid if u is not giver)]
    # A lead whose values of the asked kind all belong to another noun than the asked thing ("the first £100 of
    # treatment" for "how much tax", "Hack Week in June" for the Away Day's date: check.value_of_other) does not give
    # the asked value: the best unit of the reach that does leads, else the question is not answered.
    kind = asked.clauses[index].kind
    organisations = " ".join(sorted({u.passage.organisation or "" for u in units}))
    if value_of_other(lead.text, asked.clauses[index].text, kind, asked.names, organisations):
        giver = next((u for u in reach if not lacks(u) and not value_of_other(
            u.text, asked.clauses[index].text, kind, asked.names, organisations)), None)
        if giver is None:
            return [], Verdict(False, "answer_type", asked=asked_for(kind, asked.clauses[index].text),
                               nearest=_distinct_passages([lead, *valid]))
        lead = replace(giver, clause=index, prob=giver.probs[index])
        valid = [lead, *(u for u in valid if u is not giver)]
    # A compound of the question whose kind word the answering document never writes, where the quote names the
    # same thing of another kind ("pet insurance" beside "Health Insurance"), is not answered by it.
    document = "\n".join([lead.passage.context, *{u.passage.id: u.passage.text for u in units
                                                   if u.passage.source == lead.passage.source}.values()])
    kin = {u.passage.id: u.passage for u in valid if same_organisation(u.passage, lead.passage)}
    sibling = sibling_compound(asked.clauses[index].text, f"{lead.passage.context}\n{lead.text}", document,
                               asked.names, similarity,
                               "\n".join(f"{p.context}\n{p.text}" for p in kin.values()))
    if sibling is not None:
        return [], Verdict(False, "sibling", missing_terms=[sibling.asked], covered=list(sibling.covered),
                           nearest=_distinct_passages([lead, *valid]))
    compare = asks_to_compare(asked.text)
    same = [u for u in valid if id(u) not in outside and (compare or same_organisation(u.passage, lead.passage))]
    quotes = [lead]
    # A case the question names (a row or a "For the Support team," sentence for the asker's team)
    # answers before the general rule; a qualifier the documents never name is ignored.
    named = None if lead.asked_condition else next(
        (u for u in same if u.asked_condition and u.held[lead.clause] and u.probs[lead.clause] >= cal.threshold
         and u.focus_cover[lead.clause] >= cal.min_focus), None)
    if named is not None:
        quotes = [named, lead]
    # A question about how far ahead to act is answered by the sentence stating the lead time.
    elif lead_time and not states_lead_time(lead.text):
        ahead = next((u for u in same if u.passage.source == lead.passage.source and states_lead_time(u.text)
                      and u.focus_cover[lead.clause] >= cal.min_focus and _new_text(u, quotes)), None)
        if ahead is not None:
            quotes = [ahead, lead]
    # A question about a deadline or about acting late ("I forgot ... two months ago, can I still
    # ...?") is answered by the sentence stating the time limit, not one about the usual schedule.
    elif asks_timing(asked.text):
        limit = limit_of_asked_act(asked.text, lead, [
            u for u in same if u.passage.source == lead.passage.source and u.focus_cover[lead.clause] >= cal.min_focus
            and _new_text(u, quotes)])
        if limit is not None:
            quotes = [limit, lead]
    # Whether something is allowed, required or holds (a yes/no question) is answered by the sentence that
    # states the rule on the asked action ("360s should not be used as ..." for "Should managers use 360 results
    # ...?", "You do not need to get approval" for "Does my manager have to approve ...?"), not by a sentence that
    # only shares its topic: the best unit of the lead's organisation passing the gate with a modal on the asked
    # action, else of the lead's own document reaching the floor of a lead backed by other evidence with any rule on
    # it (select.rules_on_asked: a modal, a predicate of permission or obligation, a light verb's nominalisation).
    # A yes/no question no other unit rules on goes on to the branches below ("Is there a limit on how long ...?").
    elif (ruled := _ruling_unit(asked, lead, same, quotes, cal)) is not None:
        quotes = [ruled, lead]
    # "How long is X?" is answered by the sentence of the lead's document giving a length of time as X's value,
    # not by one whose only length bounds a case ("unpaid time of under three weeks", "more than ten days").
    elif asked.clauses[lead.clause].kind == "quantity" \
            and quantity_kind(asked.clauses[lead.clause].text) == "duration" and bound_durations_only(lead.text):
        stated = next((u for u in same if u.passage.source == lead.passage.source and u.held[lead.clause]
                       and states_duration(u.text) and u.probs[lead.clause] >= cal.threshold
                       and u.focus_cover[lead.clause] >= cal.min_focus and _new_text(u, quotes)), None)
        if stated is not None:
            quotes = [stated, lead]
    # A question asking for the kinds or members of a set ("What kinds of disciplinary action can ...?") is answered
    # by the sentence of the lead's document that enumerates them ("... any of the following: verbal warning, written
    # warning, ... and termination"), or by a list item quoted with its list, not by one that only names the set.
    elif (members := listed_set(asked.clauses[lead.clause].text)) and not lists_members(lead, members):
        listed = next((u for u in same if u.passage.source == lead.passage.source and lists_members(u, members)
                       and u.held[lead.clause] and u.probs[lead.clause] >= cal.threshold
                       and u.focus_cover[lead.clause] >= cal.min_focus and _new_text(u, quotes)), None)
        if listed is not None:
            quotes = [listed, lead]
    # A table about what is asked, in the column for the asked kind, answers the ordinary case
    # ("Situation: Standard; Minimum cadence: Monthly"): its row leads.
    table = next((u for u in same if u.table_answer and u.table_answer[lead.clause]
                  and u.probs[lead.clause] >= cal.threshold), None)
    if table is not None and len(quotes) == 1 and table is not lead and not lead.table_answer[lead.clause]:
        quotes = [table, lead]
    # What follows from a rule is told by the sentence after it: asked for an outcome, the lead's next unit joins.
    if asks_outcome(asked.text) and len(quotes) < cal.max_quotes:
        following = next_unit(lead, units)
        if following is not None and _new_text(following, quotes):
            quotes.insert(quotes.index(lead) + 1, following)
    # The other parts of the question: the best unit answering each clause the quotes leave open.
    for index in range(len(asked.clauses)):
        if index == lead.clause or len(quotes) >= cal.max_quotes:
            continue
        extra = max((u for u in same if u.held[index] and u.probs[index] >= cal.clause_threshold
                     and answers_part(asked, u, index, cal) and _new_text(u, quotes)),
                    key=lambda u: u.probs[index], default=None)
        if extra is not None:
            quotes.append(extra)
    # Then units scoring close to the lead (closer still when they come from another document).
    floor = max(cal.threshold, lead.prob * cal.extra_ratio)
    other_floor = max(cal.threshold, lead.prob * cal.other_document_ratio)
    for unit in same:
        if len(quotes) >= cal.max_quotes or unit.prob < floor:
            break
        if _faq_answer(lead, faq_answers) and _faq_answer(unit, faq_answers):
            continue  # the answer to the matching FAQ question, not another answer of the page
        if unit not in quotes and unit.held[unit.clause] and _new_text(unit, quotes) \
                and (unit.passage.source == lead.passage.source or unit.prob >= other_floor):
            quotes.append(unit)
    return quotes, Verdict(True)


def _ruling_unit(asked: Question, lead: Unit, same: Sequence[Unit], quotes: Sequence[Unit],
                 cal: Calibration) -> Unit | None:
    """The unit answering a permission or yes/no question in the lead's place, the first of ``same`` (best first)
    that is either

    * for a permission question whose lead puts no modal on the asked act (:func:`check.rules_on`): a unit of the
      lead's organisation passing the gate with a modal on it;
    * for a permission or yes/no question whose lead states no rule on the asked act nor on a thing the question
      names (:func:`select.rules_on_asked`, :func:`select.rules_on_asked_thing`): a unit of the lead's own document
      reaching the floor of a lead backed by other evidence (``SENTENCE_FLOOR`` of the gate) with a rule on the asked
      act that names more of the question than the act (:func:`select.names_more_than_the_act`)."""
    clause = asked.clauses[lead.clause]
    permission = clause.kind == "permission"
    actions = asked_actions(clause.text)
    modal = permission and not rules_on(lead.text, actions)
    ruling = (permission or asks_yes_no(clause.text)) and not rules_on_asked(lead.text, actions, future=False) \
        and not rules_on_asked_thing(lead.text, clause.text, future=False)
    if not (modal or ruling):
        return None
    index = lead.clause

    def rules(u: Unit, weak: bool) -> bool:
        return u is not lead and u.held[index] and (
            (modal and rules_on(u.text, actions) and u.probs[index] >= cal.threshold)
            or (ruling and u.passage.source == lead.passage.source
                and u.probs[index] >= cal.threshold * SENTENCE_FLOOR
                and rules_on_asked(u.text, actions, future=weak, polarity=weak)
                and names_more_than_the_act(u.text, clause.text))
        ) and u.focus_cover[index] >= cal.min_focus and _new_text(u, quotes)

    # a modal or a predicate of permission or obligation rules before a sentence whose only rule is a polarity adverb
    # (what holds: "not employed by") or a bare future "will" (what is to happen: "will receive")
    return next((u for u in same if rules(u, False)), None) or next((u for u in same if rules(u, True)), None)


def limit_of_asked_act(question: str, lead: Unit, candidates: Sequence[Unit]) -> Unit | None:
    """The unit that answers a deadline question ("By when do I have to *use* my parental leave?") in the lead's
    place: the first of ``candidates`` (best first) stating a time limit as a rule on the asked act ("You must
    *use* the PPL within a year of the child's birth", "*Appeals* must be submitted within 10 working days"),
    else, when the lead states no time limit, the first stating one. None when the lead already rules a time limit
    on the asked act, or no candidate does better.

    A lead's time limit on another act ("If you previously used FMLA within the past 12 months ...", "You must
    notify the CEO ... 60 days prior to ...") bounds that act, not the one asked about."""
    actions = asked_actions(question)
    limited = states_time_limit(lead.text)
    if limited and rules_on_act(lead.text, actions):
        return None
    stating = [u for u in candidates if u is not lead and states_time_limit(u.text)]
    ruled = next((u for u in stating if rules_on_act(u.text, actions)), None)
    if ruled is not None or limited:
        return ruled
    return next(iter(stating), None)


def sentence_evidence(clause: str, valid: Sequence[Unit], threshold: float,
                      similarity: Similarity | None) -> bool:
    """Whether the lead (``valid[0]``) that the scorer puts under the gate still answers ``clause``: its
    probability reaches ``SENTENCE_FLOOR`` of the gate, and the embedder reads its sentence under its heading as at
    least ``SENTENCE_SIMILARITY`` close to the asking clause alone (the scorer reads the whole question, the asker's
    situation with it) and as the closest of the best valid units holding the asked kind of value."""
    return bool(valid) and sentence_lead(clause, valid, threshold, similarity) is valid[0]


def sentence_lead(clause: str, valid: Sequence[Unit], threshold: float, similarity: Similarity | None,
                  min_focus: float = 0.0) -> Unit | None:
    """The unit that answers ``clause`` when the scorer puts its lead (``valid[0]``) under the gate, by a
    sentence-level semantic match: among the best valid units (``SENTENCE_RIVALS``) holding the asked kind of value,
    the one the embedder reads, sentence under its heading, as closest to the asking clause alone (the scorer reads
    the whole question, the asker's situation with it). The lead itself answers when it is at least
    ``SENTENCE_SIMILARITY`` close and reaches ``SENTENCE_FLOOR`` of the gate (round 27); a unit the scorer ranks
    below it leads instead when it is of the lead's clause, covers the question's focus (``min_focus``), is at least
    ``RIVAL_SIMILARITY`` close and reaches ``RIVAL_FLOOR`` of the gate: the page's sentence in other words than the
    question's ("nursery costs" / "Daycare for your children"), which the scorer's topical features under-read. A
    closer unit under its floor gives no evidence; the named-thing and answer-type checks after the gate still apply
    to the unit returned. None without an embedder or evidence."""
    lead = valid[0] if valid else None
    if similarity is None or lead is None:
        return None
    index = lead.clause
    floor = threshold * SENTENCE_FLOOR
    candidates = [lead, *(u for u in valid[1:SENTENCE_RIVALS] if u.held[index])]
    if lead.probs[index] < floor and not any(u.probs[index] >= threshold * RIVAL_FLOOR for u in candidates[1:]):
        # no sentence to find: nothing to encode
        return None
    scores = similarity(clause, [f"{u.passage.context}\n{u.text}" for u in candidates])
    best = max(range(len(candidates)), key=lambda i: (scores[i], -i))
    unit = candidates[best]
    if scores[best] < (RIVAL_SIMILARITY if best else SENTENCE_SIMILARITY) or unit.probs[index] < (threshold * RIVAL_FLOOR if best else floor):
        return None
    if best and (unit.clause != index or (unit.focus_cover and unit.focus_cover[index] < min_focus)):
        return None
    return unit


def lead_time_evidence(clause: str, valid: Sequence[Unit], cal: Calibration) -> Unit | None:
    """The unit that answers a lead-time question ("how far in advance should I ...", "how much notice ...") the
    scorer puts under the gate: among the best valid units (``SENTENCE_RIVALS``), the first whose probability reaches
    ``SENTENCE_FLOOR`` of the gate, holding the asked kind of value, that states a lead time by its grammar (a span
    of time units before an event or as notice: :func:`assistant.qa.check.states_lead_time`, "at least one month
    ahead of time", "30 days of notice"). The asked kind of value in its own construction is the sentence-level
    evidence the scorer's topical match lacks when the page names the event in other words ("holiday" for "leave",
    "resignation" for "voluntary departure"); the thing and event checks after the gate still apply. None when the
    clause asks no lead time or no such unit is found."""
    if not asks_lead_time(clause) or not valid:
        return None
    index = valid[0].clause
    floor = cal.threshold * SENTENCE_FLOOR
    return next((u for u in valid[:SENTENCE_RIVALS] if u.held[index] and u.probs[index] >= floor
                 and (not u.focus_cover or u.focus_cover[index] >= cal.min_focus) and states_lead_time(u.text)), None)


def approval_evidence(clause: str, valid: Sequence[Unit], cal: Calibration,
                      similarity: Similarity | None = None) -> Unit | None:
    """The unit that answers a question asking whether, or from whom, approval is needed ("Do I need sign-off before
    booking ...?", "Whose sign-off do I need ...?") when the scorer puts its lead under the gate (round 37,
    qarefuse37): among the best valid units (``SENTENCE_RIVALS``) holding the asked kind of value, reaching
    ``SENTENCE_FLOOR`` of the gate and covering the question's focus (``min_focus``), those that state an approval
    in any of its words (:func:`assistant.qa.approval.states_approval`: "authorisation from a Director", "must be
    approved and signed by"); of these the one the embedder reads, sentence under its heading, closest to the asking
    clause (the first without an embedder). The approval asked in the page's own words is the sentence-level evidence
    the scorer's topical match lacks ("sign-off" / "authorisation"); the named-thing checks after the gate still
    apply. None when the clause asks no approval (:func:`assistant.qa.approval.asks_approval`) or no unit states one."""
    if not valid or not asks_approval(clause):
        return None
    index = valid[0].clause
    floor = cal.threshold * SENTENCE_FLOOR
    found = [u for u in valid[:SENTENCE_RIVALS] if u.held[index] and u.probs[index] >= floor
             and (not u.focus_cover or u.focus_cover[index] >= cal.min_focus) and states_approval(u.text)]
    if len(found) < 2 or similarity is None:
        return found[0] if found else None
    scores = similarity(clause, [f"{u.passage.context}\n{u.text}" for u in found])
    return found[max(range(len(found)), key=lambda i: (scores[i], -i))]


MAX_LIST_WORDS = 120  # a list longer than this is quoted item by item
# ... and, for a question that does not ask for a list, a list longer than this: the items of one list are the
# coordinated members of one sentence (its lead-in), quoted as that sentence while it stays within the length of
# a long sentence, not as one member torn from the others (an item alone drops the conditions or amounts beside it)
ITEM_LIST_WORDS = 60
LIST_GAP = 2  # further sentences of one item between two items of the list


def next_unit(unit: Unit, units: Sequence[Unit]) -> Unit | None:
    """The unit right after ``unit`` in its passage, when retrieved."""
    return next((u for u in units if u.passage.id == unit.passage.id and u.position == unit.position + 1), None)


def lead_in(first: str, second: str) -> str:
    """The lead-in two list items share ("You will need to submit the following paperwork. An
    original ..." / "... paperwork. A copy ..."): their common opening up to a sentence end or colon."""
    shared = 0
    for a, b in zip(first, second, strict=False):
        if a != b:
            break
        shared += 1
    head = first[:shared]
    cut = max(head.rfind(". "), head.rfind(": "))
    return head[: cut + 1] if cut > 0 and len(head[: cut + 1].split()) >= 4 else ""


def whole_list(unit: Unit, limit: int = MAX_LIST_WORDS) -> Unit:
    """A quoted list item becomes its whole list: the lead-in once, then every item of its passage that shares it, when
    that is at most ``limit`` words (``MAX_LIST_WORDS`` for a question asking for several things, "what documents do I
    have to submit?"; ``ITEM_LIST_WORDS`` for any other); else the item as it is."""
    items = unit.passage.units
    position = unit.position
    if not 0 <= position < len(items) or items[position] != unit.text:
        return unit
    reach = range(position - LIST_GAP - 1, position + LIST_GAP + 2)
    neighbours = [items[i] for i in sorted(reach, key=lambda i: abs(i - position)) if i != position and 0 <= i < len(items)]
    shared = next((h for n in neighbours if (h := lead_in(unit.text, n))), "")
    if not shared:
        return unit
    members = [position]
    for step in (-1, 1):  # outwards; an item's own further sentences ("Your supervisor can ...") are skipped
        at = position
        while True:
            nxt = next((i for i in range(at + step, at + step * (LIST_GAP + 2), step)
                        if 0 <= i < len(items) and items[i].startswith(shared)), None)
            if nxt is None:
                break
            members.append(nxt)
            at = nxt
    # an item with no word (a numbered line the chunker left empty: "4") says nothing
    parts = [part for i in sorted(members) if (part := items[i][len(shared):].strip().rstrip(".;:"))
             and re.search(r"[^\W\d_]", part)]
    text = f"{shared} {'; '.join(parts)}."
    return replace(unit, text=text) if len(text.split()) <= limit else unit


def lists_members(unit: Unit, members: frozenset[str]) -> bool:
    """Whether a unit lists the members of the set ``members`` names (:func:`assistant.qa.check.listed_set`): an
    enumeration naming the set before it (:func:`assistant.qa.check.enumerates`), or a lead-in quoted with its items
    (:func:`with_items`) or a list item quoted with its whole list (:func:`whole_list`) whose lead-in names it."""
    if enumerates(unit.text, members):
        return True
    if with_items(unit) is unit and whole_list(unit) is unit:
        return False
    return bool(content_stems(unit.text.partition(": ")[0]) & members)


def merged_lists(quotes: Sequence[Unit]) -> list[Unit]:
    """Quotes with the items of one list (one passage, a lead-in they share) quoted as that list once, in the place of
    the first of them: its whole list (:func:`whole_list`) when short enough, else the lead-in once with the quoted
    items after it, in the list's order."""
    out: list[Unit] = []
    for unit in quotes:
        if any(_holds_quote(q, unit) for q in out):
            continue
        shared = next((h for other in quotes if other is not unit and other.passage.id == unit.passage.id
                       and (h := lead_in(unit.text, other.text))), "")
        if not shared or not _is_item(unit):  # no list, or a list already quoted as one
            out.append(unit)
            continue
        whole = whole_list(unit)
        if whole is unit:
            items = sorted({q.position: q for q in quotes if q.passage.id == unit.passage.id and _is_item(q)
                            and q.text.startswith(shared)}.values(), key=lambda q: q.position)
            parts = [q.text[len(shared):].strip().rstrip(".;:") for q in items]
            whole = replace(unit, text=f"{shared} {'; '.join(p for p in parts if p)}.")
        out.append(whole)
    return out


def _is_item(unit: Unit) -> bool:
    """Whether a quote is its passage's unit as written (not a list already put together from several)."""
    items = unit.passage.units
    return 0 <= unit.position < len(items) and items[unit.position] == unit.text


LEAD_IN_ITEMS = 8  # the most items a quoted lead-in takes with it
_BULLET_LINE = re.compile(r"^\s{0,12}(?:[-*+\u2022]|\d{1,3}[.)])\s+(.*\S)\s*$", re.MULTILINE)
_SENTENCE_END = re.compile(r"[.!?][\s*_\"'\u201d\u2019)]*$")


def _outer_lead_in(first: str, second: str) -> str:
    """The lead-in two units of one list share up to its colon ("These spaces include: "), or ""."""
    shared = 0
    for a, b in zip(first, second, strict=False):
        if a != b:
            break
        shared += 1
    cut = first[:shared].rfind(": ")
    return first[: cut + 2] if cut > 0 else ""


def with_items(unit: Unit) -> Unit:
    """A quoted lead-in, a unit ending in a colon ("Contact methods:", "In the form under type select:"), says
    nothing by itself: it is quoted with the items that follow it, the list lines after it in its passage (a
    lead-in the unit shares with them set aside), up to the next lead-in, at most ``LEAD_IN_ITEMS`` of them and
    ``MAX_LIST_WORDS`` in all, and, when its first item is a fragment, up to the first full sentence (the
    list it belongs to going on). Any other unit is quoted as it is."""
    items = unit.passage.units
    position = unit.position
    if not unit.text.rstrip().endswith(":") or not 0 <= position < len(items) or items[position] != unit.text:
        return unit
    listed = set(_BULLET_LINE.findall(unit.passage.text))
    taken: list[str] = []
    fragments = False
    for text in items[position + 1: position + 1 + LEAD_IN_ITEMS]:
        outer = _outer_lead_in(unit.text, text)
        body = text[len(outer):].strip() if outer else text
        if body not in listed or body.endswith(":"):
            break
        sentence = _SENTENCE_END.search(body) is not None
        if not taken:
            fragments = not sentence
        elif fragments and sentence:
            break
        if len(" ".join([unit.text, *taken, body]).split()) > MAX_LIST_WORDS:
            break
        taken.append(body)
    if not taken:
        return unit
    return replace(unit, text=f"{unit.text} {'; '.join(t.rstrip('.;, ') for t in taken)}.")


def _holds_quote(whole: Unit, unit: Unit) -> bool:
    """Whether ``whole``'s text already says ``unit``'s: holds it, or, in one passage, holds what it says after the
    lead-in they share (an item of the list ``whole`` is quoted with)."""
    if unit.text.casefold() in whole.text.casefold():
        return True
    if whole.passage.id != unit.passage.id:
        return False
    body = unit.text[len(_outer_lead_in(unit.text, whole.text)):].strip().rstrip(".;:")  # the list joins with "; "
    return bool(body) and body.casefold() in whole.text.casefold()


def distinct_quotes(quotes: Sequence[Unit]) -> list[Unit]:
    """Quotes less any whose text another quote already says (two items of one list, one quoted with the list),
    in the order of the first of them."""
    out: list[Unit] = []
    for unit in quotes:
        if any(_holds_quote(q, unit) for q in out):
            continue
        held = [q for q in out if _holds_quote(unit, q)]
        if held:  # it says what earlier quotes say and more: it takes the first one's place
            at = out.index(held[0])
            out = [q for q in out[:at] if q not in held] + [unit] + [q for q in out[at:] if q not in held]
        else:
            out.append(unit)
    return out


def is_bare_question(text: str) -> bool:
    """A unit that only asks (a FAQ's "Q: ...?" line without its answer): it never answers. A unit
    that opens with a statement and ends with the questions it prompts ("Time-Bound: Set a realistic
    end date. • What is the deadline?") states its answer first: it is no bare question, nor is a question of a list
    under a stating lead-in ("Requests go by email to the board, answering the following questions: What ...?")."""
    def asks(sentence: str) -> bool:
        return sentence.rstrip(" *_\"'”’)").endswith("?")

    if not asks(text):
        return False
    opening = sentences(readable(text))
    if not opening:
        return True
    # a list of questions under a stating lead-in ("... by sending an email to ... answering the following
    # questions: What is the exact course ...?") states its answer in the lead-in, as lead_in() reads one
    lead, colon, _ = opening[0].partition(": ")
    if colon and not asks(lead) and len(lead.split()) >= 4:
        return False
    return asks(opening[0])


def answers_for_questions(units: Sequence[Unit]) -> list[Unit]:
    """The units best first, each bare question (a FAQ "Q: ...?" line the chunker could not pair)
    replaced by the unit that follows it in its passage, the answer to THAT question, which takes the
    question's place when the question scored higher; a question with no answer after it is dropped."""
    at = {(u.passage.id, u.position): u for u in units}
    lifted: dict[tuple[str, int], Unit] = {}
    for unit in units:
        if not is_bare_question(unit.text):
            continue
        follower = at.get((unit.passage.id, unit.position + 1))
        if follower is None or is_bare_question(follower.text):
            continue
        key = (follower.passage.id, follower.position)
        base = lifted.get(key, follower)
        probs = [max(a, q) if held else 0.0
                 for a, q, held in zip(base.probs, unit.probs, base.held, strict=True)]
        if probs and max(probs) > base.prob:
            clause = max(range(len(probs)), key=probs.__getitem__)
            lifted[key] = replace(base, probs=probs, clause=clause, prob=probs[clause], score=probs[clause])
    out = [lifted.get((u.passage.id, u.position), u) for u in units if not is_bare_question(u.text)]
    return sorted(out, key=lambda u: -u.prob) if lifted else out


def _answer_key(unit: Unit) -> tuple[str, int] | None:
    """The key of the unit answering ``unit`` when ``unit`` is a bare FAQ question, else None."""
    if not is_bare_question(unit.text):
        return None
    return unit.passage.id, unit.position + 1


def _faq_of(unit: Unit, asked_here: dict[tuple[str, int], str]) -> str | None:
    """The FAQ question ``unit`` answers: the bare question before it (``asked_here``, by the answer's key),
    the question of its own question + answer pair, or its heading when that asks one
    ("FAQ > Q. Does Sourcegraph match my 401k?")."""
    before = asked_here.get((unit.passage.id, unit.position))
    if before is not None:
        return faq_question(readable(before))
    if is_faq_pair(unit.text):
        return faq_question(unit.text.partition("?")[0] + "?")
    return faq_question(re.split(r" > | — ", unit.passage.context)[-1])


def _faq_answer(unit: Unit, answers: set[tuple[str, int]]) -> bool:
    """Whether a unit is the answer to a FAQ question: a question + answer pair, or the unit after a bare question."""
    return (unit.passage.id, unit.position) in answers or is_faq_pair(unit.text)


SKIP_MEASURES = frozenset(term_stems("minute minutes hour hours day days week weeks month months year years time "
                                     "times percent"))


def answers_part(asked: Question, unit: Unit, index: int, cal: Calibration) -> bool:
    """Whether a unit may answer a further part of a compound question: it passes the gate a lead
    must pass for that part (the part's own focus, IDF-weighted, at least ``min_focus`` in the unit
    with its heading) and shares with the part more than a measure word ("weeks", "days")."""
    if not unit.focus_cover or unit.focus_cover[index] < cal.min_focus:
        return False
    focus = asked.clauses[index].focus
    found = matched(focus, f"{unit.passage.context}\n{unit.text}")
    return bool(found - SKIP_MEASURES) or not (focus - SKIP_MEASURES)


def missing_words(asked: Question, unit: Unit) -> list[str]:
    """The words of the question's asking clause whose focus stems neither the unit nor its heading hold."""
    clause = asked.clauses[unit.clause]
    absent = clause.focus - matched(clause.focus, f"{unit.passage.context}\n{unit.text}")
    shown = [w for w in words(clause.text) if term_stems(w) & absent]
    return list(dict.fromkeys(w.lower() for w in shown))


def _new_text(unit: Unit, quotes: Sequence[Unit]) -> bool:
    text = unit.text.casefold()
    return all(text not in q.text.casefold() and q.text.casefold() not in text for q in quotes)


def _distinct_passages(units: Sequence[Unit], limit: int = ANSWER_PASSAGES) -> list[Unit]:
    seen: set[str] = set()
    out: list[Unit] = []
    for unit in units:
        if unit.passage.id not in seen:
            seen.add(unit.passage.id)
            out.append(unit)
        if len(out) >= limit:
            break
    return out


SAME_SUBJECT = 0.5  # share of content words two quotes must share (numbers aside) to be about one thing


def same_subject(a: str, b: str) -> bool:
    """Whether two quotes say something about the same thing: most of their content words (numbers
    and units of measure aside) are shared ("reported within three calendar days" / "... business days")."""
    left, right = (content_stems(re.sub(r"\d[\d,.]*", " ", t)) for t in (a, b))
    if not left or not right:
        return False
    return len(left & right) / len(left | right) >= SAME_SUBJECT


def find_conflict(quotes: list[Unit], units: Sequence[Unit], cal: Calibration) -> list[Unit]:
    """Quotes with, when two passages give different values for the same measure, both of them."""
    lead = quotes[0]
    for other in units[:12]:
        if other.passage.id == lead.passage.id or other.prob < max(cal.threshold, lead.prob * cal.extra_ratio):
            continue
        if conflicting(lead.text, other.text) and same_subject(lead.text, other.text):
            if other not in quotes:
                quotes = [lead, other, *[q for q in quotes[1:] if q is not other]][: cal.max_quotes]
            return quotes
    return []


# --- the model path ---------------------------------------------------------------------------------


class _ModelAnswer(BaseModel):
    """What the model returns for a policy question."""

    answered: bool = Field(description="false when the passages do not answer the question")
    answer: str = Field(description="the answer, every sentence ending with [n] citation markers")


def delimit(text: str) -> str:
    """Make data unable to close or open our delimiting tags."""
    return text.replace("<", "&lt;").replace(">", "&gt;")


def format_passages(passages: Sequence[Passage], texts: Sequence[str]) -> str:
    """Passages as numbered, delimited data blocks for the model, with source and date."""
    blocks = []
    for i, (passage, text) in enumerate(zip(passages, texts, strict=False), 1):
        section = f' section="{delimit(passage.section)}"' if passage.section else ""
        date = f' date="{delimit(passage.effective_date)}"' if passage.effective_date else ""
        blocks.append(f'<passage id="{i}" source="{delimit(passage.source)}"{section}{date}>\n'
                      f"{delimit(text)}\n</passage>")
    return "\n\n".join(blocks)


def check_markers(answer: str, passage_count: int) -> str | None:
    """Why an answer's ``[n]`` markers are unacceptable, or None when they are valid."""
    ids = [int(n) for group in _MARKER.findall(answer) for n in re.split(r"\s*,\s*", group)]
    if not ids:
        return "it cites no passage"
    wrong = sorted({n for n in ids if not 1 <= n <= passage_count})
    if wrong:
        return f"it cites {', '.join(f'[{n}]' for n in wrong)}, which {'was' if len(wrong) == 1 else 'were'} not given"
    return None


def _cited(answer: str) -> list[int]:
    order: dict[int, None] = {}
    for group in _MARKER.findall(answer):
        for n in re.split(r"\s*,\s*", group):
            order.setdefault(int(n), None)
    return list(order)


def _renumber(answer: str, passages: Sequence[Passage]) -> tuple[str, list[Any]]:
    """Renumber markers to the passages actually cited, in order of first citation."""
    order = {n: i for i, n in enumerate(_cited(answer), 1)}

    def repl(m: re.Match[str]) -> str:
        return "".join(f"[{order[int(n)]}]" for n in re.split(r"\s*,\s*", m.group(1)))

    citations = [render.citation(passages[n - 1]) for n in order]
    return _MARKER.sub(repl, answer), citations


def model_check(question: str, answer: str, passages: Sequence[Passage], carried: Sequence[str] = ()) -> str | None:
    """The sufficiency check on a model's answer: why it is not acceptable, or None."""
    cited = [passages[n - 1] for n in _cited(answer) if 1 <= n <= len(passages)]
    asked = analyse(question)
    wanted = list(dict.fromkeys([*asked.names, *carried]))
    for passage in cited:
        missing = missing_names(wanted, passage)
        if missing:
            return f"it cites a passage that does not mention {', '.join(missing)}"
    clause = next((c for c in asked.clauses if c.kind is not None), None)
    if clause is not None and not holds(clause.kind, re.sub(_MARKER, "", answer), clause.text):
        return f"it does not give {asked_for(clause.kind, clause.text)}"
    organisations = {p.organisation.casefold() for p in cited if p.organisation}
    if len(organisations) > 1 and not asks_to_compare(question):
        return "it mixes the policies of different organisations"
    return None


def _llm_answer(question: str, passages: Sequence[Passage], settings: Settings, notices: list[str],
                carried: Sequence[str], llm: Any, deadline: float | None = None) -> PolicyAnswer | None:
    """The model's grounded answer, or None (with a notice) when it fails or is rejected."""
    from assistant.analyzers.fidelity import check_fidelity
    from assistant.llm.provider import LLMError
    from assistant.llm.tokens import fit_to_budget

    try:
        prompt = llm.prompt("policy_answer", {"question", "passages"})
        texts = fit_to_budget([p.text for p in passages], settings.context_token_budget, llm.counter)
        given = list(passages[: len(texts)])
        reply = llm.structured(prompt, _ModelAnswer, task="answer", deadline=deadline, question=delimit(question),
                               passages=format_passages(given, texts))
    except LLMError as exc:
        notices.append(f"LLM unavailable: {exc}; extractive answer shown.")
        return None
    if not reply.answered or not reply.answer.strip():
        nearest = [render.citation(p) for p in passages[:ANSWER_PASSAGES]]
        return PolicyAnswer(answered=False, answer=render.NOT_COVERED, citations=nearest, mode="llm",
                            notices=notices, question=question)
    problem = check_markers(reply.answer, len(given))
    if problem is None:
        fidelity = check_fidelity(reply.answer, [question, *texts])
        if not fidelity.ok:
            problem = fidelity.describe()
    if problem is None:
        problem = model_check(question, reply.answer, given, carried)
    if problem is not None:
        notices.append(f"LLM answer rejected: {problem}; extractive answer shown.")
        return None
    text, citations = _renumber(reply.answer.strip(), given)
    return PolicyAnswer(answered=True, answer=text, citations=citations, mode="llm", notices=notices,
                        question=question)


# --- the whole flow ------------------------------------------------------------------------------


def answer(question: str, settings: Settings, notify: Notify | None = None,
           history: Sequence[Turn] | None = None, model: Any = None) -> PolicyAnswer:
    """Answer ``question`` from the indexed documents, or abstain (``answered=False``).

    ``history`` holds the earlier turns of a conversation: a follow-up ("and what if they are on
    leave?") is made standalone first. ``model``: an :class:`assistant.llm.models.ChatModel`; None
    means the one ``settings`` names. Raises :class:`~assistant.qa.screen.QuestionError` for an
    empty or oversized question and :class:`~assistant.knowledge.IndexEmptyError` when there is
    no index to read.
    """
    from assistant.llm.provider import get_llm

    question = validate(question, settings.max_input_chars)
    refusal = screen_question(question)
    if refusal is not None:
        text = render.INSTRUCTION if refusal == "instruction" else render.OFF_TOPIC
        return PolicyAnswer(answered=False, answer=text, question=question)
    notices: list[str] = []
    llm = get_llm(settings, model)
    deadline = llm.deadline() if llm is not None else None  # one total deadline for the request's model calls
    asked = standalone(question, list(history or []), settings, notices, llm, deadline)
    passages = retrieve(asked.query, settings, k=POOL, question_names=analyse(asked.question).names)
    vectors = unit_vectors(passages, settings) if passages else {}
    q_vector = query_vector(asked.query, settings) if passages else None
    result, quotes, units = respond(asked.question, asked.display, passages, vectors, q_vector, calibration(),
                                    asked.carried_names, phrase_similarity(settings) if passages else None)
    result.notices = notices
    if result.answered and llm is not None:
        # The model reads the passages of the offline quotes, then the best retrieved passages that hold
        # a quotable unit (a passage that only addresses the assistant is never offered).
        quotable = {u.passage.id for u in units}
        model_passages = list(dict.fromkeys([*(u.passage.id for u in quotes),
                                             *(p_.id for p_ in passages if p_.id in quotable)]))
        by_id = {p_.id: p_ for p_ in passages}
        llm_result = _llm_answer(asked.question, [by_id[i] for i in model_passages][:5], settings, notices,
                                 asked.carried_names, llm, deadline)
        if llm_result is not None:
            llm_result.question = asked.display
            return llm_result
    return result


def respond(question: str, display: str, passages: Sequence[Passage], vectors: dict[tuple[str, int], Any],
            q_vector: Any, cal: Calibration, carried_names: Sequence[str] = (),
            similarity: Similarity | None = None) -> tuple[PolicyAnswer, list[Unit], list[Unit]]:
    """The offline answer (or abstention) from retrieved passages: score, check, quote, render.
    Also returns the quotes and the scored units (for the model path)."""
    asked = analyse(question)
    units, x = unit_features(asked, passages, vectors, q_vector)
    return conclude(asked, display, units, x, cal, carried_names, similarity)


def conclude(asked: Question, display: str, units: list[Unit], x: Any, cal: Calibration,
             carried_names: Sequence[str] = (), similarity: Similarity | None = None
             ) -> tuple[PolicyAnswer, list[Unit], list[Unit]]:
    """Rank the units with the calibrated model, check sufficiency, and render the answer."""
    units = rank_units(units, cal.model.probabilities(x)) if units else []
    quotes, verdict = decide(asked, units, cal, carried_names, similarity)
    chosen, quotes = quotes, merged_lists(quotes)
    if verdict.ok and len(asked.clauses) == 1 and quotes:  # a list quoted once leaves room (room.py)
        quotes = refilled(chosen, quotes, units, cal.max_quotes,
                          max(cal.threshold, max(u.prob for u in chosen) * cal.extra_ratio), _holds_quote,
                          lambda u: not is_bare_question(u.text) and not is_faq_pair(u.text))
    uncovered: list[str] = []
    if len(asked.clauses) > 1 and units:
        quotes, verdict, uncovered = by_parts(asked, units, cal, quotes, verdict, carried_names, similarity)
        quotes = merged_lists(quotes)
    if verdict.ok:
        quotes = complete(quotes, [u for u in units if not is_bare_question(u.text)], cal.max_quotes,
                          [c.kind for c in asked.clauses])
        if len(asked.clauses) == 1 and asked.clauses[0].kind in (None, "permission"):
            # a question on the asker's own act (not one asking for a value) quotes a rule for the asker (directive.py)
            clause = asked.clauses[0].text
            quotes = with_rule(quotes, units, clause, asked.text, asked_actions(clause), cal.max_quotes,
                               cal.min_focus, cal.extra_ratio)
        quotes = [whole_list(q) if asks_for_list(asked.clauses[q.clause].text) else whole_list(q, ITEM_LIST_WORDS)
                  for q in quotes]
        # a phrase item of a list under a label line, quoted as that list (list_run.py)
        quotes = [with_list_run(q, MAX_LIST_WORDS if asks_for_list(asked.clauses[q.clause].text) else ITEM_LIST_WORDS)
                  for q in quotes]
        # a conjecture ("Maybe X will die ...") as the lead: a statement on the same thing first (conjecture.py)
        quotes = stated_first(quotes, units, asked.clauses[quotes[0].clause].focus if quotes else frozenset(), matched,
                              cal.threshold, cal.max_quotes)
    if not verdict.ok:
        nearest = [render.citation(u.passage) for u in (verdict.nearest or _distinct_passages(units))]
        return (PolicyAnswer(answered=False, answer=render.abstention(verdict), citations=nearest,
                             question=display), [], units)
    conflict = find_conflict(quotes, units, cal)
    # each quote with its lead-in's items, or with the sentence of its paragraph tied to it (cohesion.py)
    shown = distinct_quotes([with_tied(with_items(q)) for q in conflict or quotes])
    text, citations = render.quoted_answer(shown, bool(conflict), uncovered)
    return (PolicyAnswer(answered=True, answer=text, citations=citations, mode="offline", question=display,
                         conflict=bool(conflict)), conflict or quotes, units)


# --- questions that ask two things -------------------------------------------------------------------


def part_question(asked: Question, units: Sequence[Unit], index: int) -> tuple[Question, list[Unit]]:
    """The question read as its ``index``-th part alone (with the scene and the names of the whole question),
    and copies of the units scored for that part only, best first."""
    part = asked.clauses[index]
    text = carried_part(part.text, asked.clauses[0].text, len(part.focus)) if index else part.text
    if text != part.text:  # "..., and which tool runs them?": the first part's topic, as a follow-up carries it
        read = analyse(text)
        part = replace(part, focus=part.focus | read.focus)
    sub = replace(asked, text=f"{asked.context} {text}".strip(), asking=part.text, clauses=[part])

    def only(values: list[Any]) -> list[Any]:
        return [values[index]] if len(values) > index else []

    scored = [replace(u, probs=only(u.probs), held=only(u.held), focus_cover=only(u.focus_cover),
                      table_answer=only(u.table_answer), attach=only(u.attach), scores=only(u.scores), clause=0,
                      prob=u.probs[index], score=u.probs[index]) for u in units]
    return sub, sorted(scored, key=lambda u: (-u.prob, u.passage.rank, u.position))


def by_parts(asked: Question, units: Sequence[Unit], cal: Calibration, quotes: list[Unit], verdict: Verdict,
             carried_names: Sequence[str] = (), similarity: Similarity | None = None
             ) -> tuple[list[Unit], Verdict, list[str]]:
    """A question that asks two things, each part checked for sufficiency on its own: the quotes, the verdict
    and the text of each part no document answers.

    Whole question answered: its quotes, with the lead of each part they lack; a part is named as not covered
    only when it fails alone and none of those quotes answers it. Whole question not answered, some parts
    answered: only those parts' quotes, and the others named as not covered. No part answered: an abstention."""
    original = {(u.passage.id, u.position): u for u in units}
    answered: list[list[Unit]] = []
    failed: list[tuple[int, str]] = []
    for index, part in enumerate(asked.clauses):
        sub, scored = part_question(asked, units, index)
        part_quotes, part_verdict = decide(sub, scored, cal, carried_names, similarity)
        anchor = part_quotes[0] if part_verdict.ok else quotes[0] if verdict.ok else None
        given = part_quotes if part_verdict.ok else [u for u in quotes if u.held[index]
                                                     and u.probs[index] >= cal.threshold]
        own = part_own_words(asked, index, sub.clauses[0].focus)
        pick = None if anchor is None else part_pick(own[0], own[1], scored, given, anchor, cal)
        if pick is not None and not (part.kind == "quantity" and has_number(pick.text)):
            pick = None  # only a how-many/how-long part, by a sentence stating a number: a who/when part's words
            # are often the topic both parts share ("who decides on an accommodation request, and how long ...")
        if pick is not None:
            part_quotes = [pick, *(u for u in part_quotes if u is not pick)]
            part_verdict = Verdict(True)
        if part_verdict.ok:
            answered.append([original[(u.passage.id, u.position)] for u in part_quotes])
        else:
            failed.append((index, part.text))
    if not answered:
        return [], verdict if not verdict.ok else Verdict(False, "relevance", nearest=_distinct_passages(units)), []
    if verdict.ok:  # the whole question's words are covered: a quote holding the part's kind of value answers it
        uncovered = [text for index, text in failed
                     if not any(u.held[index] and u.probs[index] >= cal.threshold for u in quotes)]
        leads = [found[0] for found in answered if found[0] not in quotes and _new_text(found[0], quotes)]
        kept = quotes[:max(1, cal.max_quotes - len(leads))]
        return [*kept, *leads], verdict, uncovered
    uncovered = [text for _, text in failed]
    kept: list[Unit] = []
    for found in answered:  # each answered part's lead first, then its other quotes
        kept += [u for u in found[:1] if u not in kept and _new_text(u, kept)]
    for found in answered:
        kept += [u for u in found[1:] if len(kept) < cal.max_quotes and u not in kept and _new_text(u, kept)]
    return kept, Verdict(True), uncovered


def part_own_words(asked: Question, index: int, focus: frozenset[str] | set[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The thing words only the ``index``-th part asks about (its focus less the other parts'), and those only the
    other parts ask about: "how soon is my request *received*" against "how long can the *decision* take"."""
    others = frozenset().union(*(c.focus for i, c in enumerate(asked.clauses) if i != index))
    return frozenset(focus) - others, others - frozenset(focus)


def part_pick(own: frozenset[str], others: frozenset[str], scored: Sequence[Unit], given: Sequence[Unit],
              anchor: Unit, cal: Calibration) -> Unit | None:
    """The sentence of the anchor's document that answers a part better than ``given`` (the part's quotes): it holds
    the part's kind of value and one of the part's own thing words at least, and more of them, less the other parts',
    than any of them and than none (``scored`` hold the part's probabilities, best first). None when no sentence does.

    The scorer reads the whole question, so a sentence on the topic the parts share, or on the other part's thing,
    can outscore the one naming this part's thing with its value ("every 7 years" for "at least 7 years"); a
    sentence still needs the floor a lead backed by other evidence needs (``SENTENCE_FLOOR`` of the gate)."""
    if not own:
        return None

    def named(unit: Unit) -> int:
        return len(matched(own, unit.text)) - len(matched(others, unit.text))

    best = max([0, *(named(u) for u in given)])
    floor = cal.threshold * SENTENCE_FLOOR
    return next((u for u in sorted(scored, key=lambda u: -named(u))
                 if named(u) > best and matched(own, u.text) and u.held[0] and u.prob >= floor
                 and u.focus_cover[0] >= cal.min_focus and u.passage.source == anchor.passage.source), None)
