"""Every analyzer finishes on the reproductions of issue #14 and on 50,000 characters of hostile
patterns. Each case runs in a fresh subprocess that reports the CPU seconds of the call, held to
``HANG_GUARD_S``: the guard catches super-linear behaviour (the reproductions took 15-229 s), not a speed
target, and CPU time does not grow with the machine's load as wall time does; a subprocess still running
after ``WALL_LIMIT_S`` has hung. The measured times are in benchmarks/bench_adversarial.py and SECURITY.md."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from assistant.settings import PROJECT_ROOT

HANG_GUARD_S = 8
WALL_LIMIT_S = 120
ANALYZERS = {
    "bias": "from assistant.analyzers.bias import check_bias as run",
    "goal": "from assistant.analyzers.goal import check_goal as run",
    "feedback": "from assistant.analyzers.feedback import review_feedback as run",
    "fidelity": "from assistant.analyzers.fidelity import check_fidelity\nrun = lambda t: check_fidelity(t, [t[:200]])",
    "masking": "from assistant.llm.redact import Redactor\nrun = lambda t: Redactor().mask(t)",
}


def call_cpu_seconds(analyzer: str, expression: str) -> float | None:
    """CPU seconds of one call of ``analyzer`` on the text ``expression`` evaluates to, in a fresh subprocess
    (rules loaded by a first short call); None when it is still running after ``WALL_LIMIT_S``."""
    code = (f"{ANALYZERS[analyzer]}\nimport time\ntext = {expression}\nrun('warm up the rules')\n"
            "t = time.process_time()\nrun(text)\nprint(time.process_time() - t)")
    try:
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=WALL_LIMIT_S, text=True,
                              env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)})
    except subprocess.TimeoutExpired:
        return None
    assert proc.returncode == 0, proc.stderr[-2000:]
    return float(proc.stdout.split()[-1])


def finishes(analyzer: str, expression: str, guard: float = HANG_GUARD_S) -> bool:
    """True when ``analyzer`` on the text ``expression`` evaluates to takes less than ``guard`` CPU seconds."""
    seconds = call_cpu_seconds(analyzer, expression)
    return seconds is not None and seconds < guard


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


# One phrase repeated to 50,000 characters, the class behind 'GREAT JOB YOU ' x 2,500 (106 s in
# review_feedback: a check run once per praise word read the whole clause each time): capitalised
# phrases, names and pronouns, text with no sentence punctuation at all, and the same over RTL,
# zero-width and emoji. Every analyzer gets every phrase; the subprocess reports the CPU seconds of
# the call itself, held to REPEATED_GUARD_CPU_S (the issue asks for under 2 s; measured figures are
# 0.0-0.7 s CPU: BENCHMARKS.md, "Hostile input", second table).
REPEATED_GUARD_CPU_S = 5.0
REPEATED_PHRASES = {
    "shouted-praise": "GREAT JOB YOU ",
    "title-case-praise": "Great Job You ",
    "shouted-sentence": "EXCELLENT WORK ON THE LAUNCH PLAN ",
    "names-and-pronouns": "Sam and Alex told her that he ",
    "pronouns": "you she he they you her him ",
    "one-name": "Priya ",
    "no-punctuation-praise": "you did a great job on the budget and the team was happy so keep it up next time please ",
    "no-punctuation-criticism": "he is always late and never listens to anyone which hurt the team ",
    "no-punctuation-accomplishment": "Dana finished the migration on time and the client signed the renewal and ",
    "no-punctuation-tasks-done": "Sam delivered the slides and he completed the audit and ",
    "no-punctuation-goal": "to grow revenue we will increase sales by 10 percent by Q3 and re-train the sales team ",
    "fronted-purposes": "To cut wait times, we will add two clinics by June. ",
    "commas": "great, job, you, ",
    "rtl": "أحسنت عملا رائعا يا سامي ",
    "zero-width": "great\u200bjob\u200d you\u200c ",
    "emoji": "great 👍 job 🙂 you 👩‍💻 ",
}
REPEATED_ANALYZERS = ("bias", "goal", "feedback")


def cpu_seconds(analyzer: str, phrase: str, size: int = 50_000) -> float:
    """CPU seconds of one call of ``analyzer`` on ``phrase`` repeated to ``size`` characters."""
    seconds = call_cpu_seconds(analyzer, f"({phrase!r} * ({size} // {len(phrase)} + 1))[:{size}]")
    assert seconds is not None, f"{analyzer} still running after {WALL_LIMIT_S} s"
    return seconds


@pytest.mark.parametrize("phrase", sorted(REPEATED_PHRASES))
@pytest.mark.parametrize("analyzer", REPEATED_ANALYZERS)
def test_repeated_phrase_at_fifty_thousand_characters(analyzer, phrase):
    assert cpu_seconds(analyzer, REPEATED_PHRASES[phrase]) < REPEATED_GUARD_CPU_S
