"""Round 26 probe (brief CB): criticism told as a fact, with no negative lexicon word.

Rows of scripts/feedback_round26_probe.tsv (labelled before any change; `source` names the outside page a row is
paraphrased from, or says it was written for the probe), by class:

- K (13): a rank or comparison of the person on a scale whose end is bad ("the slowest picker on the shift", "the last
  to clock in", "takes longer than anyone else", "the least prepared"): criticism, absolute when it generalises.
- H (8): a contempt noun for the work or the person's place with an absolute ("Your desk is a mess every single
  day.", "a tip day in day out"): harsh and absolute.
- D (12): a measure of the person's work told as changing in its bad direction, with no request ("Your first-call
  resolution dropped from 74% to 58%", "Your average handle time went up from 6 to 11 minutes"): constructive,
  next step missing.
- V (4): a vague mixed verdict ("Mostly good this year, though there were a few problems along the way."): mixed and
  vague.
- L (16): look-alikes: a good rank ("the fastest picker on the shift"), a measured improvement ("rose from 61% to
  79%", "handle time fell"), a neutral rank or comparison ("the newest member of the team").

Written after the changes, labelled before their run (a check set): C (9) more rows of K, H and D; Q (7) their
look-alikes (the good end of the same scales, "tip" as advice).

Second pass (brief CB2), labelled before its change: E (12) a comparison of effort or contribution, praise whatever
the adjective's lexicon valence ("worked harder than anyone", "stayed later than the rest of the crew"); M (15) a
measure whose good direction is down falling, or whose direction is unknown ("lap time dropped from 62.1 to 60.4
seconds", "turnaround came down to two days"): positive, no next step demanded; T (12) true declines kept (a
measure known better high moving down, a better-low measure moving up). Written after that change, labelled before
its run (a check set): F (6) more rows of E and M; G (5) more true declines and bad ranks.

A row is right when the draft's trait/harsh/absolute findings are exactly its `kinds` (`*`: not scored), its polarity
agrees (`critical`: anything but positive; otherwise that polarity; `-`: not scored), and missing_action / vague are
present (`yes`) or absent (`no`) as its `action` / `vague` columns say (`-`: not scored).

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round26_probe.py          # figures per class
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round26_probe.py --list   # every wrong reading
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import feedback_kind_probe_io as probe_io  # noqa: E402

PROBE = Path(__file__).with_suffix(".tsv")
SCORED = ("trait", "harsh", "absolute")
CLASSES = ("K", "H", "D", "V", "L", "C", "Q", "E", "M", "T", "F", "G")


def rows() -> list[dict[str, str]]:
    return probe_io.read_rows(PROBE)


def run(listing: bool = False) -> dict[str, tuple[int, int, int]]:
    """(kinds right, polarity right, rows) per class."""
    return probe_io.run(PROBE, CLASSES, SCORED, listing)


def main() -> None:
    probe_io.main(__doc__.splitlines()[0], run)


if __name__ == "__main__":
    main()
