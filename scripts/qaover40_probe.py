"""Outside probe for round 40 (QO, qaover40): "how long / how big / how wide" asked of a thing that is no span of
time (a title, a paragraph, an image, a file), answered in a unit of extent (characters, words, lines, pixels,
megabytes), over a handbook not in our corpora.

The pages: PostHog's company handbook (github.com/PostHog/posthog.com, ``contents/handbook/content/``; the
``/contents/`` folder is MIT-licensed). Excerpts of ten pages are used, kept out of this repository: copy the
sections quoted in ``evals/probes/round40/qaover40.jsonl`` (``quote``) with their headings from
``contents/handbook/content/{posthog-style-guide,seo-guide,newsletter,newsletter-tips,docs-style-guide.mdx,
social-media,screen-recording-guide,linkedin,changelog.mdx,youtube}`` into a folder as ``posthog-<page>.md`` and
pass it as ``--docs`` (default ``/tmp/qaover40_docs``; see evals/probes/round40/README.qaover40.md). They are indexed
on their own, as the Q&A suites index a set's pages; the 24 questions (written, labelled and split by
``random.Random(20261240)`` stratified by kind before any run) go through :func:`assistant.qa.answer`:

* ``class`` (11, ``answer``): the page states the length or size in a unit of extent; passes when answered, and
  counts those quoting the expected fact;
* ``time`` (4, ``answer``): "how long" of something that takes time, answered by a duration (must stay answered);
* ``look-alike`` (9, ``abstain``): the pages give no length or size of the thing asked (a number of another
  thing stands nearby); passes on an abstention.

Rows of the ``tune`` half are printed (all with ``-v``, else the failures); the ``untouched`` half only counts.

    PYTHONPATH=$PWD .venv/bin/python scripts/qaover40_probe.py [--docs DIR] [-v]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import qa_probe_io  # the shared probe runner (scripts/ is on the path when a script runs)

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round40" / "qaover40.jsonl"


def run(docs: Path, rows: list[dict], verbose: bool) -> dict[tuple[str, str], list[int]]:
    return qa_probe_io.expect_totals(docs, rows, "qaover40_probe", verbose, group="kind")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=Path, default=Path("/tmp/qaover40_docs"))
    parser.add_argument("--probe", type=Path, default=PROBE)
    parser.add_argument("-v", action="store_true", help="print every tune row, not only the failures")
    args = parser.parse_args(argv)
    if not args.docs.is_dir():
        print(f"{args.docs}: not found (see this script's docstring for the pages); probe skipped", file=sys.stderr)
        return 0
    rows = [json.loads(line) for line in args.probe.read_text(encoding="utf-8").splitlines() if line.strip()]
    totals = run(args.docs, rows, args.v)
    for (split, kind), (n, ok, with_facts) in sorted(totals.items(), reverse=True):
        expect = "abstain" if kind == "look-alike" else "answer"
        extra = f", with the expected fact {with_facts}" if expect == "answer" else ""
        print(f"{split} {kind} ({expect}): {n} rows, passed {ok}{extra}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
