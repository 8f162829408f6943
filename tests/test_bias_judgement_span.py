"""Flag the judgement, not the neighbouring fact (scripts/bias_round25_probe.py).

A characteristic mention whose rule needs a judgement (BiasRule.kind ``mention``, judgement needed or linked)
told as a plain fact beside the judgement drawn from it is flagged over that judgement's clause
(analyzers/bias: _judgement_extent, _widen_to_judgement): "He is 62, and it is time he stepped aside" flags from the
characteristic to the end of the judgement predicate of the judging clause, its complement left out
(_trimmed_extent: "so she is not really a fit", not "... for a team that ships on Saturdays"). A mention judged in its own clause keeps its span. Also: a
capitalised month is no modal ('in May'); the modal of a purpose clause ('swapped her shift so she can attend
Friday prayers') is no judgement; a gendered office possessed by another body ('the club's chairman') is that
body's title; age-coded succession and generational framing with no age word (age.succession,
age.generational_framing). Each case asserts the whole list of flags."""

from __future__ import annotations

import pytest

from assistant.analyzers.bias import check_bias
from tests.fixtures.scripts import load_script


def flags(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in check_bias(text).flags]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the judgement in a neighbouring clause: the flag covers it
        ("She told us in June that she is pregnant, and I worry she will not be reliable through the audit season.",
         [("family_status.pregnancy",
           "pregnant, and I worry she will not be reliable")]),
        ("Omar took paternity leave during the system migration, which shows where his priorities are.",
         [("family_status.leave", "paternity leave during the system migration, which shows where his priorities are")]),
        ("Rachel keeps the Sabbath, so she is not really a fit for a team that ships on Saturdays.",
         [("religion.observance", "keeps the Sabbath, so she is not really a fit")]),
        ("Since her maternity leave ended, Sofia has kept her targets, but I am not sure she wants the promotion anymore.",
         [("family_status.leave",
           "maternity leave ended, Sofia has kept her targets, but I am not sure she wants the promotion anymore")]),
        # a first name is no word of valence ('Grace'): the judging clause is the next one
        ("Grace starts maternity leave in March, so we should hold off on her promotion until she is back.",
         [("family_status.leave",
           "maternity leave in March, so we should hold off on her promotion")]),
        # an expectation comes before a clause with only a word of valence
        ("At 58, Helen closed the quarter strong, but she will probably struggle to learn the new CRM.",
         [("age.explicit_age_opening",
           "At 58, Helen closed the quarter strong, but she will probably struggle")]),
        # the judgement before the characteristic
        ("She could not lead the launch because of her wheelchair.",
         [("disability.health_mention", "She could not lead the launch because of her wheelchair")]),
        # judged in its own clause, or the judgement named by another flag: the span stays
        ("His heavy accent confuses callers.", [("race_ethnicity.accent", "accent")]),
        # a stated age and the age-coded judgement after it are one remark (span: judgement)
        ("He turned 62 in March, and frankly it is time he stepped aside for fresh blood.",
         [("age.stated_age", "62 in March, and frankly it is time he stepped aside for fresh blood")]),
        # plain narrative: no flag
        ("Omar took paternity leave in June; Lisa covered the migration cutover, and it went live on time.", []),
        ("Helen, 58, joined the finance team in 2019 and now leads the month-end close.", []),
        # a capitalised month is no modal; a semicolon pair still ties
        ("Anita is expecting her second child in May and handed the regional launch plan to Ben, who signed it off on time.",
         []),
        ("I would not put her on the launch; she is expecting her second child in June.",
         [("family_status.pregnancy", "expecting her second child")]),
        # the modal of a purpose clause is no judgement; a result clause after a comma still is
        ("Noah swapped Saturday shifts with Priya so that he can keep the Sabbath; both agreed the swap in writing.", []),
        ("David moved the release review to Thursday so that he could observe Yom Kippur with his family.", []),
        ("Fatima took a later lunch so she could pray, and the counter stayed staffed.", []),
        ("Amira keeps swapping her Friday shift so she can attend Friday prayers, which leaves us short every week.",
         [("religion.observance", "Friday prayers, which leaves us short every week")]),
        # another body's office title; an office predicated of the person stays
        ("Gary drove the league's chairman of referees to the regional final and kept the match reports.", []),
        ("Sina briefed the council's chairman of planning before the consultation opened.", []),
        ("She is the club's chairman now and runs it well.", [("gendered_language.chairman", "chairman")]),
        ("Mark did a solid job as chairman of the quarterly planning committee.",
         [("gendered_language.chairman", "chairman")]),
        # age-coded succession and generational framing with no age word
        ("Our next shift supervisor should be someone who grew up with smartphones, not Carol.",
         [("age.generational_framing", "grew up with smartphones")]),
        ("It is time Pam passed the baton to the next generation and let them run the archive.",
         [("age.succession", "passed the baton to the next generation")]),
        ("Most people age out of this kind of work, and Doug is getting there.",
         [("age.succession", "age out of this kind of work")]),
        ("Our app is built for customers who grew up with smartphones.", []),
        ("The cached files age out of the store after a week.", []),
    ],
)
def test_judgement_span(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected


def test_flags_stay_in_order_and_inside_the_text() -> None:
    text = "Claire has three children under five, which makes me question whether she can handle the travel."
    report = check_bias(text)
    assert [(f.rule, f.text) for f in report.flags] == [
        ("family_status.care_mention",
         "has three children under five, which makes me question whether she can handle the travel")]
    for flag in report.flags:
        assert text[flag.start:flag.end] == flag.text


def test_probe_figures() -> None:
    probe = load_script("scripts/bias_round25_probe.py")
    # round 27: JS 15 -> 16 "he ought to retire" (age.retirement_expected); NS 6 -> 7 a schedule told as a fact;
    # round 29l: JS 16 -> 17 "walks with a cane after her stroke" (a mobility aid, disability.health_mention)
    assert probe.figures() == {
        "JS": (17, 22, 2), "AG": (4, 4, 0), "NF": (17, 18, 1), "NS": (7, 8, 1), "SJ": (2, 3, 0), "NT": (4, 4, 0),
        "CJ": (4, 6, 0), "CN": (4, 6, 2),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the complement after the judgement predicate is left out: a prepositional phrase, an infinitive
        ("Ana has epilepsy, so she is unsuitable for the night shift at the depot.",
         [("disability.condition_mention", "epilepsy, so she is unsuitable")]),
        ("Ken is 24, so he is too young for the practice manager track.",
         [("age.stated_age", "24, so he is too young")]),
        ("Omar went to the same university as me, so I trust his numbers without checking them.",
         [("affinity.same_background", "went to the same university as me, so I trust his numbers")]),
        # the object of a decision stays with it
        ("Priya is pregnant, so we have not promoted her to shift lead this year.",
         [("family_status.pregnancy", "pregnant, so we have not promoted her")]),
        # a modal scopes over the verb phrase after it: the clause to its end
        ("Tom is 63, and it might be time to ask about his plans.",
         [("age.stated_age", "63, and it might be time to ask about his plans")]),
        # a relative clause right after the term belongs to its noun
        ("His English is surprisingly clear for someone who only moved here from Haiti a few years ago.",
         [("race_ethnicity.origin_frame",
           "His English is surprisingly clear for someone who only moved here from Haiti a few years ago")]),
    ],
)
def test_the_flag_ends_with_the_judgement_predicate(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected
