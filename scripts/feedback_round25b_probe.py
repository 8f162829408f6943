"""Round 25 probe (b, brief BR): blunt judgements of the person or their work, generalised occasions, and bare
requests for a disposition versus concrete requests (Faye's round 25 probe is feedback_round25_probe.py).

Rows of scripts/feedback_round25b_probe.tsv (labelled before any run; `source` names the outside page a row is
paraphrased from, or says it was written for the probe), by class:

- P (19): a bare predicate adjective or noun of the person or their work ("You're boisterous and nosy.", "Your work
  is embarrassing.", "Your whole team is incompetent."): trait when it names a disposition of the person, harsh when
  it is contempt; criticism either way.
- G (7): a sentence that generalises the occasions ("you get defensive whenever I give you feedback", "any time a
  customer raises a complaint, you ..."): absolute, criticism.
- R (10): a bare request for a disposition or manner ("Be friendlier to the customers.", "Smile more.", "Be more
  proactive."): criticism with no concrete next step (missing_action stays); its trait finding is not scored.
- S (7): a concrete imperative ("Proofread your documents before sending them."): a next step (no missing_action)
  and not vague.
- L (22): look-alikes: neutral facts about the work, praise adjectives, praise with "whenever", concrete requests,
  the label of a thing.

Written after the changes, labelled before their run (a check set): C (10) more of the classes (outside lists of
negative person adjectives, "whenever"/"any time" over a fault, a manner asked for), K (6) their look-alikes.

A row is right when the draft's trait/harsh/absolute findings are exactly its `kinds` (`*`: not scored), its polarity
agrees (`critical`: anything but positive; `positive`: positive; `-`: not scored), and missing_action / vague are
present (`yes`) or absent (`no`) as its `action` / `vague` columns say (`-`: not scored).

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round25b_probe.py          # figures per class
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round25b_probe.py --list   # every wrong reading
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import feedback_kind_probe_io as probe_io  # noqa: E402

PROBE = Path(__file__).with_suffix(".tsv")
SCORED = ("trait", "harsh", "absolute")
CLASSES = ("P", "G", "R", "S", "L", "C", "K")


def rows() -> list[dict[str, str]]:
    return probe_io.read_rows(PROBE)


def run(listing: bool = False) -> dict[str, tuple[int, int, int]]:
    """(kinds right, polarity right, rows) per class."""
    return probe_io.run(PROBE, CLASSES, SCORED, listing)


def main() -> None:
    probe_io.main(__doc__.splitlines()[0], run)


if __name__ == "__main__":
    main()
