"""Compiled built-in rules (assistant.analyzers.rulecache): same results as compiling, stale files ignored."""

from __future__ import annotations

import datetime as dt
import io
import os
import pickle
import re
import subprocess
import sys

import pytest

from assistant.analyzers import rulecache
from assistant.analyzers.bias import RuleSet, check_bias
from assistant.analyzers.feedback import FeedbackRules, review_feedback
from assistant.analyzers.goal import GoalRules, check_goal
from assistant.analyzers.scan import compile_regex

TEXTS = [
    "She is abrasive in meetings and too emotional for a team lead.",
    "In yesterday's stand-up you interrupted Sam twice. Next time, please let him finish.",
    "Great job on the launch! Your checklist caught three config errors before release, so the rollout had "
    "no downtime. Keep sharing it with the on-call team.",
    "He's a real go-getter, a young and energetic guy, but his reports are always late and full of errors.",
    "Improve customer service by the end of Q3.",
    "Reduce average ticket response time from 6 hours to 2 hours by 30 June 2027 by adding a weekend rota.",
]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("compiled")
    rulecache.build(folder)
    return folder


def test_build_writes_each_analyzer_and_load_reads_it(built) -> None:
    assert sorted(p.name for p in built.iterdir()) == ["bias.pickle", "feedback.pickle", "goal.pickle", "programs.pickle"]
    assert isinstance(rulecache.load("bias", built), RuleSet)
    assert isinstance(rulecache.load("feedback", built), FeedbackRules)
    assert isinstance(rulecache.load("goal", built), GoalRules)


def test_cached_rules_give_the_compiled_rules_results(built) -> None:
    bias = rulecache._compile_fresh("bias")
    feedback = rulecache._compile_fresh("feedback")
    goal = rulecache._compile_fresh("goal")
    cached_bias, cached_feedback, cached_goal = (rulecache.load(n, built) for n in ("bias", "feedback", "goal"))
    today = dt.date(2026, 12, 3)
    for text in TEXTS:
        assert check_bias(text, cached_bias).model_dump_json() == check_bias(text, bias).model_dump_json()
        assert (review_feedback(text, bias_rules=cached_bias, rules=cached_feedback).model_dump_json()
                == review_feedback(text, bias_rules=bias, rules=feedback).model_dump_json())
        assert (check_goal(text, today=today, rules=cached_goal).model_dump_json()
                == check_goal(text, today=today, rules=goal).model_dump_json())


def test_loading_writes_nothing(built) -> None:
    before = {p.name: (p.stat().st_mtime_ns, p.stat().st_size) for p in built.iterdir()}
    for name in rulecache.NAMES:
        rulecache.load(name, built)
    assert {p.name: (p.stat().st_mtime_ns, p.stat().st_size) for p in built.iterdir()} == before


def test_missing_stale_or_damaged_files_are_ignored(built, tmp_path) -> None:
    assert rulecache.load("bias", tmp_path) is None  # missing
    data = (built / "goal.pickle").read_bytes()
    (tmp_path / "goal.pickle").write_bytes(bytes([data[0] ^ 1]) + data[1:])  # another fingerprint
    assert rulecache.load("goal", tmp_path) is None
    (tmp_path / "goal.pickle").write_bytes(data[:-100])  # cut short
    assert rulecache.load("goal", tmp_path) is None


def test_a_foreign_global_is_refused(tmp_path) -> None:
    payload = pickle.dumps(print)  # builtins.print: no rule object
    (tmp_path / "bias.pickle").write_bytes(rulecache.fingerprint() + payload)
    assert rulecache.load("bias", tmp_path) is None
    with pytest.raises(pickle.UnpicklingError):
        rulecache._Unpickler(io.BytesIO(payload)).load()


@pytest.mark.parametrize("pattern, flags", [
    (r"(?<![\w'-])(?:team\s+player|go-getter)(?![\w-])", re.IGNORECASE),
    (r"(?P<who>he|she)\s+(?P=who)?is\b", 0),
    (r"(?i)\bİstanbul|ſ|K\b", 0),
    (r"(?x) a  b  # comment", re.IGNORECASE),
    (r"^\d{1,3}(?:,\d{3})*%$", re.MULTILINE | re.DOTALL),
])
def test_a_pattern_is_rebuilt_from_its_program(pattern: str, flags: int) -> None:
    compiled = re.compile(pattern, flags)
    rebuilt = pickle.loads(_dumps(compiled))
    assert rebuilt == compiled
    assert (rebuilt.pattern, rebuilt.flags, rebuilt.groups, rebuilt.groupindex) == (
        compiled.pattern, compiled.flags, compiled.groups, compiled.groupindex)
    for text in ("He is a team player", "she she is", "İstanbul K", "ab AB", "1,234%\n12%"):
        assert [m.span() for m in rebuilt.finditer(text)] == [m.span() for m in compiled.finditer(text)]


def test_a_grouped_pattern_is_rebuilt_from_its_program() -> None:
    """scan.compile_regex's program (alternatives grouped by first character) is stored as it is."""
    compiled = compile_regex(r"\b(?:meet|call|move|m)(?P<s>s)?\b", re.IGNORECASE)
    assert compiled != re.compile(compiled.pattern, compiled.flags)  # another program, the same matches
    rebuilt = pickle.loads(_dumps(compiled))
    assert rebuilt == compiled and rebuilt.groupindex == compiled.groupindex
    assert [m.span() for m in rebuilt.finditer("Meets a call, moves m")] == [(0, 5), (8, 12), (14, 19), (20, 21)]


def _dumps(obj: object) -> bytes:
    buffer = io.BytesIO()
    rulecache._Pickler(buffer).dump(obj)
    return buffer.getvalue()


def test_every_pattern_the_analyzer_modules_compile_has_its_program(built) -> None:
    programs = rulecache.load("programs", built)
    assert len(programs) > 300
    assert rulecache._requested <= set(programs)
    for key, args in programs.items():
        assert rulecache._pattern(*args) == compile_regex(*key)  # re.compile's pattern, alternatives grouped


def test_the_patterns_compiled_at_import_are_the_same_in_every_process() -> None:
    """A pattern built from a set's order would differ between processes and never be found in the cache."""
    code = ("import assistant.analyzers.feedback, assistant.analyzers.goal\n"
            "from assistant.analyzers import rulecache\n"
            "import hashlib; print(hashlib.sha256(repr(sorted(rulecache._requested)).encode()).hexdigest())")
    seen = set()
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        seen.add(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout)
    assert len(seen) == 1


def test_pattern_scans_read_back_know_their_patterns(built) -> None:
    """PatternScan finds a pattern's position by object identity: read back, it still does (else every
    pattern would be scanned in full: the same results, slower)."""
    feedback = rulecache.load("feedback", built)
    patterns = [*(cue.pattern for cue in feedback.cues), feedback.praise, feedback.critical, feedback.negators]
    assert [feedback.scan_index(p) for p in patterns] == list(range(len(patterns)))
    goal = rulecache.load("goal", built)
    patterns = [rule.regex for rule in goal.rules if rule.regex is not None]
    assert [goal.rule_scan.index(p) for p in patterns] == list(range(len(patterns)))


def test_string_attributes_read_back_are_interned(built) -> None:
    """Compiled, a rule's Literal fields hold the literal itself; read back they are interned again, so the
    analyzers' comparisons with their constants stay identity checks (same results, fewer instructions)."""
    fresh = rulecache._compile_fresh("feedback")
    cached = rulecache.load("feedback", built)
    for made, read in zip(fresh.span_rules, cached.span_rules, strict=True):
        assert made.rule == read.rule
        assert read.rule.kind is sys.intern(made.rule.kind) and read.rule.match is sys.intern(made.rule.match)
