"""Probe of round 41 (hb13t41): a length asked of a thing ("How many days of sick leave do I get?") against a sentence
whose every length of time only sets a case ("Sick leave of more than 2 days requires a medical certificate")
(evals/probes/round41/hb13t41.jsonl: 37 outside sentences, each with its find_string file id and the phrase searched).

``class`` rows expect ``not_answer`` (the sentence bounds the asked thing's cases and gives no length of it);
``look-alike`` rows expect ``answer`` (the length given beside such a bound, "employees with more than 10 years of
service are entitled to 35 calendar days per year", or a bound that is the asked limit, "You cannot take leave of more
than ten days"). Rows were labelled and split per role with random.Random(4149) (``tune`` = half A, ``untouched`` =
half B) and committed (3d8f49a) before any run. A row is read as the sufficiency check reads a lead unit
(``qa_probe_io.read_lead_unit``: the clause's answer type, ``check.holds``, the referral test).

    PYTHONPATH=$PWD .venv/bin/python scripts/hb13t41_probe.py [-v] [--half A|B]   (default: A only)
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from qa_probe_io import main_sentence_pairs, read_lead_unit  # scripts/ is on the path when a script runs

PROBE = Path(__file__).resolve().parents[1] / "evals" / "probes" / "round41" / "hb13t41.jsonl"
HALVES = {"A": "tune", "B": "untouched"}


def main(argv: list[str]) -> int:
    half = argv[argv.index("--half") + 1] if "--half" in argv else "A"
    rows = [line for line in PROBE.read_text(encoding="utf-8").splitlines()
            if line.strip() and json.loads(line)["split"] == HALVES[half]]
    with tempfile.TemporaryDirectory() as folder:
        chosen = Path(folder) / PROBE.name
        chosen.write_text("\n".join(rows) + "\n", encoding="utf-8")
        return main_sentence_pairs(chosen, read_lead_unit, argv, show_untouched=half == "B")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
