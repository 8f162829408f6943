"""Coverage of the bias rules against published lists (scripts/bias_coverage.py) and the classes it found."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.analyzers.bias import check_bias, load_rules
from tests.fixtures.scripts import load_script

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def coverage_script():
    return load_script("scripts/bias_coverage.py")


def test_an_entry_counts_only_when_its_own_term_is_flagged(coverage_script) -> None:
    entry = coverage_script.Entry
    report = coverage_script.coverage(
        [
            entry("apa", "apa", "wheelchair-bound", "flag"),
            entry("apa", "apa", "attractive pricing", "clean", ("{N} negotiated attractive pricing.",)),
            entry("x", "x", "synergy", "flag"),
        ],
        load_rules(),
    )
    assert report == {
        "apa": {"flag": 1, "covered": 1, "clean": 1, "false_flags": 0, "misses": [], "false": []},
        "x": {"flag": 1, "covered": 0, "clean": 0, "false_flags": 0,
              "misses": [("x", "synergy", "Priya is such a synergy in team meetings.")], "false": []},
    }


def test_every_vendored_entry_keeps_its_source(coverage_script) -> None:
    retext = json.loads((ROOT / "scripts/bias_sources/retext_equality.json").read_text(encoding="utf-8"))
    assert retext["commit"] == "192dedd" and "MIT" in retext["source"]
    assert (ROOT / "scripts/bias_sources/retext-equality.LICENSE").read_text(encoding="utf-8").startswith("(The MIT License)")
    entries = coverage_script.load_entries()
    published = {e.source for e in entries} - {"retext", "retext_left_out", "retext_other_files"}
    import yaml

    cites = yaml.safe_load((ROOT / "scripts/bias_sources/published_lists.yaml").read_text(encoding="utf-8"))["sources"]
    assert published == set(cites) and all(block["cite"] for block in cites.values())
    assert {e.expect for e in entries} == {"flag", "clean"}


def test_no_left_out_retext_term_is_also_in_scope(coverage_script) -> None:
    entries = coverage_script.load_entries()
    in_scope = {e.term.lower() for e in entries if e.source == "retext"}
    left_out = {e.term.lower() for e in entries if e.source == "retext_left_out"}
    assert not in_scope & left_out
    assert len(in_scope) > 500


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Priya suffers from muscular dystrophy, so she should not lead the site visits.",
         [("disability.outdated_terms", "suffers from muscular dystrophy")]),
        ("He is a multiple sclerosis victim and cannot travel.",
         [("disability.outdated_terms", "multiple sclerosis victim")]),
        ("Dana is probably on the spectrum, given how literal she is.",
         [("disability.spectrum_label", "on the spectrum")]),
        ("The roadmap is schizophrenic since the reorg.", [("disability.diagnosis_metaphors", "schizophrenic")]),
        ("Priya was paralyzed by fear before the board meeting.",
         [("disability.ableist_metaphors", "paralyzed by fear")]),
        ("Daniel is older than the rest of the team and slower to adapt.",
         [("age.age_comparison", "older than the rest")]),
        ("Priya thinks like me, which makes her easy to manage.", [("affinity.like_me", "thinks like me")]),
        ("He speaks English surprisingly well.", [("race_ethnicity.origin_praise", "speaks English surprisingly well")]),
        ("Priya is the spirit animal of the support team.", [("race_ethnicity.colonial_idioms", "spirit animal")]),
        ("He just clicks with the whole team.", [("affinity.clicks", "just clicks with the whole team")]),
        ("He wears cheap suits to client meetings.", [("appearance.clothing_remarks", "cheap suits")]),
        ("Frankly, he has seen better days, but he still sells.", [("age.past_best", "has seen better days")]),
        ("She must be on her period.", [("gender_coded.menstruation_remarks", "on her period")]),
        ("We were in the same fraternity, so I know his work ethic.",
         [("affinity.shared_background", "We were in the same fraternity, so I know his work ethic")]),
        ("She is one of the younger analysts, so she won't mind the weekend rota.", [("age.younger", "younger analysts, so she won't mind the weekend rota")]),
        ("He is Mexican, so he is a hard worker.",
         [("race_ethnicity.ethnicity_label", "He is Mexican, so he is a hard worker")]),
        ("He is on antidepressants, so go easy on him.", [("disability.health_remarks", "on antidepressants, so go easy")]),
        ("He is deaf in one ear and misses things in meetings.", [("disability.health_remarks", "deaf in one ear and misses things")]),
        ("He is still new to the country, so he misses some cues.",
         [("race_ethnicity.foreigner", "still new to the country")]),
        ("Her stridency alienates the sales team.", [("gender_coded.trait_derivations", "Her stridency")]),
        ("She reacted emotionally to the feedback.", [("gender_coded.trait_adverbs", "reacted emotionally")]),
        ("Our best saleswoman and the new sportswoman both joined in May.",
         [("gendered_language.job_titles", "saleswoman"), ("gendered_language.gendered_nouns", "sportswoman")]),
        # APA 5.5/5.7, Sue 2007 and GLAAD/NCDJ entries the cases above leave uncovered
        ("Priya works well with members of the opposite sex.",
         [("gendered_language.opposite_sex", "the opposite sex")]),
        ("He is good with minorities on the floor.", [("race_ethnicity.minority_label", "minorities")]),
        ("Priya brings an exotic flair to the front desk.",
         [("race_ethnicity.exotic_qualities", "brings an exotic flair")]),
        ("Priya manages the ladies in accounts payable.", [("gendered_language.ladies_group", "the ladies")]),
        ("He has intellectual issues, so keep him on simple tasks.",
         [("disability.outdated_terms", "has intellectual issues")]),
        ("Priya is a special needs employee, so she works short days.",
         [("disability.special_needs", "special needs employee")]),
        ("Daniel has a son with special needs and leaves early.",
         [("family_status.parenthood_mention", "son"), ("disability.special_needs", "with special needs")]),
        ("It was the blind leading the blind on his team.",
         [("disability.sensory_metaphors", "the blind leading the blind")]),
        ("She is planning a family, so I would not give her the project.",
         [("family_status.caregiving", "planning a family")]),
        ("He has too many tattoos for the front office.", [("appearance.body_remarks", "too many tattoos")]),
        ("Daniel is so ADD in meetings.", [("disability.ableist_metaphors", "is so ADD")]),
        ("Daniel is a latino, so he connects with the warehouse staff.",
         [("race_ethnicity.ethnicity_predicated", "is a latino")]),
        ("She has real balls in negotiations.", [("gendered_language.gendered_idioms", "has real balls")]),
        ("He went off reserve in the pricing meeting.", [("race_ethnicity.slur_idioms", "went off reserve")]),
        ("Priya is bi, so I would not put her on that client.", [("sexual_orientation.short_labels", "bi, so I would not put her on that client")]),
        ("He is a real bro with the engineers.", [("gender_coded.bro_jargon", "a real bro")]),
        ("With her special needs, you cannot expect her to travel.",
         [("disability.special_needs", "her special needs")]),
        # APA 5.3 age, lookism, retext-equality gender roles, Sue 2007 origin-coded praise
        ("He is still sharp for someone nearing sixty.", [("age.for_someone_age", "for someone nearing sixty")]),
        ("She is quick for a woman in her fifties.", [("age.for_someone_age", "for a woman in her fifties")]),
        ("Priya is elderly and struggles with the new scanners.", [("age.elderly", "elderly and struggles")]),
        ("Priya is too short to command the room.", [("appearance.body_size", "too short")]),
        ("He looks too thin to handle the stock room.", [("appearance.body_size", "too thin")]),
        ("Priya looked stunning at the awards dinner.", [("appearance.looks_stunning", "stunning")]),
        ("Priya speaks good English, so clients never notice.",
         [("race_ethnicity.microaggressions", "speaks good English")]),
        ("She is good with clients, as the fairer sex often is.",
         [("gendered_language.gendered_idioms", "the fairer sex")]),
        ("Priya looks old for a sales rep.", [("age.looks_age", "old")]),
        ("You can't teach an old dog like Priya new tricks.", [("age.age_phrases", "teach an old dog")]),
        ("Priya is more than just a pretty face.", [("appearance.body_remarks", "just a pretty face")]),
        ("Priya is a fiery Latina in negotiations.", [("race_ethnicity.microaggressions", "fiery Latina")]),
        ("I don't see color, so her background never came up.",
         [("race_ethnicity.microaggressions", "don't see color")]),
    ],
)
def test_classes_found_by_the_coverage_check(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.rule, f.text) for f in check_bias(text).flags] == expected


@pytest.mark.parametrize(
    "text",
    [
        "She placed each vendor on the spectrum between build and buy.",
        "She organised the sales team's bipolar disorder awareness talk with the EAP.",
        "The bipolar transistor failed in the test rig.",
        "He replaced the laptops that were older than the rest of the fleet.",
        "She colored the chart by region and added visual aids to the briefing.",
        "The farm sold 200 chicks in May.",
        "The copier has seen better days.",
        "The role suits you better than the last one.",
        "The user just clicks the button to submit.",
        "We went to the same school board meeting.",
        "She drove her younger brother to the airport.",
        "She is Chinese and speaks Mandarin and Cantonese with the suppliers.",
        "Patients on dialysis visit twice a week.",
        "The server is due for retirement in May.",
        "The market responded aggressively to the rate cut.",
        "The two teams sit on opposite sides of the floor.",
        "A minority of customers asked for refunds, and we sold our minority stake.",
        "She chairs the ethnic minorities network.",
        "The new menu adds an exotic touch to the canteen.",
        "She ordered plants with an exotic look for the lobby.",
        "The school hired two teachers for pupils with special needs.",
        "Add the tests, so add them to the list.",
        "The kit has balls and cones, and the team has the balls from the training kit.",
        "She is planning a family event for the team.",
        "The meeting is bi-weekly and the flight is trans-atlantic.",
        "Hey dude, the build is green.",
        "Ladies and gentlemen, the ladies room on floor two is closed.",
        "She gave us the skinny on the vendor merger.",
        "He spread himself too thin this quarter.",
        "She is too short with customers on the phone.",
        "The sprint was too short to finish the migration.",
        "The evidence is too thin to support the claim.",
        "She delivered stunning results, and the new dashboard looks stunning.",
        "He helped an elderly customer with the returns form.",
        "The fare is cheaper for someone over 65.",
        "He teaches the course on how to speak good English in emails.",
        "Priya changed the makeup of the team and asked piercing questions in the vendor review.",
        "The dashboard looks old and the report looks old-fashioned.",
    ],
)
def test_innocent_senses_of_the_new_words_stay_clean(text: str) -> None:
    assert check_bias(text).flags == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A good manager knows his team.", ["his"]),
        ("The successful candidate will report to the director, and he will manage four analysts.", ["he"]),
        ("Whoever takes the role will need to prove himself quickly.", ["himself"]),
        ("Everyone should bring his laptop to the offsite.", ["his"]),
        ("Anyone would value his judgement.", []),
        ("Everyone who meets him remembers his energy.", []),
        ("No one works harder than she does.", []),
        ("She is the right person for the job, and her record shows it.", []),
        ("A natural leader, he took charge of the rollout.", []),
        ("A customer called in May, and he resolved the complaint within the hour.", []),
        ("Someone left his badge in the lab.", []),
        ("A customer writes that she loves the new app.", []),
        ("A client will call tomorrow, and he wants a refund.", []),
        ("A manager should know his team.", ["his"]),
    ],
)
def test_generic_antecedents_beyond_each_and_every(text: str, expected: list[str]) -> None:
    flags = check_bias(text).flags
    assert [f.text for f in flags] == expected
    assert {f.rule for f in flags} <= {"gendered_language.generic_pronoun"}


def test_renaming_keeps_the_labelled_words() -> None:
    module = load_script("scripts/bias_perturb.py")
    assert module.rename("Sarah Chen booked the Diwali lunch, and Sarah thanked the team.", ("Diwali",)) == (
        "Thandiwe Chen booked the Diwali lunch, and Thandiwe thanked the team.", {"Sarah": "Thandiwe"})
    assert module.rename_term("Sarah s tattoos", {"Sarah": "Thandiwe"}) == "Thandiwe s tattoos"
