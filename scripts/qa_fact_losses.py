"""Where each answerable question of a TUNING half loses its labelled fact(s).

    python scripts/qa_fact_losses.py [--cache DIR] [--show] [SET:HALF ...]

Default sets: handbooks:tuning policy:tuning seeds hr_cases (the tuning halves and the two checks;
held-out halves are refused). Each missed fact is put in one class, by where it is lost:

  a_refused      the question is refused (abstention on an answerable question)
  b_not_in_pool  no retrieved passage holds the fact
  c_other_passage  a passage of the pool holds it, but none of the quoted passages does
  d_not_quoted   a quoted passage holds the fact in a unit that is not quoted (neighbour, lead-in ...)
  e_unit_cut     a passage holds the fact but no single unit does (the value spans two units)
  f_matcher      the quotes hold the fact once markup/number words are normalised, the raw match fails
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from assistant.evaluation.calibrate import holds_fact, load_examples, normalise, prepare
from assistant.qa.answer import calibration
from assistant.qa.answer import conclude as product_conclude
from assistant.settings import Settings

DEFAULT_SETS = ("handbooks:tuning", "policy:tuning", "seeds", "hr_cases")


def classify(item, cal) -> list[dict]:
    """One record per missed fact of an answerable example (empty when every fact is in the answer)."""
    example = item.example
    if not example.answerable or not example.facts:
        return []
    if example.refusal is not None or item.x is None:
        return [{"id": example.id, "fact": f, "class": "a_refused"} for f in example.facts]
    result, quotes, units = product_conclude(item.asked, example.display, item.units, item.x, cal)
    lower = result.answer.lower()
    missing = [f for f in example.facts if f.lower() not in lower]
    out = []
    for fact in missing:
        record = {"id": example.id, "fact": fact, "question": example.question}
        if not result.answered:
            record["class"] = "a_refused"
        elif normalise(fact) in normalise(result.answer):
            record["class"] = "f_matcher"
        else:
            holders = [u for u in item.units if holds_fact(u.text, [fact])]
            quoted = {q.passage.id for q in quotes}
            passages_with = [p for p in example.passages if normalise(fact) in normalise(" ".join(p.units))
                             or normalise(fact) in normalise(p.text)]
            if holders and any(u.passage.id in quoted for u in holders):
                record["class"] = "d_not_quoted"
                best = next(u for u in sorted(units, key=lambda u: -u.prob) if holds_fact(u.text, [fact])) \
                    if any(holds_fact(u.text, [fact]) for u in units) else holders[0]
                record["fact_unit"] = best.text[:160]
                record["fact_unit_prob"] = round(best.prob, 3)
                record["lead_position"] = quotes[0].position
                record["fact_position"] = best.position
            elif holders:
                record["class"] = "c_other_passage"
                record["fact_sources"] = sorted({u.passage.source for u in holders})
                top = max(holders, key=lambda u: u.prob)
                record["fact_unit"] = top.text[:160]
                record["fact_unit_prob"] = round(top.prob, 3)
            elif passages_with:
                record["class"] = "e_unit_cut"
                record["fact_sources"] = sorted({p.source for p in passages_with})
            else:
                record["class"] = "b_not_in_pool"
            record["quotes"] = [f"{q.passage.source}#{q.position} p={q.prob:.3f}: {q.text[:140]}" for q in quotes]
        out.append(record)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="*", default=list(DEFAULT_SETS))
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--show", action="store_true", help="print each missed fact's record")
    args = parser.parse_args(argv)
    if any(s.endswith(":heldout") or s == "blind" for s in args.sets):
        print("held-out halves are not diagnosed", file=sys.stderr)
        return 2
    cal = calibration()
    totals = {}
    for spec in args.sets:
        items = prepare(load_examples([spec], Settings(), args.cache))
        records = [r for item in items for r in classify(item, cal)]
        answerable = sum(it.example.answerable for it in items)
        totals[spec] = {"answerable": answerable, "questions_missing": len({r["id"] for r in records}),
                        **Counter(r["class"] for r in records)}
        if args.show:
            for record in records:
                print(json.dumps({"set": spec, **record}))
    print(json.dumps(totals, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
