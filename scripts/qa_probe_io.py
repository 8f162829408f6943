"""Reading and running shared by the QA detail probes over the handbook pages (scripts/qa_round27_probe.py,
scripts/qa_round28h_probe.py, scripts/qa_round29g_probe.py).

A probe is a TSV: ``id<TAB>class<TAB>facts ("|"-joined; none: must abstain)<TAB>page checked<TAB>question``.
A retrieval probe (:func:`run_pages`) names its page as ``<corpus>/<file> (section)``: the corpus whose pages
are indexed for the row (``handbooks``: shared/corpora/handbooks; ``handbooks2``/``handbooks3``: evals/).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
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


def jsonl_docs(row: dict) -> Path | None:
    """The page folder a JSON-lines probe row is asked over: ``corpus`` (a question set's name) or ``docs`` (a folder
    of the repository, or ``shared/...`` beside it); None when it is absent here."""
    from assistant.evaluation.corpora import shared_dir
    from assistant.settings import PROJECT_ROOT

    if "corpus" in row:
        docs = corpus_docs(row["corpus"])
    elif row["docs"].startswith("shared/"):
        shared = shared_dir()
        docs = shared / row["docs"].removeprefix("shared/") if shared else None
    else:
        docs = PROJECT_ROOT / row["docs"]
    return docs if docs is not None and docs.is_dir() else None


def main_jsonl(path: Path, index_prefix: str) -> int:
    """A JSON-lines probe's ``main`` (rows: ``id``, ``question``, ``expect``, ``facts``, ``class`` or ``tags``, and
    ``corpus`` or ``docs``): per class, answered and passed (with facts: answered with every fact; must abstain:
    refused; neither: as read, compared by hand); ``-v`` prints every row, else the misses. Each corpus is indexed
    into a temporary folder (``<index_prefix>_<corpus>``); the user's index is never touched."""
    import json

    from assistant.evaluation.policy import handbook_settings
    from assistant.qa.answer import answer
    from assistant.settings import Settings

    verbose = "-v" in sys.argv[1:]
    results = []
    for row in (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()):
        docs = jsonl_docs(row)
        if docs is None:
            print(f"{row['id']}: its pages are not here; skipped", file=sys.stderr)
            continue
        result = answer(row["question"], handbook_settings(Settings(), docs, f"{index_prefix}_{docs.parent.name}"))
        text = result.answer.casefold()
        if row["facts"]:
            passed = result.answered and all(f.casefold() in text for f in row["facts"])
        else:
            passed = not result.answered if row["expect"] == "abstain" else None
        results.append({"id": row["id"], "class": row.get("class") or row["tags"][0], "answered": result.answered,
                        "passed": passed, "question": row["question"], "answer": result.answer})
    for kind in sorted({r["class"] for r in results}):
        group = [r for r in results if r["class"] == kind]
        print(f"{kind}: answered {sum(r['answered'] for r in group)}/{len(group)}, "
              f"passed {sum(bool(r['passed']) for r in group)}/{len(group)}")
    print(f"all: passed {sum(bool(r['passed']) for r in results)}/{len(results)}")
    for r in results:
        if verbose or not r["passed"]:
            mark = "ok  " if r["passed"] else "MISS" if r["passed"] is False else "as-read"
            print(f"  {mark} {r['id']} [{r['class']}] {r['question']}\n       {r['answer'][:400]!r}")
    return 0


def main_classes(path: Path, index_name: str, classes: tuple[str, ...]) -> int:
    """A probe of JSONL rows over their own pages (:func:`jsonl_docs`), each with a ``class`` and a ``half``: per half and
    class, answered and passed (answerable: answered with every fact; must-abstain, no facts: refused). Misses are
    printed for the tune half only unless ``--untouched`` is given (``-v``: every row)."""
    from assistant.evaluation.policy import handbook_settings
    from assistant.qa.answer import answer
    from assistant.settings import Settings

    verbose = "-v" in sys.argv[1:]
    untouched = "--untouched" in sys.argv[1:]
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return report_fact_rows(rows, lambda row: answer(row["question"], handbook_settings(Settings(), jsonl_docs(row),
                                                                                        index_name)),
                            classes, verbose, untouched)


def report_fact_rows(rows: list[dict], ask, classes: tuple[str, ...], verbose: bool, untouched: bool,
                     words: bool = False, width: int = 400) -> int:
    """Ask each row (``ask(row)`` -> an Answer) and print, per half and class, answered and passed (answerable: answered
    with every fact; must-abstain, no facts: refused), with ``words`` the words the answers quote; then the misses of
    the tune half (the untouched half's too with ``untouched``; every row with ``verbose``), ``width`` characters of
    each answer."""
    results = []
    for row in rows:
        result = ask(row)
        text = result.answer.casefold()
        passed = (result.answered and all(f.casefold() in text for f in row["facts"])) if row["facts"] \
            else not result.answered
        results.append({**row, "answered": result.answered, "passed": passed, "answer": result.answer})
    for half in ("tune", "untouched"):
        for kind in classes:
            group = [r for r in results if r["class"] == kind and r["half"] == half]
            quoted = sum(len(r["answer"].split()) for r in group if r["answered"])
            print(f"{half} {kind}: answered {sum(r['answered'] for r in group)}/{len(group)}, "
                  f"passed {sum(r['passed'] for r in group)}/{len(group)}" + (f", answer words {quoted}" if words else ""))
        group = [r for r in results if r["half"] == half]
        print(f"{half} all: passed {sum(r['passed'] for r in group)}/{len(group)}")
    for r in results:
        if (verbose or not r["passed"]) and (r["half"] == "tune" or untouched):
            mark = "ok  " if r["passed"] else "MISS"
            print(f"  {mark} {r['id']} [{r['class']}/{r['half']}] {r['question']}\n       {r['answer'][:width]!r}")
    return 0



def read_lead_unit(item: dict) -> str:
    """A question/sentence row read as the sufficiency check reads a lead unit: the clause's answer type, whether the
    sentence holds it and the referral test ('answer' or 'not_answer')."""
    from assistant.qa.check import answer_type, asks_value, defers, holds

    question, sentence = item["question"], item["sentence"]
    kind = answer_type(question)
    if not holds(kind, sentence, question):
        return "not_answer"
    if asks_value(question, kind) and defers(sentence):
        return "not_answer"
    return "answer"


def main_sentence_pairs(probe: Path, read, argv: list[str], show_untouched: bool = False, label: str = "form") -> int:
    """Score a JSONL probe of question/sentence rows (``split``, ``role``, ``expect``) with ``read``: tune-half misses
    (every row with -v) printed with the row's ``label`` field, the untouched half counted and printed only when
    ``show_untouched``; then per half and role, passed/total."""
    counts: dict[tuple[str, str], list[int]] = {}
    for line in probe.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        got = read(item)
        tally = counts.setdefault((item["split"], item["role"]), [0, 0])
        tally[1] += 1
        tally[0] += got == item["expect"]
        if (show_untouched or item["split"] == "tune") and (got != item["expect"] or "-v" in argv):
            print(f"  {'ok  ' if got == item['expect'] else 'miss'} {item['id']} [{item[label]}] "
                  f"{item['question']!r} / {item['sentence'][:70]!r}: read {got}, expected {item['expect']}")
    for split in ("tune", "untouched"):
        parts = [f"{role} {p}/{t}" for (s, role), (p, t) in sorted(counts.items()) if s == split]
        passed = sum(p for (s, _), (p, _t) in counts.items() if s == split)
        total = sum(t for (s, _), (_p, t) in counts.items() if s == split)
        print(f"{split}: {', '.join(parts)}; all {passed}/{total}")
    return 0


@contextmanager
def abstention_verdicts() -> Iterator[list]:
    """Inside the block, each abstention's final verdict (the sufficiency check's reason, missing terms, nearest
    sentences) is appended to the yielded list; ``render.abstention`` is restored on the way out."""
    from assistant.qa import render

    seen: list = []
    original = render.abstention

    def spy(verdict):
        seen.append(verdict)
        return original(verdict)

    render.abstention = spy
    try:
        yield seen
    finally:
        render.abstention = original


def expect_rows_args(argv: list[str], doc: str | None, docs: Path, probe: Path,
                     probe_help: str | None = None) -> tuple[Path, list[dict], bool] | None:
    """A pages-folder probe's command line (``--docs``, ``--probe``, ``-v``): (pages folder, rows, verbose), or None
    with a line on stderr when the folder is absent (its pages live outside the repository)."""
    import argparse

    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=Path, default=docs)
    parser.add_argument("--probe", type=Path, default=probe, help=probe_help)
    parser.add_argument("-v", action="store_true", help="print every tune row, not only the failures")
    args = parser.parse_args(argv)
    if not args.docs.is_dir():
        print(f"{args.docs}: not found (see this script's docstring for the pages); probe skipped", file=sys.stderr)
        return None
    rows = [json.loads(line) for line in args.probe.read_text(encoding="utf-8").splitlines() if line.strip()]
    return args.docs, rows, args.v


def expect_totals(docs: Path, rows: list[dict], index_name: str, verbose: bool = False,
                  group: str = "expect") -> dict[tuple[str, str], list[int]]:
    """Ask each row's question (``split``, ``expect`` answer/abstain, ``facts``) over ``docs``, printing the tune-half
    failures (every tune row when ``verbose``) with the check that refused: (split, row[group]) -> [rows, passed,
    passed quoting every expected fact]."""
    from assistant.evaluation.policy import handbook_settings
    from assistant.qa.answer import answer
    from assistant.settings import Settings

    local = handbook_settings(Settings(), docs, index_name)
    totals: dict[tuple[str, str], list[int]] = {}
    with abstention_verdicts() as seen:
        for row in rows:
            seen.clear()
            result = answer(row["question"], local)
            want = row["expect"] == "answer"
            text = result.answer.lower()
            facts = result.answered and all(f.lower() in text for f in row.get("facts") or [])
            passed = result.answered == want
            t = totals.setdefault((row["split"], row[group]), [0, 0, 0])
            t[0] += 1
            t[1] += passed
            t[2] += passed and (not want or facts)
            if row["split"] == "tune" and (verbose or not passed or (want and not facts)):
                reason = seen[-1].reason if seen and not result.answered else "answered"
                print(f"{row['id']} {row['expect']:7} {'pass' if passed else 'FAIL'} [{reason}]"
                      f"{'' if not want or not result.answered else ' facts=' + str(facts)} | {row['question']}"
                      f" -> {' '.join(result.answer.split())[:160]}")
    return totals


def main_expect_rows(docs: Path, rows: list[dict], index_name: str, verbose: bool = False) -> int:
    """:func:`expect_totals`, then per half and expectation the rows passed and, for answers, those quoting every
    expected fact."""
    for (split, expect), (n, ok, with_facts) in sorted(expect_totals(docs, rows, index_name, verbose).items(),
                                                       reverse=True):
        extra = f", with the expected fact {with_facts}" if expect == "answer" else ""
        print(f"{split} {expect}: {n} rows, passed {ok}{extra}")
    return 0
