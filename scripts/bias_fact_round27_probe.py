"""Round 27 bias probe: characteristic mentions told as plain facts, and mentions tied to a judgement.

    PYTHONPATH=$PWD .venv/bin/python scripts/bias_fact_round27_probe.py [-v]

Rows in scripts/bias_fact_round27_probe.tsv, written in our own words and labelled before the analyzer ran on them
(FA, BM, FB, BB, FR, BR before any change of this pass; the others as told below); none is from evals/ and none is written in the form of the dev items (no
metric-led annual reviews: rota notes, check-in notes, welcome notes, manager asides, e-mails). Column
``source`` names the principle each row is written after; column ``rule`` the area (leave, pregnancy,
caregiving, parenthood, health, observance, age_phrases). Sets:

FA fact-only look-alikes: an approved leave, an accommodation and its effect, a schedule change, a life event
   told with no judgement, assumption or prediction about the person. Correct: no flag.
BM biased mentions: the same kinds of mention given as the grounds of a judgement, an assumption about
   availability or commitment, a prediction, a yardstick ("for a mother of three"), a concession ("despite
   being a new dad"). Column ``judgement`` holds the labelled span; correct: a flag of the row's category
   overlapping it; a flag outside it is a false flag.

FB, BB a second batch of the same (FB clean, BB biased), written and labelled before any run: schedule words
   ("the early shift", "leaves at 2:30"), 'since' dating an event, purpose clauses, a negated schedule.
FR, BR relative clauses on the item or the arrangement (FR clean: "a headscarf that the airline made to match
   the uniform") and relatives or causatives that take the mention up as grounds (BR biased).
CF, CB a check set written and labelled after the first changes, before they ran on it (CF clean, CB biased).
FD, BD a third batch written and labelled after the commit f8f6987, before it ran: an accommodation and its
   effect, an approved leave, a life event (FD clean) and their biased counterparts (BD).
CX a biased check set written after f8f6987 to try the exemptions (negated schedules, clock times, 'since').
FE, BE a fourth batch written and labelled after 64c9c5a, before the second change (a word of schedule with its
   days, the school run as a family mention): schedules with their days named, school-run arrangements, kit
   beside a mention (FE clean) and the same judged (BE).
FG, BG a leave hyphened into a modifier of a plan or a rota (FG clean) and one judged (BG), written and labelled
   after c5bec37, before the third change (after a neutral mention another engineer reported).

Printed per set: right/rows and false flags (flags outside the judgement span; every flag for look-alikes).

As measured, main 7e9f90e -> bias27: FA 17/20 (3 false flags) -> 19/20 (1); BM 17/20 (1) kept; FB 10/16 (6) ->
14/16 (2); BB 12/14 (1) kept; FR 5/6 (1) -> 6/6 (0); BR 4/6 kept. Check set, main -> first run of the changes
-> after: CF 3/7 (4) -> 3/7 (4) -> 4/7 (3) once a capitalised month stopped counting as a modal and a 'since'
clause after a perfect only dated ("has been on the late rota since his daughter was born"); a fronted 'since'
clause still gives grounds ("Since his paternity leave ended in April, Dmitri has led ...": flagged, as
earlier rounds' tests want for "Since Tom came back from paternity leave, tickets pile up"). CB 4/5 kept
throughout. FD 7/8 (1) and BD 4/5 (1) on main and bias27 alike: the false flag of both is 'foreman', a
gendered title written into the rows by mistake; the BD miss is an observance the lexicon lacks ('Jumu'ah').
CX main 7/8 -> bias27 6/8: "She moved to the early shift after the baby came and has been a shadow of herself
since" was flagged on main only through 'early' (the shift's name); the judgement there is an idiom with no cue.
Second change (a word of schedule in a clause that names its days is inert; the school run moved from
family_status.caregiving, flagged wherever it stood, to family_status.parenthood_mention, judgement linked; a
fronted 'between' of demands gives grounds): FE main 1/6 (5) -> f8f6987 1/6 (5) -> 5/6 (1); BE main 3/4 -> 2/4:
"Oskar does the school run on Tuesdays and Thursdays, so he is never here when the morning rush hits. Not the
commitment I need from a lead." was flagged on main only because caregiving flagged every school run; the
judgement sits in the next sentence with no connective. Every other set as after f8f6987.
Third change (a characteristic hyphened into a modifier of a thing, plan or rota is no mention of the person):
FG main 1/2 (1) -> 2/2 (0); BG 1/1 kept.
All clean rows: main 44/65 right (21 false flags) -> 57/65 (8); all biased rows: main 52/63 -> 50/63.
The one false flag of BM and of BB is a labelling slip (a span drawn over the first of two biased
clauses) or a second rule's flag ('lovely colleague').
Left: a side effect stated with a causative ("medication that makes him drowsy"), an accommodation asked for
('asked to send a note instead of presenting'), a stated retirement date ("will retire at the end of the tax
year"), a swap of place ("from the ground floor instead of the mezzanine"), a condition named by a word of
valence ("on medication for his blood pressure": VADER rates 'pressure').
Round 34 (biasprec34): FB 14/16 (2) -> 15/16 (1): the accommodation asked for ("has a stammer and asked to send
the weekly status as a written note") is the person's own request; BD kept 4/5, its leave row now tied by the
writer's doubt after the semicolon, not by the valence of 'approved'.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bias_span_probe_io as probe_io  # noqa: E402

TSV = Path(__file__).with_suffix(".tsv")
SETS = ("FA", "BM", "FB", "BB", "FR", "BR", "CF", "CB", "FD", "BD", "CX", "FE", "BE", "FG", "BG")
CLEAN_SETS = ("FA", "FB", "FR", "CF", "FD", "FE", "FG")

rows, judge, figures, main = probe_io.bind(TSV, SETS, CLEAN_SETS)

if __name__ == "__main__":
    main()
