"""Round 30 (brief FB): blunt short criticism (assistant/analyzers/feedback/, rules/feedback.yaml).

- A request for more or less of an act with nothing concrete ("Work faster.", "Talk less in meetings and listen
  more.", "Less chatting, more picking.", "Speed up.") is a demand: criticism, and no next step.
- Others held up as the standard ("Everyone else manages 15 rooms.") is criticism; not a past occasion, a sentence
  that names the person, the others alongside ("too"), or a draft of praise.
- "never" between a copula and a good quality of the person's work ("Your estimates are never accurate.") is an
  absolute; a bad quality denied or understatement is not. "Every single" opening a problem sentence after one that
  addresses the person ranges over their work.
- "behind" after a verb of looking is a place, not lateness ("you never look behind you").
- Harsh forms: a simile of contempt said of the person's conduct, a catastrophe foretold as certain, a put-down by
  rank ("You're a nurse, not a vet."). A harm foretold to someone ("someone is going to get killed") is the impact at
  stake, however harshly put.
- "Nothing to add." closes a draft; it denies no fault.
"""

import pytest

from tests.fixtures.feedback import reading_each
from tests.fixtures.scripts import load_script

probe = load_script("scripts/feedback_round30f_probe.py")


BLUNT = [
    ("Work faster. Everyone else manages 15 rooms.", ("constructive", ["missing_action", "missing_impact", "vague"])),
    ("Talk less in meetings and listen more.", ("constructive", ["missing_action", "missing_impact", "vague"])),
    ("You need to record more.", ("constructive", ["missing_action", "missing_impact", "vague"])),
    ("Less chatting, more picking.", ("constructive", ["missing_action", "missing_impact", "vague"])),
    ("Speed up. The other drivers finish the route by two.", ("constructive", ["missing_action", "missing_impact", "vague"])),
    ("Your estimates are never accurate.", ("constructive", ["absolute", "missing_action", "missing_impact", "vague"])),
    ("Your schedules are never realistic. Every single job runs late.",
     ("constructive", ["absolute", "absolute", "missing_action", "missing_impact", "vague"])),
    ("You never look behind you when you reverse.", ("constructive", ["absolute", "missing_action", "missing_impact", "vague"])),
    ("You drive that truck like a maniac.", ("constructive", ["harsh", "missing_action", "missing_impact", "vague"])),
    ("Keep driving like that and someone is going to get killed.", ("constructive", ["harsh", "missing_action", "vague"])),
    ("Stop overstepping. You're a nurse, not a vet.", ("constructive", ["harsh", "missing_action", "missing_impact", "vague"])),
    ("Smile more at the counter. Chat less with the other cashiers.",
     ("constructive", ["missing_action", "missing_impact", "vague"])),
    ("You treat the stockroom like a pigsty.", ("constructive", ["harsh", "missing_action", "missing_impact", "vague"])),
]


def test_probe_figures():
    assert probe.run() == {"BI": (7, 10, 10), "BC": (4, 4, 4), "NA": (6, 6, 6), "NH": (5, 5, 6), "IL": (8, 8, 8),
                           "AL": (6, 6, 6), "HL": (5, 6, 6), "XB": (6, 6, 6), "XL": (13, 12, 14),
                           "WL": (8, 7, 8)}


@pytest.mark.parametrize(("text", "reading"), BLUNT)
def test_blunt_criticism_is_read_as_criticism_with_its_flaws(text, reading):
    assert reading_each(text) == reading


LOOK_ALIKES = [
    ("You work faster than anyone on the line, and the pickers notice.", ("positive", ["missing_impact", "vague"])),
    ("Everyone else left at six, so you closed up alone and balanced the till.", ("positive", [])),
    ("Great month on the floor. The rest of the team hits target too.", ("positive", ["missing_impact", "vague"])),
    ("Your reports are never late, and the auditors noticed.", ("positive", ["vague"])),
    ("You planned the rota well. Every single shift was covered.", ("positive", [])),
    ("You always check behind the van before you reverse, and the yard team trusts you for it.", ("positive", ["vague"])),
    ("You handled the Saturday rush like a pro, and not one order went out wrong.", ("positive", [])),
    ("She worked like a maniac to get the release out on Friday, and the client signed.", ("positive", ["vague"])),
    ("Someone could have been hurt on Tuesday if you had not stopped the line. Thank you.",
     ("positive", ["missing_impact", "vague"])),
    ("You're a nurse, and a very good one: Mrs Patel asked for you by name.", ("positive", ["missing_impact"])),
    ("Good job this year, Marcus. Nothing to add.", ("positive", ["missing_impact", "vague"])),
    ("Thanks for covering the complaints desk in May. Every single complaint was answered the same day.", ("positive", [])),
    ("Someone will get hurt if the guard is left off, so thank you for refitting it the moment you saw it.", ("positive", [])),
    ("You're a manager, not a friend, to your team, and you handled the redundancy talks kindly and clearly.",
     ("positive", ["missing_impact", "vague"])),
    ("You stayed calm while the crowd at the gate behaved like animals, and nobody was hurt.", ("positive", ["missing_impact"])),
]


@pytest.mark.parametrize(("text", "reading"), LOOK_ALIKES)
def test_look_alikes_keep_their_reading(text, reading):
    assert reading_each(text) == reading
