"""Round 30o bias probe: recall of the misses earlier probes recorded, grouped by form, beside look-alikes that use
the same words innocently.

    PYTHONPATH=$PWD .venv/bin/python scripts/bias_round30o_probe.py [-v]

Rows in scripts/bias_round30o_probe.tsv, written in the engineer's own words after the outside page named in column
``source``, labelled before the analyzer ran on them and before any change of this pass; none is from evals/. Sets
that must be flagged (column ``judgement`` holds the span; correct: a flag of the category overlapping it):

AP  a disability in a predicate noun phrase or an appositive ('She is a blind employee, so I doubt ...', 'Being a
    wheelchair user, Dev is unlikely to cope ...') followed by a doubt or a decision about the person.
AG  an age-coded word graded or said of the person's ways ('his approach to tooling is positively geriatric'), or an
    age grade ('a recent college graduate', EEOC's example of an age-coded job-ad phrase) made the grounds of an
    ability or a decision.
ET  an origin-coded adjective of the person or of their things ('Lina's lunches are very ethnic', 'brings an urban
    vibe to the front desk').

Look-alikes that must stay clean (every flag is a false flag): APX the disability words of someone served, as a plain
fact beside the work, with an arrangement the employer made, or in a literal sense ('blind spot', 'blind review');
AGX 'geriatric' of a ward or a care field, 'recent graduate' as a plain fact, of people coached or hired;
ETX 'ethnic' of a network, a food week, a report or a survey, 'urban' of a look, a degree, a branch.

AT (must flag) and ATX (must stay clean), BS and BSX, a second set written and labelled after the first changes ran and
before any change for them: the person's own assistive technology (Job Accommodation Network: screen reader, screen
magnifier, braille display, cochlear implant) as grounds of a doubt or decision / the same devices used to test, set
up for a team, bought for the person, a product's feature; a body-size label with an informal person noun ('a big
lad', 'a small lass') / 'a big fan', 'the big lads' team', a girl coached.

As measured, main a9567cb -> biasrec30c: AP 2/8 -> 7/8 (left: 'visually impaired tester', 'tester' is in no person
list); AG 2/8 -> 8/8; ET 0/8 -> 8/8 (its 3 false flags are main's, beside the span: 'Her clothes', 'Her hairstyle',
'intimidating'); AT 0/6 -> 6/6; BS 1/4 -> 4/4 (1 false flag, main's: 'heavy' in 'built for the heavy work');
look-alikes APX 8/8, AGX 7/8 (main's 'We hired two recent graduates' flag), ETX 8/8, ATX 6/6, BSX 4/4 on both. Flagged
sets 5/34 -> 33/34; look-alikes 33/34 -> 33/34, no new false flag.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bias_span_probe_io as probe_io  # noqa: E402

TSV = Path(__file__).with_suffix(".tsv")
SETS = ("AP", "APX", "AG", "AGX", "ET", "ETX", "AT", "ATX", "BS", "BSX")
CLEAN_SETS = ("APX", "AGX", "ETX", "ATX", "BSX")

rows, judge, figures, main = probe_io.bind(TSV, SETS, CLEAN_SETS)

if __name__ == "__main__":
    main()
