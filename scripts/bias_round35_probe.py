"""Round 35 bias precision probe: false alarms on clean outside paragraphs, and the rules that raise them.

Usage: PYTHONPATH=$PWD .venv/bin/python scripts/bias_round35_probe.py [PROBE.jsonl] [-v]
Each line: {"id", "source", "text", "clean", "terms": [{"term", "category"}]} (evals/probes/round35/biasfp35.README.md).
Prints the share of clean paragraphs with any flag (the false-alarm rate), the flags on clean paragraphs by rule,
and for the biased look-alikes term recall and flag precision by overlap, as assistant/evaluation/bias.py scores.
"""

from __future__ import annotations

import collections
import json
import sys

from assistant.analyzers.bias import check_bias

DEFAULT = "evals/probes/round35/biasfp35.jsonl"


def main(argv: list[str]) -> None:
    paths = [a for a in argv if not a.startswith("-")] or [DEFAULT]
    verbose = "-v" in argv
    items = []
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            items.extend(json.loads(line) for line in handle if line.strip())
    clean = flagged = labels = found = flags = right = 0
    by_rule: collections.Counter[str] = collections.Counter()
    for item in items:
        text = item["text"]
        got = [(f.start, f.end, f.text, f.rule) for f in check_bias(text).flags]
        if item["clean"]:
            clean += 1
            flagged += bool(got)
            by_rule.update(f[3] for f in got)
            if verbose and got:
                print(item["id"], "flags on a clean paragraph:", [f"{f[2]}/{f[3]}" for f in got])
            continue
        spans = [(text.index(t["term"]), text.index(t["term"]) + len(t["term"])) for t in item["terms"]]
        missed = [text[s:e] for s, e in spans if not any(f[0] < e and s < f[1] for f in got)]
        wrong = [f for f in got if not any(f[0] < e and s < f[1] for s, e in spans)]
        labels += len(spans)
        found += len(spans) - len(missed)
        flags += len(got)
        right += len(got) - len(wrong)
        if verbose and (missed or wrong):
            print(item["id"], "missed:", missed, "unlabelled flags:", [f"{f[2]}/{f[3]}" for f in wrong])
    print(f"clean paragraphs flagged {flagged}/{clean} = {flagged / max(clean, 1):.3f}; biased look-alikes: term recall "
          f"{found}/{labels} = {found / max(labels, 1):.3f}, flag precision {right}/{flags} = {right / max(flags, 1):.3f}")
    for rule, count in by_rule.most_common():
        print(f"  {count:3d} {rule}")


if __name__ == "__main__":
    main(sys.argv[1:])
