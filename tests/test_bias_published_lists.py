"""Bias flags from outside published lists: age, hair and looks, endearments and coded race words
(scripts/bias_sources/published_lists.yaml: ageing_better, crown_lookism, endearments, diversity_style_guide),
a quoted word in talk about no one in particular, leave held by someone other than the judged person, and a
new list rule yielding to an older flag. Texts from scripts/bias_round15_probe.py and written for the class.
Each case asserts the whole list of flags."""

from __future__ import annotations

import pytest

from assistant.analyzers.bias import check_bias
from tests.fixtures.bias import flags


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # age: life-stage descriptors predicated of a person or before a person noun
        ("Priya is remarkably spry and still keeps up with the night shift.", [("age.life_stage_descriptors", "spry")]),
        ("He seems grandfatherly with customers, which slows the queue.",
         [("age.life_stage_descriptors", "grandfatherly")]),
        ("She is a twentysomething who will job-hop within a year.",
         [("age.life_stage_descriptors", "twentysomething")]),
        ("He is a mature worker who may struggle with the new system.", [("age.age_phrases", "mature worker")]),
        ("Priya is stuck in her ways about the monthly report.", [("age.age_phrases", "stuck in her ways")]),
        ("Priya is too experienced for this role and will get bored.",
         [("age.coded_phrases", "too experienced for")]),
        ("Rosa is a digital immigrant, so pair her with someone younger.",
         [("age.generational_labels", "digital immigrant"), ("age.age_phrases", "someone younger")]),
        # appearance: hair and grooming, looks polished, a depictive after "arrive", clothes judged
        ("Keisha should tie back her locs for the investor visit.", [("appearance.grooming_demands", "tie back her locs")]),
        ("Priya needs to tame her hair before client visits.", [("appearance.grooming_demands", "tame her hair")]),
        ("His cornrows don't fit the image we want.", [("appearance.body_remarks", "His cornrows")]),
        ("Priya came in with nappy hair again.", [("appearance.dress", "nappy hair")]),
        ("Lena always looks put-together, which reassures clients.", [("appearance.looks_polished", "put-together")]),
        ("Marco often arrives dishevelled on Mondays.", [("appearance.looks", "dishevelled")]),
        ("Her blouses are too tight for a client-facing role.",
         [("appearance.body_remarks", "blouses are too tight")]),
        # gendered address: terms of endearment as vocatives, also after a greeting
        ("Thanks, honey, the report looks fine.", [("gendered_language.endearment_address", "honey")]),
        ("Hey doll, grab the minutes for us.", [("gendered_language.endearment_greeting", "doll")]),
        ("Ladies please keep the kitchen tidy.", [("gendered_language.gendered_address", "Ladies")]),
        ("The little lady in accounts fixed the ledger.", [("gendered_language.girl_for_adult", "little lady")]),
        ("Priya is a mompreneur on the side, so she is often distracted.",
         [("family_status.parent_coined_labels", "mompreneur")]),
        # race: coded descriptors (Diversity Style Guide)
        ("She is hot-blooded in negotiations, as Latinos tend to be.",
         [("race_ethnicity.exotic", "hot-blooded"), ("race_ethnicity.group_generalisation", "Latinos tend to")]),
        ("He looks too ethnic for the brochure.", [("race_ethnicity.exotic", "too ethnic")]),
        # a quoted word about a specific person is still a remark about them
        ("A peer called Dana \"abrasive\" in the 360 survey.", [("gender_coded.abrasive", "abrasive")]),
        ("He called her \"bossy\" in the meeting.", [("gender_coded.bossy", "bossy")]),
        ("Maria missed the review. \"She is so emotional,\" one peer wrote.",
         [("gender_coded.emotional", "emotional")]),
        ("The team keeps calling the new hires \"the girls\".", [("gendered_language.girl_for_adult", "girls")]),
        # fitting right in, of a person, in any inflection (dev7 tune: "You fit right in with the rest of us")
        ("You fit right in with the rest of us.", [("affinity.fits_right_in", "fit right in")]),
        ("She fitted right in from day one.", [("affinity.fits_right_in", "fitted right in")]),
        # a quoted clause is a remark, not a cited word
        ("\"Women are too emotional to lead,\" one manager said.", [("gender_coded.emotional", "emotional")]),
    ],
)
def test_outside_list_classes(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We kept the well-preserved ledgers from 1998 for the audit.",
        "The spry little script finished the migration in ten minutes.",
        "Priya visited her old school to recruit interns.",
        "The mature product line moved to the support team.",
        "Keisha tied back the cables behind the server rack.",
        "Tasha straightened out the billing dispute in one call.",
        "The shipment arrived damaged, so Jamal filed the claim the same day.",
        "Lena put together the quarterly deck in two days.",
        "The report looks polished.",
        "We need to tame the backlog before the audit.",
        "The budget is too tight for a second client-facing role.",
        "She turned down a sweetheart deal from the vendor.",
        "Babe Ruth memorabilia sold well in the charity auction.",
        "Honey Street office opened in May.",
        "Guys in the warehouse fixed the dock door.",
        "Girls Who Code ran the event.",
        "The ethnic-origin fields were cleaned in the census extract.",
        "He reviewed the thriller script with the thug character cut.",
        "The bracket fits right in the slot.",
        "The new module fits right in with the rest of the stack.",
        # a quoted word in talk about language, about no one in particular
        "Reviewers should not describe people as \"emotional\" or \"shrill\".",
        "The training covered why \"culture fit\" can mask affinity bias.",
        "Why is \"bossy\" used mostly about women?",
        "The workshop explained why \"digital native\" can signal an age preference in job ads.",
        "### Affinity bias and \"culture fit\"",
    ],
)
def test_innocent_senses_of_listed_words(text: str) -> None:
    assert check_bias(text).flags == []


def test_fresh_probe_counts() -> None:
    """scripts/bias_round15_probe.py as measured (written after the change, never tuned on)."""
    from tests.fixtures.scripts import load_script

    probe = load_script("scripts/bias_round15_probe.py")
    assert probe.run(probe.FRESH_BIASED, probe.FRESH_INNOCENT, "") == (34, 36, 1, 36)  # round 32: a counted group acted on 2 -> 1
    assert probe.run(probe.FRESH2_BIASED, probe.FRESH2_INNOCENT, "") == (10, 10, 1, 10)
    assert probe.run(probe.FRESH3_BIASED, probe.FRESH3_INNOCENT, "") == (6, 6, 0, 8)  # role holders (roles list) 2 -> 1, then the judgement tie 1 -> 0
    assert probe.run(probe.FRESH4_BIASED, probe.FRESH4_INNOCENT, "") == (5, 6, 0, 6)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She stepped in as interim supervisor while the plant manager was on medical leave.", []),
        ("She stepped in while Ana was on medical leave.", []),
        ("While Tom was on stress leave, he missed two deadlines, so he may not be ready to lead.",
         [("disability.health_remarks", "stress leave, he missed two deadlines")]),
        ("She was on medical leave for most of Q2, so her numbers are low.",
         [("disability.health_remarks", "medical leave for most of Q2, so her numbers are low")]),
    ],
)
def test_leave_held_by_someone_else(text: str, expected: list[tuple[str, str]]) -> None:
    """A compound role noun or a name holds the leave in a background clause after the judged person's own
    clause; the person's own leave stays flagged."""
    assert flags(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a yielding rule gives way to another flag of its category in the sentence; it never makes the
        # characteristic mention or an older rule's flag redundant
        ("She always looks polished, and her hair is too wild for the front desk.",
         [("appearance.body_remarks", "her hair")]),
        ("She always looks polished and put-together in meetings.",
         [("appearance.looks_polished", "polished"), ("appearance.looks_polished", "put-together")]),
        ("She looks polished in meetings. Her hair is a bit much.",
         [("appearance.looks_polished", "polished"), ("appearance.body_remarks", "Her hair")]),
    ],
)
def test_new_rule_yields_to_an_older_flag(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected
