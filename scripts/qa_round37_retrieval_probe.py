"""Retrieval probe of round 37 (qaretr37): hit@3 of hybrid search over public handbook pages of another
organisation competing with the project's own pages.

The index holds, in a temporary folder, the 31 dxw staff-handbook pages (CC BY-NC 4.0, so not kept in this
MIT-licensed repository: copy them from github.com/dxw/playbook @ 0c7fc5f as listed in
evals/probes/round37/README.qaretr37.md into a folder and pass it as ``--docs``), the five outside pages of the round-36 gate probe
(evals/probes/round36/qagate36/docs/) and ``knowledge/``, so that other organisations' pages compete. Each question
of evals/probes/round37/qaretr37.jsonl (written, labelled and split with seed 3737 before any run) passes when one
of its pages is among the top 3 sources of :func:`assistant.knowledge.search.search` (as the suites' ``hit_at_3``
reads it). Prints the misses with their top 3, and the figures per half.

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_round37_retrieval_probe.py --docs DXW_PAGES [--half tune|untouched]
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROBE = ROOT / "evals" / "probes" / "round37" / "qaretr37.jsonl"
OTHER_FOLDERS = [ROOT / "evals" / "probes" / "round36" / "qagate36" / "docs", ROOT / "knowledge"]


def index_settings(docs: Path):
    from assistant.knowledge.index import ingest
    from assistant.settings import Settings

    folder = Path(tempfile.mkdtemp(prefix="coach-qaretr37-"))
    settings = Settings().model_copy(update={"index_dir": folder, "chroma_host": None, "collection": "qaretr37"})
    report = ingest([docs, *OTHER_FOLDERS], settings)
    if report.errors:
        raise RuntimeError(f"ingest failed: {report.errors[0].source}: {report.errors[0].reason}")
    return settings


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=Path, required=True, help="a folder holding the 31 dxw pages")
    parser.add_argument("--half", choices=["tune", "untouched"])
    args = parser.parse_args()
    if not any(args.docs.glob("dxw-*.md")):
        parser.exit(2, f"error: no dxw-*.md pages in {args.docs} (see evals/probes/round37/README.qaretr37.md)\n")
    from assistant.knowledge.search import search

    settings = index_settings(args.docs)
    tally: dict[str, list[int]] = {}
    for line in PROBE.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if args.half and row["half"] != args.half:
            continue
        top3 = [r.source for r in search(row["question"], settings, k=3)]
        ok = bool(set(row["sources"]) & set(top3))
        counts = tally.setdefault(row["half"], [0, 0])
        counts[0] += ok
        counts[1] += 1
        if not ok:
            print(f"  miss {row['id']} ({row['half']}): {row['question']!r} want {row['sources'][0]} top3 {top3}")
    for half, (hits, total) in sorted(tally.items()):
        print(f"{half}: hit@3 {hits}/{total}")


if __name__ == "__main__":
    main()
