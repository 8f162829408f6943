"""Bias precision, round 35 third pass (biasfp35c): the person's own choice whether to retire.

'retire' as the infinitive complement of a verb of deciding, choosing or intending whose subject is the person
("he couldn't make up his mind whether or not to retire", "he decided not to retire", "I intend to retire next
year") tells the person's own deliberation: subject control makes the chooser the one who retires (Huddleston &
Pullum 2002, 14.1-14.2; Quirk et al. 1985, 16.38), and the decision about when to retire belongs to the employee
(ADEA, 29 U.S.C. 623(f)(2)(B); Ohio Employer Law Blog on Selzer v. Union Home Mortgage). The age remarks the EEOC and
the courts list stay flagged: another's question or urging ("asked when he planned to retire", "should decide
whether to retire", "When will he decide to retire?"), a judgement drawn in the sentence ("so don't bother training
him") or the next, and the transitive verb ("decided to retire him"). Probes: evals/probes/round35/biasfp35c_retire.jsonl
(outside paragraphs) and biasfp35c_fresh.jsonl (an untouched set), biasfp35c.README.md."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.analyzers.bias import check_bias
from tests.fixtures.bias import flags

HERE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round35"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the person's own deliberation or decision, told as a fact
        ("Harrington said when he reached the age of 60, he couldn't make up his mind whether or not to retire.", []),
        ("He couldn't make up his mind whether or not to retire.", []),
        ("He decided not to retire.", []),
        ("Maria finally decided to retire in May.", []),
        ("I assured her I was not planning to retire this year and the discussion was dropped.", []),
        ("I decided to retire, so I can't take the project.", []),
        ("She decided to retire next spring.", []),
        # another's expectation, question or decision, and a judgement drawn from it, stay flagged
        ("He should decide whether to retire.", [("age.age_mention", "retire")]),
        ("He needs to decide whether to retire.", [("age.age_mention", "retire")]),
        ("When will he decide to retire?", [("age.age_mention", "retire")]),
        ("He can't decide whether to retire, so he should not lead the project.", [("age.age_mention", "retire")]),
        ("He plans to retire soon, so don't bother training him.",
         [("age.age_mention", "retire soon, so don't bother training him")]),
        ("Pat is planning to retire, which is why I gave the lead to Sam.", [("age.age_mention", "retire")]),
        ("We decided to retire him early.", [("age.age_mention", "retire")]),
        ("Pat should retire.", [("age.retirement_expected", "retire")]),
    ],
)
def test_own_retirement_choice(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected


def _items(name: str) -> list[dict]:
    with (HERE / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def test_retire_probe_figures() -> None:
    """biasfp35c_retire.jsonl: 6 clean outside paragraphs, none flagged (1 before: r05), and the 5 biased look-alikes
    flagged as before (rb03, rb04; the rest are recall misses outside this class)."""
    items = _items("biasfp35c_retire.jsonl")
    clean = [item for item in items if item["clean"]]
    assert len(clean) == 6
    assert [item["id"] for item in clean if check_bias(item["text"]).flags] == []
    biased = {item["id"]: flags(item["text"]) for item in items if not item["clean"]}
    assert biased == {
        # the three retirement questions, age.retirement_question (biasreal36a)
        "bfp35c-rb01": [("age.retirement_question", "when are you going to retire"),
                        ("age.retirement_question", "why don't you retire"),
                        ("age.retirement_question", "what is the reason you are not retiring")],
        "bfp35c-rb02": [],
        "bfp35c-rb03": [("age.age_mention", "retire")],
        "bfp35c-rb04": [("age.age_phrases", "At your age")],
        "bfp35c-rb05": [],
    }


def test_fresh_set_figures() -> None:
    """biasfp35c_fresh.jsonl, the untouched set (24 clean outside paragraphs, labelled before any run): 6 flagged
    before and after this branch; the classes left are listed in biasfp35c.README.md."""
    clean = _items("biasfp35c_fresh.jsonl")
    assert len(clean) == 24 and all(item["clean"] for item in clean)
    flagged = sorted(item["id"] for item in clean if check_bias(item["text"]).flags)
    # g04's "assistant grievance committeeman" is a title as published, which the labelling guides label
    # (gendered_language, flagged since biasman35's sourced -man role nouns): the row's "clean" is the guides' exception
    assert flagged == ["bfp35c-g01", "bfp35c-g02", "bfp35c-g04", "bfp35c-g07", "bfp35c-g09", "bfp35c-g20",
                       "bfp35c-g24"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'passed away' (WordNet pass_away.v.01 'die') is no decision; 'passed over' and 'passed on' stay decisions
        ("John Wright, a 58-year-old employee, passed away last Friday.", []),
        ("John Wright, a 58-year-old employee of 17 Works Coy RCE passed away rather suddenly last Friday while on "
         "shift at the Central Heating of Camp Takhini.", []),
        ("The 58-year-old analyst was passed over for the lead.",
         [("age.year_old", "The 58-year-old analyst was passed")]),
        ("Our 63-year-old driver passed away in May, and frankly he was too slow anyway.",
         [("age.year_old", "Our 63-year-old driver passed away in May, and frankly he was too slow anyway")]),
    ],
)
def test_passed_away_is_no_decision(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected


def test_passed_away_probe_figures() -> None:
    """biasfp35c_passed_away.jsonl: 5 clean outside paragraphs on a co-worker's death; 3 still flagged (before and
    after): the age at death told in its own sentence ('he was 58', 'Only 47 years old', 'in his 40s and way too
    young'), the obituary class left for a next pass (biasfp35c.README.md)."""
    clean = _items("biasfp35c_passed_away.jsonl")
    assert sorted(item["id"] for item in clean if check_bias(item["text"]).flags) == [
        "bfp35c-d01", "bfp35c-d03", "bfp35c-d04"]
