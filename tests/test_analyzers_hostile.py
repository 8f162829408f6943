"""Hostile input for the three analyzers (issue 14's reproductions): each returns a result, with no
traceback, and a faithful rewrite.

The time bound is a runaway guard, not a speed target: the reproductions took 15-229 s before the
analyzers became linear, and the guard sits far above today's cost on a busy machine. Speed is
measured by benchmarks/bench_adversarial.py (figures in BENCHMARKS.md and SECURITY.md)."""

from __future__ import annotations

import time

import pytest

from assistant.analyzers.bias import check_bias
from assistant.analyzers.feedback import review_feedback
from assistant.analyzers.fidelity import check_fidelity
from assistant.analyzers.goal import check_goal

RUNAWAY_GUARD_S = 30.0
CASES = {
    "a-hyphen-run": "a-" * 24_995,  # was 229 s in coach feedback
    "comma-ones": ("1," * 25_000)[:50_000],  # was 67 s
    "she-is": ("she is " * 8_000)[:50_000],  # was 41 s in coach bias
    "never": ("never " * 4_000)[:20_000],  # was 15 s
    "never-50k": ("never " * 9_000)[:50_000],
    "repeated-goal": ("Increase sales by 10% by Q3 to support the plan " * 1_100)[:50_000],  # was 1-8 s
    "repeated-okr": ("OBJECTIVE: Grow use. KR: Increase weekly active users 10% m/m by Q3 2027. " * 700)[:50_000],
    "rtl-zero-width-combining-emoji": ("\u202eabc \u200b\u0301 🙂 مرحبا \u200d👩‍💻 " * 2_500)[:50_000],
    "one-long-space-run": "a" + " " * 49_998 + "b",
    "one-trait-word": ("lazy " * 10_000)[:50_000],
    "function-words": ("by " * 17_000)[:50_000],
    "purpose-clauses": ("to improve " * 5_000)[:50_000],
    "title-case-run": ("East Temple Street " * 2_700)[:50_000],  # a faith word in one long name run: was 4 s in bias
}


@pytest.mark.parametrize("analyze", [check_bias, review_feedback, check_goal], ids=lambda f: f.__name__)
@pytest.mark.parametrize("name", list(CASES))
def test_reproduction_finishes_fast_with_a_result(analyze, name: str) -> None:
    text = CASES[name]
    analyze("warm up the rules")
    started = time.process_time()  # CPU seconds: wall time also grows with the machine's load
    report = analyze(text)
    seconds = time.process_time() - started
    assert report is not None
    assert seconds < RUNAWAY_GUARD_S, f"{analyze.__name__} ran away: {seconds:.2f} s CPU on {name}"


@pytest.mark.parametrize("name", ["repeated-goal", "never-50k", "rtl-zero-width-combining-emoji"])
def test_rewrites_of_hostile_input_stay_faithful(name: str) -> None:
    text = CASES[name]
    assert check_fidelity(check_goal(text).rewrite, [text]).ok
    assert check_fidelity(review_feedback(text).rewrite, [text]).ok
