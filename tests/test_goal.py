"""check_goal: whole reports for representative goals, spans, placeholders, warnings, guidance."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.analyzers.fidelity import check_fidelity
from assistant.analyzers.goal import CRITERIA, check_goal
from assistant.knowledge.guidance import Guidance, GuidanceItem
from assistant.schemas import Citation

Q_S = "Which exact result, process or group will this goal change, and who is involved?"
Q_M = "What number, count or visible result will show that the goal has been reached?"
Q_A = "Do you have the time, skills, budget and people this goal needs?"
Q_R = "Which team, department or organisation objective does this goal support, and why does it matter now?"
Q_T = "By when will this be achieved, and when will you check progress along the way?"
A_OK = "No red flags for feasibility; check the resources it needs are in place."
M_MISSING = 'Add the measure: a number, percentage, count or frequency, ideally as a baseline and a target ("from X to Y").'
R_MISSING = (
    "Say why it matters: name the team, department or organisation objective it supports, or how it serves your role."
)
T_MISSING = "Add a deadline: a date, quarter, fiscal or school period, or a cadence."
P_S = "[what exactly will change, and for whom]"
P_A = "[realistic target and time frame, given baseline and resources]"
P_R = "[which team or organisation objective this supports]"


def topic_prompts(topic: str) -> dict[str, str]:
    return {
        "specific": f'[what exactly will change in "{topic}", and for whom?]',
        "current": f'[current "{topic}"]',
        "relevant": f'[which team or organisation objective does "{topic}" serve?]',
    }


def dump(report) -> dict:
    data = report.model_dump(mode="json")
    data.pop("summary")
    return data


def crit(met: bool, advice: str, question: str, evidence: str | None = None, start: int | None = None) -> dict:
    end = None if evidence is None or start is None else start + len(evidence)
    return {"met": met, "evidence": evidence, "start": start, "end": end, "advice": advice, "question": question}


def test_vague_goal_whole_report() -> None:
    report = check_goal("Improve customer service.")
    t = topic_prompts("customer service")
    assert report.summary is None
    assert dump(report) == {
        "score": 1,
        "criteria": {
            "specific": crit(
                False,
                '"Improve customer service" names an area, not a result. Say what exactly will change and '
                "for whom: which process, metric, product or group.",
                Q_S,
            ),
            "measurable": crit(False, M_MISSING, Q_M),
            "attainable": crit(True, A_OK, Q_A),
            "relevant": crit(False, R_MISSING, Q_R),
            "time_bound": crit(False, T_MISSING, Q_T),
        },
        # the goal as written, then only the missing parts, asked about in its own words
        "rewrite": f"Improve customer service {t['specific']} from {t['current']} to [target: number or %] by "
        f"[deadline] to support {t['relevant']}.",
        "placeholders": [t["specific"], t["current"], "[target: number or %]", "[deadline]", t["relevant"]],
        "questions": [Q_S, Q_M, Q_R, Q_T],
        "warnings": [],
        "sources": [],
        "mode": "offline",
        "notices": [],
    }


def test_smart_goal_whole_report_keeps_its_substance() -> None:
    text = (
        "Reduce average ticket resolution time from 36 to 24 hours by the end of Q3 "
        "to support the department's retention objective"
    )
    report = check_goal(text)
    assert report.summary == "This goal meets all five SMART criteria as written; no rewrite needed."
    assert dump(report) == {
        "score": 5,
        "criteria": {
            "specific": crit(
                True,
                'Clear action and scope: "Reduce average ticket resolution time".',
                Q_S,
                "Reduce average ticket resolution time",
                0,
            ),
            "measurable": crit(True, 'Measured by "from 36 to 24 hours".', Q_M, "from 36 to 24 hours", 38),
            "attainable": crit(True, A_OK, Q_A),
            "relevant": crit(
                True,
                "Linked to a wider purpose: \"to support the department's retention objective\".",
                Q_R,
                "to support the department's retention objective",
                75,
            ),
            "time_bound": crit(True, 'Time frame: "by the end of Q3".', Q_T, "by the end of Q3", 58),
        },
        "rewrite": text + ".",
        "placeholders": [],
        "questions": [],
        "warnings": [],
        "sources": [],
        "mode": "offline",
        "notices": [],
    }


def test_extreme_target_whole_report() -> None:
    report = check_goal("triple revenue in two weeks")
    t = topic_prompts("revenue")
    flag = '["triple revenue in two weeks": realistic from your baseline and resources?]'
    assert dump(report) == {
        "score": 2,
        "criteria": {
            "specific": crit(
                False,
                '"triple revenue" names an area, not a result. Say what exactly will change and for whom: '
                "which process, metric, product or group.",
                Q_S,
            ),
            "measurable": crit(True, 'Measured by "triple".', Q_M, "triple", 0),
            "attainable": crit(
                False,
                '"triple revenue in two weeks" looks out of reach (an extreme change in a short time). '
                "Set a target you can reach from your current baseline with the resources you have.",
                Q_A,
            ),
            "relevant": crit(False, R_MISSING, Q_R),
            "time_bound": crit(True, 'Time frame: "in two weeks".', Q_T, "in two weeks", 15),
        },
        "rewrite": f"Triple revenue in two weeks {flag} {t['specific']} to support {t['relevant']}.",
        "placeholders": [flag, t["specific"], t["relevant"]],
        "questions": [Q_S, Q_A, Q_R],
        "warnings": [
            {
                "kind": "unrealistic",
                "message": '"triple revenue in two weeks" looks unrealistic (an extreme change in a short time).',
                "text": "triple revenue in two weeks",
                "start": 0,
                "end": 27,
            }
        ],
        "sources": [],
        "mode": "offline",
        "notices": [],
    }


def test_completion_deliverable_is_measurable_as_done() -> None:
    report = check_goal("Launch the portal by March 1")
    assert dump(report) == {
        "score": 4,
        "criteria": {
            "specific": crit(True, 'Clear action and scope: "Launch the portal".', Q_S, "Launch the portal", 0),
            "measurable": crit(
                True,
                'Measured as done / not done: "Launch the portal" is a concrete deliverable. State what counts '
                "as done (for example live for all users, approved, signed off).",
                Q_M,
                "Launch the portal",
                0,
            ),
            "attainable": crit(True, A_OK, Q_A),
            "relevant": crit(False, R_MISSING, Q_R),
            "time_bound": crit(True, 'Time frame: "by March 1".', Q_T, "by March 1", 18),
        },
        "rewrite": f"Launch the portal by March 1 to support {topic_prompts('the portal')['relevant']}.",
        "placeholders": [topic_prompts("the portal")["relevant"]],
        "questions": [Q_R],
        "warnings": [],
        "sources": [],
        "mode": "offline",
        "notices": [],
    }


def test_hedged_double_goal_whole_report() -> None:
    text = "I will try to reduce overtime and increase patient satisfaction soon."
    report = check_goal(text)
    assert dump(report) == {
        "score": 2,
        "criteria": {
            "specific": crit(True, 'Clear action and scope: "reduce overtime".', Q_S, "reduce overtime", 14),
            "measurable": crit(False, M_MISSING, Q_M),
            "attainable": crit(True, A_OK, Q_A),
            "relevant": crit(False, R_MISSING, Q_R),
            "time_bound": crit(False, '"soon" is not a time frame. Give a date, quarter, period or cadence.', Q_T),
        },
        # the hedge and "soon" are dropped; nothing else changes
        "rewrite": "I will reduce overtime and increase patient satisfaction [\"soon\": by when? a date, quarter or "
        "period] from [current \"overtime\"] to [target: number or %] to support [which team or organisation "
        "objective does \"overtime\" serve?].",
        "placeholders": ['["soon": by when? a date, quarter or period]', '[current "overtime"]',
                         "[target: number or %]", '[which team or organisation objective does "overtime" serve?]'],
        "questions": [Q_M, Q_R, Q_T],
        "warnings": [
            {
                "kind": "weak_commitment",
                "message": '"will try to" weakens the commitment; state what you will do.',
                "text": "will try to",
                "start": 2,
                "end": 13,
            },
            {
                "kind": "two_outcomes",
                "message": 'This holds two separate outcomes ("reduce overtime" and "increase patient satisfaction"); '
                "split it into two goals so each can be measured and tracked.",
                "text": "reduce overtime and increase patient satisfaction",
                "start": 14,
                "end": 63,
            },
            {
                "kind": "vague_time",
                "message": '"soon" is not a time frame.',
                "text": "soon",
                "start": 64,
                "end": 68,
            },
        ],
        "sources": [],
        "mode": "offline",
        "notices": [],
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "By June 30, 2027, digitize 2,000 archived student records to support the registrar's records plan.",
            {
                "specific": "digitize 2,000 archived student records",
                "measurable": "2,000 archived student records",
                "relevant": "to support the registrar's records plan",
                "time_bound": "By June 30, 2027",
            },
        ),
        (
            "Hold weekly one-on-ones with each of my six reports",
            {
                "specific": "Hold weekly one-on-ones with each of my six reports",
                "measurable": "six reports",
                "time_bound": "weekly",
            },
        ),
        (
            "Complete the SHRM-CP certification over the next nine months so I can lead the compensation review.",
            {
                "specific": "Complete the SHRM-CP certification",
                "measurable": "Complete the SHRM-CP certification",
                "relevant": "so I can lead the compensation review",
                "time_bound": "over the next nine months",
            },
        ),
        (
            "Cut close time in line with the controller's efficiency initiative this year.",
            {
                "specific": "Cut close time",
                "relevant": "in line with the controller's efficiency initiative",
                "time_bound": "this year",
            },
        ),
        (
            "Process all vendor invoices within 3 business days of receipt starting in July.",
            {
                "specific": "Process all vendor invoices",
                "measurable": "within 3 business days",
                "time_bound": "starting in July",
            },
        ),
    ],
)
def test_evidence_spans_point_into_the_input(text: str, expected: dict[str, str]) -> None:
    report = check_goal(text)
    for name in CRITERIA:
        c = getattr(report.criteria, name)
        if name in expected:
            assert c.met, name
            assert c.evidence == expected[name]
            assert text[c.start : c.end] == c.evidence
        elif name != "attainable":
            assert (c.met, c.evidence, c.start, c.end) == (False, None, None, None), name


@pytest.mark.parametrize(
    ("text", "time_bound"),
    [
        # an outcome counted per period is a rate, a metric that still needs a by-when
        ("The library will lend 300,000 items annually.", False),
        ("Our food bank will distribute 2 million pounds of food each year.", False),
        ("Volunteers will log 4,000 hours per year.", False),
        # a count of the goal's own actions per period, or an action the goal opens with, is a schedule
        ("The team will publish 4 newsletters per year.", True),
        ("Each year, 12 early literacy programs will be presented.", True),
        ("Complete maintenance on all 14 units each quarter.", True),
    ],
)
def test_outcome_rates_are_metrics_and_action_counts_are_schedules(text: str, time_bound: bool) -> None:
    assert check_goal(text, today=dt.date(2026, 12, 1)).criteria.time_bound.met is time_bound


@pytest.mark.parametrize(
    ("text", "specific", "measurable"),
    [
        # ages and grades say who is served, not a target
        ("Each year, the collection of materials for children aged 0-7 will be sufficiently stocked to match demand.",
         False, False),
        ("Enroll 500 children aged 3-5 in pre-K by September 2027.", True, True),
        # evaluative adjectives are not a concrete object
        ("Build a diverse and talented team.", False, False),
    ],
)
def test_population_ranges_and_evaluative_words_are_not_concrete(text: str, specific: bool, measurable: bool) -> None:
    criteria = check_goal(text, today=dt.date(2026, 12, 1)).criteria
    assert (criteria.specific.met, criteria.measurable.met) == (specific, measurable)


@pytest.mark.parametrize(
    ("text", "measurable"),
    [
        # the value a change verb moves a metric to is a target, with or without a unit
        ("Improve the pavement condition index to 70 by 2028.", True),
        ("Increase the number of library cards issued to 5,000 by December 2027.", True),
        ("Reduce emissions to 2019 levels.", False),
    ],
)
def test_a_metric_moved_to_a_value_is_measurable(text: str, measurable: bool) -> None:
    assert check_goal(text, today=dt.date(2026, 12, 1)).criteria.measurable.met is measurable


def test_a_complete_goal_comes_back_as_written_and_says_so() -> None:
    for text in ("To support the unit's safety plan, audit 20 charts per month starting in March.",
                 "By June 30, 2027, digitize 2,000 archived student records to support the registrar's records plan."):
        report = check_goal(text, today=dt.date(2026, 12, 1))
        assert (report.score, report.rewrite, report.placeholders) == (5, text, [])
        assert report.summary == "This goal meets all five SMART criteria as written; no rewrite needed."


def test_rewrite_never_invents_and_keeps_the_unrealistic_target_flagged() -> None:
    text = "Close 10 new enterprise accounts per week starting tomorrow with no additional staff."
    report = check_goal(text)
    assert not report.criteria.attainable.met
    flag = '["starting tomorrow with no additional staff": realistic from your baseline and resources?]'
    assert report.rewrite == (f"{text[:-1]} {flag} to support [which team or organisation objective does "
                              '"10 new enterprise accounts per week" serve?].')
    assert [w.kind for w in report.warnings] == ["unrealistic"]
    assert report.warnings[0].text == "starting tomorrow with no additional staff"
    assert check_fidelity(report.rewrite, [text]).ok


@pytest.mark.parametrize(
    ("text", "rewrite"),
    [
        ("Improve onboarding for new hires in the support team so they feel confident sooner.",
         'Improve onboarding for new hires in the support team [what exactly will change in "onboarding for new hires '
         'in the support team", and for whom?] from [current "onboarding for new hires in the support team"] to '
         "[target: number or %] by [deadline], so they feel confident sooner."),
        ("Launch the new intranet, so that staff find policies faster",
         "Launch the new intranet by [deadline], so that staff find policies faster."),
        # "to" completing a verb or noun is no purpose clause
        ("Gain the skills to tackle most production issues on my own.",
         'Gain the skills to tackle most production issues on my own [what exactly will change in "the skills", and '
         'for whom?] from [current "the skills"] to [target: number or %] by [deadline].'),
        # an aim that opens the goal keeps its place; the prompts follow the action
        ("To improve retention, I will run stay interviews.",
         'To improve retention, I will run stay interviews from [current "stay interviews"] to [target: number or %] '
         "by [deadline]."),
    ],
)
def test_prompts_go_with_the_action_before_a_closing_purpose_clause(text: str, rewrite: str) -> None:
    report = check_goal(text, today=dt.date(2026, 12, 1))
    assert report.criteria.relevant.met
    assert report.rewrite == rewrite
    assert check_fidelity(report.rewrite, [text]).ok


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("Achieve 100% uptime for the customer portal.", "100%"),
        ("Eliminate all bugs in the billing module by Friday.", "Eliminate all"),
        ("Never miss a deadline this year.", "Never miss"),
        ("Reduce voluntary turnover to zero this year.", "to zero"),
    ],
)
def test_perfection_targets_are_not_attainable(text: str, flag: str) -> None:
    report = check_goal(text)
    assert not report.criteria.attainable.met
    unrealistic = [w for w in report.warnings if w.kind == "unrealistic"]
    assert [w.text for w in unrealistic] == [flag]
    assert f'["{flag}": realistic from your baseline and resources?]' in report.placeholders


def test_required_completion_rate_of_100_percent_is_attainable() -> None:
    report = check_goal("Ensure 100% of new hires complete orientation within 30 days of their start date.")
    assert report.criteria.attainable.met
    assert report.warnings == []


@pytest.mark.parametrize(("hedge", "span"), [("maybe", "maybe"), ("hopefully", "hopefully"), ("try to", "will try to")])
def test_weak_commitment_words_warn_and_are_dropped_from_the_rewrite(hedge: str, span: str) -> None:
    text = f"I will {hedge} publish the revised faculty handbook by August 1."
    report = check_goal(text)
    assert [(w.kind, w.text) for w in report.warnings] == [("weak_commitment", span)]
    assert report.rewrite == ("I will publish the revised faculty handbook by August 1 to support [which team or "
                              'organisation objective does "the revised faculty handbook" serve?].')


def test_two_outcomes_warn_but_compound_verbs_and_lists_do_not() -> None:
    warned = check_goal("Reduce overtime by 10% and increase patient satisfaction scores to 85% by December 31.")
    assert [w.kind for w in warned.warnings] == ["two_outcomes"]
    assert warned.warnings[0].text == "Reduce overtime by 10% and increase patient satisfaction scores"
    for single in (
        "Design and deliver a two-day onboarding workshop for new charge nurses by May.",
        "Increase enrollment and retention in the evening program by 10% this year.",
        "Reduce wait times by holding a huddle and tracking delays each shift.",
    ):
        assert check_goal(single).warnings == [], single


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "?!", "—"])
def test_empty_goal_report(text: str) -> None:
    report = check_goal(text)
    assert report.score == 0
    assert all(not getattr(report.criteria, c).met for c in CRITERIA)
    assert report.criteria.attainable.advice == "Write the goal first."
    assert [w.kind for w in report.warnings] == ["empty"]
    assert report.placeholders == [P_S, "[baseline]", "[target: number or %]", P_A, "[deadline]", P_R]
    assert check_fidelity(report.rewrite, [text]).ok


# --------------------------------------------------------------------------- guidance


def _item(topic: str, text: str, kind: str = "question", source: str = "acme-goals.md") -> GuidanceItem:
    citation = Citation(source=source, section=f"Acme goals > {topic}", excerpt=text, path=f"/kb/{source}")
    return GuidanceItem(topic=topic, kind=kind, text=text, citation=citation)


ACME = Guidance(
    name="smart",
    items=[
        _item("specific", "Who will notice the change first?"),
        _item("specific", "Name the action verb.", kind="tip"),
        _item("specific", "Which product line is in scope?"),
        _item("specific", "Which region is out of scope?"),
        _item("measurable", "Which dashboard will show it?"),
        _item("time_bound", "Which quarter closes this goal?"),
        _item("relevant", "Which Acme pillar does it serve?", source="acme-strategy.md"),
    ],
)


def test_questions_come_from_the_organisations_guidance_with_citations() -> None:
    report = check_goal("Improve customer service.", guidance=ACME)
    # first two questions per unmet criterion, tips skipped; attainable is met so none asked
    assert report.questions == [
        "Who will notice the change first?",
        "Which product line is in scope?",
        "Which dashboard will show it?",
        "Which Acme pillar does it serve?",
        "Which quarter closes this goal?",
    ]
    assert [s.model_dump() for s in report.sources] == [
        {
            "source": "acme-goals.md",
            "section": "Acme goals > specific",
            "excerpt": "Who will notice the change first?",
            "score": None,
            "path": "/kb/acme-goals.md",
            "title": None,
            "organisation": None,
            "date": None,
        },
        {
            "source": "acme-goals.md",
            "section": "Acme goals > specific",
            "excerpt": "Which product line is in scope?",
            "score": None,
            "path": "/kb/acme-goals.md",
            "title": None,
            "organisation": None,
            "date": None,
        },
        {
            "source": "acme-goals.md",
            "section": "Acme goals > measurable",
            "excerpt": "Which dashboard will show it?",
            "score": None,
            "path": "/kb/acme-goals.md",
            "title": None,
            "organisation": None,
            "date": None,
        },
        {
            "source": "acme-strategy.md",
            "section": "Acme goals > relevant",
            "excerpt": "Which Acme pillar does it serve?",
            "score": None,
            "path": "/kb/acme-strategy.md",
            "title": None,
            "organisation": None,
            "date": None,
        },
        {
            "source": "acme-goals.md",
            "section": "Acme goals > time_bound",
            "excerpt": "Which quarter closes this goal?",
            "score": None,
            "path": "/kb/acme-goals.md",
            "title": None,
            "organisation": None,
            "date": None,
        },
    ]
    # each criterion's question is the first guidance question; attainable has none: built-in
    assert report.criteria.specific.question == "Who will notice the change first?"
    assert report.criteria.measurable.question == "Which dashboard will show it?"
    assert report.criteria.relevant.question == "Which Acme pillar does it serve?"
    assert report.criteria.time_bound.question == "Which quarter closes this goal?"
    assert report.criteria.attainable.question == Q_A


def test_replacing_the_job_aid_changes_the_questions() -> None:
    other = Guidance(name="smart", items=[_item("measurable", "What will the KPI read?", source="globex.md")])
    acme = check_goal("Launch the portal.", guidance=ACME)
    globex = check_goal("Launch the portal.", guidance=other)
    # "Launch the portal." misses relevant and time_bound
    assert acme.questions == ["Which Acme pillar does it serve?", "Which quarter closes this goal?"]
    assert globex.questions == [Q_R, Q_T]  # globex's aid has no questions for these: built-in, uncited
    assert globex.sources == []
    assert globex.criteria.measurable.question == "What will the KPI read?"
    # the judgement itself does not depend on the guidance
    for name in CRITERIA:
        a, g = getattr(acme.criteria, name), getattr(globex.criteria, name)
        assert (a.met, a.evidence, a.start, a.end, a.advice) == (g.met, g.evidence, g.start, g.end, g.advice)


def test_report_json_has_exactly_the_agreed_keys() -> None:
    payload = check_goal("Launch the portal.").model_dump(mode="json")
    assert list(payload) == [
        "score", "summary", "criteria", "rewrite", "placeholders", "questions", "warnings", "sources", "mode",
        "notices",
    ]
    assert list(payload["criteria"]) == list(CRITERIA)
    for c in payload["criteria"].values():
        assert list(c) == ["met", "evidence", "start", "end", "advice", "question"]
