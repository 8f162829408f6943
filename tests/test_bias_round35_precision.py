"""Bias precision on clean outside paragraphs, round 35 (evals/probes/round35/biasfp35.jsonl: 71 clean
staff profiles, award write-ups, retirement and volunteer features, HR case notes and job-description paragraphs
written by others, and 17 biased look-alikes from EEOC and employment-law reports; biasfp35.README.md there).

Two families of classes, each read by a linguistic feature:
- whose the characteristic is, and who names it: a parent term used as a name ("Dad raced home": a capitalised
  singular kin noun with no determiner refers to one relative, Quirk et al. 1985, 5.66); a possessive whose antecedent
  is the writer's own family ("my family and parents ... their home country"); a grandparent name the children served
  give the person ("Grandma Betty, as she is known to students"; fictive kinship) while a name colleagues use stays a
  nickname; a result clause that narrates the person's own past act ("so she started driving the bus") rather than the
  writer's verdict or decision ("so I have kept her off ...");
- the literal sense, not the evaluative one: "boys and girls" (the binomial for children), "great-" in a kin compound
  ("great-grandchildren": a degree of kinship, not praise), "make up one's mind" (the verb, not the noun make-up), a
  retirement that has happened ("forced him into retirement", "after retiring") rather than the prospect a judgement
  weighs ("close to retirement");
- the person's own stated need in a report of what they said ("she told the company ... that she needed time off to
  care for him"), an arrangement asked for as 'wants' or 'asked' are, not a shortfall ("needs to improve").
Their biased look-alikes stay flagged. Each case asserts the whole list of flags; the clean sentences are from the
probe's outside paragraphs (shortened), the look-alikes are written for these tests or quoted in the probe."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.analyzers.bias import check_bias
from tests.fixtures.bias import flags

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round35" / "biasfp35.jsonl"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a parent term used as a name, and the person's own parent or a label
        ("Dad raced home, but when the new pumper arrived, he couldn't start it.", []),
        ("Dad is retiring today. Dad repaired aircraft in Panama in the army in the early 60s.", []),
        ("Mom, a pediatric nurse herself, came running when she heard the commotion.", []),
        ("Since her dad moved in with her, she has missed three deadlines.",
         [("family_status.parenthood_mention", "dad moved in with her, she has missed three deadlines")]),
        ("Mother of two, she cannot travel, so I kept her off the Denver account.",
         [("family_status.children_count", "Mother of two, she cannot travel")]),
        ("Her output has dropped since she became a mother.", [("family_status.parenthood_mention", "mother")]),
        # the binomial for children, and adults called girls and boys at work
        ("She prepares lunch for 26 boys and girls who take part in the Pre-K program.", []),
        ("The boys and girls in accounting never answer the phone.",
         [("gendered_language.girl_for_adult", "boys"), ("gendered_language.girl_for_adult", "girls")]),
        ("The girls on reception were slow today.", [("gendered_language.girl_for_adult", "girls")]),
        # 'make up one's mind', and make-up as a remark on appearance
        ("When he reached 60, he couldn't make up his mind whether to stay on the job.", []),
        ("She should wear more make-up for the client dinners.", [("appearance.body_remarks", "wear more make-up")]),
        # a result clause told as the person's own past act, and the writer's verdict or decision
        ("Her husband walked out on her, so she started driving the bus to make ends meet.", []),
        ("Her husband got a job in Denver, so she moved to the Denver office.", []),
        ("She is a single mother, so I have kept her off the late dinner cruises.",
         [("family_status.parent_labels", "single mother, so I have kept her off the late dinner cruises")]),
        ("He is newly married, so he took fewer night shifts and his numbers dropped.",
         [("family_status.marital", "newly married, so he took fewer night shifts and his numbers dropped")]),
        ("Her son was sick, so she missed the audit.", [("family_status.parenthood_mention", "son")]),
        # a grandparent name the children give, and a nickname colleagues use
        ("After retiring from a career of 32 years of driving in 2004, Betty Anderson, or \"Grandma Betty,\" as she is "
         "known to students, went to Arizona briefly.", []),
        ("On Kelly's bus, her aide checks the students' report cards. \"They all refer to her as grandma,\" the aide "
         "said.", []),
        ("\"Grandma Lill\" Lawrance serves meals to hundreds of schoolchildren every day.", []),
        ("The younger buyers call him Gramps, but there is no one better to ask for help.",
         [("age.nicknames", "Gramps")]),
        ("Grandpa Joe in dispatch still faxes every order.", [("age.nicknames", "Grandpa")]),
        # a retirement that has happened, and its prospect weighed
        ("Heart problems forced him into retirement after 15 years at the crossing.", []),
        ("After retiring in 2004, she was asked to drive the special-needs route.", []),
        ("He is probably close to retirement, so let's not put him on the leadership track.",
         [("age.near_retirement", "close to retirement")]),
        ("At his age he should really be thinking about when to retire.", [("age.age_phrases", "At his age")]),
        # a degree of kinship, and praise words beside family
        ("Now she'll be spending her time traveling in her camper, visiting her grandchildren and great-grandchildren.",
         []),
        ("With three great kids at home, she won't want the promotion.",
         [("family_status.caregiving", "kids at home")]),
        # the person's own stated need in a report of what they said, and a shortfall or the writer's verdict
        ("In April she told the company that her husband's health had deteriorated and that she needed time off to "
         "care for him.", []),
        ("She said she needs to take her daughter to physiotherapy on Mondays.", []),
        ("He says he needs to improve since the baby arrived.", [("family_status.parenthood_mention", "baby")]),
        ("She says she needs more time since the twins, so I doubt she can lead.",
         [("family_status.parenthood_mention", "twins")]),
        ("She says she needs to cut back her hours because of the twins, which worries me for the launch.",
         [("family_status.parenthood_mention", "twins, which worries me")]),
        # a possessive taking up the writer's own child past 'me' (agreement), and another person's
        ("My hours matter because I have to pick up my daughter at 5:00pm and this gives me enough time to get to her "
         "day care.", []),
        ("My mother told me that since her baby arrived Ana is slower.", [("family_status.parenthood_mention", "baby")]),
        # the writer's family's origin, and the person's own
        ("Being born in the U.S. gave me opportunities that my family and parents were robbed of because of "
         "situations in their home country.", []),
        ("That was a strong pitch for someone with your background.", [("race_ethnicity.origin_mention", "background")]),
        ("English is obviously not his first language, so his reports need extra review.",
         [("race_ethnicity.non_native_speaker",
           "English is obviously not his first language, so his reports need extra review")]),
    ],
)
def test_round35_precision(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected


def _probe() -> list[dict]:
    with PROBE.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def test_round35_probe_false_alarms() -> None:
    """The probe's figures as committed: 9 of 71 clean paragraphs flagged (23 before this round, 12 after biasfp35),
    the ones this round cleared among the clean, and every biased look-alike flagged as before (term recall 9 of 17; 10 since
    biasman35 read the staffing verb "short-manned", b01)."""
    items = _probe()
    clean = [item for item in items if item["clean"]]
    flagged = sorted(item["id"] for item in clean if check_bias(item["text"]).flags)
    assert len(clean) == 71
    assert flagged == ["bfp35-c05", "bfp35-c20", "bfp35-c26", "bfp35-c33", "bfp35-c36", "bfp35-c45", "bfp35-c46",
                       "bfp35-c63", "bfp35-c69"]  # c47, c68 cleared by biasfp35b, c51 by biasfp35c
    found = 0
    for item in items:
        if item["clean"]:
            continue
        text = item["text"]
        got = check_bias(text).flags
        for term in item["terms"]:
            start = text.index(term["term"])
            end = start + len(term["term"])
            found += any(f.start < end and start < f.end for f in got)
    assert found == 11  # b10's "more junior job applicants": age.junior_preference (biasreal36a)
