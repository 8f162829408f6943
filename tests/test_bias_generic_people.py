"""People spoken of generically, as policies, guides and handbooks do ("Employees may ...", "An employee may take
time off to observe a religious holiday", "your employee", "he or she"), and the reader 'you' of a document
written as a procedure, make a characteristic the topic of a rule, not a judgement of someone. A characteristic
that restricts the generic noun ("Employees with young children are less reliable") sorts people as a stereotype
does and keeps its flag, as does any sentence that names or points at a specific person. A quotation that such a
sentence gives as an example of language ("remarks such as \"she is too old for this\"") is mentioned, not used;
a handle or inline code ("ping `@pto-ninja`") is an identifier. A sentence whose subject is the writer's own
relative, with no one else in it, is a family tribute ("My father passed away at 85 after living with
dementia"). Texts from scripts/bias_round20_probe.py. Each case asserts the whole list of flags."""

from __future__ import annotations

import pytest

from tests.fixtures.bias import flags
from tests.fixtures.scripts import load_script

PROCEDURE = (
    "# Advanced sick leave\n\n"
    "Employees may request advanced sick leave when their balance is exhausted.\n"
    "Supervisors approve requests in the timekeeping system.\n"
    "You earn 4 sick leave hours per pay period.\n"
    "Each employee must submit a medical note with the request.\n"
    "Email your supervisor about the extra hours you plan to work before a religious observance.\n"
)


@pytest.mark.parametrize(
    "text",
    [
        "An employee may take time off to observe a religious holiday, provided that work schedules can be "
        "arranged without undue hardship to the business.",
        "An employee called for jury duty must notify his or her supervisor, and an employee who has a "
        "disability may request an accommodation.",
        "Employees should give their supervisor at least two weeks' notice of an absence for a religious "
        "observance. They may request the time as paid vacation or as unpaid time off.",
        "Train your supervisors and managers on what a request for time off for a religious holiday looks like "
        "and how to handle it.",
        "Returning from maternity or parental leave can be a stressful time for your employee, so help make the "
        "transition as easy as possible.",
        "Make sure your employee knows about any changes to the team that happened while she was on maternity "
        "leave, and have her desk cleared before she arrives.",
        "A religious accommodation is any adjustment to the work environment that allows an employee to "
        "practise his or her religion.",
        PROCEDURE,
        # a quotation that a generic or procedural sentence gives as an example of language
        "Supervisors should not share specific details (\u201cthat person has ADHD\u201d) with the team.",
        "Managers should avoid remarks such as \"she is too old for this\" or \"he is past it\".",
        "Employees must not make comments like \u201cwomen are too emotional to lead\u201d.",
        # boys and girls who are children in someone's charge
        "When the director announced that Cabin 46 had won the clean cabin award, my girls gasped.",
        "Our volunteer coaches give up weekends for the youth league, and the boys and girls learn teamwork.",
        "Ana is a volunteer who leads dozens of girls on hikes every spring.",
        "Hunter was going through an awkward stage so typical of adolescent boys.",
        # a parent label in a sentence that judges no one
        "Jen, a single mom and full-time nursing student, was named the program's outstanding clinical student.",
        "Our volunteer of the month is a working mother who spends every Thursday evening tutoring.",
        # 'drop off' with an object is delivering, not a decline
        "The day ended with a student and her mom dropping off boxes of donations.",
        "My roommate's mother dropped off a huge pile of notebooks and pens for the drive.",
        # handles and inline code are identifiers
        "For questions, ping `@pto-ninja` in the #people channel.",
        "Thanks to @data-ninja for fixing the export before the board meeting.",
        "Mention `@the-old-guard` in the issue so the original authors see it.",
        # the writer's own relative, the sentence's subject, with no one else in it
        "My father passed away this morning at 85 after living with dementia for the past couple of years.",
        "My mother worked as a nurse for forty years and lived with multiple sclerosis for the last ten.",
        "My brother coached Little League for twenty years despite living with diabetes since childhood.",
        # a product spelled with a capital inside is no person: the page stays a procedure
        "Employees may take unpaid leave after the paid period.\nManagers approve requests in Workday.\n"
        "Supervisors confirm the dates.\nIf the team member is on long-term sick leave, HRSavvy registers "
        "the absence.\n",
    ],
)
def test_generic_people_and_procedures_are_clean(text: str) -> None:
    assert flags(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Employees with young children are less reliable, so they should not lead the launch.",
         [("family_status.care_mention", "with young children")]),
        ("Any employee who has cancer will struggle with the pace here.",
         [("disability.condition_mention", "cancer")]),
        ("Managers with kids at home are never fully focused.",
         [("family_status.caregiving", "kids at home")]),
        ("Staff with family commitments cannot be trusted with on-call.",
         [("family_status.caregiving", "family commitments")]),
        # a sentence that speaks to 'you' is about 'you', whatever plural it also names
        ("You coached new hires and reviewed team members' code, and with the kids finally in school you seem "
         "more committed than last year.",
         [("family_status.parenthood_mention", "the kids")]),
        # a specific person in the sentence: no generic reading
        ("Employees like Dana take too much sick leave, and it shows in her numbers.",
         [("disability.health_remarks", "sick leave")]),
        # adults called girls or boys, placed in a workplace unit, even in a text set in a school
        ("The girls in the front office at the school took forever to process my paperwork.",
         [("gendered_language.girl_for_adult", "girls")]),
        ("Ask the girls in accounting to redo the invoices before Friday.",
         [("gendered_language.girl_for_adult", "girls")]),
        ("Since the baby came her sales dropped off, so she should not lead.",
         [("family_status.parenthood_mention", "baby")]),
        # a parent label in a judgement, a coined label anywhere, a label that is a generic holder
        ("Because she is a single mom, she cannot really commit to the on-call rota.",
         [("family_status.parent_labels", "single mom, she cannot really commit")]),
        ("She is on the mommy track now.", [("family_status.parent_coined_labels", "mommy track")]),
        ("A new mother cannot give this role the commitment it needs.",
         [("family_status.parent_labels", "new mother")]),
        # a quoted remark reported of someone in particular
        ("\"Women are too emotional to lead,\" he said.", [("gender_coded.emotional", "emotional")]),
        ("Employees told Dana \"you are too old for this job\".", [("age.too_old", "too old")]),
        # prose beside an identifier is still read
        ("Raj is a real ninja at `git rebase`, so give him the merge work.",
         [("gender_coded.bro_jargon", "ninja")]),
        # a relative who reports a judgement of someone else
        ("My mother noticed that Ana, with her diabetes, takes too many breaks.",
         [("disability.condition_mention", "diabetes, takes too many breaks")]),
        ("My father says you cannot manage the launch with your epilepsy.",
         [("disability.condition_mention", "epilepsy")]),
        # one review sentence is no procedure document: the addressee is the reviewed person
        ("You earn a lot of praise from clients. Your sick leave this spring hurt the launch, though.",
         [("disability.health_remarks", "sick leave")]),
        # a review addresses 'you' as the person judged, even among sentences about staff in general
        ("You mentored every new hire this year. Other managers borrow your templates. Staff say your "
         "one-to-ones help. Since your divorce, though, you seem distracted, so I would not give you the launch.",
         [("family_status.spouse_mention", "divorce, though, you seem distracted")]),
        ("You coached three interns this summer. Staff praise your patience. Each new analyst gets a "
         "walkthrough from you. You seem less driven since you had the twins, which worries me.",
         [("family_status.parenthood_mention", "twins")]),
        # an indefinite person told of in the past is someone in particular ('May' the month is no modal)
        ("A man who spent 20 years helping refugees joined our team in May, though his daily prayers made him "
         "late to meetings.", [("religion.observance", "daily prayers")]),
        ("An engineer who built our billing system was left off the trip since her kids would distract her.",
         [("family_status.parenthood_mention", "her kids")]),
        ("A colleague who led the 2019 rollout was told he could not join the new team, as his age would make "
         "the training wasted.", [("age.age_mention", "his age")]),
    ],
)
def test_specific_or_restricted_people_are_judged(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected


def test_probe_figures() -> None:
    probe = load_script("scripts/bias_round20_probe.py")
    assert probe.run(handbooks=False) == {
        "policy": (4, 19),
        "people": (3, 12),  # round 34: "in the hospital as a child" is a childhood, not a child she has
        "obits": (2, 9),
        "letters": (0, 4),
        "policy_check": (2, 12),
        "quoted_examples": (1, 8),
        "identifiers": (1, 10),
        "kin": (1, 10),
        "kin_check": (0, 8),
        "stereotypes": (7, 12),
        "quoted_remarks": (6, 6),  # round 27: "he is past it" (age.past_it)
        "identifier_judged": (3, 3),
        "kin_judged": (4, 4),
        "you_reviews": (10, 10),
        "narratives": (10, 10),
        "children": (1, 12),
        "children_check": (3, 8),
        "adults": (6, 6),
        "kin_agents": (1, 10),
        "drop_off": (2, 6),
        "kin_agent_judged": (4, 4),
        "parent_labels": (5, 8),
        "parent_labels_judged": (7, 7),
    }
