"""Bias precision, round 36 third pass (biasfp36c): who the characteristic is predicated of in a life's story.

Three classes of false alarm on fresh clean outside paragraphs (evals/probes/round36/biasfp36c.README.md, half 1):

- a job title headed by "boy" ("as climbing boys, they would have negotiated the narrow flues", "a 23-year-old
  runner (delivery boy)"): a WordNet 3.0 compound below worker.n.01 or messenger.n.01, or the chimney sweep's
  climbing boy (assistant/data/boy_job_nouns.txt, scripts/build_boy_job_nouns.py), names an occupation, not adults
  called boys; gendered_language.girl_for_adult's not_before `{boy_job_modifiers}`. A modifier naming a place of work
  ("the office boys", "the shop boys") is left out: it reads as the boys in the office.
- a parent, held by a possessive, as the subject of a simple-past verb of action: the parent acting in a family's
  history ("the shop his father started", "his Father and then Harry himself carried it on"; Quirk et al. 1985,
  10.19: the subject of a dynamic verb is its agent). ``_ParticipationChecks._parent_acts``. A clause of reason
  or time ("since her mother got sick"), a verb of change, need or loss, a consequence ("so he ...") or a contrast
  set against the person ("but he still cannot ...") keeps the flag.
- an orientation or other characteristic inside an indefinite noun phrase in apposition to the writer's 'me' ("the
  likes of me, a proud gay person of colour"; Quirk et al. 1985, 17.65-17.67): the writer's own identity told.
  ``_HolderChecks._writers_apposition``. A deciding word in the sentence keeps the flag.

Each case asserts the whole list of flags. The clean sentences are from the probe's outside paragraphs (or trimmed
from them); the biased look-alikes are from the round-35 probes (biasfp35 reach r15: "She's always distracted since
her mother got sick") or written for these tests."""

from __future__ import annotations

import pytest

from tests.fixtures.bias import PROBES, flagged_clean, flags


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # clean: a job title headed by 'boy'
        ("Instead of working in the iron and steel mills, my great-grandfather and others chose a different path, "
         "one in which, as climbing boys, they would have negotiated the narrow flues of chimneys.", []),
        ("His great-grandfather was a climbing boy in Victorian Leeds, and Gareth gives a short talk on the history "
         "of the trade at our open days.", []),
        ("He started out as a delivery boy for the grocer and now runs the warehouse.", []),
        ("Ask the new errand boy to book the room.", []),
        # biased look-alikes: adults called boys, a place of work before 'boys'
        ("The boys in the warehouse did great.", [("gendered_language.girl_for_adult", "boys")]),
        ("The office boys finished the deck early.", [("gendered_language.girl_for_adult", "boys")]),
        ("The climbing team boys were late again.", [("gendered_language.girl_for_adult", "boys")]),
        # clean: a parent acting in a family's history
        ("The other one is probably around 74 and is still running the shop his father started around the early "
         "1900s.", []),
        ("Edgar Hull, Harry's Great Grandfather, started the family business at the time of the Franco-Prussian war "
         "and then Harry's Grandfather, his Father and then Harry himself carried it on but Harry's children would "
         "have nothing to do with it.", []),
        ("As she explains it, her mother attended a parent-teacher conference at the junior high school and learned "
         "from the principal that the school would soon be in need of a secretary.", []),
        # biased look-alikes: the parent's illness as a reason, a consequence drawn, a contrast set against the person
        ("She's always distracted since her mother got sick.", [("family_status.parenthood_mention", "mother")]),
        ("Since his father got sick he has missed deadlines.", [("family_status.parenthood_mention", "father")]),
        ("His father started the firm, so he will never leave early.",
         [("family_status.parenthood_mention", "father started the firm, so he will never leave early")]),
        ("Her father built the company, which explains why she gets the easy accounts.",
         [("family_status.parenthood_mention",
           "father built the company, which explains why she gets the easy accounts")]),
        ("Her mother helped her find the job, but Ana is often late.",
         [("family_status.parenthood_mention", "mother helped her find the job, but Ana is often late")]),
        # clean: the writer's own identity in apposition to 'me'
        ("The stereotypical engineer doesn't often include the likes of me, a proud gay person of colour.", []),
        ("He hired people like me, a deaf woman in tech.", []),
        # biased look-alikes: the identity said of the person judged
        ("He is a proud gay person, so he will relate to the design team.",
         [("sexual_orientation.identity", "gay")]),
        ("He's gay, so he will relate to the design team.",
         [("sexual_orientation.identity", "gay, so he will relate to the design team")]),
    ],
)
def test_life_story_holders(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected


ROUND36 = PROBES / "round36"


def _flagged(name: str) -> list[str]:
    return flagged_clean(ROUND36 / name)


def test_half1_as_committed() -> None:
    """Half 1 (fixes written on it): 4 of 18 flagged on the base, 1 after (h1-01, a deaf colleague and "employees
    who are deaf and hard-of-hearing", left). Half 2, untouched until the end: see the README."""
    assert _flagged("biasfp36c_half1.jsonl") == ["bfp36c-h1-01"]
