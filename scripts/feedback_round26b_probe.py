"""Round 26 probe: drafts that open with a specific good act told plainly, then raise a problem with a request.

Rows of scripts/feedback_round26b_probe.tsv (labelled before any run; `source` names the outside page whose guidance,
checklist or example a row was written after), by class:

- GA: the draft opens with what the person (or their work) did that the role asks for, told as plain acts or states
  with no praise word ("you greeted the caller by name, verified her date of birth ... and read the recording notice
  word for word", "the bed was made with fresh linen, the bins were emptied"), then raises a problem and asks for a
  change. Expected polarity: mixed.
- LN: look-alikes that open with a neutral account of what happened ("You took the call at 10:05.") before the
  problem. Expected polarity: constructive.
- LW: look-alikes whose opening act is one the draft then says went wrong ("You rebuilt the December rota in two
  days. It put Sam on nights for four weeks running"). Expected polarity: constructive.
- CG, CL: a check set written after the change (labelled before its first run): CG as GA (mixed), CL as LN and LW
  (constructive).

Only the polarity is scored.

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round26b_probe.py          # figures per class
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round26b_probe.py --list   # every wrong reading
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import feedback_polarity_probe_io as probe_io  # noqa: E402

TSV = Path(__file__).with_suffix(".tsv")
ORDER = ["GA", "LN", "LW", "look-alike", "all", "CG", "CL"]


def groups(cls: str) -> list[str]:
    """The rows labelled before the change count in "all", their look-alikes also in "look-alike"."""
    if cls in ("GA", "LN", "LW"):
        return ["all"] + (["look-alike"] if cls != "GA" else [])
    return []


def rows(tsv: Path = TSV) -> list[dict[str, str]]:
    return probe_io.read_rows(tsv)


def tally(tsv: Path = TSV, listing: bool = False) -> dict[str, list[int]]:
    """Right polarities per class, and over the look-alikes and all rows labelled before the change."""
    return probe_io.tally(tsv, groups, listing)


def main() -> int:
    return probe_io.main(__doc__.splitlines()[0], tally, ORDER)


if __name__ == "__main__":
    raise SystemExit(main())
