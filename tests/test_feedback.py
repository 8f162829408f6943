"""review_feedback: whole reports for representative drafts, rewrite, guidance and bias."""

from __future__ import annotations

import importlib.util

import pytest

from assistant.analyzers.feedback import FeedbackReport, load_feedback_rules, review_feedback
from assistant.analyzers.fidelity import check_fidelity
from assistant.knowledge.guidance import Guidance, GuidanceItem
from assistant.schemas import Citation

HAS_BIAS = importlib.util.find_spec("assistant.analyzers.bias") is not None
needs_bias = pytest.mark.skipif(not HAS_BIAS, reason="bias detector not built yet")

DOCS = {d.kind: d for d in load_feedback_rules().documents.values()}
RULES = {r.id: r for r in load_feedback_rules().span_rules}
PARTS = load_feedback_rules().parts
FALLBACK = {part: f"[{spec.fallback}]" for part, spec in PARTS.items()}


def doc(kind: str) -> dict:
    d = DOCS[kind]
    return {"kind": kind, "start": None, "end": None, "text": None, "message": d.explanation, "suggestion": d.suggestion,
            "replacements": []}


def span(rule_id: str, text: str, word: str, occurrence: int = 0) -> dict:
    rule = RULES[rule_id]
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(word, start + 1)
    return {"kind": rule.kind, "start": start, "end": start + len(word), "text": word,
            "message": rule.message, "suggestion": rule.suggestion, "replacements": []}


def absent() -> dict:
    return {"present": False, "evidence": None}


def present(evidence: str) -> dict:
    return {"present": True, "evidence": evidence}


def payload(report: FeedbackReport) -> dict:
    data = report.model_dump(mode="json")
    data.pop("bias")
    data.pop("sentences")
    return data


def test_trait_and_absolute_draft_gets_the_whole_picture():
    text = "You're lazy and you never take initiative."
    report = review_feedback(text)
    lazy = '["lazy": what did you see or hear them do?]'
    never = '["never": on which occasions?]'
    assert payload(report) == {
        "polarity": "constructive",
        "structure": {"situation": absent(), "behavior": absent(), "impact": absent(), "next_step": absent()},
        "findings": [
            span("trait-lazy", text, "lazy"),
            span("absolute-never", text, "never"),
            doc("vague"),
            doc("missing_impact"),
            doc("missing_action"),
        ],
        "rewrite": (
            f"Situation: {FALLBACK['situation']}\n"
            f"Behaviour: You're {lazy} and you {never} take initiative.\n"  # edited in place, meaning kept
            f"Impact: {FALLBACK['impact']}\n"
            f"Next step: {FALLBACK['next_step']}"
        ),
        "placeholders": [lazy, never, FALLBACK["situation"], FALLBACK["impact"], FALLBACK["next_step"]],
        "sources": [],
        "mode": "offline",
        "notices": [],
    }
    assert [(s.functions, s.slot) for s in report.sentences] == [(["criticism"], "behavior")]


def test_well_formed_constructive_draft_draws_no_findings_and_keeps_its_words():
    text = (
        "In yesterday's stand-up you interrupted Sam twice while he was giving his update, which meant "
        "he didn't get to raise the blocker he came with. Next time, please hold your questions until he "
        "has finished."
    )
    report = review_feedback(text)
    assert payload(report) == {
        "polarity": "constructive",
        "structure": {
            "situation": present("In yesterday's stand-up"),
            "behavior": present("you interrupted Sam twice"),
            "impact": present("which meant he didn't get to raise the blocker he came with"),
            "next_step": present("Next time, please hold your questions until he has finished"),
        },
        "findings": [],
        "rewrite": (
            "Behaviour: In yesterday's stand-up you interrupted Sam twice while he was giving his update, which "
            "meant he didn't get to raise the blocker he came with.\n"
            "Next step: Next time, please hold your questions until he has finished."
        ),
        "placeholders": [],
        "sources": [],
        "mode": "offline",
        "notices": [],
    }
    assert [s.slot for s in report.sentences] == ["behavior", "next_step"]


def test_positive_feedback_needs_no_next_step():
    text = (
        "In this morning's huddle you raised the staffing gap for the weekend, which meant I could book "
        "agency cover in time. Thank you."
    )
    report = review_feedback(text)
    assert report.polarity == "positive"
    assert report.findings == []
    assert report.rewrite == (
        "Behaviour: In this morning's huddle you raised the staffing gap for the weekend, which meant I could "
        "book agency cover in time. Thank you."
    )


def test_vague_praise_is_asked_about_in_its_own_words():
    report = review_feedback("Great job this year!")
    assert report.polarity == "positive"
    assert [f.model_dump() for f in report.findings] == [doc("vague"), doc("missing_impact")]
    assert report.rewrite.splitlines() == [
        f"Situation: {FALLBACK['situation']}",
        'Behaviour: Great job this year! [What exactly did the person say or do that shows "Great job this year"? '
        "Describe one occasion as a camera would have recorded it.]",
        f"Impact: {FALLBACK['impact']}",
    ]


def test_harsh_word_and_constantly_with_spans():
    text = "Maria's code is garbage and she constantly breaks the build."
    report = review_feedback(text)
    assert [f.model_dump() for f in report.findings] == [
        span("harsh-garbage", text, "garbage"),
        span("absolute-constantly", text, "constantly"),
        doc("vague"), doc("missing_impact"), doc("missing_action"),
    ]
    assert report.rewrite.splitlines()[1] == (
        'Behaviour: Maria\'s code is ["garbage": what exactly happened?] and she ["constantly": on which '
        f"occasions?] breaks the build. {FALLBACK['behavior']}"
    )


def test_mixed_feedback_with_multi_word_trait_and_everything():
    text = ("The dashboard you built in Q2 is excellent and the sales team uses it every day. You are, "
            "however, totally disorganized and everything you hand in is late.")
    report = review_feedback(text)
    assert report.polarity == "mixed"
    assert [f.model_dump() for f in report.findings] == [
        span("trait-disorganized", text, "disorganized"),
        span("absolute-everything", text, "everything"),
        doc("missing_action"),
    ]
    assert report.structure.behavior.evidence == "The dashboard you built in Q2 is excellent"
    assert report.structure.impact.evidence == "the sales team uses it every day"
    assert report.rewrite.splitlines()[-1] == (
        'Next step: [What should happen next time about "The dashboard you built in Q2 is excellent", and when '
        "will you follow up?]"
    )


@pytest.mark.parametrize(
    "text",
    [
        "There was a careless error in the March report, which meant the totals were wrong. Let's add a check.",
        "In the spring sale you implemented lazy loading on the product page, which meant the page never "
        "crashed under peak traffic. Great engineering.",
        "Mark never misses a deadline, which meant the audit closed early.",
        "You rewrote our disaster recovery plan before the audit, which meant we passed it.",
        "In the design critique you said Ahmed's mockups were garbage, so the team went quiet. "
        "Please give design feedback privately.",
        "Please always copy me on emails to the regulator.",
        "You talked over Li, so she never got to finish. Next time, let her finish.",
        "He never lets a client email sit overnight, and the client renewed for two more years.",
    ],
)
def test_hard_negatives_draw_no_span_findings(text):
    report = review_feedback(text)
    assert [f for f in report.findings if f.start is not None] == []


def test_every_span_finding_points_into_the_text():
    text = "He has a bad attitude and is not a team player. His report was useless and a total disaster."
    report = review_feedback(text)
    spans = [(f.kind, f.text) for f in report.findings if f.start is not None]
    assert spans == [("trait", "bad attitude"), ("trait", "not a team player"),
                     ("harsh", "useless"), ("harsh", "disaster")]
    for f in report.findings:
        if f.start is not None:
            assert text[f.start:f.end] == f.text


def test_empty_and_blank_drafts():
    for text in ("", "   \n\t"):
        report = review_feedback(text)
        assert report.findings == [] and report.rewrite == "" and report.placeholders == []
        assert report.structure.model_dump() == {p: absent() for p in PARTS}


def _guidance() -> Guidance:
    def item(topic: str, kind: str, text: str) -> GuidanceItem:
        citation = Citation(source="feedback-guide.md", section=f"Giving Feedback > {topic}", excerpt=text,
                            path="knowledge/feedback-guide.md")
        return GuidanceItem(topic=topic, kind=kind, text=text, citation=citation)

    return Guidance(name="feedback", items=[
        item("situation", "question", "When and where did this happen?"),
        item("situation", "example", '"In [this morning\'s planning meeting], ..."'),
        item("impact", "question", "What happened as a result of the behaviour?"),
        item("impact", "tip", "State impact as an observed effect."),
        item("next_step", "question", "What would you like the person to keep doing or do differently?"),
        item("behavior", "question", "What exactly did the person say or do?"),
    ])


def test_guidance_questions_fill_the_prompts_and_are_cited():
    text = "During the audit prep you didn't send the reconciliations until the day before the deadline."
    report = review_feedback(text, guidance=_guidance())
    about = ' (about "you didn\'t send the reconciliations until the day before the deadline")]'
    impact = "[What happened as a result of the behaviour?" + about
    step = "[What would you like the person to keep doing or do differently?" + about
    assert report.rewrite == (
        "Behaviour: During the audit prep you didn't send the reconciliations until the day before the deadline.\n"
        f"Impact: {impact}\n"
        f"Next step: {step}"
    )
    assert report.placeholders == [impact, step]
    assert [c.excerpt for c in report.sources] == [
        "What happened as a result of the behaviour?",
        "What would you like the person to keep doing or do differently?",
    ]
    assert check_fidelity(report.rewrite, [text]).ok


def test_guide_examples_about_other_situations_are_never_pasted_in():
    report = review_feedback("You need to improve.", guidance=_guidance())
    assert report.placeholders[0] == "[When and where did this happen?]"
    assert "planning meeting" not in report.rewrite
    assert [c.excerpt for c in report.sources][:1] == ["When and where did this happen?"]


def test_structure_items_lists_parts_in_order():
    report = review_feedback("You need to improve.")
    assert [name for name, _ in report.structure.items()] == ["situation", "behavior", "impact", "next_step"]


@needs_bias
def test_bias_flags_are_exactly_those_of_check_bias_and_are_edited_in_place():
    from assistant.analyzers.bias import check_bias

    text = "She is abrasive in meetings and too emotional with the chairman."
    report = review_feedback(text)
    assert report.bias == check_bias(text).flags
    assert report.bias, "the bias detector should flag this draft"
    assert [f.text for f in report.findings if f.kind == "trait"] == ["abrasive", "emotional"]
    assert report.rewrite.splitlines()[1] == (
        'Behaviour: She is ["abrasive": what did you see or hear them do?] in meetings and too ["emotional": what '
        'did you see or hear them do?] with the ["chairman": a gender-neutral word?].'
    )


@pytest.mark.parametrize("draft", [
    "During the Q3 close on 14 March, Priya re-ran the $2,400 reconciliation twice. Finance had to reopen the month.",
    "You're lazy and you never take initiative.",
    "Great job this year!",
])
def test_better_draft_never_adds_a_number_date_or_name(draft):
    report = review_feedback(draft, guidance=_guidance())
    assert check_fidelity(report.rewrite, [draft]).ok


@pytest.mark.parametrize(("draft", "polarity"), [
    # a troubled object the person took on or an absent problem is praise
    ("You took over a struggling project in May and rebuilt the schedule; we shipped on time in July.", "positive"),
    ("When the server crashed during the demo, you switched to the backup slides without missing a beat, "
     "and the client still signed.", "positive"),
    # a second predicate after "and" is the person's own trouble, not the remedy's object
    ("You handled the intake and struggled with the follow-up calls.", "constructive"),
    ("You took on too much and missed two deadlines.", "constructive"),
])
def test_remedied_trouble_is_praise_and_a_coordinated_fault_is_not(draft, polarity):
    assert review_feedback(draft).polarity == polarity


@pytest.mark.parametrize("sentence", [
    "This contributed directly to the team hitting its quarterly target.",
    "It earned us a second meeting.",
    "The buyer now trusts us with their renewals.",
])
def test_contributions_participles_and_reactions_are_impacts(sentence):
    draft = "In Tuesday's client meeting, you walked the buyer through the new pricing table. " + sentence
    assert review_feedback(draft).findings == []
    draft = ("You got the price down by 12% in Thursday's call with the vendor, saving us $8,000.")
    assert review_feedback(draft).findings == []


@pytest.mark.parametrize("sentence", [
    "It would help to summarise the client's question before you reply.",
    "I want to see you check the rate table before each run.",
    "I'm asking you to run the checklist before Thursday's run.",
    "One thing to try is to ask Ana to check the rates before each run.",
    "You could jot the rates down and compare them before each run.",
    "Starting next week, check the rate table before each run.",
])
def test_softly_put_steps_are_next_steps(sentence):
    draft = "On Tuesday you sent the invoice run with the wrong rates, and three clients were overcharged. " + sentence
    report = review_feedback(draft)
    assert (report.polarity, report.findings) == ("constructive", [])


@pytest.mark.parametrize(("draft", "polarity"), [
    ("Apart from a few typos, your report on the March audit was excellent and the board approved it.", "positive"),
    ("He took ownership of both Acme and Bricks, Inc. Aside from some false starts with estimates on Acme, "
     "clients are happy with his work.", "positive"),
    # no praise after the phrase, or no minimiser in it: the problem stands
    ("Other than missing two deadlines, there is not much to say.", "constructive"),
    ("Aside from the errors in the report, you did nothing.", "constructive"),
])
def test_a_minor_problem_conceded_before_praise_is_not_criticism(draft, polarity):
    assert review_feedback(draft).polarity == polarity


@pytest.mark.parametrize("sentence", [
    "Because of the missing rates, the invoices went out late.",
    "Two colleagues stayed behind to redo the figures.",
    "The director used your analysis in her board presentation.",
    "Your fix is now part of our standard release checklist.",
])
def test_causes_others_effort_and_work_taken_up_are_impacts(sentence):
    draft = "On Tuesday you sent the pricing table to the buyer before the call. " + sentence
    assert "missing_impact" not in {f.kind for f in review_feedback(draft).findings}


@pytest.mark.parametrize(("draft", "polarity"), [
    ("On Tuesday you sent the invoice run with the old rates, and three clients were overcharged.", "constructive"),
    ("You sent the rota late on Monday and two nurses were double-booked.", "constructive"),
    # the same harm averted is praise
    ("You rebooked the flights after the strike, so none of the delegates were stranded.", "positive"),
    ("You checked every rate before the run on Friday, so no client was overcharged this month.", "positive"),
])
def test_harm_to_others_is_criticism_and_a_harm_averted_is_praise(draft, polarity):
    assert review_feedback(draft).polarity == polarity


@pytest.mark.parametrize(("draft", "polarity", "kinds"), [
    # losing control is criticism; never losing it is praise, and its "never" is no absolute
    ("You lost your temper with the client on Monday, and she asked for another account manager.",
     "constructive", ["missing_action"]),
    # a concrete occasion and accomplishment: not vague (dev labelling guide; the learned layer's reading)
    ("You never lost your temper during the three-hour negotiation on Monday, and we closed the deal.",
     "positive", []),
    ("You didn't panic when the system went down during the Friday rush; you switched to paper tickets "
     "and we served every table.", "positive", []),
])
def test_losing_control_is_criticism_and_keeping_it_is_praise(draft, polarity, kinds):
    report = review_feedback(draft)
    assert (report.polarity, sorted(f.kind for f in report.findings)) == (polarity, kinds)


@pytest.mark.parametrize("sentence", [
    "You raised the security issue in the design review, and we fixed it before launch.",
    "You delivered the report on Thursday, and the board used it in its meeting.",
    "You summarised both positions in Wednesday's meeting, and we agreed a schedule.",
])
def test_what_the_team_then_did_with_the_work_is_an_impact(sentence):
    assert "missing_impact" not in {f.kind for f in review_feedback(sentence).findings}


@pytest.mark.parametrize("draft", [
    "Thank you for rewriting the onboarding checklist last month. Our three new starters this quarter were set up "
    "on their first day instead of their third.",
    "I wanted to recognise how you handled the Ashford account escalation on Friday. You called the client within "
    "the hour and laid out a recovery plan, and they've told us they're staying with us.",
    "Really appreciated you mentoring Jamal during his first month. He closed his first deal in week five, well "
    "ahead of the usual ramp.",
    "You reorganised the stockroom over the weekend; the morning crew now finds items faster and nobody has had to "
    "call me about missing stock.",
])
def test_well_formed_praise_with_ordinary_impacts_is_left_clean(draft):
    report = review_feedback(draft)
    assert (report.polarity, report.findings) == ("positive", [])
