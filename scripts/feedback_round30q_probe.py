"""Round 30 probe (FB2 follow-up): criticism seen only through the next step that reverses the act just reported.

Rows of scripts/feedback_round30q_probe.tsv (drafts written for the probe in our own words, after the form of the
examples in the public guide named in the row's source, labelled before any run). Scored: polarity only.

Must change or hold (12 + 6):

- CS (12): praise, then an act of the person reported with no problem word ("You left the back door on the latch",
  "You left the fryer on", "You turned the projector on at 8"), then a step that undoes or corrects that act on the
  same thing ("Lock the back door", "Switch the fryer off", "Turn the projector off"): mixed.
- CN (6): the same report and step without praise: constructive.

Look-alikes (12):

- GL (12): praise, then a plain growth step ("Take the lead on the Christmas display next", "Share your note
  template") or a step that repeats or extends the praised act on the same or a like thing ("Keep locking the gate",
  "Run Thursday's huddle as well", "Close the Reid account the same way", "Show the weekend staff how to use the
  till"): positive.

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round30q_probe.py          # figures per class
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round30q_probe.py --list   # every wrong reading
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import feedback_kind_probe_io as probe_io  # noqa: E402

PROBE = Path(__file__).with_suffix(".tsv")
SCORED: tuple[str, ...] = ()
CLASSES = ("CS", "CN", "GL")

rows, run, main = probe_io.bind(PROBE, CLASSES, SCORED, __doc__.splitlines()[0])

if __name__ == "__main__":
    main()
