"""False-alarm probe for the bias analyzer over innocent text.

Innocent text: the handbook corpus (../shared/corpora/handbooks/docs or --corpus), the sample knowledge
base (assistant/sample_knowledge), every TUNING half's feedback and goal items, and every tuning half's
bias paragraphs with no label (plus the short set's unlabelled sentences). Held-out items are skipped by
their split field before their text is read.

    PYTHONPATH=$PWD .venv/bin/python scripts/bias_probe.py            # count by rule family
    PYTHONPATH=$PWD .venv/bin/python scripts/bias_probe.py --list     # every flag with its sentence
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from assistant.analyzers.bias import check_bias, load_rules
from assistant.evaluation.dev import SAMPLE_KNOWLEDGE, innocent_documents, round_files, tuning_items
from assistant.text import sentence_around

ROOT = Path(__file__).resolve().parent.parent



def innocent_texts(corpus: Path) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for doc in innocent_documents(corpus):
        kind = "knowledge" if doc.parent == SAMPLE_KNOWLEDGE else "handbook"
        out.append((f"{kind}:{doc.name}", doc.read_text(encoding="utf-8")))
    for path in round_files(ROOT / "evals", "*.jsonl"):
        for item in tuning_items(path):
            if path.name == "bias.jsonl" and item.get("labels"):
                continue
            out.append((item["id"], item["text"]))
    for line in (ROOT / "evals" / "bias.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line) if line.strip() else {"labels": True}
        if not item.get("labels"):
            out.append((item.get("id", "short"), item["text"]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpora" / "handbooks" / "docs"))
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    rules = load_rules()
    by_rule: Counter[str] = Counter()
    by_source: Counter[str] = Counter()
    total = 0
    for source, text in innocent_texts(Path(args.corpus)):
        for flag in check_bias(text, rules).flags:
            total += 1
            by_rule[flag.rule] += 1
            by_source[source.split(":")[0] if ":" in source else re.sub(r"-\d+$", "", source)] += 1
            if args.list:
                snippet = sentence_around(text, flag.start, flag.end)
                print(f"{source}\t{flag.rule}\t{flag.text!r}\t{snippet}")
    print(f"total flags: {total}")
    for rule, n in by_rule.most_common():
        print(f"  {n:3d} {rule}")
    print("by source:", dict(by_source))


if __name__ == "__main__":
    main()
