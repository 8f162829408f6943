"""A sentence-initial 'always'/'never' before a verb in its base form opening a verb phrase is an imperative
(a standing instruction, not flagged); review form (third person, past, -ing, adjective predicate) is flagged."""

from __future__ import annotations

import pytest

from assistant.analyzers.feedback import review_feedback

LEAD = "You cut Ana off twice in Tuesday's review. "


def _findings(sentence: str) -> list[tuple[str, str | None]]:
    return [(f.kind, f.text) for f in review_feedback(LEAD + sentence).findings]


@pytest.mark.parametrize(("sentence", "expected"), [
    # no effect of cutting Ana off is told: "let the presenter finish" is asked, not what followed (round 32)
    ("Always let the presenter finish before you ask questions.", [("missing_impact", None)]),
    ("Always let me know when a deadline is at risk.", [("missing_impact", None)]),
    ("Always revisit the checklist before you sign off.", [("missing_impact", None)]),
    ("Always rework the draft after the peer review.", [("missing_impact", None)]),
    ("Never skip the pre-shift safety check.", [("missing_impact", None)]),
])
def test_absolute_opening_an_imperative_is_an_instruction(sentence: str, expected: list) -> None:
    assert _findings(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Always misses deadlines.", [("absolute", "Always"), ("missing_impact", None), ("missing_action", None)]),
    ("Always rushing through the close.", [("absolute", "Always"), ("missing_impact", None), ("missing_action", None)]),
    ("Always late to the morning huddle.", [("absolute", "Always"), ("missing_impact", None), ("missing_action", None)]),
    ("Always wrong about the figures.", [("absolute", "Always"), ("missing_impact", None), ("missing_action", None)]),
    ("Always let deadlines slip at month end.", [("absolute", "Always"), ("missing_impact", None),
                                                  ("missing_action", None)]),
    ("Always rush.", [("absolute", "Always"), ("missing_impact", None), ("missing_action", None)]),
])
def test_review_form_after_an_absolute_stays_flagged(sentence: str, expected: list) -> None:
    assert _findings(sentence) == expected


def test_absolute_probe_reads_every_probe_draft() -> None:
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "scripts" / "feedback_absolute_probe.py"
    spec = importlib.util.spec_from_file_location("feedback_absolute_probe", path)
    probe = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(probe)
    wrong = [s for s in probe.INSTRUCTION if probe.flagged(s)] + [s for s in probe.REVIEW if not probe.flagged(s)]
    assert wrong == []
