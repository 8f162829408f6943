"""Round 29 bias probe A (precision): mentions that name someone other than the reviewed person, or a thing,
in words a bias rule reads: a trade's licence grade, children the job serves, a relative who takes part in the
work with a step taken to keep the assessment independent.

    PYTHONPATH=$PWD .venv/bin/python scripts/bias_round29a_probe.py [-v]

Rows in scripts/bias_round29a_probe.tsv, written in our own words as review paragraphs and labelled before the
analyzer ran on them and before any change of this pass; none is from evals/. Column ``source`` names the outside
page each row is written after. Sets:

TG look-alikes: 'journeyman' as the licence or wage grade of a specific holder ("the journeyman he works under",
   "her journeyman electrician exam", "journeyman scale").
TB gendered titles that must stay flagged: a generic holder ("every journeyman should check his", "any
   journeyman", "a good journeyman keeps his") and job titles that are no licence grade ("promoted to foreman",
   "the foreman on the night shift", "saleswoman", "our salesmen").
CS look-alikes: children the job serves in settings no word of ``care_settings`` names (a baby room, a toddler
   room, a holiday club, a family support worker's home visits, a school run for an academy, an under-9s side).
CB the person's own children in the same kinds of paragraphs (must stay flagged).
CI look-alikes: a relative who takes part in the reviewed work (trainer, assessor, line manager, inspector),
   with a step someone else took to keep the assessment independent.
CF the relative's role turned into a judgement of the person (must stay flagged).

Written and labelled after the first changes ran on the sets above, before a change for them and before they ran:
GQ look-alikes: a quantifier that binds a thing before a role ("on every run the inspector checked, but she needs
   to send her hours": she is the person named); GB generic 'every/each/any <role> ... his/her' (must stay flagged).
Written and labelled after all changes, before they ran on them (a check set): KC look-alikes of each class in other
words (a mentor who is her husband, an infant room, "every claim the adjuster flagged", a journeywoman, "each
journeyman signs his hours" of the one apprentice); KX their biased counterparts.
OF, written and labelled after those, before the last change ran on them: praise qualified by where the person
comes from ("for someone who grew up in Manila, her reports are very polished"), the span labelled on the praise,
since the flag should show what the qualifier frames (race_ethnicity.origin_frame flagged "for someone" alone).
SA, SB, written and labelled after the OF change, before any run on them: SA look-alikes, an accommodation, a
schedule or leave stated as a fact or quoted from policy, with the work beside it ("under her approved
accommodation, Fatima works from home on Tuesdays"); SB the same facts made the grounds of a doubt or a decision.
PQ, PB, written and labelled after the lead's note on dev18's tune half (04:52 on the board: 'she' after a quantified
noun taken for the named subject; dev18 itself not read here), before any change for them: PQ look-alikes, a named
subject with a quantified object ("Luca met every supplier in person, and he must now send his notes"); PB generic
pronouns bound inside the quantifier's clause ("Every supplier must send his invoice", "Tomás gives every engineer
his review comments") (must stay flagged).
PS, PT, written and labelled after the PQ change, before any change for them: PS look-alikes, what every role knows,
says or thinks of the person named in the sentence before ("Katrin runs the night desk. Every manager on the floor
knows she will answer within the hour"); PT generic pronouns in such complements with no one named or under an
obligation ("Every supervisor knows he has to approve overtime") (must stay flagged).

Correct for the biased sets (TB, CB, CF, GB, KX, OF, SB, PB, PT): a flag of the row's category overlapping the judgement span; a
flag outside it is a false flag. Correct for the look-alike sets (TG, CS, CI, GQ, KC, SA, PQ, PS): no flag.

As measured, main 0b12b58 -> bias29: TG 0/7 (8 false flags) -> 7/7 (0); TB 7/7 kept; CS 0/9 (10) -> 5/9 (4); CB 7/7
kept; CI 2/6 (4) -> 5/6 (1); CF 6/6 kept; GQ 3/6 (3) -> 6/6 (0); GB 5/6 kept; check set KC 1/5 (4) -> 4/5 (1), KX
4/5 kept (its miss, "so her portfolio was always going to be rated well", is a miss on main too); OF 1/4 (4) ->
2/4 (3) (origin_frame widened over its clause when that clause judges; the other two rows' flags are other rules'
spans: "speaks remarkably good English" and "for a man" (gendered), "someone with her background").
SA 6/6 (0) and SB 2/4 (0) on main and bias29 alike: stated accommodations are already clean; SB's two misses ("uses a
screen reader, so I doubt he can keep up", "does not work on Saturdays for religious reasons, so she is not really
committed") are recall, left to the recall probe.
PQ 2/8 (11) -> 7/8 (1), PB 5/6 kept (a quantifier binds only within its clause; the miss of both is the same on main
and bias29: PQ "interviewed every candidate himself" (an emphatic reflexive of the subject), PB "any caller who
gives his account number" (recall)).
PS 1/6 (5) -> 6/6 (0), PT 4/4 kept (its two "false flags" are the second generic pronoun of the same generic, "her
own charting", "his deployments"). The named person must be in the sentence before or earlier in the same one
(Centering): the first version read any earlier name, and dev8's tune item "Meet Daniel ... every keeper knows he
can call on his own manpower" lost its labelled flag; the salience bound restored it.
Left: CS children with no room or setting word ("the kids" at a holiday club, "the toddlers" at a leisure centre's
pool, "the children" on a family support worker's home visits, an under-9s side): "the kids" stays the person's own
unless a possessive says otherwise, because "since the kids started school" in a toddler-room paragraph is hers;
CI "so she stepped out of his interview" (the consequence's subject is a pronoun); KC "each journeyman signs his
hours" (a quantified grade is read as generic).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bias_span_probe_io as probe_io  # noqa: E402

TSV = Path(__file__).with_suffix(".tsv")
SETS = ("TG", "TB", "CS", "CB", "CI", "CF", "GQ", "GB", "KC", "KX", "OF", "SA", "SB", "PQ", "PB", "PS", "PT")
CLEAN_SETS = ("TG", "CS", "CI", "GQ", "KC", "SA", "PQ", "PS")

rows, judge, figures, main = probe_io.bind(TSV, SETS, CLEAN_SETS)

if __name__ == "__main__":
    main()
