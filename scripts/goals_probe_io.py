"""Reading and scoring shared by the goal probes (scripts/goals_round2*_probe.py, scripts/goals_round3*_probe.py).

An outside probe is a TSV of '<S><M><A><R><T> as 1/0>\t<source key>\t<goal>' rows scored per criterion; a class probe
is a TSV of '<key>\t<goal>' or '<key>\t<source>\t<goal>' rows, a key being the criterion letter, the expected 1/0
and the class letter ('S0K'), scored per key. Each probe binds its own files with ``reader``. A labelled probe is a JSONL file of rows
``{"id", "text", "labels": {criterion: expected}, ...}`` that label only the criteria the row's class bears on
(``read_jsonl_rows``, ``labelled``, ``tally``, ``score_labelled``).
"""

from __future__ import annotations

import collections
import datetime as dt
import json
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from assistant.analyzers.goal import check_goal, load_rules

CRITERIA = ("specific", "measurable", "attainable", "relevant", "time_bound")
TODAY = dt.date(2026, 12, 1)
_LETTER = {"S": "specific", "M": "measurable", "A": "attainable", "R": "relevant", "T": "time_bound"}


def read_rows(path: Path) -> list[tuple[dict[str, bool], str, str]]:
    """The probe rows: (labels, source key, goal text)."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        bits, source, text = line.split("\t")
        rows.append(({name: bit == "1" for name, bit in zip(CRITERIA, bits, strict=True)}, source, text))
    return rows


def read_keyed_rows(path: Path) -> list[tuple[str, str]]:
    """The class probe rows of a '<key>\t<goal>' file: (key, goal)."""
    return [tuple(line.split("\t", 1)) for line in path.read_text(encoding="utf-8").splitlines()]  # type: ignore[misc]


def read_sourced_rows(path: Path) -> list[tuple[str, str]]:
    """The class probe rows of a '<key>\t<source>\t<goal>' file: (key, goal)."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        key, _source, text = line.split("\t", 2)
        rows.append((key, text))
    return rows


def reader(default: Path, read: Callable[[Path], list[Any]]) -> Callable[..., list[Any]]:
    """``read`` with ``default`` as the path when none is given: a probe's own ``load`` or ``class_rows``."""

    def rows(path: Path = default) -> list[Any]:
        return read(path)

    rows.__doc__ = read.__doc__
    return rows


def score(rows, verbose: bool = False) -> dict[str, float]:
    """Per-criterion accuracy of check_goal on the rows; with verbose, print each miss."""
    rules = load_rules()
    right: collections.Counter[str] = collections.Counter()
    for labels, source, text in rows:
        report = check_goal(text, today=TODAY, rules=rules)
        for name in CRITERIA:
            got = getattr(report.criteria, name).met
            right[name] += got == labels[name]
            if got != labels[name] and verbose:
                print(f"miss {name:<10} expected={labels[name]!s:<5} [{source}] {text}")
    return {name: right[name] / len(rows) for name in CRITERIA}


def summary(rows, verbose: bool = False) -> None:
    """Print the probe's per-criterion accuracy (misses too with verbose)."""
    acc = score(rows, verbose=verbose)
    print(f"{len(rows)} goals; " + ", ".join(f"{k} {v:.3f}" for k, v in acc.items()) + f"; min {min(acc.values()):.3f}")


def class_score(rows, verbose: bool = False) -> dict[str, str]:
    """Per key, how many rows the analyzer reads as labelled, as 'right/total'."""
    rules = load_rules()
    right: collections.Counter[str] = collections.Counter()
    total: collections.Counter[str] = collections.Counter()
    for key, text in rows:
        got = getattr(check_goal(text, today=TODAY, rules=rules).criteria, _LETTER[key[0]]).met
        total[key] += 1
        right[key] += got == (key[1] == "1")
        if got != (key[1] == "1") and verbose:
            print(f"miss {key} {text}")
    return {key: f"{right[key]}/{total[key]}" for key in total}


def report(rows: list[tuple[dict[str, bool], str, str]], classes: list[tuple[str, str]]) -> None:
    """Print the probe's per-criterion accuracy and the class probe's counts (misses too with -v)."""
    verbose = "-v" in sys.argv
    summary(rows, verbose=verbose)
    print("class probe:", class_score(classes, verbose=verbose))


def readers(probe: Path, class_probe: Path) -> tuple[Callable[..., list[Any]], Callable[..., list[Any]]]:
    """A probe's own ``load`` (outside rows) and ``class_rows`` ('<key>\t<source>\t<goal>' rows) by default path."""
    return reader(probe, read_rows), reader(class_probe, read_sourced_rows)


def runner(load: Callable[..., list[Any]], class_rows: Callable[..., list[Any]] | None = None,
           more: Sequence[tuple[str, Path]] = ()) -> Callable[[], None]:
    """A probe's ``main``: ``report`` of its rows and class rows (with no class probe, ``summary`` of its rows), then
    each further class probe's counts ('<key>\t<source>\t<goal>' rows) by label."""

    def main() -> None:
        if class_rows is None:
            summary(load(), verbose="-v" in sys.argv)
        else:
            report(load(), class_rows())
        for label, path in more:
            print(label, class_score(read_sourced_rows(path), verbose="-v" in sys.argv))

    return main


def class_runner(class_rows: Callable[..., list[Any]]) -> Callable[[], None]:
    """A class probe's ``main``: its rows right in total, then per key ('right/total'; misses too with -v)."""

    def main() -> None:
        scores = class_score(class_rows(), verbose="-v" in sys.argv)
        right = sum(int(v.split("/")[0]) for v in scores.values())
        total = sum(int(v.split("/")[1]) for v in scores.values())
        print(f"{right}/{total} right;", dict(sorted(scores.items())))

    return main


def read_jsonl_rows(path: Path) -> list[dict]:
    """The rows of a labelled JSONL probe (blank lines skipped)."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def labelled(rows: Iterable[dict]) -> Iterator[tuple[dict, list[tuple[str, bool, bool]]]]:
    """Each labelled row with its labelled criteria read by check_goal: (row, [(criterion, expected, got), ...])."""
    for row in rows:
        criteria = check_goal(row["text"], today=TODAY).criteria
        yield row, [(name, expected, getattr(criteria, name).met) for name, expected in row["labels"].items()]


def tally(right: collections.Counter[str], total: collections.Counter[str],
          line: str = "{key}: {right}/{total}") -> dict[str, tuple[int, int]]:
    """(right, total) per key, keys sorted, each printed as ``line``."""
    out = {key: (right[key], total[key]) for key in sorted(total)}
    for key, (r, t) in out.items():
        print(line.format(key=key, right=r, total=t))
    return out


def score_labelled(path: Path, count: Callable[..., None], verbose: bool = False,
                   line: str = "{key}: {right}/{total}") -> dict[str, tuple[int, int]]:
    """A labelled probe's figures: ``count(row, labels, right, total, verbose)`` adds each row of ``path`` (with its
    ``labelled`` criteria) to the ``right`` and ``total`` counters; then ``tally`` prints them as ``line``."""
    right: collections.Counter[str] = collections.Counter()
    total: collections.Counter[str] = collections.Counter()
    for row, labels in labelled(read_jsonl_rows(path)):
        count(row, labels, right, total, verbose)
    return tally(right, total, line)


def half_class_figures(path: Path, show: str = "", tuned: str = "tune") -> dict[str, tuple[int, int]]:
    """Labelled criteria read right per half and per half and class of a JSONL probe (``half``, ``class``,
    ``labels``); ``show`` "-v" prints the misses of the half named ``tuned``, "-a" every miss."""
    def count(row: dict, labels: list[tuple[str, bool, bool]], right: collections.Counter[str],
              total: collections.Counter[str], show: str) -> None:
        misses = [name for name, expected, got in labels if got != expected]
        for key in (row["half"], f"{row['half']}-{row['class']}"):
            total[key] += len(labels)
            right[key] += len(labels) - len(misses)
        if misses and (show == "-a" or (show == "-v" and row["half"] == tuned)):
            print(f"{row['id']} {row['half']} {row['class']}: wrong {misses}: {row['text']}")

    return score_labelled(path, count, show)
