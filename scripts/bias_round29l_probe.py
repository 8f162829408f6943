"""Round 29l bias probe: recall, second pass: success put down to luck or to help, a mobility aid told as a limit,
age idioms reported as others' view; and their look-alikes.

    PYTHONPATH=$PWD .venv/bin/python scripts/bias_round29l_probe.py [-v]

Rows in scripts/bias_round29l_probe.tsv, written in the engineer's own words after the outside page named in column
``source``, labelled before the analyzer ran on them and before any change of this pass; none is from evals/. Sets
that must be flagged (column ``judgement`` holds the span; correct: a flag of the category overlapping it):

LK success put down to luck (prove-it-again: 'she was lucky to land that account', 'a lucky break', 'fell into
   her lap', 'in the right place at the right time').
HP success put down to help ('with a lot of help from her team she managed', 'was helped a lot', 'carried her',
   'coattails').
MA a mobility aid given as a limit ('uses a cane, so ...', 'walks with a cane', 'a walker', 'a mobility scooter').
AR an age idiom reported as others' view ('the team thinks he's over the hill', 'people say he is past his prime').

Look-alikes that must stay clean (every flag is a false flag): LX luck in a neutral sense ('lucky with the
weather', 'we are lucky to have Lucia', 'no lucky break'), HX help properly credited ('with help from the data
team, Grace rebuilt ...', 'Sofia helped a lot'), MX a cane in an accommodation statement or an innocent sense
(sugar cane, candy canes, scooter hire for visitors, Mr Walker), AX the same reporting frames with no age idiom or
the idiom's words in a literal sense ('over the moon', 'walked over the hill').

FF, FC are a fresh check set written after the first change ran on the sets above and labelled before it ran on
them, in other wording (FF must be flagged, FC must stay clean). TF, TC are a third set written and labelled before
the change for work handed to someone named ("Joy uses a cane, so I reassigned the store walk-rounds to Priya"):
TF must be flagged, TC must stay clean (a desk moved as asked, work handed over for a workload reason, Saturday
shifts handed over for the Sabbath).

Printed per set: right/rows and false flags (flags outside the labelled span; every flag for look-alikes).

As measured, main e5768fa -> biasrec29b: LK 0/8 -> 8/8; HP 0/5 -> 5/5; MA 0/6 -> 6/6 (1 false flag both: 'not a
good fit' beside the labelled aid); AR 3/5 -> 5/5 (1 false flag both: 'younger engineers'); LX 7/8 (1 false flag:
'We were lucky with the weather') -> 8/8; HX 5/5 -> 5/5; MX 6/6 -> 6/6; AX 4/5 ('walked over the hill') -> 5/5;
FF 1/8 -> 8/8; FC 8/8 -> 8/8; TF 2/4 -> 4/4; TC 4/4 -> 4/4. All flagged sets 6/36 -> 36/36; all look-alikes
34/36 -> 36/36.

Narrowed before merging, for flag precision: LL is the lead's review set of look-alikes the branch flagged (help
simply credited, "in the right place at the right time" said of presence, a team covering leave, luck about a day
off). The patterns "a lot of help from", "(team) carried her through", "in the right place at the right time" and
"lucky to get" were dropped: LK 8/8 -> 6/8, HP 5/5 -> 2/5, FF 8/8 -> 6/8 (recorded misses), LL 0/5 -> 5/5.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bias_span_probe_io as probe_io  # noqa: E402

TSV = Path(__file__).with_suffix(".tsv")
SETS = ("LK", "HP", "MA", "AR", "LX", "HX", "MX", "AX", "FF", "FC", "TF", "TC", "LL")
CLEAN_SETS = ("LX", "HX", "MX", "AX", "FC", "TC", "LL")

rows, judge, figures, main = probe_io.bind(TSV, SETS, CLEAN_SETS)

if __name__ == "__main__":
    main()
