"""Round 22 bias (scripts/bias_round22_probe.py): whose judgement, and predicates of appearance.

(1) A characteristic mention (BiasRule.kind ``mention``) is flagged only when its sentence, or the next,
ties it to a judgement, an expectation, a comparison or a decision about the person (_Checker._tied): leave
taken, a faith practice, a birthplace or a language mentioned as a plain fact of the narrative is not.
(2) An appearance adjective predicated of the person through look/seem/appear ("he looks sloppy",
"make him look nerdy"), a garment likened to something ("her flats look like slippers") and a garment
with its colour ("her silver flats") are remarks on appearance; things that look good or messy, "looks at",
"wears many hats" are not. Each case asserts the whole list of flags."""

from __future__ import annotations

import pytest

from assistant.analyzers.bias import check_bias
from tests.fixtures.scripts import load_script


def flags(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in check_bias(text).flags]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # plain mentions
        ("Ken took two weeks of paternity leave in June; Rosa ran the weekly reports while he was away.", []),
        ("During Ramadan, Yusuf moved his lunch break to the end of the day; the shift schedule was adjusted "
         "accordingly.", []),
        ("At 24, Jin is the youngest member of the lab; she ran the sequencing pipeline for all three studies "
         "this year.", []),
        ("Jo wears a hijab and a high-visibility vest on the loading dock, as all dock staff wear vests.", []),
        ("A native Spanish speaker, he translated the newsletter and volunteered more than 40 hours.", []),
        ("Hamid, who wears a turban, led the fire-safety walk-through on all four floors.", []),
        # tied to a judgement
        ("Ken took two weeks of paternity leave in June, which tells me he isn't serious about the lead role.",
         [("family_status.leave", "paternity leave in June, which tells me he isn't serious about the lead role")]),
        ("Ken took two weeks of paternity leave in June. So he isn't serious about the lead role.",
         [("family_status.leave", "paternity leave")]),
        ("They returned from parental leave in March. This means we're missing chances to catch issues early.", []),
        ("She is young, but Roxanne is my hero.", [("age.young", "young, but Roxanne is my hero")]),
        ("His accent never gets in the way of the lesson.", [("race_ethnicity.accent", "accent")]),
        ("For a non-native speaker your questions were really clear.",
         [("race_ethnicity.non_native_speaker", "non-native speaker")]),
        ("Fatima is a young mum herself, so she understands the mothers on the ward.", [("age.young", "young")]),
        ("She is pregnant again, so we have not enrolled her in the supervisor training.",
         [("family_status.pregnancy", "pregnant again, so we have not enrolled her in the supervisor training")]),
        ("We prefer native English speakers for this contract.",
         [("race_ethnicity.native_speaker", "native English speakers")]),
        ("She wears a hijab, which some Soldiers find out of place in formation.", [("religion.observance", "hijab")]),
        # appearance predicated of the person
        ("Dana needs to clean up her image; her shoes look like bedroom slippers.",
         [("appearance.worn_or_body_described", "her shoes")]),
        ("She does need to clean up her professional image; her silver flats look like slippers.",
         [("appearance.worn_or_body_described", "her silver flats")]),
        ("He looks sloppy in those wrinkled shirts.", [("appearance.looks_predicated", "sloppy")]),
        ("Mark's glasses make him look nerdy in front of customers.", [("appearance.looks_predicated", "nerdy")]),
        ("Nina seemed a bit slovenly at the morning briefing.", [("appearance.looks_predicated", "slovenly")]),
        # look-alikes
        ("The report looks messy and the totals are off.", []),
        ("Dana looks at the data before every forecast meeting.", []),
        ("Maria wears many hats on this team.", []),
        ("Kevin dresses the shop windows every Monday.", []),
        ("His proposal looks like the one we approved last year.", []),
    ],
)
def test_round22_classes(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected


def test_probe_figures() -> None:
    probe = load_script("scripts/bias_round22_probe.py")
    assert probe.figures() == {
        "N": (25, 26), "J": (18, 20), "A": (21, 21), "L": (21, 21),
        "CN": (9, 10), "CJ": (7, 8), "CA": (8, 8), "CL": (8, 8),
    }
