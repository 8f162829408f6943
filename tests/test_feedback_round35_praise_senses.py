"""Round 35 (FBC): a praise word in a use that evaluates nothing is no praise (probe:
evals/probes/round35/fbclean35_praise_senses.jsonl, outside text labelled before any run). 'well' as part of another
word class ("as well as", "as well" = also, degree "well behind"), an adjective used as the verb with an object ("you
prepared the packs", "clear the path"), a person's quality classifying a made thing ("a dedicated truck"), 'clear' of
a fact or of a way ("it is clear that ...", "clear to pull in") and the progressive "will be missing" (not the farewell
"will be missed") made requests and criticism read as praise, so constructive drafts came back positive or mixed. The
same words in their evaluative use ("well prepared", "a dedicated employee", "explain it well", "clear to follow",
"stayed calm", "you will be missed") stay praise."""

import re

import pytest

from assistant.analyzers.feedback import review_feedback
from assistant.analyzers.feedback.praise import non_evaluative_praise
from assistant.analyzers.feedback.rules import load_feedback_rules


def reading(text: str) -> tuple[str, list[str]]:
    report = review_feedback(text)
    return str(report.polarity), sorted({f.kind for f in report.findings})


@pytest.mark.parametrize(("text", "expected"), [
    # 'well' in a coordinator or an additive adjunct: the request is no praise
    ("At Thursday's shift handover you listed the three open work orders but not the pump that was left isolated, and "
     "the incoming crew spent forty minutes finding out why the line had no pressure. At each handover, read out every "
     "isolation on the board as well as the open work orders.", ("constructive", [])),
    ("After implementing your feature, please add a test as well.", ("constructive", ["missing_impact", "vague"])),
    # degree 'well' takes the polarity of what it grades
    ("In particular, our user profile feature is well behind schedule, and will need significant progress to become "
     "functional.", ("constructive", ["missing_action", "missing_impact", "vague"])),
    # the verb with its object, not the quality
    ("During Tuesday's list you prepared the instrument packs before the first patient, but the second pack was missing "
     "a needle holder. Please check each pack against the list before you open it.",
     ("constructive", ["missing_impact"])),
    # 'clear' of a fact
    ("Note to the creator of this challenge: it is clear that you did not grow up speaking Pig Latin.",
     ("constructive", ["missing_impact"])),
    # the progressive 'will be missing', a thing absent, is no farewell
    ("Impact: Fresh PostgreSQL installs from v3.7 baseline will be missing these 6 tables.",
     ("constructive", ["missing_action", "missing_impact", "vague"])),
])
def test_non_evaluative_uses_are_no_praise(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("You explain the subject well and use well-researched references.", ("positive", ["vague"])),
    ("She handled the audit as well as anyone on the team could have.", ("positive", ["vague"])),
    ("The trainer was well prepared and organized.", ("positive", ["missing_impact", "vague"])),
    ("Michael is a dedicated employee who puts his heart on the line.", ("positive", ["missing_impact", "vague"])),
    ("Your explanation was clear and you provided a good example. To improve, you could also mention the performance "
     "implications.", ("mixed", ["missing_action", "missing_impact"])),
    ("The challenge instructions were easy and clear to follow.", ("positive", ["missing_impact", "vague"])),
    ("You stayed calm and composed during most pauses.", ("positive", ["missing_impact"])),
    ("RIP Techno, you will be missed.", ("positive", ["missing_impact", "vague"])),
])
def test_evaluative_uses_stay_praise(text, expected):
    assert reading(text) == expected


def _praise_words(text: str) -> list[tuple[str, bool]]:
    """Each praise-lexicon match in ``text`` with whether it is a non-evaluative use."""
    rules = load_feedback_rules()
    return [(m.group(), non_evaluative_praise(text, m)) for m in rules.praise.finditer(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Please update the docs as well.", [("well", True)]),
    ("You might as well ask Sam.", [("well", True)]),
    ("The feature is well behind schedule and well over budget.", [("well", True), ("well", True)]),
    ("She did it just as well as before.", [("well", False)]),
    ("You did well over the summer.", [("well", False)]),
    ("Check the run before you book an early dedicated truck.", [("dedicated", True)]),
    ("A dedicated nurse.", [("dedicated", False)]),
    ("She organised the rota for May.", [("organised", True)]),
    ("She was organised and calm.", [("organised", False), ("calm", False)]),
    ("Calm the caller first.", [("Calm", True)]),
    ("The stop was clear to pull in.", [("clear", True)]),
    ("Your notes were clear to read.", [("clear", False)]),
    ("It was clear to me that the figures had not been checked.", [("clear", True)]),
])
def test_each_use_by_its_form(text, expected):
    assert [(w, flag) for w, flag in _praise_words(text) if re.fullmatch(r"[A-Za-z]+", w)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 'break' as a rest is no fault: a clean draft stays clean
    ("With Mrs Adeyemi on Monday you noticed she was gripping the chair arms, stopped to explain each step in plain "
     "words and agreed a hand signal for a break. She got through the whole filling without asking to stop.",
     ("positive", ["missing_impact"])),
    ("Well done! Take a short break.", ("positive", ["missing_impact", "vague"])),
    # the fault senses stay criticism
    ("A recent cleanup removed the mm.h include from uaccess_no.h in m68k. This breaks the build of the m54xx watchdog "
     "driver.", ("constructive", ["missing_action"])),
    ("This breaks the build here, and in 5.4, so I'll go drop it from both trees :(", ("constructive", ["missing_action"])),
])
def test_a_rest_break_is_no_fault(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the person's measure above the standard it is set against is a result, so the draft is mixed with the problem
    ("I watched your picks in aisle 14 between nine and ten today. You scanned the location before every pick, and your "
     "rate was 132 lines an hour against a standard of 120. Two of your picks were from the wrong face of the bay and "
     "were caught at packing. Please check the face label as well as the bay label on double-sided locations.",
     ("mixed", [])),
    # below the standard, or a cost measure above it, is no result
    ("Your rate was 104 lines an hour against a standard of 120. Please check the face label as well as the bay label.",
     ("constructive", ["missing_impact", "vague"])),
    ("Your handling time was 9 minutes against a target of 6. Please check the face label as well as the bay label.",
     ("constructive", ["missing_impact", "vague"])),
])
def test_a_measure_above_its_standard_is_praise(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an instruction whose object opens with a one-digit number is a step like any other
    ("On three days last week you sent a half-empty truck to the east depot at 6 am, when the 9 am run had space for "
     "those orders. That added roughly 180 dollars of fuel and driver time each day. Check the 9 am run's space before "
     "you schedule an early dedicated truck.", ("constructive", [])),
    ("Move the 3 hardcoded Notion tokens into backend/.env and rotate them.", ("constructive", ["missing_impact"])),
])
def test_an_instruction_with_a_digit_object_is_a_step(text, expected):
    assert reading(text) == expected
