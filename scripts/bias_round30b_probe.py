"""Round 30b bias probe: recall by form from published lists (idioms with inflection, a characteristic predicated of
the person, comparison to a group, a decision drawn from a characteristic, two terms of different categories in one
paragraph) and their look-alikes.

    PYTHONPATH=$PWD .venv/bin/python scripts/bias_round30b_probe.py [-v]

Rows in scripts/bias_round30b_probe.tsv, written in the engineer's own words after the outside page named in column
``source``, labelled before the analyzer ran on them and before any change of this pass; none is from evals/. Sets
that must be flagged (column ``judgement`` holds the span; correct: a flag of the category overlapping it):

IF an idiom from retext-equality in an inflected form ('turned a blind eye', 'manned up', 'welshing on').
CP a characteristic predicated of the person ('one of the seniors', 'positively geriatric', 'very ethnic').
GC comparison to a group ('For a woman, ...', 'Like most people his age', 'as you'd expect from an Indian').
DC a decision drawn from a characteristic ('Since she's pregnant, I did not put Leah forward').
TW paragraphs with two terms of different categories: one row per term, the same text; both must be found (a flag
   on the row's partner term is no false flag).

Look-alikes that must stay clean (every flag is a false flag): IX the idioms' words in a literal or plain sense, CX
the characteristic's words said of a rank, a field, a document or an event, GX comparison to a tenure, shift,
team or profession, DX a decision drawn from a request, leave, a record or a skill, TX the TW paragraphs' topics
with no judgement.

IF2, GC2, CP2, DC2 (must flag) and IX2, GX2, CX2, DX2 (must stay clean) are a second set written and labelled after
the first run on main and before any change, for the planned changes: inflected 'man up'/'grow a pair', group
comparison by parenthood and by 'as you'd expect from a <group>', 'geriatric' and 'urban' predicated of a person,
a fronted reason ('because of his age', 'due to', 'given that she's 61') before a decision in the main clause.

TW2 (must flag, one row per term) and TX2 (must stay clean) are a third set of two-category paragraphs, written
after the changes above and labelled before they ran on it; one of its misses (a possessive medical event, 'since
his stroke') led to the last change.

AG, RM, SP (must flag) and AGX, RMX, SPX (must stay clean) are a fourth set, written and labelled after dev19's tune
half opened (its three recall misses, in other wording and other workplaces) and before the change for them: a stated
age opening a later clause ('..., but at 24 he is too green'); a film's autistic savant as a label ('a bit Rain Man');
a same-sex partner kept away by the writer ('I would rather she didn't bring her girlfriend').

IF3 (must flag) and IX3 (must stay clean) are a fifth set, written and labelled before the change, for inflected
forms the lists' phrases did not carry: 'gypping', 'losing his marbles', 'powwowed'.

One label was corrected after the first run, for the category, not the outcome: 'as women tend to be' is
labelled gendered_language (the category of the analyzer's gendered_language.group_generalisation rule and of the
dev labelling guides), not gender_coded.

Printed per set: right/rows and false flags (flags outside the labelled span; every flag for look-alikes).

As measured, main 92b7649 -> biasrec30: IF 6/8 -> 8/8; CP 3/8 -> 4/8; GC 5/7 -> 7/7; DC 5/6 -> 6/6; TW 6/6 both;
IF2 1/3 -> 3/3; GC2 1/4 -> 4/4 (1 false flag both: 'school runs' beside the labelled comparison); CP2 0/2 -> 1/2;
DC2 2/4 -> 4/4; TW2 9/10 -> 10/10 (2 false flags both: 'At 59' and a second age span beside the labelled one);
look-alikes IX 8/8, CX 8/8, GX 7/7, DX 6/6, TX 3/3, IX2 3/3, GX2 4/4, CX2 4/4, DX2 5/5 clean on both; TX2 4/5 both
(main's family_status.relative_health flag on 'his father's stroke'). All flagged sets 38/58 -> 53/58 (recall by
row); all look-alikes 52/53 -> 52/53, no new false flag. Left: 'one of the seniors' (senior staff is a common sense),
'Lina's lunches are very ethnic' (said of her food), 'a recent college graduate, so she picks up new tools faster',
'his approach to tooling is positively geriatric', 'brings an urban vibe'.
Fourth set, main 9133526 -> biasrec30: AG 1/4 -> 4/4, RM 0/3 -> 3/3, SP 0/3 -> 3/3; AGX 4/4, RMX 3/3, SPX 4/4 clean on
both. Fifth set: IF3 0/4 -> 4/4, IX3 4/4 both. Whole probe (140 rows): flagged 39/72 -> 67/72, look-alikes
67/68 -> 67/68 (no new false flag).
Round 30o (biasrec30c): CP 4/8 -> 7/8 ('positively geriatric', 'very ethnic' lunches, 'a recent college graduate, so
... faster than the rest'), CP2 1/2 -> 2/2 ('brings an urban vibe'); left: 'one of the seniors'. Look-alikes unchanged.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bias_span_probe_io as probe_io  # noqa: E402

TSV = Path(__file__).with_suffix(".tsv")
SETS = ("IF", "CP", "GC", "DC", "TW", "IX", "CX", "GX", "DX", "TX",
        "IF2", "GC2", "CP2", "DC2", "IX2", "GX2", "CX2", "DX2", "TW2", "TX2",
        "AG", "RM", "SP", "AGX", "RMX", "SPX", "IF3", "IX3")
CLEAN_SETS = ("IX", "CX", "GX", "DX", "TX", "IX2", "GX2", "CX2", "DX2", "TX2", "AGX", "RMX", "SPX", "IX3")
PAIRED = ("TW", "TW2")

rows, judge, _figures, _main = probe_io.bind(TSV, SETS, CLEAN_SETS)


def _span(row: dict[str, str]) -> tuple[int, int]:
    start = row["text"].lower().index(row["judgement"].lower())
    return start, start + len(row["judgement"])


def figures(verbose: bool = False) -> dict[str, tuple[int, int, int]]:
    """(right, rows, false flags) per set; a TW or TW2 row's flag on its partner term is no false flag."""
    from assistant.analyzers.bias import check_bias

    all_rows = rows()
    partners: dict[str, list[tuple[int, int]]] = {}
    for row in all_rows:
        if row["set"] in PAIRED:
            partners.setdefault(row["text"], []).append(_span(row))
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    false: Counter[str] = Counter()
    for row in all_rows:
        flags = check_bias(row["text"]).flags
        ok, wrong = judge(row, flags)
        if row["set"] in PAIRED:
            wrong = sum(1 for f in flags if not any(f.start < e and s < f.end for s, e in partners[row["text"]]))
        total[row["set"]] += 1
        right[row["set"]] += ok
        false[row["set"]] += wrong
        if verbose and (not ok or wrong):
            print(f"  {row['set']} {[(f.text, f.rule) for f in flags]} | {row['text']}")
    return {name: (right[name], total[name], false[name]) for name in SETS if total[name]}


def main() -> None:
    print(probe_io.report(figures("-v" in sys.argv)))


if __name__ == "__main__":
    main()
