"""Whose judgement: a characteristic mention is flagged only when tied to a judgement of the person, and
predicates of appearance.

(1) A characteristic mention (BiasRule.kind ``mention``) is flagged only when its sentence, or the next,
ties it to a judgement, an expectation, a comparison or a decision about the person (_Checker._tied): leave
taken, a faith practice, a birthplace or a language mentioned as a plain fact of the narrative is not.
(2) An appearance adjective predicated of the person through look/seem/appear ("he looks sloppy",
"make him look nerdy"), a garment likened to something ("her flats look like slippers") and a garment
with its colour ("her silver flats") are remarks on appearance; things that look good or messy, "looks at",
"wears many hats" are not.
(3) A characteristic mention is tied to a judgement by its form (_Checker._tied_by_form) when it is blamed for a
cost (the subject of a clause whose predicate is a hindrance: "held up", "delayed", "a headache"), when it is the
vehicle of a simile for poor work ("reads like it was written by someone with dyslexia"), when it frames a
comparison with others ("At 58 she learned it faster than most"), when a degree word or an adjective of
perceived intensity grades it ("hair dyed so red", "his heavy accent"), or when one of the next two sentences
doubts a decision on the same person ("... Not sure we should hire her."). The same mentions beside a cost,
simile, comparison, decision or degree word that is about something or someone else stay unflagged.

Texts from scripts/bias_round22_probe.py and scripts/bias_round23_probe.py. Each case asserts the whole list of
flags."""

from __future__ import annotations

import pytest

from tests.fixtures.bias import flags
from tests.fixtures.scripts import load_script


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
         [("family_status.pregnancy", "pregnant again, so we have not enrolled her")]),
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
def test_tie_and_appearance_predicates(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected


def test_tie_and_appearance_predicate_probe_figures() -> None:
    probe = load_script("scripts/bias_round22_probe.py")
    # round 30b: CJ 7 -> 8 'Given his stroke, I doubt ...' (the person's own medical event, disability.health_mention)
    # round 32b: N 25 -> 26 '... swaps the Friday late shift with Tom and covers Sunday mornings instead' (a swap)
    assert probe.figures() == {
        "N": (26, 26), "J": (18, 20), "A": (21, 21), "L": (21, 21),
        "CN": (10, 10), "CJ": (8, 8), "CA": (8, 8), "CL": (8, 8),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cost blamed on the characteristic
        ("Amir's Friday prayer breaks held up the month-end close twice this quarter.",
         [("religion.observance", "Friday prayer")]),
        ("Tom's paternity leave delayed the vendor migration by a month.",
         [("family_status.leave", "paternity leave")]),
        ("His stutter slows down every client call he takes.", [("disability.health_mention", "stutter")]),
        ("His anxiety gets in the way of leading client workshops.",
         [("disability.condition_mention", "anxiety")]),
        # a simile for poor work
        ("The report reads like it was written by someone with dyslexia.",
         [("disability.condition_mention", "dyslexia")]),
        ("He runs meetings like a grandpa telling war stories.", [("age.nicknames", "grandpa")]),
        # an age framing a comparison with others
        ("At 58 she learned the new system faster than most of the team.",
         [("age.explicit_age_opening", "At 58")]),
        ("At 55 he adapted to the new tooling as quickly as the graduates.",
         [("age.explicit_age_opening", "At 55")]),
        # a later doubt about a decision on the same person
        ("She came to the interview with bright purple hair. Her answers on the audit questions were solid. "
         "Not sure we should hire her.", [("appearance.body_and_grooming_mention", "hair")]),
        ("He has a large tattoo on his neck. He knows the product range well. I'm not convinced we should put "
         "him on the front desk.", [("appearance.body_remarks", "tattoo on his")]),
        # a degree word on an appearance detail
        ("He showed up with hair dyed so red that clients stared.",
         [("appearance.body_and_grooming_mention", "hair")]),
        ("Her hair is way too bright for the reception desk.", [("appearance.body_remarks", "Her hair")]),
        ("Clients have commented on his heavy accent.", [("race_ethnicity.accent", "accent")]),
        ("Joe wears a large cross to client meetings.", [("religion.observance", "wears a large cross")]),
        # look-alikes: the cost, simile, comparison, decision or degree is about something else
        ("Amir observes Friday prayers; a vendor outage held up the month-end close in April and he rebuilt "
         "the schedule.", []),
        ("Tom returned from paternity leave in May. A supplier strike delayed the migration, and he re-planned "
         "it in a week.", []),
        ("Sara, who wears a hijab, explained the budget like a patient teacher.", []),
        ("Eli keeps kosher and brings his own lunch to offsites. He led the vendor audit. I'm not sure yet "
         "whether the audit needs a second pass.", []),
        ("Dana went on maternity leave in March. Ravi covered her accounts. We should promote Ravi this cycle.",
         []),
        ("Ben, who is deaf, was very thorough with the safety checklist.", []),
        ("Luca wrote the lab's dress code: closed shoes, and long hair tied back near the lathes.", []),
    ],
)
def test_tie_by_form(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected


def test_tie_by_form_probe_figures() -> None:
    probe = load_script("scripts/bias_round23_probe.py")
    assert probe.figures() == {
        "JA": (5, 7), "JB": (4, 5), "JC": (5, 5), "JD": (3, 5), "JE": (4, 5), "NX": (12, 12),
        "CJ": (10, 12), "CX": (10, 10), "CG": (25, 30), "CN2": (11, 12),
    }
