"""Round 28 bias probe A (precision across sets): mentions of a protected characteristic next to a judgement of the
work, coded words that judge a thing, and mentions in reported speech or the person's own plans.

    PYTHONPATH=$PWD .venv/bin/python scripts/bias_round28a_probe.py [-v]

Rows in scripts/bias_round28a_probe.tsv, written in our own words as review paragraphs and labelled before the
analyzer ran on them and before any change of this pass; none is from evals/. Column ``source`` names the outside
page each row is written after. Sets:

FB family status told as an assumption about commitment or availability ("with a newborn at home", "for a mother
   of three", "since becoming a dad").
AB age told as a trait or an expectation of the person ("at his age", "set in his ways").
DB disability told as the reason for a judgement or a decision ("someone with a bad back", "on antidepressants").
RB religion told as the reason for an expectation ("fasts during Ramadan, so I did not expect much").
CB coded words of the person (gender_coded "bossy", "too aggressive"; affinity "great culture fit").
NN look-alikes: a plain mention (leave, pregnancy, caregiving, medical leave, a screen reader, years of service)
   with a judgement of the work in the neighbouring sentence.
NC look-alikes: coded words that judge a thing ("aggressive timeline", "a good fit for the role's hours", "an
   emotional meeting", "fits our culture of written decisions").
NR look-alikes: the mention is the person's own report or plan ("said she plans to take parental leave", "told the
   team he has ADHD", "asked to move her lunch break during Ramadan").

CP, CN are a check set written and labelled after the first change ran on the sets above, before it ran on
   them: CN the person's own report with other verbs and forms (informed us, let me know, asked whether, has
   said), CP the same reports with the writer's judgement or decision drawn from them (must stay flagged).

Written and labelled after 467fa6b, before they ran on it or on main:
NX look-alikes: coded and affinity words of things ("aggressive pricing test", "a dinosaur" of a system, "fits
   in with our existing stack", "a great fit for new hires" of a deck, "one of us will cover"); XB their biased
   counterparts said of a person.
NF look-alikes: a family event, leave or caring duty told with an arrangement or a work result in the next
   sentence; BF their biased counterparts (an assumption of distraction or of less attention).
NP look-alikes: the person's plan told with its dates ("will be back in September", "will work mornings only for
   six weeks"); BP predictions with 'will' ("will never come back full-time", "will probably not keep up").
CA, CB2 a check set for the dated plan, written and labelled after the second change ran on NP/BP, before it ran
   on them (CA clean, CB2 biased).
CR an adversarial check of the own-report exemption, written and labelled after 11c80bb: reports by the person
   that the writer judges from (a doubt, an explanation drawn, 'no wonder', a cost to others). Must stay flagged.

Correct for the biased sets: a flag of the row's category overlapping the judgement span; a flag outside it is a
false flag (each biased row has one labelled span; three such "false flags" are second biased terms the label
does not hold: "new blood", "emotional" of a person, "would not fit in"; so are XB's two, "for a woman in sales"
and "is one of us"). Correct for the look-alike sets (NN, NC,
NR, CN, NX, NF, NP, CA, NS, NY): no flag.

As measured, main 57e5b9b -> bias28: FB 8/10 (1), AB 2/6 (1), DB 4/5 (0), RB 3/3 (1), CB 4/4 (1) kept; NN 9/11
(2) -> 10/11 (1); NC 10/10 kept; NR 6/12 (6) -> 12/12 (0). Check set: CN 4/8 (4) -> 6/8 (2) at its first run ->
8/8 (0) once a reporting verb right before the mention stopped counting ('shared parental leave') and 'them'
stopped counting as the person; CP 4/6 (0) throughout (the two misses are misses on main too: recall).
Second change (a 'will' of arrangement is no judgement cue, nor is a word of its clause), main -> 467fa6b ->
bias28: NX 10/10 (0), XB 4/4 (2), BF 1/3 (1), BP 1/2 (0) kept throughout; NF 9/10 (1) -> 9/10 (1) -> 10/10 (0); NP
2/5 (3) -> 2/5 (3) -> 5/5 (0). Check set CA 2/4 (2) -> 4/4 (0), CB2 3/3 kept (first run, no change after).
CR, main -> 11c80bb -> bias28: 7/8 -> 6/8 -> 7/8: "Omar mentioned he is fasting for Ramadan, which explains why
his call numbers are down" lost its flag at 11c80bb; an explanation drawn after the report (EXPLAINING_LINKS,
'why', 'means', 'no wonder', 'reason') now keeps it. The miss of all three is "Rhys said his wife just had twins; no
wonder ..." (recall: no rule for "had twins").
NS, NY look-alikes written and labelled after dev17's tune half was opened (its false flags on served people:
residents "several of whom are hard of hearing", children in a nursery), before any change for them, in our own
words: NS a condition of the people served in a partitive relative ("the tenants, several of whom use hearing
aids"), NY children in an early-years setting ("the babies" in a nursery's baby room). main -> bias28: NS 6/8 (2)
-> 8/8 (0) (a partitive relative's 'whom' takes the served noun before its comma); NY 3/4 (1) -> 4/4 (0) ('babies',
'infants' are child nouns: "the babies" in a care setting are the class, as "the children" were).
Left: NN "Since returning from medical leave in May, Dan has closed every audit finding on time" (a fronted
'since' clause still gives grounds).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bias_span_probe_io as probe_io  # noqa: E402

TSV = Path(__file__).with_suffix(".tsv")
SETS = ("FB", "AB", "DB", "RB", "CB", "NN", "NC", "NR", "CP", "CN", "NX", "XB", "NF", "BF", "NP", "BP", "CA", "CB2", "CR", "NS", "NY")
CLEAN_SETS = ("NN", "NC", "NR", "CN", "NX", "NF", "NP", "CA", "NS", "NY")

rows, judge, figures, main = probe_io.bind(TSV, SETS, CLEAN_SETS)

if __name__ == "__main__":
    main()
