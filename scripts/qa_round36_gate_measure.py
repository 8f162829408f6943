"""Round 36 (QG2, qagate36): what the relevance gate's sentence-level match sees, question by question.

For every question of the given TUNING halves (or ``probe``: the round-36 gate probe) whose lead unit the scorer
puts under the gate, one JSON record: the asking clause and, for the best valid units (``SENTENCE_RIVALS``), the
scorer's probability, whether the unit holds the asked kind of value, the embedder's similarity of its sentence
(under its heading) to the clause, its focus cover, its file and text. The figures behind
``evals/probes/round36/README.qagate36.md`` (which rival similarity and floor hold abstention).

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_round36_gate_measure.py probe handbooks5:tuning ... > out.jsonl
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round36" / "qagate36"


def main(argv: list[str]) -> int:
    from assistant.evaluation.calibrate import set_rows, set_settings
    from assistant.evaluation.policy import handbook_settings
    from assistant.settings import Settings

    module = importlib.import_module("assistant.qa.answer")
    if any(not s.endswith(":tuning") and s != "probe" for s in argv):
        print("only tuning halves and the probe are measured", file=sys.stderr)
        return 2
    seen: list[dict] = []
    original = module.sentence_lead

    def spy(clause, valid, threshold, similarity, min_focus=0.0):
        if similarity is not None and valid:
            index = valid[0].clause
            top = list(valid[:module.SENTENCE_RIVALS])
            sims = similarity(clause, [f"{u.passage.context}\n{u.text}" for u in top])
            seen.append({"clause": clause, "gate": threshold, "units": [
                {"prob": round(u.probs[index], 4), "held": bool(u.held[index]), "similarity": round(float(s), 3),
                 "focus": round(u.focus_cover[index], 3) if u.focus_cover else None, "source": u.passage.source,
                 "text": u.text[:120]} for u, s in zip(top, sims, strict=True)]})
        return original(clause, valid, threshold, similarity, min_focus)

    module.sentence_lead = spy
    for spec in argv:
        if spec == "probe":
            rows = [json.loads(line) for line in (PROBE / "questions.jsonl").read_text(encoding="utf-8").splitlines()
                    if line.strip()]
            local = handbook_settings(Settings(), PROBE / "docs", "qagate36_probe")
        else:
            name, _, half = spec.partition(":")
            rows, docs = set_rows(name, half)
            local = set_settings(Settings(), docs)
        for row in rows:
            seen.clear()
            result = module.answer(row["question"], local)
            if seen:
                print(json.dumps({"set": spec, "id": str(row["id"]), "expect": row["expect"],
                                  "answered": result.answered, "gate": list(seen)}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
