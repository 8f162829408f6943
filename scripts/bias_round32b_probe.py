"""Round 32b bias probe: paragraphs that mention the person's circumstances, other people's characteristics or a
loaded word in an innocent sense must stay clean; the same paragraphs with one judgement or decision drawn from a
characteristic of the reviewed person must keep their flag.

    PYTHONPATH=$PWD .venv/bin/python scripts/bias_round32b_probe.py [-v]

Rows in scripts/bias_round32b_probe.tsv, written in the engineer's own words after the outside pages named in column
``source`` (EHRC and university HR pages on reasonable adjustments, age-friendly and ADA customer-service guides,
AARP pages on age-coded remarks, sample appraisal phrase pages for operator roles) in workplaces no tune half has
(ferry, surveying, radio, bakery, soil lab, court interpreting, post office counter, plumbing, cinema, hospital
portering, ski patrol, leisure pool, locksmith, park ranger, lettings, optical, payroll, recruitment, brewery cellar,
court usher, data centre, arborist, stage crew); labelled before the analyzer ran on them and before any change; none
is from evals/.

CF (must stay clean): the reviewed person's characteristic stated as a fact, accommodated at their request or handled
   under a process rule (an age with years of service, deafness with a pager, maternity leave with cover, Ramadan
   hours at his request, compressed hours for a school run, a spouse under a conflict rule, a wheelchair with the
   booth moved, diabetes on the occupational health file).
TP (must stay clean): the characteristic belongs to someone the work serves, or is the work's topic (an elderly
   swimmer, a customer in a wheelchair, blind visitors, a tenant's pregnant wife, older patients, maternity pay,
   candidates over 50, a dementia ward).
WS (must stay clean): a loaded word in an innocent sense (an aggressive schedule, the old oak, senior climber, crazy
   paving, chairs a huddle, a literal blind spot) and a pronoun after 'every/each' that refers to the named person
   ('Every morning Grace checks her three courtrooms').
BV (must flag, the look-alikes): the CF/TP/WS paragraph of the same workplace with one sentence inserted that judges
   or decides about the reviewed person by a characteristic (age as a bar, deafness or a wheelchair as grounds, a
   baby or kids predicting availability, a turban or tattoos steering an assignment, origin-coded praise, 'emotional',
   'bossy', 'one of us' as grounds for trust, a generic 'his' after 'every + role').

Printed per set: right/rows and false flags (flags outside the labelled span; every flag for CF, TP and WS).

Written in five batches, each labelled before the analyzer ran on it: rows 1-46 (23 workplaces), rows 47-70 (a
second set of 12 workplaces: a return from maternity leave, surgery with light duties, dyslexia and autism with their
adjustments, an elderly customer with an accent, a Hindu ceremony, and their biased look-alikes), rows 71-78 (written
after the first classes were changed: another colleague's leave or surgery covered, a counted group the person acts
on), rows 79-86 (written after the first candidate: an adjustment agreed by the team or the manager, a prayer told with
its rota cover, another's insult filed as an incident report), rows 87-90 (a hairnet supplied, told with 'and' and no
comma; a relative's care with a shift taken instead). One span was made unique after its first run (row 85: 'a silly
girl' occurs twice; the label is the inserted 'She is a silly girl').

As measured, main db75717 -> bias32 (all 90 rows): CF 17/24 -> 24/24, TP 10/15 -> 15/15, WS 6/7 -> 7/7 (clean rows
33/46 -> 46/46, false flags 13 -> 0); BV 39/44 -> 39/44 (same rows; false flags 17 -> 4). The four BV false flags left
are biased words of the inserted sentence outside its narrow labelled span ('at his age', 'given where she is from',
'young blood', 'someone younger'). BV misses (main and branch): 'Every cellarman should check his' (a role noun
outside WordNet), 'a real girl about the cells' (flagged, as gendered_language), 'Like most Indian lads' (flagged, as
gendered_language), 'With two young children she is not really management material' (no judgement cue read), 'With
his mum in a care home he is too distracted' (the sentence is read as policy wording).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bias_span_probe_io as probe_io  # noqa: E402

TSV = Path(__file__).with_suffix(".tsv")
SETS = ("CF", "TP", "WS", "BV")
CLEAN_SETS = ("CF", "TP", "WS")

rows, judge, figures, main = probe_io.bind(TSV, SETS, CLEAN_SETS)


if __name__ == "__main__":
    main()
