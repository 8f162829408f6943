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

import sys
from pathlib import Path

import qa_probe_io  # the shared probe runner (scripts/ is on the path when a script runs)

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round40" / "qaover40.jsonl"


def main(argv: list[str]) -> int:
    parsed = qa_probe_io.expect_rows_args(argv, __doc__, Path("/tmp/qaover40_docs"), PROBE)
    if parsed is None:
        return 0
    docs, rows, verbose = parsed
    totals = qa_probe_io.expect_totals(docs, rows, "qaover40_probe", verbose, group="kind")
    for (split, kind), (n, ok, with_facts) in sorted(totals.items(), reverse=True):
        expect = "abstain" if kind == "look-alike" else "answer"
        extra = f", with the expected fact {with_facts}" if expect == "answer" else ""
        print(f"{split} {kind} ({expect}): {n} rows, passed {ok}{extra}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
