"""Reading and scoring shared by the feedback polarity probes (scripts/feedback_round26b_probe.py,
scripts/feedback_round26c_probe.py).

A probe is a TSV (columns ``id``, ``class``, ``polarity``, ``text``, ...); a row is right when the review's polarity
equals ``polarity``. Each probe says which groups a row counts in besides its class (``groups``) and the order in
which the groups print.
"""

from __future__ import annotations

import argparse
import csv
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from assistant.analyzers.feedback import review_feedback


def read_rows(tsv: Path) -> list[dict[str, str]]:
    """The probe rows, one dict per TSV line."""
    with tsv.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def tally(tsv: Path, groups: Callable[[str], list[str]], listing: bool = False) -> dict[str, list[int]]:
    """[right, rows] per class and per the further groups ``groups(class)`` names."""
    totals: dict[str, list[int]] = {}
    for row in read_rows(tsv):
        polarity = review_feedback(row["text"]).polarity
        ok = polarity == row["polarity"]
        for key in [row["class"], *groups(row["class"])]:
            totals.setdefault(key, [0, 0])
            totals[key][0] += ok
            totals[key][1] += 1
        if listing and not ok:
            print(f"{row['id']} want {row['polarity']} got {polarity}: {row['text'][:100]}")
    return totals


def main(description: str, count: Callable[..., dict[str, list[int]]], order: Sequence[str]) -> int:
    """Print right/rows per group in ``order``; ``--list`` prints every wrong reading."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--list", action="store_true", help="print every wrong reading")
    totals = count(listing=parser.parse_args().list)
    print(" ".join(f"{k} {totals[k][0]}/{totals[k][1]}" for k in order if k in totals))
    return 0


def in_all(cls: str) -> list[str]:
    """Every row counts in "all" too."""
    return ["all"]


def bind(tsv: Path, groups: Callable[[str], list[str]], order: Sequence[str],
         description: str) -> tuple[Callable[..., Any], ...]:
    """A probe's own ``rows(tsv)``, ``tally(tsv, listing)`` and ``main()`` over its TSV, groups and print order."""

    def rows(path: Path = tsv) -> list[dict[str, str]]:
        return read_rows(path)

    def probe_tally(path: Path = tsv, listing: bool = False) -> dict[str, list[int]]:
        """Right polarities per class and per group."""
        return tally(path, groups, listing)

    def probe_main() -> int:
        return main(description, probe_tally, order)

    return rows, probe_tally, probe_main


def half_role_polarity(path: Path, argv: Sequence[str]) -> None:
    """A JSONL probe whose rows carry ``half``, ``role`` and the expected ``polarity``: print right/total per half and
    role (``--rows``: half A's rows, ``--all-rows``: every row)."""
    import json
    from collections import Counter

    from assistant.analyzers.feedback import review_feedback

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    right: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    for row in rows:
        got = review_feedback(row["text"]).polarity
        key = (row["half"], row["role"])
        total[key] += 1
        right[key] += got == row["polarity"]
        if "--all-rows" in argv or ("--rows" in argv and row["half"] == "A"):
            mark = "ok  " if got == row["polarity"] else "MISS"
            print(f"{mark} {row['id']} {row['half']} {row['role']:9} want {row['polarity']:12} got {got:12} "
                  f"{row['text'][:80]}")
    for key in sorted(total):
        print(f"half {key[0]} {key[1]:9} polarity {right[key]}/{total[key]}")

