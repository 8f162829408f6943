"""Round 21 (brief AN): impacts the analyzer did not see on outside drafts. A present state set against an
earlier one by a phase adverb ("still", "already", "no longer", "back", "again", "finally"), also with a verb
the clause parser does not know; a superlative bounded by the group's own history ("the most successful
festival we have ever run", "our busiest month ever"); "since" before a time as a preposition ("Since then
nobody has ..."); a count of what the act delivered to others or of those it served; the act named in a
fronted phrase of means ("Under Joan's leadership, the team achieved ..."). Look-alikes: a place or
a judgement after "still", the writer's own viewing, spans of time, plans and purposes, the person's own
record.

Texts from scripts/feedback_round21b_probe.tsv (adapted outside drafts, p.., and the check set written after
the change, c..)."""

from __future__ import annotations

import pytest

from assistant.analyzers.feedback import load_feedback_rules, review_feedback
from tests.fixtures.scripts import load_script

RULES = load_feedback_rules()


def _reading(text: str) -> tuple[str, list[str], str | None]:
    report = review_feedback(text, rules=RULES)
    return report.polarity, sorted({f.kind for f in report.findings}), report.structure.impact.evidence


@pytest.mark.parametrize(("text", "expected"), [
    ("Bart travelled to Mississippi four times after the hurricane and led the Habitat crews there. Eleven families "
     "are back in their own homes.",
     ("positive", [], "Eleven families are back in their own homes")),
    ("You cleaned, shifted and weeded the picture-book section over the winter. It looks new, and children can "
     "finally reach the shelves.",
     ("positive", [], "children can finally reach the shelves")),
    ("Tomás fixed the leaking valve on the third floor last week. The storeroom is dry again.",
     ("positive", [], "The storeroom is dry again")),
    ("You spent March clearing the backlog of warranty claims. The queue is back under fifty.",
     ("positive", [], "The queue is back under fifty")),
    ("You started phoning our homebound clients every morning in March. Most of them no longer go whole days "
     "without speaking to anyone.",
     ("constructive", ["missing_action"], "Most of them no longer go whole days without speaking to anyone")),
    ("You drew up the site plan and trained all forty volunteers before the festival. It was the most successful "
     "festival we have ever run.",
     ("positive", [], "It was the most successful festival we have ever run")),
    ("You reorganised the appointment book over the winter; March was our busiest month ever.",
     ("positive", [], "March was our busiest month ever")),
    ("You redesigned the rota in January. Since then nobody has worked a double shift.",
     ("positive", [], "then nobody has worked a double shift")),
    ("In August you gave 41 rides to clients who had no other way to reach their doctors.",
     ("positive", [], "In August you gave 41 rides to clients who had no other way to reach their doctors.")),
    ("In February you ran the free tax clinic for 80 pensioners.",
     ("positive", [], "In February you ran the free tax clinic for 80 pensioners.")),
    ("Under Joan's leadership this year, the claims team achieved a 50% increase in efficiency and a 30% reduction in "
     "processing costs.",
     ("positive", [], "the claims team achieved a 50% increase in efficiency")),
    # look-alikes
    ("You ran the stock count on Monday. The warehouse is still in Leeds.",
     ("positive", ["missing_impact"], None)),
    ("You drafted the grant report last week. It is still unclear whether the council will fund it.",
     ("positive", ["missing_impact"], None)),
    ("You presented the budget on Friday. It was the best presentation ever.",
     ("positive", ["missing_impact"], None)),
    ("On Tuesday you rewrote the returns page for the help centre. It was the best page I have ever seen.",
     ("positive", ["missing_impact"], None)),
    ("With your permission, I will share the notes with the team.",
     ("constructive", ["missing_impact", "vague"], None)),
    ("You worked 12 hours on Saturday to finish the stock count.",
     ("positive", ["missing_impact"], None)),
    ("You plan to deliver winter coats to 35 families next month.",
     ("positive", ["missing_impact", "vague"], None)),
    ("Avi set a goal to raise enough money to provide meals to 200 seniors, and he made campaign signs to get "
     "started.",
     ("positive", ["missing_impact"], None)),
    ("You cancelled 4 appointments for patients without notice last week.",
     ("positive", ["missing_impact"], None)),
    ("Since then you have missed two deadlines on the payroll run.",
     ("constructive", ["missing_action", "missing_impact"], None)),
])
def test_impact_forms(text: str, expected: tuple[str, list[str], str | None]) -> None:
    assert _reading(text) == expected


def test_probe_figures() -> None:
    probe = load_script("scripts/feedback_round21b_probe.py")
    right = dict.fromkeys(("impact", "none", "check_impact", "check_none"), 0)
    for row in probe.rows():
        right[row["set"]] += probe.correct(row)
    assert right == {"impact": 39, "none": 14, "check_impact": 14, "check_none": 13}
