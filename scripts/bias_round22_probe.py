"""Round 22 bias probe (bias22): whose judgement, and predicates of appearance.

    PYTHONPATH=$PWD .venv/bin/python scripts/bias_round22_probe.py [-v]

Rows in scripts/bias_round22_probe.tsv, written and labelled before the analyzer ran on them and before
any change of this pass; none is from evals/. Sets:

N  a characteristic mentioned as a plain fact of the narrative (leave taken, a faith practice and the
   swap it needs, a wheelchair user, surgery, a language listed as a skill, a birthplace): no judgement
   rests on it, so any flag is a false flag (correct = no flag).
J  the same kinds of characteristic tied to a judgement, an expectation, a comparison or a decision
   about the person ("which tells me he isn't serious", "at his age", "too young to", "for someone
   born in"): correct = a flag of the row's category.
A  a remark on appearance predicated of the person (the person, or their clothes, hair or body, as the
   subject of look/seem/appear/dress with an evaluative complement, or an appearance adjective said of
   them): correct = a flag of the row's category.
L  look-alikes of A in an innocent sense ("looks at the data", "the report looks good", "wears many
   hats", "dressed the wound"): correct = no flag.

The bias-in-the-judgement principle follows APA's bias-free language guidelines (mention a
characteristic only when it is relevant) and the Bias Interrupters evaluation worksheets (bias is in
what is concluded from the characteristic); the sentences are written for this probe in the genres of
the dev sets (review paragraphs, award letters, skills lists).

CN, CJ, CA, CL are check sets of the same classes, written and labelled after the change, before it ran
on them.
Round 27 (bias27, scripts/bias_round27_probe.py): a word of schedule in a clause that names its days states the
schedule ("leaves early on Fridays for Shabbat and starts at 7 on those days"): CN 9/10 -> 10/10.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TSV = Path(__file__).with_suffix(".tsv")
SETS = ("N", "J", "A", "L", "CN", "CJ", "CA", "CL")


def rows(tsv: Path = TSV) -> list[dict[str, str]]:
    with tsv.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


CLEAN_SETS = ("N", "L", "CN", "CL")


def correct(row: dict[str, str], flags: list, clean_sets: tuple[str, ...] = CLEAN_SETS) -> bool:
    if row["set"] in clean_sets:
        return not flags
    return any(flag.category in row["category"].split("|") for flag in flags)


def tally(probe_rows: list[dict[str, str]], sets: tuple[str, ...], clean_sets: tuple[str, ...],
          verbose: bool = False) -> dict[str, tuple[int, int]]:
    """(right, rows) per set of ``sets`` that has rows; a clean set's row is right with no flag."""
    sys.path.insert(0, str(ROOT))
    from assistant.analyzers.bias import check_bias

    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for row in probe_rows:
        flags = check_bias(row["text"]).flags
        ok = correct(row, flags, clean_sets)
        total[row["set"]] += 1
        right[row["set"]] += ok
        if verbose and not ok:
            print(f"  {row['set']} {[(f.text, f.rule) for f in flags]} | {row['text']}")
    return {name: (right[name], total[name]) for name in sets if total[name]}


def figures(verbose: bool = False) -> dict[str, tuple[int, int]]:
    """(right, rows) per set."""
    return tally(rows(), SETS, CLEAN_SETS, verbose)


def main() -> None:
    print("  ".join(f"{name} {r}/{t}" for name, (r, t) in figures("-v" in sys.argv).items()))


if __name__ == "__main__":
    main()
