"""Each sentence's function: situation, behaviour, impact, next step, praise or criticism."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import islice

from assistant.analyzers.feedback.absolutes import (
    Hit,
)
from assistant.analyzers.feedback.acts import (
    _ACT_CUE,
    _ADVERB_BEFORE_NEGATION,
    _AVERTING_CONDITION,
    _EARLIER,
    _NEGATED_BEFORE,
    _NEGATIVE_OBJECT_AFTER,
    _OWNED_WORK_SUBJECT,
    _POSSESSIVE_WORDS,
    _act_of,
    _averted_burden,
    _before_entrance,
    _concrete_act,
    _cost_to_others,
    _credits_person,
    _declined,
    _first_act,
    _generic,
    _judged_make,
    _lesser_harm,
    _loss_denied,
    _past_state,
    _persons_own,
    _problem_ended,
    _problem_then_solved,
    _requested,
    _restraint,
    _situation_met,
    _task_left_undone,
    _unspecific,
    _valence_negated,
    negation_scope,
)
from assistant.analyzers.feedback.burden import burden_caused, mishap_result
from assistant.analyzers.feedback.concession import (
    conceded_quality,
    fragment_turn_denies,
    granted_before_turn,
    praise_fragment,
)
from assistant.analyzers.feedback.criticism import (
    _CONTRAST,
    _FEW_BEFORE,
    _GRATEFUL_HYPERBOLE,
    _HEAD_AFTER,
    _HYPOTHETICAL,
    _IMPERATIVE_NEGATION,
    _INVITATION,
    _ONLY_COUNT_BEFORE,
    _PROHIBITING,
    _READINESS,
    _TOO_GOOD_TO,
    _UNREPORTED,
    _YOUR_BEFORE,
    _about_someone_else,
    _below_standard,
    _clause_start,
    _gap_request,
    _needs_prompting,
    _no_better,
    _others_own,
    _problem_measure_at_best,
    _prohibits,
    _unwelcome_act,
)
from assistant.analyzers.feedback.draft import (
    _YOU_BEFORE,
    _Draft,
    _Person,
)
from assistant.analyzers.feedback.effects import (
    _own_lot_cue,
)
from assistant.analyzers.feedback.exclusive import singled_out_fault
from assistant.analyzers.feedback.harsh import (
    _told_criticism,
    good_rank,
)
from assistant.analyzers.feedback.impact import (
    _LATER,
    _WRITER_AT_A_LOSS,
    _averted_in_clause,
    _condition_denied,
    _counterfactual_at,
    _counterfactual_condition,
    _hoped_effect,
    _past_perfect,
    _remedied_subject,
    _writer_not_observing,
    _writer_trouble,
)
from assistant.analyzers.feedback.praise import (
    _GERUND_RESULTS,
    _TURN,
    _accomplishment,
    _gerund_benefit,
    non_evaluative_praise,
)
from assistant.analyzers.feedback.problems import (
    _AUXILIARY_BEFORE,
    _AVERTED,
    _AVERTED_PASSIVE,
    _BARE_NOT,
    _CONCEDED_PROBLEMS,
    _FAREWELL,
    _NOT_JUST,
    _REDUCED_AFTER,
    _REDUCED_HEAD_AFTER,
    _REVIEW_FORM_NOT,
    _THING_SUBJECT,
    _benefit_is_persons,
    _conceded,
    _deficient,
    _degree_or_lack,
    _denied_quality,
    _fewer_than_compared,
    _found_by_person,
    _found_problem_absent,
    _modifies_others,
    _other_party_relative,
    _owned_by_person,
    _past_habit,
    _persons_fault_set_right_by_other,
    _problem_change,
    _problem_held_off,
    _problem_kept_away,
    _problem_taken_back,
    _remedied,
    _remedied_in_relative,
    _rest_break,
    _served_relative,
    _since_persons_act,
    _told_of_problem,
    _topic_of_message,
)
from assistant.analyzers.feedback.rules import (
    _FEWER_WISHED,
    _NEEDS_WORK,
    _SEE_RESULT,
    _SHORTFALL,
    Cue,
    FeedbackRules,
)
from assistant.analyzers.feedback.savings import (
    _acts_in,
    _antecedent_of_act,
    _contact_relative,
    _directive_before_act,
    _identifying_relative,
    _party_sequence_before_act,
    _said_by_person,
    _success_idiom,
)
from assistant.analyzers.feedback.spans import (
    _NAME_BEFORE,
    _PERSON_REF,
    _PROBLEM_NOUN,
    _attributed,
    _litotes,
    person_takes_forever,
)
from assistant.analyzers.feedback.steps import (
    _CONDITION_LINKS,
    _NOTHING_TO_ADD,
    _QUESTION_END,
    _STEP_CUE,
    DO_WHAT_YOU_DO,
    _bare_demand_at,
    _by_sentence,
    _contrastive_not,
    _degree_demand,
    _exhortation,
    _first_by_sentence,
    _named,
    _others_compared,
    _others_unable,
    _quality_demand,
    _Sentence,
    _step_clause,
    _step_for_another,
)
from assistant.analyzers.feedback.traits import (
    _covers,
    _in_hardship,
    _setting_clauses,
)
from assistant.analyzers.valence import lexicon
from assistant.text import (
    quoted_spans,
    wordset,
)

# Verbs of judgement (Levin 1993, 33 "judgment verbs"): the writer judges the person "for" an act of theirs ("I can't
# thank you enough for holding my hand", "I want to praise you for staying late"), so what follows is the person's act.
_JUDGEMENT_VERBS = wordset(
    """thank thanked praise praised commend commended compliment complimented congratulate congratulated applaud
    applauded salute saluted reward rewarded blame blamed fault faulted reproach reproached scold scolded"""
)


_WORD_RUN = re.compile(r"\S+")


def _at_most_words(text: str, start: int, end: int, most: int) -> bool:
    """Whether ``text[start:end]`` holds at most ``most`` words (as ``str.split`` counts them), reading no further
    than the word past ``most``: a check run at every negator of a long sentence stays linear."""
    return sum(1 for _ in islice(_WORD_RUN.finditer(text, start, end), most + 1)) <= most


def _met_by_person(draft: _Draft, rules: FeedbackRules, sentence: int, pos: int, person: _Person) -> bool:
    """The problem at ``pos`` is one the person met: in what they found, the topic of a message or picture, or what
    others were spared."""
    return _found_by_person(draft, sentence, pos, person) or _topic_of_message(draft, sentence, pos) \
        or _spared_burden(draft, rules, sentence, pos, person)


def _spared_burden(draft: _Draft, rules: FeedbackRules, sentence: int, pos: int, person: _Person) -> bool:
    """The problem at ``pos`` is in what another party was spared: after a negated "have to", "need to" of theirs in
    the same clause, however far on ("the morning crew did not have to pull any of the mislabelled cartons off the
    trucks"), or in a verbless phrase after it ("did not have to report them as missing"); the person's own ("You did
    not have to shout at ...") is not (``_averted_burden``)."""
    start = next((c.start for c in reversed(draft.parsed[sentence]) if c.start <= pos and c.subject_words), None)
    return start is not None and any(_averted_burden(draft, sentence, n, person)
                                     for n in draft.matches(rules, rules.negators, start, pos))


def _writer_judging(draft: _Draft, sentence: int, pos: int) -> bool:
    """The clause at ``pos`` is the writer's verb of judgement (see above), whose "for" phrase names the person's act."""
    c = draft.clause_at(sentence, pos)
    return c is not None and c.main_verb in _JUDGEMENT_VERBS



_OPENING_QUOTE = re.compile(r"[\"“‘]\s*\Z")


def _quoted_utterance(text: str, s: int, pos: int) -> bool:
    """The step found at ``pos`` opens a quotation that the sentence's own words introduce (a sign "saying, ...",
    someone who "said ..."): words quoted inside the writer's account, not the writer's request."""
    lead = text[s:pos + 1] if pos < len(text) and text[pos] in "\"“‘" else text[s:pos]
    quote = _OPENING_QUOTE.search(lead)
    return quote is not None and re.search(r"[A-Za-z]{2}", lead[:quote.start()]) is not None \
        and re.search(r"[,:]\s*\Z|\b(?:say|says|said|saying|read|reads|reading|ask|asks|asked|tell|tells|told|"
                      r"shout|shouted|yell|yelled|write|writes|wrote)\s*\Z", lead[:quote.start()]) is not None


def _classify(draft: _Draft, rules: FeedbackRules, hits: list[Hit]) -> list[_Sentence]:
    text = draft.text
    out: list[_Sentence] = []
    trait_starts = sorted(m.start() for _, m in hits)
    absolute_starts = {m.start() for rule, m in hits if rule.kind == "absolute"}
    firsts: list[dict[str, tuple[Cue, re.Match[str]]]] = [{} for _ in draft.sentences]
    second_person = draft.second_person
    dependent = rules.dependent_cues
    for cue, part, addressed in rules.independent_cues:
        if addressed and not second_person:
            continue
        for i, m in _first_by_sentence(draft, rules, cue.pattern):
            current = firsts[i].get(part)
            if current is None or m.start() < current[1].start():
                firsts[i][part] = (cue, m)
    # A dependent cue ("an action on a named occasion") runs only in the sentences that have the part
    # it needs and lack its own, after every independent cue.
    for i, (s, e) in enumerate(draft.sentences):
        for cue in dependent:
            if cue.rule.needs in firsts[i] and cue.part not in firsts[i]:
                m = next((m for m in draft.matches(rules, cue.pattern, s, e) if m.group().strip()), None)
                if m is not None:
                    firsts[i][cue.part] = (cue, m)
    demands: set[int] = set()
    person = draft.person
    harsh_spans = sorted((m.start(), m.end()) for rule, m in hits if rule.kind == "harsh")
    for i, (s, e) in enumerate(draft.sentences):
        if "behavior" in firsts[i] and "situation" not in firsts[i] and _generic(rules, text, s, e):
            del firsts[i]["behavior"]  # "He consistently delivered high-quality work": a habit, no occasion
        if "behavior" in firsts[i] and "situation" not in firsts[i] and _unspecific(rules, draft, i):
            del firsts[i]["behavior"]  # "You handled the complaints professionally": an evaluation, nothing observable
        if "behavior" in firsts[i] and _judged_make(draft, i, firsts[i]["behavior"][1].start()):
            del firsts[i]["behavior"]  # "... and you made the lift shack a happier place": a verdict on its state
        if "behavior" not in firsts[i] and (act := _concrete_act(rules, draft, i, person)) is not None \
                and (m := _ACT_CUE.pattern.match(text, act.start, act.end)) is not None:
            firsts[i]["behavior"] = (_ACT_CUE, m)  # "He handled it well and moved the launch forward a week"
        if "behavior" not in firsts[i] and "situation" in firsts[i] \
                and (act := _restraint(rules, draft, i, person)) is not None \
                and (m := _ACT_CUE.pattern.match(text, act.start, act.end)) is not None:
            firsts[i]["behavior"] = (_ACT_CUE, m)  # "You never lost your temper during the negotiation on Monday"
        if "behavior" in firsts[i] and _writer_not_observing(draft, i, firsts[i]["behavior"][1].start()) \
                and not _writer_judging(draft, i, firsts[i]["behavior"][1].start()):
            del firsts[i]["behavior"]  # "I've been meaning to talk to you", "I've seen you operate at Senior level"
        if "behavior" in firsts[i] and _identifying_relative(rules, draft, i, firsts[i]["behavior"][1].start(),
                                                             harsh_spans):
            del firsts[i]["behavior"]  # "That panel you wired is garbage": the act only says which panel is judged
        if "behavior" in firsts[i] and _success_idiom(text, firsts[i]["behavior"][1]):
            del firsts[i]["behavior"]  # "You nailed it yesterday": an idiom of success, no act named
        if "next_step" in firsts[i] and rules.bare_demand is not None and _bare_demand_at(
                draft, rules, i, firsts[i]["next_step"][1].start()):
            del firsts[i]["next_step"]  # "Please improve your attendance.": a desired result, not a step
            demands.add(i)  # ... but a demand for a better result is still developmental
        if "next_step" in firsts[i] and (m := draft.search(rules, _SEE_RESULT, firsts[i]["next_step"][1].start(),
                                                                          min(e, firsts[i]["next_step"][1].start() + 200))) \
                and m.start() - firsts[i]["next_step"][1].start() < 40:
            del firsts[i]["next_step"]  # "I'd like to see a real change": a result wished for, no act asked
        if "next_step" in firsts[i] and DO_WHAT_YOU_DO.match(text, firsts[i]["next_step"][1].start(), e):
            del firsts[i]["next_step"]  # "keep doing what you're doing, just a bit better": the act is the pro-verb
            # 'do' and its object a free relative of 'do' again, so no act is named (a later clause may still be one)
        if "next_step" not in firsts[i]:
            step = _step_clause(draft, rules, i)
            if step is None:  # "You must not give out patients' numbers": a prohibition is a step too
                step = next((c for n in draft.matches(rules, rules.negators, s, e)
                             if n.group().lower().replace("’", "'") in _PROHIBITING
                             and _prohibits(text, n, negation_scope(draft, n.end(), e), s)
                             and (c := draft.clause_at(i, n.start())) is not None), None)
            if step is not None and (m := _STEP_CUE.pattern.match(text, step.start, step.end)) is not None:
                firsts[i]["next_step"] = (_STEP_CUE, m)
            elif step is None and (gap := _gap_request(rules, draft, i)) is not None and gap.re is not _FEWER_WISHED \
                    and (m := _STEP_CUE.pattern.match(text, gap.start(), e)) is not None:
                firsts[i]["next_step"] = (_STEP_CUE, m)  # "It would help if she checked the totals first": the step
            elif step is None and (g := _gerund_benefit(text, s, e)) is not None \
                    and g.group("gerund").lower() not in _GERUND_RESULTS \
                    and (m := _STEP_CUE.pattern.match(text, g.start("gerund"), e)) is not None:
                firsts[i]["next_step"] = (_STEP_CUE, m)  # "Adding a summary at the front could make it easier to read"
            elif step is None and (_exhortation(draft, rules, s, e) or _quality_demand(draft, s, e)
                                   or _degree_demand(draft, s, e) or (
                    rules.bare_demand is not None and rules.bare_demand.fullmatch(text, s, e))):
                demands.add(i)  # "Show more initiative", "Work on your phone manner.": still developmental
        if "next_step" in firsts[i] and _quoted_utterance(text, s, firsts[i]["next_step"][1].start()):
            del firsts[i]["next_step"]  # '... a sign on that door saying, "Please use other door."': a quoted sign or
            # someone's words inside the writer's account, no request of the writer's to the person
        if "next_step" in firsts[i] and (other := _step_for_another(draft, rules, i)) is not None:
            del firsts[i]["next_step"]  # "I will raise it with the ward manager", "Quotes have to be accurate from now on"
            if other in ("result", "hope"):
                demands.add(i)  # ... a better state demanded or hoped for is still developmental
        if "impact" in firsts[i] and _QUESTION_END.search(text, s, e):
            del firsts[i]["impact"]  # "Can we talk about what the team decided?": a question reports no result
        elif "impact" in firsts[i] and (c := draft.clause_at(i, firsts[i]["impact"][1].start())) is not None \
                and _past_perfect(c) and not _LATER.search(text, s, c.end):
            del firsts[i]["impact"]  # "The client had complained about the old process before": the background
        elif "impact" in firsts[i] and (c := draft.clause_at(i, firsts[i]["impact"][1].start())) is not None \
                and _antecedent_of_act(person, c, _acts_in(draft, person, i)):
            del firsts[i]["impact"]  # "When the system went down, you took the orders by phone": the act's setting
        elif "impact" in firsts[i] and _party_sequence_before_act(draft, person, i, firsts[i]["impact"][1].start()):
            del firsts[i]["impact"]  # "When the inspector visited, she asked to see the charts": another party's setting
        elif "impact" in firsts[i] and _hoped_effect(text, s, firsts[i]["impact"][1].start()):
            del firsts[i]["impact"]  # "I hope it will help the block cut its waste": an effect wished for, not had
        elif "impact" in firsts[i] and _contact_relative(draft, person, i, firsts[i]["impact"][1].start()):
            del firsts[i]["impact"]  # "You rewrote it and kept the tone they asked for": which tone, not an effect
        elif "impact" in firsts[i] and _own_lot_cue(draft, person, firsts[i]["impact"][1]):
            del firsts[i]["impact"]  # "and it is hurting his review": the person's own lot, not an effect on others
        elif "impact" in firsts[i] and (_directive_before_act(draft, person, i, firsts[i]["impact"][1].start())
                                        or _said_by_person(draft, person, i, firsts[i]["impact"][1].start())):
            del firsts[i]["impact"]  # "the sales team asked you to reorder the toner, and you had not ...", "you told
            # her it was cancelled": what was asked of the person, or what the person said, not an effect of the act
    # a praise word's use that evaluates nothing ("as well as", "well behind", "you prepared the packs", "a dedicated
    # truck") is no praise (praise.non_evaluative_praise)
    praise_by = [[m for m in found if not non_evaluative_praise(text, m)]
                 for found in _by_sentence(draft, rules, rules.praise)]
    critical_by = _by_sentence(draft, rules, rules.critical)
    setting = _setting_clauses(draft)
    negators_by = _by_sentence(draft, rules, rules.negators)
    first_act = _first_act(draft, person)
    quotes = quoted_spans(text)
    about_person: dict[int, bool] = {}
    accomplished: set[int] = set()
    declined: set[int] = set()
    for i, (s, e) in enumerate(draft.sentences):
        cues = firsts[i]
        situation = cues.get("situation")
        context = situation[1].span() if situation else None

        def outside(m: re.Match[str], context: tuple[int, int] | None = context) -> bool:
            return context is None or not (context[0] <= m.start() < context[1])

        # Negation scopes first: a problem word inside one is praise ("never missed a deadline"),
        # a praise word inside one is criticism ("has not been proactive").
        scopes = [(m, negation_scope(draft, m.end(), e)) for m in negators_by[i]
                  if outside(m) and not _NOT_JUST.match(text, m.end())  # "didn't just meet them; he beat them"
                  and not _in_hardship(draft, m.start())  # "even on days when half the team could not get in"
                  and not _writer_trouble(draft, i, m.start())  # "I told my nurse that I did not want to stay"
                  and not (_covers(setting, m.start()) and _WRITER_AT_A_LOSS.match(  # "We did not know how to apply"
                      text, _clause_start(text, m.start(), s), min(e, m.end() + 30)))]

        def negated(pos: int, scopes: list[tuple[re.Match[str], int]] = scopes) -> bool:
            return any(m.end() <= pos < scope for m, scope in scopes)

        praise = critical = 0
        shortfall = draft.search(rules, _SHORTFALL, s, e)
        if shortfall and (_NEGATED_BEFORE.search(text, _clause_start(text, shortfall.start(), s), shortfall.end())
                          or _AVERTING_CONDITION.search(text, s, e)):
            shortfall = None
        suggestion = _gerund_benefit(text, s, e)
        for m in praise_by[i]:
            if shortfall and shortfall.start() <= m.start() < shortfall.end():
                continue  # "you could have been clearer": the quality that was missing, not praise
            if suggestion is not None and m.start() >= suggestion.start("gerund"):
                continue  # "Moving it to Mondays would give the team a clearer start": the good hoped for
            if outside(m) and not negated(m.start()) and not _HYPOTHETICAL.search(text, max(s, m.start() - 40), m.start()):
                if _valence_negated(draft, m):
                    critical += 1  # "presented the report without clear data points": praise denied
                    continue
                if _ADVERB_BEFORE_NEGATION.match(text, m.end()) and m.group().lower().endswith("ly"):
                    continue  # "You clearly don't think things through": the adverb scopes over a negated verb
                if _requested(draft, rules, i, m):
                    critical += 1  # "Please be nice to the new starters": a result asked for, not praise
                    continue
                praise += 1
        for m in critical_by[i]:
            if not outside(m) or negated(m.start()):
                continue
            if _rest_break(text, m):
                continue  # "agreed a hand signal for a break", "take a short break": a rest, no fault
            if _problem_ended(rules, text, m, e):
                continue  # "the allergy fields are no longer skipped": the problem stopped, read as praise under negation
            if _covers(setting, m.start()) and not _since_persons_act(draft, i, m.start()):
                continue  # "We were two weeks behind schedule when you joined": the setting the person acted in
            if _in_hardship(draft, m.start()):
                continue  # "In spite of the bad connection, you walked the client through the demo": what was overcome
            if _writer_trouble(draft, i, m.start()):
                continue  # "We arrived half an hour late for our reservation": the writer's own trouble, met by the person
            if _GRATEFUL_HYPERBOLE.match(text, m.start()):
                praise += 1  # "we couldn't be happier": praise past saying
                continue
            if _NEGATIVE_OBJECT_AFTER.match(text, m.end(), e):
                continue  # "You missed nothing": the loss denied, read as praise with the negator
            if _lesser_harm(draft, i, m):
                praise += 1  # "the students missed fewer days than in the autumn": the harm shrank
                continue
            if _problem_kept_away(rules, text, m, s, e):
                continue  # "we were the only carrier without a cancellation that day": a problem kept away
            if _found_problem_absent(draft, i, m, person):
                continue  # "You traced the trip to a loose connector. It has run without a trip since": the found problem kept away
            if _told_of_problem(draft, rules, i, m, person):
                continue  # "announced the delay at the gate", "showed him the two failing orders": what the person told
            if _remedied_in_relative(draft, rules, i, m, person):
                praise += 1  # "the two billing complaints you resolved", "the bugs Maya fixed": what the person remedied
                continue
            if (good := _TOO_GOOD_TO.search(text, max(s, m.start() - 40), m.start())) is not None and (
                    rules.praise.fullmatch(good.group("quality")) or lexicon().get(good.group("quality").lower(), 0.0) > 0):
                continue  # "Her pitch was too good to miss": a quality past what the act would need, no fault
            if _FAREWELL.search(text, max(s, m.start() - 30), m.start()) and m.group().lower().endswith("ed"):
                # "Your kindness to patients will be missed": a farewell, the passive (be + -ed participle); "the
                # last page will be missing one item" is the progressive (be + -ing, Quirk et al. 1985, 4.63, 3.63),
                # a thing absent
                praise += 1
                continue
            if _remedied_subject(draft, rules, i, m.start()):
                praise += 1  # "Now failures get fixed the same day": the problem is what was remedied
                continue
            change = _problem_change(draft, rules, i, m.start())
            if change == "less":
                praise += 1  # "the late payments have stopped", "the mispick rate has come down": the problem removed
                continue
            if _problem_taken_back(draft, rules, i, m.start()):
                praise += 1  # "He withdrew his complaint the next day": the problem dropped by whoever raised it
                continue
            if change == "more" and _owned_by_person(draft, i, m.start(), person):
                critical += 1  # "complaints about wait times on your desk rose from 3 to 14": the person's problem grew
                continue
            if _counterfactual_at(draft, i, m.start()):
                praise += 1  # "It would have printed the wrong number in 10,000 leaflets": a harm the person averted
                continue
            if _averted_in_clause(draft, i, m.start()):
                praise += 1  # "Nobody has double-booked a room since", "I no longer have to re-key it"
                continue
            if _modifies_others(text, m.start(), m.end(), s):
                continue  # "turned angry callers into loyal ones", "patience with struggling students": their state
            if _AVERTED_PASSIVE.search(text, _clause_start(text, m.start(), s), m.start()):
                praise += 1  # "so nobody was underpaid", "none of the delegates were stranded": a harm averted
                continue
            if _served_relative(draft, i, m.start()):
                continue  # "phoned the donors who had lapsed", "fitted in a client who turned up late": their state
            if _other_party_relative(draft, i, m.start(), person):
                continue  # "so gentle with the old man who kept shouting for the nurse": the party dealt with
            if _past_habit(draft, i, m.start()):
                continue  # "the two orders that used to arrive a day late": a past habit that no longer holds
            if _persons_fault_set_right_by_other(draft, i, m.start(), person):
                critical += 1  # "I'm tired of fixing your mistakes": the person's own fault, set right by someone else
                continue
            if _about_someone_else(draft, m.start(), s):
                if not _YOU_BEFORE.search(text, 0, m.start()):
                    continue  # "a customer came in looking upset": the setting, not criticism of the person
                # After something the person did, "she left frustrated", "two of them worked late" is its
                # effect, and that is criticism; "no customer was charged twice" is a problem averted.
                if _AVERTED.search(text, _clause_start(text, m.start(), s), m.start()):
                    praise += 1
                elif not _met_by_person(draft, rules, i, m.start(), person):
                    critical += 1  # not "you found the figures that had been shelved in the wrong bay": what was found
                continue
            if _conceded(text, m.start(), s, e, praise_by[i]):
                continue  # "Aside from some false starts with estimates, clients are happy with his work"
            if (best := _problem_measure_at_best(draft, rules, s, e)) is not None and m.start() < best.start():
                continue  # "Your error rate is the lowest in the warehouse": the measure, kept at its best
            if _PROBLEM_NOUN.fullmatch(m.group()) and _FEW_BEFORE.search(text, max(s, m.start() - 20), m.start()):
                praise += 1  # "Makes few errors", "hardly any complaints": the problem kept small
                continue
            if _ONLY_COUNT_BEFORE.search(text, max(s, m.start() - 50), m.start()) \
                    and not _YOUR_BEFORE.search(text, max(s, m.start() - 50), m.start()) \
                    and (c := draft.clause_at(i, m.start())) is not None and c.subject_words \
                    and not person.is_subject(c.subject_words) and not _named(person, c.subject_words[0]):
                continue  # "the warehouse shipped the month with only two returns for wrong items": kept small
            if second_person and (owner := _others_own(text, max(s, m.start() - 30), m.start())) is not None and (
                    owner not in _POSSESSIVE_WORDS or _PROBLEM_NOUN.fullmatch(m.group()) or _HEAD_AFTER.match(text, m.end(), e)):
                continue  # to 'you', "listened to their concerns", "about her broken boiler", "acknowledged the
                # customer's frustration": the problem of the people the person served, which the person met
            if _PROBLEM_NOUN.fullmatch(m.group()) and not _attributed(text, m.start(), m.end(), s, e) \
                    and not _CONCEDED_PROBLEMS.search(text, max(s, m.start() - 60), m.start()):
                continue  # "took a year of customer complaints and made upgrades": the material, not a fault
            if _remedied(rules, text, m.start(), s) or _REDUCED_AFTER.match(text, m.end(), min(e, m.end() + 40)) \
                    or _REDUCED_HEAD_AFTER.match(text, m.end(), min(e, m.end() + 60)) \
                    or _fewer_than_compared(text, m.start(), m.end(), s, e):
                praise += 1  # "you fixed the broken job", "caught three errors", "two errors, down from eleven"
            elif not _met_by_person(draft, rules, i, m.start(), person):
                critical += 1  # not "you caught the page where the kick-off times were wrong", "your report on the late
                # deliveries": what the person found or what their message was about
        flagged = [p for p in trait_starts[bisect_right(trait_starts, s - 1):bisect_right(trait_starts, e - 1)]]
        if not (praise > 0 and critical <= 0 and all(p in absolute_starts for p in flagged)):
            critical += len(flagged)  # an absolute in a sentence that only praises is praise ("she always double-checks")
        if not critical and not praise and person_takes_forever(draft, s, e):
            critical = 1  # "Your tickets take forever": the person's work told as endlessly slow
        if shortfall and not critical:
            critical = 1  # "a pause first might have worked better", "you could have been clearer": it fell short
        if i in demands and not critical:
            critical = 1  # "He could make a better contribution here": a better result demanded
        if not critical and _gap_request(rules, draft, i) is not None:
            critical = 1  # "It would help if she checked the totals first", "We need your timesheets by Friday"
        if not critical and not praise and _others_compared(draft, rules, i):
            critical = 1  # "Everyone else manages 15 rooms.": the others held up as the standard
        condition = _counterfactual_condition(draft, i)
        for m, scope in scopes:
            if _INVITATION.match(text, _clause_start(text, m.start(), s)):
                continue  # "Don't hesitate to ask if you need help": an offer
            if _other_party_relative(draft, i, m.start(), person):
                continue  # "so kind to the elderly lady who did not look well": the party dealt with, not the person
            if _contrastive_not(text, m, s):
                continue  # "The best time to restock is before 7, not during the lunch rush": the other time ruled out
            if _NOTHING_TO_ADD.match(text, m.start()):
                continue  # "Good job this year. Nothing to add.": the writer closing, no fault denied
            if condition is not None and condition.start <= m.start() < condition.end:
                praise += 1  # "If you hadn't stayed late, ...", "Had you not rerouted the trucks": the person did it
                continue
            if _READINESS.match(text, m.end(), scope):
                praise += 1  # "she doesn't hesitate to ask around", "never gave up on the account": readiness
                continue
            if _litotes(rules, text, m, scope):
                praise += 1  # "Nothing was too much trouble", "handovers had never been clearer": understatement
                continue
            if _loss_denied(rules, text, m, s) and not _TURN.search(text, m.end(), e):
                praise += 1  # "We lost nothing", "You missed nothing", "he broke none of the glasses": a loss kept away
                continue
            if praise > 0 and (c := draft.clause_at(i, m.start())) is not None and c.link in _CONDITION_LINKS:
                continue  # "she asks around if she doesn't know the answer": a supposed case, not a fault
            if (c := draft.clause_at(i, m.start())) is not None and c.link in _CONDITION_LINKS \
                    and c.subject_words[:1] in (("it",), ("this",), ("that",)):
                continue  # "If that wasn't complicated enough, ...", "if it hadn't been for her": a supposed case of a thing
            if _IMPERATIVE_NEGATION.match(text, _clause_start(text, m.start(), s)) and not text[
                    _clause_start(text, m.start(), s):m.start()].strip(" \"'“‘(-•*") and not _PERSON_REF.search(
                    text, s, m.start()):  # "She is never late, never misses a deadline": a list about her
                critical += 1  # "Don't do that again!", "Never share the password": a prohibition
                continue
            if _prohibits(text, m, scope, s):
                critical += 1  # "You cannot wear that outfit to the meeting": a prohibition said to the person
                continue
            if _averted_burden(draft, i, m, person):
                praise += 1  # "we didn't need agency staff", "nobody on nights has had to": a cost spared others
                continue
            if _found_by_person(draft, i, m.start(), person):
                continue  # "you noticed scoring on a bearing that was not on the checklist": what the person found
            if _problem_held_off(draft, rules, i, m):
                praise += 1  # "the bug never reached production", "the leak did not spread": a problem kept away
                continue
            if _others_unable(draft, i, m, person, setting):
                critical += 1  # "so finance could not collect the first payment": a cost the lapse put on others
                continue
            if _UNREPORTED.match(text, m.end(), scope) and draft.search(rules, rules.problem_words, m.end(), scope):
                critical += 1  # "did not report the delays", "never fixed the errors": the problem left standing
                continue
            if draft.search(rules, rules.problem_words, m.end(), scope):
                praise += 1  # "never missed a deadline"
            elif _GRATEFUL_HYPERBOLE.match(text, m.start()):
                praise += 1  # "I can't thank you enough", "we couldn't be happier": praise past saying
            elif any(m.end() <= p.start() < scope for p in praise_by[i]):
                if not _THING_SUBJECT.match(text, _clause_start(text, m.start(), s), m.start()):
                    critical += 1  # "has not been proactive", "is not a team player"; "it was not easy" is the task
            elif _denied_quality(draft, m, scope, s, person):
                critical += 1  # "Your appraisals of the crew are not fair": a quality VADER rates good, denied the work
            elif (m.group().lower() not in _BARE_NOT or _REVIEW_FORM_NOT.match(text, s, m.start())
                  or _AUXILIARY_BEFORE.search(text, max(s, m.start() - 50), m.start())
                  or _OWNED_WORK_SUBJECT.search(text, _clause_start(text, m.start(), s), m.start())) and (
                    _PERSON_REF.search(text, max(s, m.start() - 25), m.start())
                    or _NAME_BEFORE.search(text, max(s, m.start() - 25), m.start())
                    or _at_most_words(text, s, m.start(), 2) and not _THING_SUBJECT.match(text, s, m.start())
                    or _act_of(draft, i, m.start(), person, about_person)):
                # "you didn't send the reconciliations", "Does not return calls" (review form, the
                # subject left out); "it wasn't easy" is no criticism
                critical += 1
            elif _task_left_undone(draft, rules, i, m):
                critical += 1  # "the raffle prizes were not collected in time", "the guard rail had not been checked"
        if condition is not None and not _condition_denied(draft, condition):
            # "If you had checked the dosage chart, the patient would not have been given the wrong dose": the act
            # the condition supposes was not done, and what would have followed is the cost of that
            praise, critical = 0, max(critical, 1)
        if not critical and _needs_prompting(rules, draft, i, person):
            critical = 1  # "You still need reminders to include sources": the mirror of "rarely needs reminders"
        if not critical and _no_better(rules, draft, i, person):
            critical = 1  # "Carlos's form was no better": the mirror of "never been clearer", improvement denied
        if not critical and (act := _unwelcome_act(rules, draft, i, person)) is not None \
                and (context is None or not context[0] <= act[0] < context[1]) \
                and not _covers(setting, act[0]) and not _in_hardship(draft, act[0]):
            critical = 1  # "You had far too many slides", "belittled the new analyst", "won't share his notes"
        if not critical and (below := _below_standard(rules, draft, i)) is not None and outside(below) \
                and not _covers(setting, below.start()) and not _in_hardship(draft, below.start()):
            critical = 1  # "is below the expected level", "fell short of the standard", "could have been stronger"
            praise = sum(1 for m in praise_by[i] if not below.start() <= m.start() < below.end()
                         and outside(m) and not negated(m.start()))
        if not critical and (gap := _degree_or_lack(rules, draft, i, person)) is not None and outside(gap) \
                and not _covers(setting, gap.start()) and not _in_hardship(draft, gap.start()):
            critical = 1  # "You're too quiet in meetings", "Your proposal needs more evidence"
            praise = sum(1 for m in praise_by[i] if not gap.start() <= m.start() < gap.end()
                         and outside(m) and not negated(m.start()))
        need = draft.search(rules, _NEEDS_WORK, s, e)
        if need and _covers(setting, need.start()):
            need = None  # "The team struggled with flaky tests until you added the logs"
        if need and _remedied(rules, text, need.start(), s):
            need = None  # "took over a struggling project": the trouble was the material, not the person's
        if need and need.group()[:5].lower() in ("could", "would") and not _benefit_is_persons(text, s, need.start()):
            need = None  # "the team would benefit from your experience": a benefit to others, not a need
        if need and _modifies_others(text, need.start(), need.end(), s):
            need = None
        if need and _about_someone_else(draft, need.start(), s) and not _YOU_BEFORE.search(text, 0, need.start()):
            need = None  # "stepped in when the team was struggling": the setting
        if need:
            # "Improvement is needed in conveying expectations clearly": a stated need is criticism,
            # and the praise words in it describe the goal, not the work (praise before it still
            # counts: "You did good work on the migration, but you need to be more careful")
            praise = sum(1 for m in praise_by[i] if m.start() < need.start() and outside(m) and not negated(m.start()))
            critical = max(critical, 1)
        turned = praise <= 0 and any(o.praise > 0 for o in out) and _CONTRAST.match(text, s, e) is not None
        if turned:
            # after praise, "The summary, though, arrived late ...": the turn to criticism; after a problem or a plain
            # account ("we had lots of unexpected donations. But it all got done"), no turn against the person
            critical = max(critical, 1)
        if critical <= 0 and (lack := _deficient(draft, i, person, quotes, setting, rules)) is not None \
                and not _found_by_person(draft, i, lack.start(), person):
            critical = 1  # "The handover notes were too brief", "signed but not done": the work fell short
            if praise > 0:  # "signed but not done", "still outstanding": the praise word is the predicate's
                praise = sum(1 for m in praise_by[i] if not lack.start() <= m.start() < lack.end()
                             and outside(m) and not negated(m.start()))
        if not critical and not praise and _cost_to_others(draft, i, person, setting, first_act):
            critical = 1  # "..., and the client had to wait": a burden the person's act put on others
        if not critical and not praise and (burden_caused(draft, i) or mishap_result(draft, i)) is not None:
            critical = 1  # "..., causing the team to duplicate work", "..., so two panels cracked": harm told (burden.py)
        if _declined(rules, draft, draft.sentences[i - 1][0] if i else s, s, e):
            declined.add(i)
            critical = max(critical, 1)  # "closed twenty tickets a day when she started; this quarter, about eight"
        if critical <= 0 and (told := _told_criticism(draft, rules, s, e)) is not None and outside(told) \
                and not _covers(setting, told.start()) and not _in_hardship(draft, told.start()):
            critical = 1  # "You're the slowest picker on the shift", "Your resolution rate dropped from 74% to 58%"
            clause_start = draft.clause(told.start(), told.end())[0]
            praise = sum(1 for m in praise_by[i] if m.start() < clause_start and outside(m) and not negated(m.start()))
        if praise <= 0 and critical <= 0 and (ranked := good_rank(draft, rules, s, e)) is not None and outside(ranked) \
                and not negated(ranked.start()):
            praise = 1  # "your repeat-booking rate is the second highest in the school": a good rank as praise
        if praise <= 0:
            done = _accomplishment(draft, i, person)
            if done is not None and critical <= 0:
                praise = 1  # "Nadia closed 14 deals last quarter": a result of the work stated as fact
                accomplished.add(i)
            elif done is not None and not (turned and not _persons_own(person, done)) \
                    and _problem_then_solved(draft, i, done, person, critical_by[i], negators_by[i], trait_starts):
                praise, critical = 1, 0  # "The room was double-booked, but Grace found another venue"
                accomplished.add(i)
        if singled_out_fault(text, s, e) is not None:
            praise = max(praise, 1)  # "My only criticism is ...", "The one slip was ...": the rest passed
            if not _EARLIER.search(text, s, e):
                critical = max(critical, 1)  # ... and a fault named, unless it was an earlier period's ("Last year,
                # the only concerns were around ownership": the baseline the present work is set against)
        if praise <= 0 and conceded_quality(draft, i) is not None:
            praise, critical = 1, max(critical, 1)  # "Your presentation was engaging, but the slides felt crowded":
            # the quality granted, and the clause set against it falls short of it
        if (praise <= 0 or critical <= 0) and (fragment := praise_fragment(draft, i)) is not None \
                and (critical > 0 or fragment_turn_denies(draft, fragment[1])):
            praise, critical = max(praise, 1), max(critical, 1)  # "Lovely windows this year, but your quotes are a joke.": the
            # verbless praise fragment grants, the "but" clause criticises by its own words or denies
        out.append(_Sentence(s, e, cues, praise, max(critical, 0)))
    for i in range(len(out) - 1):
        if out[i].praise <= 0 and out[i].critical <= 0 and out[i + 1].critical > 0 and granted_before_turn(draft, i):
            out[i].praise = 1  # "Your skills are fine for the most part. Some of it could be better, though"
    for i in range(len(out) - 1):
        if i in accomplished and i + 1 in declined:
            out[i].praise = 0  # "In 2024 she closed twenty tickets a day. This quarter, about eight.": a baseline
        elif (out[i].critical > 0 and out[i].praise <= 0
                and (i + 1 in accomplished or (out[i + 1].praise > 0 and out[i + 1].critical <= 0
                                               and _past_state(draft, i) and _credits_person(draft, rules, i + 1)))
                and _problem_then_solved(draft, i, None, person, critical_by[i], negators_by[i], trait_starts)):
            # "The old intake form confused every new patient. Carlos redesigned it."; "We had a lot of problems
            # with late deliveries last year. Thanks to your new system, they are a thing of the past."
            out[i].critical = 0
        elif (out[i].critical > 0 and out[i].praise <= 0 and all(later.critical <= 0 for later in out[i + 1:])
              and _before_entrance(draft, i, person, first_act, trait_starts)):
            # "The printer had been jamming every morning for a month. Marcus took it apart and replaced the roller.":
            # the problem told before the person enters the story is the situation they then met
            out[i].critical = 0
        elif (out[i].critical > 0 and out[i].praise <= 0 and all(later.critical <= 0 for later in out[i + 1:])
              and all(earlier.critical <= 0 for earlier in out[:i])
              and _situation_met(draft, i, person, first_act, trait_starts)):
            # "Sam took over purchasing in May. Our old supplier never answered emails. Sam found a new one in a
            # day.": a problem no one of the draft caused, told after the person entered and before they act again
            out[i].critical = 0
    return out
