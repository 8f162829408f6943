"""Round 36 bias recall probe (biasrec36b): per class and half, labelled terms found (a flag overlapping the term,
right category) and clean rows left clean.

Rows in ``evals/probes/round36/biasrec36b.jsonl`` (README: evals/probes/round36/README.md), each with ``class``,
``labels`` (none on a clean row) and ``half`` (``tune`` or ``untouched``). Scored by the shared runner
(scripts/bias_span_probe_io.py, ``term_figures``).

    PYTHONPATH=$PWD python scripts/bias_round36recb_probe.py [-v]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bias_span_probe_io as probe_io  # noqa: E402

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round36" / "biasrec36b.jsonl"


def main() -> None:
    classes = sorted({json.loads(line)["class"] for line in PROBE.read_text().splitlines()})
    for cls in classes:
        for half in ("tune", "untouched"):
            found, terms, clean_ok, clean = probe_io.term_figures(
                PROBE, "labels", [half], "-v" in sys.argv, where=lambda row, c=cls: row["class"] == c)[half]
            print(f"class {cls} {half}: terms found {found}/{terms}, clean rows clean {clean_ok}/{clean}")


if __name__ == "__main__":
    main()
