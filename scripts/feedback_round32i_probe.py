"""Round 32 probe (FI): impact told in praise and criticism drafts, in varied clause forms.

Rows of scripts/feedback_round32i_probe.tsv (drafts of 40 to 160 words written for the probe in our own words, from
workplaces not in the tune halves, after the form of the examples in the public guide named in the row's source,
labelled before any run). Scored: missing_impact only. An impact is a consequence of the person's act for someone
or something: a result, a benefit or harm to a party, a party's reaction, a number moved, a problem averted or caused.

Must be read as stating an impact (24), by the clause form that tells it:

- RC (6): a result clause after the act ("As a result, none of the rounds left short", ", which meant the locums
  gave ...", ", meaning we could send back ...", ", so the instructors stopped ...", ", so that every resident knew").
- PS (6): a party as the subject of an outcome verb ("The couple confirmed the booking", "Eleven learners sat the
  test and nine passed", "all three were working the line on their own", "two customers waited until the afternoon").
- NR (5): a nominal result ("The upshot was a winter with no slips", "led to far fewer incomplete claims", "The
  result was that all 58 children could go", "had a clear outcome: the wait fell", "The consequence was that ...").
- PA (4): a purpose achieved, something made possible ("which let the gritting crew leave earlier", "which allowed
  the doctors to see all fourteen families", "That gave the director time", "made it possible for the caterers").
- HM (3): a harm told in criticism ("We missed the audit window", "we threw away eight hundred pounds of stock",
  "one club cancelled its lane booking").

Look-alikes that must stay missing_impact (23):

- NI (23): praise of traits or effort, acts with no consequence told (several are an RC/PS/PA row with its result
  left out), criticism with no consequence, and words of the forms above in other uses ("so organised", "the
  results of the survey", "you led the talk", "the manager allowed it, so you worked", "I hope it will help", a
  party's act before the person's, a habitual present).

Second pass (written and labelled after the first change, before any run on main or the branch):

- P2 (20): impact in forms the first pass lacked: a fronted cause ("Because of your quick call, she was in the
  scanner", "Thanks to the new cover rota you drew up, nobody ..."), a state measured from the act ("Since you took
  over ..., we have not lost a single sample"), a negated count ("Not one order went out late"), a party's act on
  the work ("The inspector singled out your records"), a thing's outcome ("The grant came through", "The landlord
  dropped the claim", "The whole evening ran without a hitch"), a reaction ("It meant a great deal to his family"),
  and harms ("The chair had to chase us twice", "It put the morning team behind").
- N2 (12): the same drafts' acts with the consequence left out, traits, a fronted cause of the person's own task
  ("Thanks to the new cover rota arriving late, you had to plan ..."), criticism with no consequence.

Third pass (written and labelled after the second change, before any run on main or the branch):

- P3 (10): a party's reaction or uptake ("The feedback from parents has been wonderful", "Several guests commented on
  how welcoming it felt", "She told me that for the first time she felt she understood"), a state reached ("every
  action was done by the May meeting", "nobody has had to stay late since", "Four of the six children have moved up a
  reading band"), the writer's own gain ("I got my weekends back"), harms ("Forty pounds went missing", "The
  surveyors felt dismissed").
- N3 (6): the same drafts with the consequence left out, or a party's question that led to the writer's own act.

Fourth pass (structures of the tune halves' missed impacts, told in other workplaces' words; written and labelled
after the third change, before any run):

- P4 (8): the person's work as the subject of causative "make" with a state of something else ("the checklist you
  wrote made the morning departure painless"), a verb of costing with an amount and no party named ("costs the office
  a lot of money", "cost us two hundred pounds"), "kept" with people held back ("kept the kitchen staff and the
  residents back half an hour", "kept three drivers waiting").
- N4 (6): the same drafts with the consequence left out, and "made"/"kept" of the person's own act ("you made the
  map clear and tidy", "You kept the kitchen spotless").

Figures (kinds): main 93/109 (impact rows 58/62, look-alikes 35/47), fbimpact32 105/109 (61/62, 44/47). Left wrong:
j06 (a party's act on the person's work told before the act, "The inspector singled out your records"), n21 (an
outcome verb in the setting before the act, "The coach broke down"), and two look-alikes whose labels are arguable by
the definition's "a reaction of a party": n15 ("the manager allowed it") and q02 ("Several guests asked where the
lamps came from").

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round32i_probe.py          # figures per class
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round32i_probe.py --list   # every wrong reading
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import feedback_kind_probe_io as probe_io  # noqa: E402

CLASSES = ("RC", "PS", "NR", "PA", "HM", "NI", "P2", "N2", "P3", "N3", "P4", "N4")

rows, run, main = probe_io.bind_script(__file__, __doc__, CLASSES)

if __name__ == "__main__":
    main()
