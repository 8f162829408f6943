"""Every analyzer finishes on the reproductions of issue #14 and on 50,000 characters of hostile
patterns. Each case runs in a fresh subprocess killed after ``HANG_GUARD_S``: the guard catches
super-linear behaviour (the reproductions took 15-229 s), not a speed target; the measured times
are in benchmarks/bench_adversarial.py and SECURITY.md."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from assistant.settings import PROJECT_ROOT

HANG_GUARD_S = 8
ANALYZERS = {
    "bias": "from assistant.analyzers.bias import check_bias as run",
    "goal": "from assistant.analyzers.goal import check_goal as run",
    "feedback": "from assistant.analyzers.feedback import review_feedback as run",
    "fidelity": "from assistant.analyzers.fidelity import check_fidelity\nrun = lambda t: check_fidelity(t, [t[:200]])",
    "masking": "from assistant.llm.redact import Redactor\nrun = lambda t: Redactor().mask(t)",
}


def finishes(analyzer: str, expression: str, guard: float = HANG_GUARD_S) -> bool:
    """True when ``analyzer`` on the text ``expression`` evaluates to finishes within the guard."""
    code = f"{ANALYZERS[analyzer]}\ntext = {expression}\nrun(text)\n"
    try:
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=guard,
                              env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)})
    except subprocess.TimeoutExpired:
        return False
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    return True


REPRODUCTIONS = [
    pytest.param("feedback", "'a-' * 24995", id="feedback-a-dash"),
    pytest.param("feedback", "'1,' * 24995", id="feedback-1-comma"),
    pytest.param("bias", "('she is ' * 7200)[:50000]", id="bias-she-is"),
    pytest.param("feedback", "('she is ' * 7200)[:50000]", id="feedback-she-is"),
    pytest.param("feedback", "('never ' * 3400)[:20000]", id="feedback-never"),
    pytest.param("goal", "'a-' * 24995", id="goal-a-dash"),
    pytest.param("bias", "'a-' * 24995", id="bias-a-dash"),
    pytest.param("goal", "('increase sales by 10% ' * 2300)[:50000]", id="goal-repeated-phrase"),
]


@pytest.mark.parametrize(("analyzer", "expression"), REPRODUCTIONS)
def test_issue_reproductions_finish(analyzer, expression):
    assert finishes(analyzer, expression)


HOSTILE = {
    "a-dash": "'a-' * 24995",
    "digit-groups": "'12345 ' * 8333",
    "one-word": "('synergy ' * 6250)[:50000]",
    "spaces-then-x": "' ' * 49999 + 'x'",
    "brackets": "'([{' * 16666",
    "he-she": "('he or she said she ' * 2500)[:50000]",
}


@pytest.mark.parametrize("kind", sorted(HOSTILE))
@pytest.mark.parametrize("analyzer", sorted(ANALYZERS))
def test_fifty_thousand_hostile_characters_finish(analyzer, kind):
    if kind == "a-dash" and analyzer in {"goal", "feedback"}:
        pytest.skip("an issue reproduction, above")
    assert finishes(analyzer, HOSTILE[kind])
