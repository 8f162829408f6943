"""Round 41 bias precision probe (biasfp41): a characteristic told with the accommodation made for it.

Rows in ``evals/probes/round41/biasfp41.jsonl`` (README: evals/probes/round41/README.biasfp41.md), each with
``role`` (``class``: a characteristic of a person told together with the adjustment made for it, clean;
``lookalike``: the same characteristic words used as grounds of a judgement or decision, labelled in ``labels``, or
told with no accommodation, clean), ``source`` and ``half`` (``A`` to tune on, ``B`` untouched). Per half and role:
labelled terms found (a flag of the term's category overlapping it) and clean rows left clean. Scored by the shared
term runner (scripts/bias_span_probe_io.py, ``term_figures``); ``-v`` lists the misses and the flagged clean rows, a
half's name limits the run to that half.

    PYTHONPATH=$PWD python scripts/biasfp41_probe.py [-v] [A|B]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bias_span_probe_io as probe_io  # noqa: E402

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round41" / "biasfp41.jsonl"
HALVES = ("A", "B")
ROLES = ("class", "lookalike")


def main() -> None:
    """Per half and role: terms found and clean rows clean."""
    halves = [h for h in HALVES if h in sys.argv[1:]] or list(HALVES)
    for half in halves:
        for role in ROLES:
            found, terms, clean_ok, clean = probe_io.term_figures(
                PROBE, "labels", [half], "-v" in sys.argv, "flagged clean",
                where=lambda row, role=role: row["role"] == role)[half]
            print(f"{half} {role}: terms found {found}/{terms}, clean rows clean {clean_ok}/{clean}")


if __name__ == "__main__":
    main()
