"""Round 28b bias probe: recall by form (origin-coded praise, gendered nouns and group words used of staff, appearance
demands, orientation and partner remarks, age codes) and their innocent senses.

    PYTHONPATH=$PWD .venv/bin/python scripts/bias_round28b_probe.py [-v]

Rows in scripts/bias_round28b_probe.tsv, written in the engineer's own words after the outside page named in column
``source`` (or as a look-alike of the engineer's own), labelled before the analyzer ran on them and before any change
of this pass; none is from evals/. Sets that must be flagged (column ``judgement`` holds the span; correct: a flag of
the category overlapping it):

OP origin-coded praise: speech or writing praised against where the person comes from or was raised.
GN gendered nouns and group words used of staff ('his men', 'the girls in accounts', a '-man' title held by someone).
AP appearance demands (smile, dress, haircut, makeup).
OR orientation and partner remarks that frame a same-sex partner or coming out as a problem.
AG age codes ('set in his ways', 'digital native', 'young and hungry').

Look-alikes that must stay clean (every flag is a false flag): XO (department, 'articulated' as a verb, 'raised' as
promoted, groups of customers), XG (a title named as a role, changing rooms, a girls' team, customers), XA ('smile
sheets', making customers smile, dressing a window, the dress code), XR ('partner firm', 'came out of' a negotiation,
a husband mentioned neutrally), XY (customers who are digital natives, 'set in his first week', 'old school building').

CT, CC are a check set written and labelled before the person-predication contexts of the gendered titles and the
generation labels were added (after the first change had run): CT must stay flagged (a title or label said of a
named colleague), CC must be clean (a title naming the post, 'every foreman', a label said of shoppers, the Boys and
Girls Clubs). CC's 'every foreman' row was left flagged in the end: a title said of every holder is APA's generic
masculine, and scripts/bias_forms_probe.py labels 'Every cameraman on the shoot ...' biased.

HF, HC are a fresh check set written after the first commit (799bdb2) and labelled before it ran, in wording unlike
the rows above: HF must be flagged (the same forms: 'her girls', 'his fellas', 'the gents in dispatch', 'smiled a lot
more', 'act more ladylike', 'with a little lipstick on', 'ever since he came out ... a distraction', 'considering
where she comes from', 'at his time of life'), HC must be clean (a relay team, 'the chairman position profile', users
made to smile, a stand dressed, figures that came out, 'considering where the budget stood', 'at this point in the
project', patients who are baby boomers). Measured main 1/9 (1 false flag) and 6/8 (2); 799bdb2 9/9 (0) and 7/8 (1:
'boomers' inside 'patients are baby boomers', matched by generational_labels and age.nicknames at 'boomers'); the
next commit gives both rules the outsiders context with 'baby': 8/8 (0).

Printed per set: right/rows and false flags (flags outside the labelled span; every flag for look-alikes).

As measured, main 57e5b9b -> biasrec28: OP 2/5 (1 false flag) -> 4/5 (1); GN 4/7 -> 6/7; AP 1/5 -> 5/5; OR 2/4 (1)
-> 3/4 (1); AG 4/5 (0) -> 4/5 (1: 'At his stage of life' flagged, the labelled span was 'winding down'); XO 4/5 (1)
-> 4/5 (1: 'for someone from the finance team', origin_frame, left); XG 3/5 (2) -> 5/5 (0); XA 5/5 -> 5/5; XR 5/5
-> 5/5; XY 4/5 (1) -> 5/5 (0); CT 4/4 -> 4/4; CC 0/4 (5) -> 3/4 (1). Flagged sets 13/26 -> 22/26, look-alikes
21/25 -> 24/25; with the check sets (CT, CC, HF, HC) 18/39 -> 35/39 flagged right and 27/37 -> 35/37 clean.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bias_span_probe_io as probe_io  # noqa: E402

TSV = Path(__file__).with_suffix(".tsv")
SETS = ("OP", "GN", "AP", "OR", "AG", "XO", "XG", "XA", "XR", "XY", "CT", "CC", "HF", "HC")
CLEAN_SETS = ("XO", "XG", "XA", "XR", "XY", "CC", "HC")

rows, judge, figures, main = probe_io.bind(TSV, SETS, CLEAN_SETS)

if __name__ == "__main__":
    main()
