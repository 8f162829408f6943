"""Reading and running shared by the QA detail probes over the handbook pages (scripts/qa_round27_probe.py,
scripts/qa_round28h_probe.py, scripts/qa_round29g_probe.py).

A probe is a TSV: ``id<TAB>class<TAB>facts ("|"-joined; none: must abstain)<TAB>page checked<TAB>question``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import qa_round17_probe  # the shared probe runner (scripts/ is on the path when a script runs)


def load(path: Path) -> list[tuple[str, list[str], str]]:
    """(question, facts, class) per row of the probe file."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        _id, kind, facts, _source, question = line.split("\t")
        rows.append((question, [f for f in facts.split("|") if f], kind))
    return rows


def run_shared(path: Path, index_name: str) -> list[tuple[bool, str, str, str]]:
    """(passed, class, question, answer) per row of ``path``, over the shared handbook pages (none when absent)."""
    from assistant.evaluation.policy import shared_dir

    shared = shared_dir()
    if shared is None:
        print("shared/corpora/handbooks not found; probe skipped", file=sys.stderr)
        return []
    return qa_round17_probe.run(load(path), shared / "corpora" / "handbooks" / "docs", index_name)


def main(path: Path, index_name: str) -> int:
    """A probe script's ``main``: ``run_shared`` of ``path``, passes printed per class (``-v``: every row)."""
    return qa_round17_probe.main(lambda: run_shared(path, index_name))
