"""Round 20 (brief AE): an impact in ordinary words (a counterfactual tied to the person's part, a harm
their act may have averted, what others could do after it, what others reached or regained) is an effect;
purposes, praise words and offered abilities are not.

Texts from scripts/feedback_round20d_probe.tsv (fresh, written for the probe) and the check set written
after the change (the last three)."""

from __future__ import annotations

import pytest

from assistant.analyzers.feedback import load_feedback_rules, review_feedback

RULES = load_feedback_rules()


def _reading(text: str) -> tuple[str, list[str], str | None]:
    report = review_feedback(text, rules=RULES)
    return report.polarity, sorted({f.kind for f in report.findings}), report.structure.impact.evidence


@pytest.mark.parametrize(("text", "expected"), [
    ("On Tuesday you spotted the loose guard rail on the loading bay and taped it off. You may well have prevented "
     "a serious accident.",
     ("positive", [], "You may well have prevented a serious accident.")),
    ("Thanks for proofreading the grant application over the weekend, Maya. Without your corrections the panel "
     "would have rejected it outright.",
     ("positive", [], "Without your corrections the panel would have rejected it outright.")),
    ("You reorganised the shared drive last month and labelled every folder. The new starters could find everything "
     "on their first day.",
     ("positive", [], "The new starters could find everything on their first day.")),
    ("Priya translated the safety notices into Polish and Romanian. The warehouse crew could finally read the "
     "instructions for the new forklifts.",
     ("positive", [], "The warehouse crew could finally read the instructions for the new forklifts.")),
    ("You fixed the broken ramp at the side entrance in September. Mr Okafor can get his wheelchair into the "
     "library again.",
     ("positive", [], "Mr Okafor can get his wheelchair into the library again.")),
    ("You set up the rota for the holiday weekend and swapped shifts with two people who had family plans. "
     "Everyone got home for Christmas.",
     ("positive", [], "Everyone got home for Christmas")),
    ("You answered the hotline on Christmas Eve when nobody else could. Three families got their heating back on "
     "before the holiday.",
     ("positive", [], "Three families got their heating back on")),
    # look-alikes: a purpose, praise words, an ability offered rather than reached
    ("On Tuesday you taped off the loose guard rail on the loading bay to help the team stay safe.",
     ("positive", ["missing_impact"], None)),
    ("You reorganised the shared drive last month. Your work has had a great impact.",
     ("positive", ["missing_impact"], None)),
    ("You drafted the new rota. The night staff could review it on Friday.",
     ("positive", ["missing_impact"], None)),
    ("Priya translated the safety notices. The warehouse crew could learn a lot from her.",
     ("positive", ["missing_impact"], None)),
    ("You reorganised the shared drive last month. Maybe the new starters could use it next week.",
     ("positive", ["missing_impact"], None)),
])
def test_impact_in_ordinary_words(text: str, expected: tuple[str, list[str], str | None]) -> None:
    assert _reading(text) == expected


def test_probe_figures() -> None:
    import csv
    from pathlib import Path

    data = Path(__file__).resolve().parent.parent / "scripts" / "feedback_round20d_probe.tsv"
    with data.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    right = {"impact": 0, "look": 0}
    for row in rows:
        missing = any(f.kind == "missing_impact" for f in review_feedback(row["text"], rules=RULES).findings)
        right[row["set"]] += missing == (row["set"] == "look")
    assert right == {"impact": 23, "look": 15}
