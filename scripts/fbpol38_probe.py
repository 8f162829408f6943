"""Round-38 probe fbpol38: praise told as a ranking of the person's measure against a group.

"Your ticket closure rate is the highest on the team", "your error rate is the lowest on the team": a measure of
the person's work at the good end of an amount scale is praise; the same rank at the bad end ("Thomas's call volume
is the lowest on the team") stays criticism. Items are remarks others wrote (public GitHub files, found with the
search tool's find_string; see each item's source), split into tune/check halves before any run.

    PYTHONPATH=$PWD .venv/bin/python scripts/fbpol38_probe.py [--list]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from assistant.analyzers.feedback import load_feedback_rules, review_feedback
from assistant.analyzers.feedback.review import _classify, _Draft, _span_findings

ROOT = Path(__file__).resolve().parent.parent
PROBE = ROOT / "evals" / "probes" / "round38" / "fbpol38.jsonl"


def praise_read(text: str, rules) -> bool:
    """Whether any sentence is read as praise (the function this class adds; the draft's polarity shows it only
    beside criticism, since a draft with no criticism is positive by default)."""
    draft = _Draft.of(text, rules.scan)
    return any(s.praise > 0 for s in _classify(draft, rules, _span_findings(draft, rules)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print every item read wrongly")
    args = parser.parse_args()
    rules = load_feedback_rules()
    items = [json.loads(line) for line in PROBE.read_text(encoding="utf-8").splitlines() if line.strip()]
    right: Counter = Counter()
    total: Counter = Counter()
    praised: Counter = Counter()
    for item in items:
        got = review_feedback(item["text"], rules=rules).polarity
        key = (item["split"], item["kind"])
        total[key] += 1
        right[key] += got == item["polarity"]
        praised[key] += praise_read(item["text"], rules) == (item["polarity"] == "positive")
        if args.list and got != item["polarity"]:
            print(f"    {item['id']} {item['polarity']}->{got}: {item['text']}")
    for key in sorted(total):
        print(f"{key[0]:5} {key[1]:14} right {right[key]:2}/{total[key]}  praise read as gold {praised[key]:2}/{total[key]}")
    print(f"all: right {sum(right.values())}/{sum(total.values())}; praise read as gold "
          f"{sum(praised.values())}/{sum(total.values())}")


if __name__ == "__main__":
    main()
