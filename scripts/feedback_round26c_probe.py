"""Round 26 probe (second pass): drafts that open with a good act told as a state, by others' response or by its
manner, then raise a problem with a request.

Rows of scripts/feedback_round26c_probe.tsv (labelled before any run; `source` names the outside page whose guidance,
checklist or example a row was written after), by class:

- GS: the good act told as a state of the person's kit or work ("Your gloves and goggles were on and the spill kit
  was open beside the drum before you touched the leak", "The handover sheet for bay 4 was complete and signed at
  7:00"). Expected polarity: mixed.
- GR: the act's good result told by another party's response or by the outcome it avoided ("and she thanked you
  before hanging up", "and he left with a room at the partner hotel rather than a complaint", "she said \"that's
  clear\" and approved the new date"). Expected polarity: mixed.
- GM: an act marked as done well by its manner ("step by step", "in plain words", "calmly", "twice", "room by room").
  Expected polarity: mixed.
- LS: look-alikes whose opening state is the problem or neutral ("The gate to the yard was open", "Your gloves were
  off", "The van was at the loading bay at 7:10"). Expected polarity: constructive.
- LR: look-alikes whose opening response is a complaint or a bad outcome ("she asked for a supervisor and posted a
  one-star review", "he hung up halfway"). Expected polarity: constructive.
- CS, CR, CM, CL: a check set written after the change (labelled before its first run): CS/CR/CM as GS/GR/GM
  (mixed), CL as LS and LR (constructive).

Only the polarity is scored.

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round26c_probe.py          # figures per class
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round26c_probe.py --list   # every wrong reading
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import feedback_polarity_probe_io as probe_io  # noqa: E402

TSV = Path(__file__).with_suffix(".tsv")
BEFORE = ("GS", "GR", "GM", "LS", "LR")  # the classes labelled before the change
ORDER = ["GS", "GR", "GM", "LS", "LR", "good", "look-alike", "all", "CS", "CR", "CM", "CL"]


def groups(cls: str) -> list[str]:
    """The rows labelled before the change count in "all" and in "good" or "look-alike"."""
    return ["all", "good" if cls.startswith("G") else "look-alike"] if cls in BEFORE else []


def rows(tsv: Path = TSV) -> list[dict[str, str]]:
    return probe_io.read_rows(tsv)


def tally(tsv: Path = TSV, listing: bool = False) -> dict[str, list[int]]:
    """Right polarities per class, over the good acts, the look-alikes and all rows labelled before the change."""
    return probe_io.tally(tsv, groups, listing)


def main() -> int:
    return probe_io.main(__doc__.splitlines()[0], tally, ORDER)


if __name__ == "__main__":
    raise SystemExit(main())
