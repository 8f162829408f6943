"""False-alarm probe for the feedback coach's span findings (trait, absolute, harsh) over innocent text.

Innocent text: the handbook corpus (../shared/corpora/handbooks/docs or --corpus) and the sample
knowledge base, one paragraph at a time; every TUNING half's goal items and unlabelled bias paragraphs;
and every tuning half's feedback drafts, where a finding counts only when the draft is not labelled
with its kind. Held-out items are skipped by their split field before their text is read.

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_probe.py            # flags per kind and rule
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_probe.py --list     # every flag with its sentence
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from assistant.analyzers.feedback import SPAN_KINDS, load_feedback_rules, review_feedback
from assistant.evaluation.dev import innocent_documents, round_files, tuning_items
from assistant.text import sentence_around

ROOT = Path(__file__).resolve().parent.parent



def innocent_texts(corpus: Path) -> list[tuple[str, str, frozenset[str]]]:
    """(source, text, kinds its label allows) for every innocent text."""
    out: list[tuple[str, str, frozenset[str]]] = []
    for doc in innocent_documents(corpus):
        for n, para in enumerate(doc.read_text(encoding="utf-8").split("\n\n")):
            if len(para.split()) >= 5:
                out.append((f"{doc.parent.name}/{doc.name}#{n}", para, frozenset()))
    for path in round_files(ROOT / "evals", "*.jsonl"):
        for item in tuning_items(path):
            if path.name == "feedback.jsonl":
                out.append((item["id"], item["text"], frozenset(item["kinds"])))
            elif path.name == "goals.jsonl" or (path.name == "bias.jsonl" and not item.get("labels")):
                out.append((item["id"], item["text"], frozenset()))
    return out


def probe(corpus: Path) -> list[tuple[str, str, str, str]]:
    """Every unlabelled span finding: (source, kind, the word, its sentence)."""
    rules = load_feedback_rules()
    found = []
    for source, text, allowed in innocent_texts(corpus):
        for f in review_feedback(text, rules=rules, learned=False).findings:
            if f.kind in SPAN_KINDS and f.kind not in allowed and f.start is not None:
                found.append((source, f.kind, f.text or "", sentence_around(text, f.start, f.end or f.start)))
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpora" / "handbooks" / "docs"))
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    found = probe(Path(args.corpus))
    if args.list:
        for source, kind, word, sentence in found:
            print(f"{kind:8} {source:28} {word!r:18} {sentence[:160]}")
    kinds = Counter(kind for _, kind, _, _ in found)
    print("flags on innocent text:", len(found), dict(sorted(kinds.items())))


if __name__ == "__main__":
    main()
