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
PLACEHOLDERS = load_feedback_rules().placeholders


def doc(kind: str) -> dict:
    d = DOCS[kind]
    return {"kind": kind, "start": None, "end": None, "text": None, "message": d.message, "suggestion": d.suggestion}


def span(rule_id: str, text: str, word: str, occurrence: int = 0) -> dict:
    rule = RULES[rule_id]
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(word, start + 1)
    return {"kind": rule.kind, "start": start, "end": start + len(word), "text": word,
            "message": rule.message, "suggestion": rule.suggestion}


def absent() -> dict:
    return {"present": False, "evidence": None}


def present(evidence: str) -> dict:
    return {"present": True, "evidence": evidence}


def payload(report: FeedbackReport) -> dict:
    data = report.model_dump(mode="json")
    data.pop("bias")
    return data


def test_trait_and_absolute_draft_gets_the_whole_picture():
    text = "You're lazy and you never take initiative."
    report = review_feedback(text)
    lazy = '[what did you observe that made you think "lazy"?]'
    never = '[name the specific occasions instead of "never"]'
    situation = f"[{PLACEHOLDERS['situation']}]"
    impact = f"[{PLACEHOLDERS['impact']}]"
    step = f"[{PLACEHOLDERS['next_step']}]"
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
            f"Situation: {situation}\n"
            f"Behaviour: You're {lazy} and you never take initiative. {never}\n"
            f"Impact: {impact}\n"
            f"Next step: {step}"
        ),
        "placeholders": [lazy, never, situation, impact, step],
        "sources": [],
        "mode": "offline",
        "notices": [],
    }
    assert text[7:11] == "lazy" and text[20:25] == "never"


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
            "behavior": present("you interrupted"),
            "impact": present("which meant"),
            "next_step": present("Next time"),
        },
        "findings": [],
        "rewrite": (
            "Situation: In yesterday's stand-up.\n"
            "Behaviour: You interrupted Sam twice while he was giving his update.\n"
            "Impact: Which meant he didn't get to raise the blocker he came with.\n"
            "Next step: Next time, please hold your questions until he has finished."
        ),
        "placeholders": [],
        "sources": [],
        "mode": "offline",
        "notices": [],
    }


def test_positive_feedback_needs_no_next_step():
    text = (
        "In this morning's huddle you raised the staffing gap for the weekend, which meant I could book "
        "agency cover in time. Thank you."
    )
    report = review_feedback(text)
    assert report.polarity == "positive"
    assert report.findings == []
    assert report.rewrite == (
        "Situation: In this morning's huddle.\n"
        "Behaviour: You raised the staffing gap for the weekend. Thank you.\n"
        "Impact: Which meant I could book agency cover in time."
    )


def test_vague_praise():
    report = review_feedback("Great job this year!")
    assert report.polarity == "positive"
    assert [f.model_dump() for f in report.findings] == [doc("vague"), doc("missing_impact")]
    assert report.rewrite.splitlines()[1] == f"Behaviour: Great job this year! [{PLACEHOLDERS['behavior']}]"


def test_harsh_word_and_constantly_with_spans():
    text = "Maria's code is garbage and she constantly breaks the build."
    report = review_feedback(text)
    assert [f.model_dump() for f in report.findings] == [
        span("harsh-garbage", text, "garbage"),
        span("absolute-constantly", text, "constantly"),
        doc("vague"), doc("missing_impact"), doc("missing_action"),
    ]
    assert '[what exactly happened that you called "garbage"?]' in report.rewrite
    assert "garbage" not in report.rewrite.replace('"garbage"', "")


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
    assert report.structure.behavior.evidence == "you built"
    assert report.structure.impact.evidence == "team uses"


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
        assert report.structure.model_dump() == {p: absent() for p in PLACEHOLDERS}


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


def test_guidance_fills_the_placeholders_and_is_cited():
    text = "During the audit prep you didn't send the reconciliations until the day before the deadline."
    guidance = _guidance()
    report = review_feedback(text, guidance=guidance)
    impact = "[What happened as a result of the behaviour?]"
    step = "[What would you like the person to keep doing or do differently?]"
    assert report.rewrite == (
        "Situation: During the audit prep.\n"
        "Behaviour: You didn't send the reconciliations until the day before the deadline.\n"
        f"Impact: {impact}\n"
        f"Next step: {step}"
    )
    assert report.placeholders == [impact, step]
    assert [c.excerpt for c in report.sources] == [
        "What happened as a result of the behaviour?",
        "What would you like the person to keep doing or do differently?",
    ]
    assert check_fidelity(report.rewrite, [text]).ok


def test_guidance_example_brackets_do_not_break_placeholders():
    report = review_feedback("You need to improve.", guidance=_guidance())
    situation = "[When and where did this happen? e.g. \"In this morning's planning meeting, ...\"]"
    assert report.placeholders[0] == situation
    assert report.rewrite.startswith(f"Situation: {situation}\n")
    assert [c.excerpt for c in report.sources][:2] == [
        "When and where did this happen?", '"In [this morning\'s planning meeting], ..."']


def test_structure_items_lists_parts_in_order():
    report = review_feedback("You need to improve.")
    assert [name for name, _ in report.structure.items()] == ["situation", "behavior", "impact", "next_step"]


@needs_bias
def test_bias_flags_are_exactly_those_of_check_bias():
    from assistant.analyzers.bias import check_bias

    text = "She is abrasive in meetings and too emotional with the chairman."
    report = review_feedback(text)
    assert report.bias == check_bias(text).flags
    assert report.bias, "the bias detector should flag this draft"
    assert [f.text for f in report.findings if f.kind == "trait"] == ["abrasive", "emotional"]
