"""Bias precision, round 35 second pass (biasfp35b): three classes of false alarms on clean outside paragraphs
(evals/probes/round35/biasfp35.jsonl and the fresh check set biasfp35b_fresh.jsonl; README biasfp35b.README.md there),
each read by a linguistic feature, with biased look-alikes that stay flagged:

- the caregiving need a party states: 'need' + 'to' + a verb of care whose clause names the relative ("the employee
  alleged he needed to stay home and care for his wife"), or 'need' + a possessive + a noun of care ("his spouse's
  doctor said she ... needed his help"), after a verb of saying or claiming: the leave law's own phrase (29 CFR
  825.124, "needed to care for a family member"), not the writer's verdict. The writer's own prescription ("She
  needs to be with her baby, not here"), a need weighed by degree ("so often that the project slipped") and a
  judgement drawn after it ("and it shows in his numbers") stay flagged;
- the clinical compound 'high-risk' said of a pregnancy (MeSH D018865 "Pregnancy, High-Risk"), not a risk the
  person poses ("a high-risk hire");
- a faith's adherents named as a class ("Many Muslims will wish to pray at midday", "Muslim employees get ... a
  space to pray", "A Catholic employee requests a schedule change so that he can attend ...") are generic
  reference (Carlson 1977), as a policy's "employees" are; a person-less sentence right after a generic one
  continues it ("; prayer times take about 10 minutes"). A named person's prayer and a stereotype of the group
  ("Muslims are always slow during Ramadan") stay flagged.

Each case asserts the whole list of flags. The clean sentences are from the probes' outside paragraphs (shortened);
the look-alikes are written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.analyzers.bias import check_bias
from tests.fixtures.bias import flags

FRESH = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round35" / "biasfp35b_fresh.jsonl"
POSTFIX = FRESH.with_name("biasfp35b_postfix.jsonl")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the caregiving need a party states
        ("In the first case, the employee alleged he needed to stay home and care for his wife who was diagnosed "
         "with depression.", []),
        ("The employee alleged he needed FMLA time to care for his father who was diagnosed with terminal cancer.", []),
        ("His spouse's doctor said she could not work or drive and needed his help as much as possible.", []),
        ("She told HR she needs to take her mother to dialysis on Tuesdays.", []),
        # ... and the writer's own verdict, a degree, a judgement drawn after it
        ("She needs to be with her baby, not here.", [("family_status.parenthood_mention", "baby")]),
        ("She needs to look after her kids, and it shows in her numbers.",
         [("family_status.parenthood_mention", "her kids")]),
        ("He told me he needs to look after his kids, and it shows in his numbers.",
         [("family_status.parenthood_mention", "his kids")]),
        ("He needed to stay home with his kids so often that the project slipped.",
         [("family_status.parenthood_mention", "his kids")]),
        ("He needs to care for his wife, so he can't take the Denver account.",
         [("family_status.spouse_mention", "wife")]),
        ("Since his wife got sick he needs to be home more, and his numbers show it.",
         [("family_status.spouse_mention", "wife")]),
        ("His wife's illness means he would not want the overnight courier trips.",
         [("family_status.relative_health", "illness")]),
        # the clinical compound, and a risk the person is said to pose
        ("By June, the pregnancy had become high-risk.", []),
        ("Her pregnancy makes her a high-risk hire for the warehouse.", [("family_status.pregnancy", "pregnancy")]),
        ("She is pregnant, so she is a risk on the loading dock.",
         [("family_status.pregnancy", "pregnant, so she is a risk")]),
        # a faith's adherents as a class, and a named person or a stereotype of the group
        ("Many Muslims will wish to pray at midday; prayer times take about 10 minutes in a quiet area.", []),
        ("Now, Muslim employees get time to break their fast, a space to pray and halal meals they can sign up for.",
         []),
        ("A Catholic employee requests a schedule change so that he can attend a church service on Good Friday.", []),
        ("Aisha leaves every afternoon to pray, which slows the team down.", [("religion.prayer", "to pray")]),
        ("Our Muslim staff always want to pray in the middle of the rush.", [("religion.prayer", "to pray")]),
        ("Muslims are always slow during Ramadan.", [("religion.faith_mention", "Ramadan")]),
        ("The employer could require employees to pray during their breaks, or could agree to rearrange employees' "
         "working hours to enable them to pray.", []),
        ("Employees who need to pray are a distraction on the line.", [("religion.prayer", "to pray")]),
        ("Many Muslims leave to pray during the rush, which hurts the team.",
         [("religion.prayer", "to pray during the rush, which hurts the team")]),
        ("Muslim employees always leave to pray during the rush, which hurts the team.",
         [("religion.prayer", "to pray during the rush, which hurts the team")]),
        ("A volunteer who has coached for years was dropped from the roster because his Muslim faith might make "
         "parents uneasy.", [("religion.faith_mention", "faith")]),
        ("A nurse joined the ward in May. Her hijab would make patients uncomfortable, the charge nurse said, so she "
         "was moved.", [("religion.observance", "hijab")]),
        ("He is a devout Catholic, so he will want Good Friday off.",
         [("religion.faith_label", "devout Catholic"), ("religion.holy_days", "Good Friday")]),
    ],
)
def test_round35b_precision(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected


def test_round35b_fresh_check_set() -> None:
    """The fresh check set as committed: 24 clean outside paragraphs gathered before the change; 13 flagged on the
    branch's base, 10 after (f01, f10, f23 cleared); 9 after biasfp36 (f13: "Not everyone goes into their retirement
    by choice", a quantifier pronoun's generic sentence, tests/test_bias_round36_generic_holder.py)."""
    with FRESH.open(encoding="utf-8") as handle:
        items = [json.loads(line) for line in handle if line.strip()]
    assert len(items) == 24 and all(item["clean"] for item in items)
    flagged = sorted(item["id"] for item in items if check_bias(item["text"]).flags)
    assert flagged == ["bfp35b-f02", "bfp35b-f09", "bfp35b-f11", "bfp35b-f12", "bfp35b-f14",
                       "bfp35b-f15", "bfp35b-f17", "bfp35b-f20", "bfp35b-f24"]


def test_round35b_postfix_check_set() -> None:
    """The post-fix check set as committed: 13 clean outside paragraphs of the fixed classes gathered after the first
    commit; 8 flagged on the base, 7 after (p10 cleared; p12 keeps one flag, "employees who observe a different
    religion", a restricting clause)."""
    with POSTFIX.open(encoding="utf-8") as handle:
        items = [json.loads(line) for line in handle if line.strip()]
    assert len(items) == 13 and all(item["clean"] for item in items)
    flagged = sorted(item["id"] for item in items if check_bias(item["text"]).flags)
    assert flagged == ["bfp35b-p01", "bfp35b-p02", "bfp35b-p05", "bfp35b-p09", "bfp35b-p11", "bfp35b-p12",
                       "bfp35b-p13"]
