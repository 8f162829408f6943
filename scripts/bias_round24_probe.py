"""Round 24 bias probe (bias24): who the mention is about, and characteristic nouns no rule had.

    PYTHONPATH=$PWD .venv/bin/python scripts/bias_round24_probe.py [-v]

Rows in scripts/bias_round24_probe.tsv, written and labelled before the analyzer ran on them and before any
change of this pass; none is from evals/. Each row names the outside page whose genre it is written after
(column ``source``). Sets:

T3 a characteristic of someone other than the person evaluated: a patient, customer, relative or colleague
   ("the frail old woman in bed 4", "her colleague's father is on dialysis"). Correct: no flag.
TT the characteristic word inside a proper name or job title ("Lead - Maternity and Family Services", "the
   Diwali Food Drive"). Correct: no flag.
TL a leave or observance told as plain narrative ("returned from maternity leave in April"). Correct: no flag.
JN a judged mention of a characteristic noun no rule had (school run, dialysis, chemo, radiotherapy,
   pensioner, nose ring/stud, septum piercing, "three kids", "two toddlers", an age given as a number "is 61").
   Correct: a flag of the row's category.
JP an appearance compliment predicated of the person ("always looks so polished", "that colour suits her").
   Correct: an appearance flag.
NN the new nouns and appearance verbs in a neutral sense ("the dialysis unit's night shift", "suits the
   brand", "61 patients a week"). Correct: no flag.

CT, CK are check sets written and labelled after the change, before it ran on them: CT third parties, names
and titles (correct: no flag); CK judged mentions of the person, including judgements through a relative's
condition, a group the person is judged against and a choice against the person (correct: a flag of the
row's category).

TV, JV were written and labelled before the second change (a word of valence inside a prepositional object's
noun phrase describes that object, not the characteristic): TV a leave, observance, aid or treatment told as
plain narrative beside such a phrase ("wears her turban under a hard hat", "back from paternity leave to a
tough quarter"; correct: no flag); JV the same characteristics with an evaluative predicate of their own
("Her headscarf is a bad look for the front desk"; correct: a flag of the row's category). That change was
tried and left out: it took TV 5/8 -> 7/8 but lost a true flag ("He took paternity leave during our most
critical quarter": the valenced object there is the judgement), so TV stays 5/8.
Round 27 (bias27, scripts/bias_round27_probe.py): a word right before the head of an item of kit names the item
('a hard hat'), no judgement: TV 5/8 -> 6/8, JV 5/5 kept.
"""

from __future__ import annotations

import sys
from pathlib import Path

TSV = Path(__file__).with_suffix(".tsv")
SETS = ("T3", "TT", "TL", "JN", "JP", "NN", "CT", "CK", "TV", "JV")
CLEAN_SETS = ("T3", "TT", "TL", "NN", "CT", "TV")

sys.path.insert(0, str(Path(__file__).parent))
import bias_round22_probe as round22  # noqa: E402  (the same scorer)


def rows() -> list[dict[str, str]]:
    return round22.rows(TSV)


def figures(verbose: bool = False) -> dict[str, tuple[int, int]]:
    """(right, rows) per set."""
    return round22.tally(rows(), SETS, CLEAN_SETS, verbose)


def main() -> None:
    print("  ".join(f"{name} {r}/{t}" for name, (r, t) in figures("-v" in sys.argv).items()))


if __name__ == "__main__":
    main()
