"""Reading and scoring shared by the feedback kind probes (scripts/feedback_round25b_probe.py,
scripts/feedback_round26_probe.py).

A probe is a TSV (columns ``id``, ``class``, ``kinds``, ``polarity``, ``action``, ``vague``, ``text``, ...). A row's
findings are right when the scored kinds among them equal ``kinds`` ('-' none, '*' not scored) and missing_action
and vague are present as ``action`` and ``vague`` say ('yes', 'no', '-' not scored); its polarity is right when it
equals ``polarity`` ('critical': anything but positive; '-': not scored).
"""

from __future__ import annotations

import argparse
import csv
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from assistant.analyzers.feedback import load_feedback_rules, review_feedback


def read_rows(tsv: Path) -> list[dict[str, str]]:
    """The probe rows, one dict per TSV line."""
    with tsv.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def expected(row: dict[str, str]) -> set[str] | None:
    if row["kinds"] == "*":
        return None
    return set() if row["kinds"] == "-" else set(row["kinds"].split(","))


def polarity_ok(want: str, got: str) -> bool:
    if want == "critical":
        return got != "positive"
    return want == "-" or got == want


def flag_ok(want: str, present: bool) -> bool:
    return want == "-" or (want == "yes") == present


def judge(row: dict[str, str], rules: object, scored: Iterable[str]) -> tuple[bool, bool, set[str], str]:
    """(kinds and flags right, polarity right, the findings' kinds, the polarity) of one row."""
    report = review_feedback(row["text"], rules=rules)
    kinds, polarity = {f.kind for f in report.findings}, str(report.polarity)
    want = expected(row)
    kinds_ok = (want is None or kinds & set(scored) == want) and flag_ok(row["action"], "missing_action" in kinds) \
        and flag_ok(row["vague"], "vague" in kinds)
    return kinds_ok, polarity_ok(row["polarity"], polarity), kinds, polarity


def run(tsv: Path, classes: Sequence[str], scored: Iterable[str],
        listing: bool = False) -> dict[str, tuple[int, int, int]]:
    """(kinds right, polarity right, rows) per class, in the order of ``classes``."""
    rules = load_feedback_rules()
    scores = {c: [0, 0, 0] for c in classes}
    for row in read_rows(tsv):
        kinds_ok, pol_ok, kinds, polarity = judge(row, rules, scored)
        scores[row["class"]][0] += kinds_ok
        scores[row["class"]][1] += pol_ok
        scores[row["class"]][2] += 1
        if listing and not (kinds_ok and pol_ok):
            print(f"{row['id']}: expected {row['kinds']}/{row['polarity']}/action {row['action']}/vague {row['vague']}, "
                  f"got {sorted(kinds) or 'none'}/{polarity}: {row['text'][:100]}")
    return {k: (v[0], v[1], v[2]) for k, v in scores.items()}


def main(description: str, score: Callable[[bool], dict[str, tuple[int, int, int]]]) -> None:
    """Print the kinds and polarity lines of ``score(listing)``; ``--list`` prints every wrong reading."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--list", action="store_true", help="print every wrong reading")
    scores = score(parser.parse_args().list)
    print("kinds  " + "  ".join(f"{k} {a}/{n}" for k, (a, _, n) in scores.items()))
    print("polar  " + "  ".join(f"{k} {b}/{n}" for k, (_, b, n) in scores.items()))


def bind(tsv: Path, classes: Sequence[str], scored: Iterable[str],
         description: str) -> tuple[Callable[..., Any], ...]:
    """A probe's own ``rows()``, ``run(listing)`` and ``main()`` over its TSV, classes and scored kinds."""

    def rows() -> list[dict[str, str]]:
        return read_rows(tsv)

    def probe_run(listing: bool = False) -> dict[str, tuple[int, int, int]]:
        """(kinds right, polarity right, rows) per class."""
        return run(tsv, classes, scored, listing)

    def probe_main() -> None:
        main(description, probe_run)

    return rows, probe_run, probe_main


def bind_script(script: str, doc: str, classes: Sequence[str],
                scored: Iterable[str] = ("missing_impact",)) -> tuple[Callable[..., Any], ...]:
    """``bind`` for the probe script at path ``script``: its TSV beside it, its description its docstring's first line."""
    return bind(Path(script).with_suffix(".tsv"), classes, scored, doc.splitlines()[0])
