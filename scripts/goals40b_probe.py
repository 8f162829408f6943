"""Round 40 probe GM (goals40b): a complete record set as the measure, a record verb over a universally quantified set.

``evals/probes/round40/goals40b.jsonl``: real requirements, checklists and guideline lines written by others whose
result is every member of a countable set put on record, told by a verb of WordNet 3.0's synset "record, enter, put
down: make a record of; set down in permanent form" (or a hyponym: log, document, register, file, chronicle) with
"every/each/all" on its object ("Document all design decisions", "Log every upload to admin_activity") or, in a key
result, on the subject of its participle ("All critical decisions documented with versions"; class
``record_set_universal``: specific and measurable, done when every member is recorded, as the dev sets label
"KR: Every ewe's tag number and treatments recorded in the flock book"), and look-alikes that must stay unmeasured
(``lookalike``: the record verb over a bare plural, "Document decisions and rationale", "Log errors for monitoring";
"every <thing>" with a participle that is no record, "Every recommendation is backed by data"). ``half`` is ``tune``
or ``untouched`` (seeded shuffle per class, ``random.Random(40402)``, alternate rows, before any run). ``-v`` prints
the tune half's misses only; ``-a`` prints every miss (for the end report).

    PYTHONPATH=$PWD python scripts/goals40b_probe.py [-v|-a]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import goals_probe_io as shared  # noqa: E402  (the goal probes' shared reading and scoring)

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round40" / "goals40b.jsonl"


def main(show: str = "", path: Path = PROBE) -> dict[str, tuple[int, int]]:
    """Labelled criteria read right, per half and per half and class."""
    return shared.half_class_figures(path, show)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "")
