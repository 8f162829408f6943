"""Bias precision, round 37 (biasfp37): an outdated ethnic label that names a thing, and an arrangement the person
asked for.

Clean paragraphs of evals/probes/round37/biasfp37.jsonl (set 1) and the dev26 tune items dev26-bias-047/048/049
were flagged for a characteristic stated as a fact or a word in a literal sense:

- the ethnic label of `race_ethnicity.ethnic_labels` before a noun naming a physical thing (WordNet 3.0 noun.animal,
  artifact, food, object, plant, substance: assistant/data/kind_thing_nouns.txt) or inside a capitalised name:
  "Oriental cockroaches", "gypsy moths", "the Oriental Institute", "New York's Mandarin Oriental hotel". The AP
  Stylebook ("Orient, Oriental": not for people, acceptable for things such as rugs) and WordNet's own compounds
  (oriental_cockroach, gypsy_moth, ghetto_blaster) name things so. ``_ThingChecks._names_a_kind``. The label said of
  people (a person noun after it, a plural noun, a predicate, a body word) stays flagged.
- "at his/her/their (own) request" opening a clause: what the clause tells (its negation included: "he no longer
  does the fogging jobs") is the arrangement the person asked for (EEOC reasonable-accommodation guidance; JAN).
  ``_JudgementChecks._requested_clause``. "at my request", "at the manager's request" and a judging word in the
  clause keep the flag; and "fit around/round" (Cambridge Dictionary: arrange one thing round another) is no judgement
  of fit.

Each case asserts the whole list of flags. Clean sentences are from the probe's outside paragraphs (trimmed) or the
dev26 tune items; the biased look-alikes are the rule's own examples or written for these tests."""

from __future__ import annotations

import pytest

from tests.fixtures.bias import PROBES, flag_triples, probe_items

PROBE = PROBES / "round37" / "biasfp37.jsonl"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # clean: the label names a thing's kind
        ("He also cleared a heavy infestation of Oriental cockroaches from the hotel basement in June.", []),
        ("Treatments for both the American and Oriental cockroach have not evolved much over the years.", []),
        ("FNR agents and volunteers deployed and collected 340 traps, and only two gypsy moths were detected.", []),
        ("The commissioners appointed Darlene Confer to the part-time job as gypsy-moth coordinator.", []),
        ("There are few things more satisfying than restoring a beautiful antique Oriental rug.", []),
        ("He brought a ghetto blaster to the site.", []),
        # clean: the label inside a capitalised name
        ("Wilson is curator of the University of Chicago's Oriental Institute, that world-famous repository.", []),
        ("It was another very busy and fulfilling year for the Oriental Institute Museum.", []),
        ("Angela Alleyne, director of guest relations, greeted us at New York's Mandarin Oriental hotel.", []),
        ("Staff trained at the Group's sister properties including The Oriental, Bangkok.", []),
        # biased look-alikes: the label said of people
        ("The oriental guy in billing fixed it.",
         [("oriental guy", "race_ethnicity.ethnic_descriptor", "race_ethnicity")]),
        ("The orientals in billing fixed it.", [("orientals", "race_ethnicity.ethnic_labels", "race_ethnicity")]),
        ("He is oriental and quiet.", [("oriental", "race_ethnicity.ethnic_labels", "race_ethnicity")]),
        ("She has those oriental eyes.", [("oriental", "race_ethnicity.ethnic_labels", "race_ethnicity")]),
        ("The gypsy woman in accounts is always late.",
         [("gypsy", "race_ethnicity.ethnic_labels", "race_ethnicity")]),
        ("He is a gypsy, so watch the till.", [("gypsy", "race_ethnicity.ethnic_labels", "race_ethnicity")]),
        ("The Oriental Lady in billing fixed it.",
         [("Oriental Lady", "race_ethnicity.ethnic_descriptor", "race_ethnicity")]),
        ("That neighbourhood is so ghetto.", [("ghetto", "race_ethnicity.ethnic_labels", "race_ethnicity")]),
        ("He hires illegals for the night shift.", [("illegals", "race_ethnicity.ethnic_labels", "race_ethnicity")]),
    ],
)
def test_label_naming_a_thing(text, expected):
    assert flag_triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # clean: the person's own request opens the clause; its negation is the request's content
        ("He has asthma, and at his request he no longer does the fogging jobs; Ana covers them and he takes her "
         "rodent-proofing calls.", []),
        ("He has asthma, and at his request he does not do the fogging jobs.", []),
        ("He observes Ramadan and asked to take his lunch break at sunset during the month, which the restaurant "
         "clients were happy to fit around.", []),
        # biased look-alikes: the writer's decision, another's request, a judgement in the clause or after it
        ("He has asthma, so I no longer give him the fogging jobs.",
         [("asthma, so I no longer give him the fogging jobs", "disability.condition_mention", "disability")]),
        ("He has asthma, and at my request he no longer does the fogging jobs.",
         [("asthma, and at my request he no longer does the fogging jobs", "disability.condition_mention",
           "disability")]),
        ("He has asthma, and he no longer does the fogging jobs.",
         [("asthma, and he no longer does the fogging jobs", "disability.condition_mention", "disability")]),
        ("He has asthma, and at his request he no longer does the fogging jobs, though I doubt he can cope.",
         [("asthma, and at his request he no longer does the fogging jobs", "disability.condition_mention",
           "disability")]),
        ("He observes Ramadan, so he does not fit around here.",
         [("observes Ramadan, so he does not fit", "religion.observance", "religion")]),
        ("He observes Ramadan and is not a good fit for the evening shift.",
         [("observes Ramadan and is not a good fit", "religion.observance", "religion")]),
    ],
)
def test_arrangement_at_the_persons_request(text, expected):
    assert flag_triples(text) == expected


def test_probe_set1_flags():
    """Set 1 (tune) of the round-37 probe: the clean rows still flagged are the ones its README lists as left."""
    rows = [r for r in probe_items(PROBE) if r["half"] == "tune"]
    flagged = sorted(r["id"] for r in rows if r["clean"] and flag_triples(r["text"]))
    assert flagged == ["bfp37-c18", "bfp37-c20", "bfp37-c35", "bfp37-c47"]
