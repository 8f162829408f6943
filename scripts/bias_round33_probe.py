"""Round 33 bias probe: term recall, flag precision and look-alikes flagged on a labelled JSONL probe.

Usage: PYTHONPATH=$PWD .venv/bin/python scripts/bias_round33_probe.py [PROBE.jsonl] [-v]
Each line: {"id", "source", "text", "clean", "terms": [{"term", "category"}]}; a label is found when a flag
overlaps it, a flag is right when it overlaps a label (the evaluation's rule, assistant/evaluation/bias.py).
"""

from __future__ import annotations

import json
import sys

from assistant.analyzers.bias import check_bias

DEFAULT = "evals/probes/round33/biasrec33_idioms.jsonl"


def main(argv: list[str]) -> None:
    paths = [a for a in argv if not a.startswith("-")] or [DEFAULT]
    verbose = "-v" in argv
    items = []
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            items.extend(json.loads(line) for line in handle if line.strip())
    labels = found = flags = right = clean = clean_flagged = 0
    for item in items:
        text = item["text"]
        spans = [(text.index(t["term"]), text.index(t["term"]) + len(t["term"])) for t in item["terms"]]
        got = [(f.start, f.end, f.text, f.category) for f in check_bias(text).flags]
        missed = [text[s:e] for s, e in spans if not any(f[0] < e and s < f[1] for f in got)]
        wrong = [f for f in got if not any(f[0] < e and s < f[1] for s, e in spans)]
        labels += len(spans)
        found += len(spans) - len(missed)
        flags += len(got)
        right += len(got) - len(wrong)
        if item["clean"]:
            clean += 1
            clean_flagged += bool(got)
        if verbose and (missed or wrong):
            print(item["id"], "missed:", missed, "unlabelled flags:", [f"{f[2]}/{f[3]}" for f in wrong])
    print(f"term recall {found}/{labels} = {found / max(labels, 1):.3f}; flag precision {right}/{flags} = "
          f"{right / max(flags, 1):.3f}; look-alikes flagged {clean_flagged}/{clean}")


if __name__ == "__main__":
    main(sys.argv[1:])
