"""Reading and running shared by the QA detail probes over the handbook pages (scripts/qa_round27_probe.py,
scripts/qa_round28h_probe.py, scripts/qa_round29g_probe.py).

A probe is a TSV: ``id<TAB>class<TAB>facts ("|"-joined; none: must abstain)<TAB>page checked<TAB>question``.
A retrieval probe (:func:`run_pages`) names its page as ``<corpus>/<file> (section)``: the corpus whose pages
are indexed for the row (``handbooks``: shared/corpora/handbooks; ``handbooks2``/``handbooks3``: evals/).
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


def corpus_docs(corpus: str) -> Path | None:
    """The page folder of a named handbook corpus (None when shared/ is absent)."""
    from assistant.evaluation.corpora import BY_NAME

    qa_set = BY_NAME[corpus]
    return qa_set.docs if qa_set.present() else None


def run_pages(path: Path, index_name: str) -> list[dict]:
    """Per row of a retrieval probe: its id, class, page, the top 3 sources of hybrid search (as the
    suites' ``hit_at_3`` reads them), whether the answer answered and held every fact."""
    from assistant.evaluation.policy import handbook_settings
    from assistant.knowledge.search import search
    from assistant.qa.answer import answer
    from assistant.settings import Settings

    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row_id, kind, facts, page, question = line.split("\t")
        corpus, file = page.split(" ", 1)[0].split("/", 1)
        docs = corpus_docs(corpus)
        if docs is None:
            print(f"{corpus} not found; row {row_id} skipped", file=sys.stderr)
            continue
        local = handbook_settings(Settings(), docs, f"{index_name}_{corpus}")
        top3 = [r.source for r in search(question, local, k=3)]
        result = answer(question, local)
        wanted = [f for f in facts.split("|") if f]
        out.append({"id": row_id, "kind": kind, "page": file, "question": question, "top3": top3,
                    "hit": file in top3, "answered": result.answered,
                    "facts": result.answered and all(f.casefold() in result.answer.casefold() for f in wanted)})
    return out


def main_pages(path: Path, index_name: str) -> int:
    """A retrieval probe's ``main``: hit@3 and facts per answerable class, abstentions kept on must-abstain
    rows (``-v``: every row, else the misses)."""
    verbose = "-v" in sys.argv[1:]
    rows = run_pages(path, index_name)
    for kind in sorted({r["kind"] for r in rows}):
        group = [r for r in rows if r["kind"] == kind]
        if kind.startswith("abstain"):
            print(f"{kind}: abstained {sum(not r['answered'] for r in group)}/{len(group)}")
        else:
            print(f"{kind}: hit@3 {sum(r['hit'] for r in group)}/{len(group)}, answered "
                  f"{sum(r['answered'] for r in group)}/{len(group)}, facts {sum(r['facts'] for r in group)}/{len(group)}")
    for r in rows:
        ok = (not r["answered"]) if r["kind"].startswith("abstain") else r["hit"]
        if verbose or not ok:
            print(f"  {'ok ' if ok else 'MISS'} {r['id']} [{r['kind']}] {r['question']}\n       want {r['page']}; "
                  f"top3 {r['top3']}; answered {r['answered']}; facts {r['facts']}")
    return 0


def main(path: Path, index_name: str) -> int:
    """A probe script's ``main``: ``run_shared`` of ``path``, passes printed per class (``-v``: every row)."""
    return qa_round17_probe.main(lambda: run_shared(path, index_name))
