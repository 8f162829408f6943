"""Round 23 bias probe (bias23): the judgement tie, second attempt.

    PYTHONPATH=$PWD .venv/bin/python scripts/bias_round23_probe.py [-v]

Rows in scripts/bias_round23_probe.tsv, written and labelled before the analyzer ran on them and before any
change of this pass; none is from evals/. Each row names the outside page whose genre or example it is
written after (column ``source``). Sets (the classes of judged mention the round-22 tie missed):

JA a cost or consequence blamed on the characteristic's practice ("his prayer breaks held up the close",
   "has become a headache for the shift leads"): the judgement is a negative effect, not an adjective.
JB a characteristic as a simile for poor work ("reads like it was written by someone with dyslexia").
JC an age as the frame of a comparison with other people ("At 58 she learned it faster than most").
JD an appearance detail, then doubt about a decision on the same person a sentence or two later, with no
   connective ("... Not sure we should hire her.").
JE a degree word on an appearance detail ("hair dyed so red", "makeup far too heavy").
   Correct for J*: a flag of the row's category.
NX look-alikes: the same kinds of mention in a neutral frame, beside a consequence, simile, comparison,
   decision or degree word that is not about the characteristic. Correct: no flag.

CJ, CX are check sets of the same classes (judged, look-alikes), written and labelled after the change,
before it ran on them. CG is a check set of judged mentions in other forms (grounds, causatives, hedges,
reactions of others), written after the change to measure the tie beyond its named classes; CN2 a second
neutral check set (plain narrative mentions), written with CG's second half.

The round-22 neutral sets (N, CN in scripts/bias_round22_probe.py) are the other half of the judge.
Round 27 (bias27, scripts/bias_round27_probe.py): a word of schedule in a clause that names its days states the
schedule ("leaves early on Fridays for Shabbat"): CN2 10/12 -> 11/12.
Round 35 (biasfp35): a retirement told as an event that has happened ("joined us in 2019 after retiring from
teaching") is no age judgement: NX 11/12 -> 12/12.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TSV = Path(__file__).with_suffix(".tsv")
SETS = ("JA", "JB", "JC", "JD", "JE", "NX", "CJ", "CX", "CG", "CN2")

sys.path.insert(0, str(Path(__file__).parent))
import bias_round22_probe as round22  # noqa: E402  (the same scorer)

CLEAN_SETS = ("NX", "CX", "CN2")


def rows() -> list[dict[str, str]]:
    return round22.rows(TSV)


def figures(verbose: bool = False) -> dict[str, tuple[int, int]]:
    """(right, rows) per set."""
    return round22.tally(rows(), SETS, CLEAN_SETS, verbose)


def main() -> None:
    print("  ".join(f"{name} {r}/{t}" for name, (r, t) in figures("-v" in sys.argv).items()))


if __name__ == "__main__":
    main()
