"""Why each answerable question of a TUNING half is refused, and which must-abstain questions are answered.

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_refusal_reasons.py [SET:tuning ...] [--json]

Default sets: handbooks4:tuning handbooks3:tuning handbooks2:tuning handbooks:tuning policy:tuning (held-out halves
are refused). Each question runs through :func:`assistant.qa.answer` as the suites run it; for an abstention the
sufficiency check's verdict (reason, missing terms, the kind of value asked) is recorded, with whether an expected
source was among the top 3 of hybrid search.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter

from qa_probe_io import abstention_verdicts  # scripts/ is on the path when a script runs

DEFAULT_SETS = ("handbooks4:tuning", "handbooks3:tuning", "handbooks2:tuning", "handbooks:tuning", "policy:tuning")


def run(spec: str) -> list[dict]:
    import importlib

    from assistant.evaluation.calibrate import set_rows, set_settings
    from assistant.knowledge.search import search

    answer_module = importlib.import_module("assistant.qa.answer")
    from assistant.qa.focus import analyse
    from assistant.qa.retrieve import phrase_similarity
    from assistant.settings import Settings

    name, _, half = spec.partition(":")
    rows, docs = set_rows(name, half or None)
    local = set_settings(Settings(), docs)
    similarity = phrase_similarity(local)
    out = []
    with abstention_verdicts() as seen:
        for row in rows:
            seen.clear()
            result = answer_module.answer(row["question"], local)
            record = {"set": spec, "id": str(row["id"]), "expect": row["expect"], "answered": result.answered,
                      "question": row["question"]}
            if row["expect"] == "answer":
                top3 = [r.source for r in search(row["question"], local, k=3)]
                record["hit"] = bool(set(row.get("sources") or []) & set(top3))
                lower = result.answer.lower()
                record["facts_ok"] = result.answered and all(f.lower() in lower for f in row.get("facts") or [])
                record["facts"] = row.get("facts") or []
                record["sources"] = row.get("sources") or []
            if not result.answered:
                verdict = seen[-1] if seen else None
                record["reason"] = verdict.reason if verdict else "screen"
                if verdict is not None:
                    record["missing_terms"] = verdict.missing_terms
                    record["missing_names"] = verdict.missing_names
                    record["asked"] = verdict.asked
                    record["nearest"] = [f"{u.passage.source}#{u.position} p={u.prob:.3f}: {u.text[:160]}"
                                         for u in verdict.nearest[:3]]
                    if verdict.nearest:  # the lead: its sentence under its heading against its asking clause
                        lead = verdict.nearest[0]
                        parts = analyse(result.question or row["question"]).clauses
                        clause = parts[min(lead.clause, len(parts) - 1)].text
                        record["lead_similarity"] = round(float(similarity(
                            clause, [f"{lead.passage.context}\n{lead.text}"])[0]), 3)
                        record["lead_prob"] = round(lead.prob, 4)
            else:
                record["answer"] = result.answer[:400]
            out.append(record)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="*", default=list(DEFAULT_SETS))
    parser.add_argument("--json", action="store_true", help="one JSON record per question")
    args = parser.parse_args(argv)
    if any(not s.endswith(":tuning") for s in args.sets):
        print("only tuning halves are diagnosed", file=sys.stderr)
        return 2
    for spec in args.sets:
        records = run(spec)
        if args.json:
            for r in records:
                print(json.dumps(r))
        answerable = [r for r in records if r["expect"] == "answer"]
        abstain = [r for r in records if r["expect"] != "answer"]
        refused = [r for r in answerable if not r["answered"]]
        summary = {"set": spec, "answerable": len(answerable), "must_abstain": len(abstain),
                   "hit_at_3": round(sum(r["hit"] for r in answerable) / max(1, len(answerable)), 4),
                   "abstention": round(sum(not r["answered"] for r in abstain) / max(1, len(abstain)), 4),
                   "over_refusal": round(len(refused) / max(1, len(answerable)), 4),
                   "facts": round(sum(r["facts_ok"] for r in answerable) / max(1, len(answerable)), 4),
                   "refusal_reasons": dict(Counter(r["reason"] for r in refused)),
                   "refused_with_hit": sum(r["hit"] for r in refused)}
        print(json.dumps(summary), file=sys.stderr if args.json else sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
