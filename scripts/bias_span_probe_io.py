"""Reading and scoring shared by the bias judgement-span probes (scripts/bias_round25_probe.py,
scripts/bias_round26_probe.py, scripts/bias_round26b_probe.py) and the term probes (scripts/bias_round36rec_probe.py,
scripts/bias_round36fpd_probe.py).

A probe is a TSV with the columns ``set``, ``text``, ``judgement`` (the labelled span) and ``category``. A row of a
clean (look-alike) set is right with no flag, and every flag on it is a false flag; any other row is right when a
flag of its category overlaps the judgement span, and a flag outside that span is a false flag.

A term probe is a JSONL file of rows ``{"id", "text", "half", <labels>: [{"term", "category"}, ...]}``: a labelled
term is found when a flag of its category overlaps it, and a row with no labels is right when it has no flag.
"""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def read_rows(tsv: Path) -> list[dict[str, str]]:
    """The probe rows, one dict per TSV line."""
    with tsv.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def judge(row: dict[str, str], flags: list, clean_sets: Iterable[str]) -> tuple[bool, int]:
    """(right, false flags) for one row."""
    if row["set"] in clean_sets:
        return not flags, len(flags)
    start = row["text"].lower().index(row["judgement"].lower())
    end = start + len(row["judgement"])
    inside = [f for f in flags if f.start < end and start < f.end]
    return any(f.category == row["category"] for f in inside), len(flags) - len(inside)


def figures(tsv: Path, sets: Iterable[str], clean_sets: Iterable[str],
            verbose: bool = False) -> dict[str, tuple[int, int, int]]:
    """(right, rows, false flags) per set, in the order of ``sets``."""
    sys.path.insert(0, str(ROOT))
    from assistant.analyzers.bias import check_bias

    clean = frozenset(clean_sets)
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    false: Counter[str] = Counter()
    for row in read_rows(tsv):
        flags = check_bias(row["text"]).flags
        ok, wrong = judge(row, flags, clean)
        total[row["set"]] += 1
        right[row["set"]] += ok
        false[row["set"]] += wrong
        if verbose and (not ok or wrong):
            print(f"  {row['set']} {[(f.text, f.rule) for f in flags]} | {row['text']}")
    return {name: (right[name], total[name], false[name]) for name in sets if total[name]}


def report(per_set: dict[str, tuple[int, int, int]]) -> str:
    """One line: each set's right/rows and false flags."""
    return "  ".join(f"{name} {r}/{t} (false flags {f})" for name, (r, t, f) in per_set.items())


def bind(tsv: Path, sets: Iterable[str], clean_sets: Iterable[str]) -> tuple[Callable[..., Any], ...]:
    """A probe's own ``rows()``, ``judge(row, flags)``, ``figures(verbose)`` and ``main()`` over its TSV and sets."""

    def rows() -> list[dict[str, str]]:
        return read_rows(tsv)

    def judge_row(row: dict[str, str], flags: list) -> tuple[bool, int]:
        """(right, false flags) for one row."""
        return judge(row, flags, clean_sets)

    def probe_figures(verbose: bool = False) -> dict[str, tuple[int, int, int]]:
        """(right, rows, false flags) per set."""
        return figures(tsv, sets, clean_sets, verbose)

    def main() -> None:
        print(report(probe_figures("-v" in sys.argv)))

    return rows, judge_row, probe_figures, main


def overlaps(text: str, term: str, flag: str) -> bool:
    """Whether the first occurrences of ``term`` and ``flag`` in ``text`` overlap (case-insensitive)."""
    lo = text.lower()
    i = lo.find(term.lower())
    j = lo.find(flag.lower())
    return i >= 0 and j >= 0 and j < i + len(term) and i < j + len(flag)


def term_figures(jsonl: Path, labels: str, halves: Iterable[str], verbose: bool = False,
                 clean_tag: str = "flag", where: Callable[[dict], bool] | None = None
                 ) -> dict[str, tuple[int, int, int, int]]:
    """(terms found, terms, clean rows clean, clean rows) per half of a term probe, in the order of ``halves``, over
    the rows ``where`` keeps (all by default); with verbose, print each missed term and each flagged clean row (tagged
    ``clean_tag``)."""
    sys.path.insert(0, str(ROOT))
    from assistant.analyzers.bias import check_bias

    rows = [row for line in jsonl.read_text().splitlines() if (row := json.loads(line)) and (where is None or where(row))]
    out = {}
    for half in halves:
        found = terms = clean_ok = clean = 0
        for row in (r for r in rows if r["half"] == half):
            got = [(f.text, f.category) for f in check_bias(row["text"]).flags]
            if row[labels]:
                for lab in row[labels]:
                    terms += 1
                    hit = any(overlaps(row["text"], lab["term"], t) and c == lab["category"] for t, c in got)
                    found += hit
                    if verbose and not hit:
                        print(f"  miss {row['id']} {lab['term']!r} {got}")
            else:
                clean += 1
                clean_ok += not got
                if verbose and got:
                    print(f"  {clean_tag} {row['id']} {got}")
        out[half] = (found, terms, clean_ok, clean)
    return out


def term_main(jsonl: Path, labels: str, halves: Sequence[str], clean_tag: str = "flag",
              pick: bool = False) -> Callable[[], None]:
    """A term probe's ``main``: per half, terms found and clean rows left clean (``-v``: the misses and the flagged
    clean rows; with ``pick``, a half's name on the command line limits the run to that half)."""

    def main() -> None:
        chosen = [h for h in halves if pick and h in sys.argv[1:]] or list(halves)
        for half in chosen:
            found, terms, clean_ok, clean = term_figures(jsonl, labels, [half], "-v" in sys.argv, clean_tag)[half]
            print(f"{half}: terms found {found}/{terms}, clean rows clean {clean_ok}/{clean}")

    return main
