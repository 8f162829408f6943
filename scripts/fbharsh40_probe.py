"""Probe of round 40 (fbharsh40): contempt nouns with an emphasizer/amplifier adjective ("a complete joke").

Scores evals/probes/round40/fbharsh40.jsonl: an item labelled ``harsh`` must get a harsh finding, a look-alike
must not. Prints the figures for each split (tune, heldout) and the items read wrongly.

    PYTHONPATH=$PWD python scripts/fbharsh40_probe.py [--json]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from assistant.analyzers.feedback import review_feedback

PROBE = Path(__file__).resolve().parent.parent / "evals/probes/round40/fbharsh40.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result: dict[str, dict[str, object]] = {}
    for line in PROBE.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        found = any(f.kind == "harsh" for f in review_feedback(item["text"]).findings)
        split = result.setdefault(item["split"], {"correct": 0, "total": 0, "class": [0, 0], "look_alike": [0, 0],
                                                  "wrong": []})
        split["total"] += 1
        key = "class" if item["harsh"] else "look_alike"
        split[key][1] += 1
        if found == item["harsh"]:
            split["correct"] += 1
            split[key][0] += 1
        else:
            split["wrong"].append(item["id"])
    if args.json:
        print(json.dumps(result, indent=1))
        return
    for name, split in sorted(result.items(), reverse=True):
        print(f"{name}: {split['correct']}/{split['total']} (class {split['class'][0]}/{split['class'][1]}, "
              f"look-alikes {split['look_alike'][0]}/{split['look_alike'][1]}) wrong: {' '.join(split['wrong']) or '-'}")


if __name__ == "__main__":
    main()
