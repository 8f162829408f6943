"""Round 32r bias probe: recall of biased terms on outside-style review paragraphs (60-150 words, workplaces none of
the dev tune halves use: arborists, ferry deck, print finishing, county archive, hotel night audit, land survey,
bakery, chairlift, dog grooming, wind turbines, touring stage management, car rental, site management, pool
lifeguard, locksmith, orchestra library, rural post, glasshouse, emergency calls), beside look-alikes in the same
paragraphs that must stay clean.

    PYTHONPATH=$PWD .venv/bin/python scripts/bias_round32r_probe.py [-v]

Rows in scripts/bias_round32r_probe.tsv, written in the engineer's own words after the outside guidance named in
column ``source``, labelled before the analyzer ran on them and before any change; none is from evals/. Sets that
must be flagged (column ``judgement`` holds the span; correct: a flag of the category overlapping it):

FR a family-status or age remark told as a reason for a doubt or a decision ('With two little ones at home she may
   not want the overnight storm callouts', 'At his stage of life he is unlikely to want to retrain').
AP appearance and grooming remarks ('get a haircut and lose the nose ring', 'let herself go', 'His dreadlocks').
RO religion or origin as grounds ('As a practising Muslim he will not want ...', 'Coming from Nigeria, she is
   naturally relaxed about time').
AF affinity ('the same school as me', 'from the same village as me', 'reminds me of myself at his age').
CP coded praise ('remarkably well-spoken for a lad from the estate', 'you would never guess she was not born here').
DI disability idioms and labels ('completely schizophrenic' of a schedule, 'a bit of a headcase', 'Since his
   breakdown', 'went mental').
GS gender and orientation forms ('a real mother hen', 'a bit camp', 'the girls in the booking office').

Look-alikes that must stay clean (every flag is a false flag): FRX, APX, ROX, AFX, CPX, DIX, GSX, the same paragraphs
and the same sentence frames with a tool, a course, a tenure, a skill, a thing or a plain trait in place of the
characteristic.

B2 (must flag) and C2 (must stay clean) are a second set, written and labelled after the first changes ran on the
sets above and before anything ran on these rows, in other workplaces (dairy parlour, island haulage, trainee
solicitor, cold store, dementia care, bus driving): the same classes in other words ('kiddies', 'a wee one',
'Being from Jamaica', 'hails from', 'goes to the pub with the area manager', 'played squash with the partners',
'head-case', 'too camp') and forms no change aimed at (a faith, a spouse's illness, a generation label as grounds);
C2 the same words innocently ('a wee bit of practice', 'from the north garage', 'the Philippines office', 'from Leeds',
'the pub quiz with the pickers', 'the breakdown of the lift', 'the spare head case', 'the summer camp').

B3 (must flag) and C3 (must stay clean) are a third set, written and labelled before any change for it: a word of
the policy vocabulary (bias_context.yaml `policy`) naming a thing of the work in the judging sentence ('the
insurance claims', 'the payroll system', 'the accommodation bookings', 'the timesheet approvals'), beside the
characteristic given as grounds; C3 the same words where the sentence is about a policy, an adjustment or a fact.

B4 (must flag) and C4 (must stay clean) are a fourth set, written and labelled after the changes above and before any
run on them, in three more workplaces (refuse collection, dispensing optics, hospital catering): every category in
forms no change aimed at ('the old man of the team', 'Since becoming a dad', 'smartened himself up', 'His name is hard
for the patients to pronounce', 'nipping off to pray', 'not the marrying kind', 'a real alpha', 'doolally', 'our sort
of person'), with look-alikes in the same frames.

Printed per set: right/rows and false flags (flags outside the labelled span; every flag for look-alikes).

As measured, main 7aee744 -> biasrec32: FR 7/8 -> 8/8, AP 4/4 both, RO 4/5 -> 5/5, AF 3/4 -> 4/4, CP 2/3 -> 3/3 ('never
guess she was not born here' was sexual_orientation on main), DI 2/4 -> 4/4, GS 2/3 -> 3/3; look-alikes FRX 7/8 both
(main's 'long in the tooth' of headsets), APX, ROX, AFX, CPX, DIX, GSX clean on both. First set: flagged 24/31 ->
31/31, look-alikes 30/31 -> 30/31. B2 4/14 -> 14/14 (13/14 at its first run on the branch: 'far too camp' and 'a
complete head-case' were added after it, and 'the spare head case' in C2 was kept clean by the same change);
C2 13/14 both (main's race_ethnicity.origin_mention on 'originally from Leeds, which is why he knows the routes').
B3 2/8 -> 7/8 (left: 'Being Polish, ... the insurance paperwork', a policy-word head); C3 6/8 both (main's flags on
'the Eid wedding party' and 'He is autistic and asked for written instructions').
'the Eid wedding party' and 'He is autistic and asked for written instructions').
B4 9/18 on main and at its first run on the branch (none of the changes above reached its forms) -> 18/18 after the
fourth changes (bias_recall.yaml: body size 'on the heavy side', 'smartened himself up', a name 'hard for the
patients to pronounce', 'not the marrying kind', 'a real alpha', 'doolally', 'our sort of person', 'supported the
same football club', and 'disrupts' as a judgement cue); C4 11/12 both (main's flags on 'Her fasting blood glucose
menu'). Whole probe (136 rows): flagged 39/71 -> 70/71, look-alikes 60/65 -> 60/65, no new false flag.
Against main 0483a6c (bias32 merged): B3 1/8 -> 7/8 and C3 7/8 both (bias32 cleared 'He is autistic and asked for
written instructions'); every other set as above. Whole probe: flagged 38/71 -> 70/71, look-alikes 61/65 both.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bias_span_probe_io as probe_io  # noqa: E402

TSV = Path(__file__).with_suffix(".tsv")
SETS = ("FR", "AP", "RO", "AF", "CP", "DI", "GS", "FRX", "APX", "ROX", "AFX", "CPX", "DIX", "GSX", "B2", "C2", "B3", "C3", "B4", "C4")
CLEAN_SETS = ("FRX", "APX", "ROX", "AFX", "CPX", "DIX", "GSX", "C2", "C3", "C4")

rows, judge, figures, main = probe_io.bind(TSV, SETS, CLEAN_SETS)


if __name__ == "__main__":
    main()
