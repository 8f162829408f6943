"""Specific: which result, artefact or people a goal names, and the action or means that says how.

A means after a change verb, read from the action's end; a kind of work product, artefact or object that leaves
which one open (a bare plural or mass kind, "specific"/"particular", totality adjectives, a count of things only
said to be particular ones) versus a scope, a noun modifier, the recipients, a name or a count that says which; a
noun subject with a modal and an inceptive verb; capitals of headline style or emphasis that name nothing; a verb
of speed as a direction; a judged experience, an advocacy or inspiration verb or a sought kind as an aspiration; a
behaviour named as the means; a period before a noun as part of the object.

Texts drawn from scripts/goals_round20_probe.py, scripts/goals_round20_value_probe.py,
scripts/goals_round21_probe.py, scripts/goals_round21_class_probe.tsv, scripts/goals_round22_probe.py,
scripts/goals_round22_class_probe.tsv, scripts/goals_round23_probe.py, scripts/goals_round23_class_probe.tsv,
scripts/goals_round24_class_probe.tsv, scripts/goals_round24_check_probe.tsv,
scripts/goals_round24_heading_probe.tsv and goals written for the class.

Each case asserts all five SMART verdicts of one goal (reference date 2026-12-01)."""

from __future__ import annotations

import pytest

from assistant.analyzers import goal
from assistant.analyzers.goal.specific import _MEANS_NOUN
from tests.fixtures.goals import smart, verdicts


def test_the_means_pattern_matches_from_the_position_it_is_given() -> None:
    # it was anchored with "^", which never matches after the start of the text, so no means was ever found
    text = "Reduce readmissions by implementing a discharge call program."
    assert _MEANS_NOUN.match(text, len("Reduce readmissions")) is not None
    assert not _MEANS_NOUN.pattern.startswith("^")
    for time_or_amount in ("by December 2027", "by 2028", "by the end of Q3", "by Q2", "by half", "by 15%"):
        assert _MEANS_NOUN.match(" " + time_or_amount) is None, time_or_amount
    assert "via" in goal.load_rules().boundaries


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a concrete means after a direction on a metric says how the result is reached: specific, not measurable
        ("Increase the number of internships through partnerships with local employers.", "S.A.."),
        ("Reduce customer complaints via a new callback system.", "S.A.."),
        # a participle after a people noun is no means: "using" does not end the object, it says which residents are
        # counted (a named measure of a delimited group: specific since round 27, not measurable)
        ("Increase the number of residents using the app.", "S.A.."),
        # "by" before a date or an amount is no means: a direction with a deadline stays an area
        ("Increase the number of internships by the end of the year.", "..A.T"),
        ("Decrease readmission rates by 2028.", "S.A.T"),
    ],
)
def test_a_means_after_a_direction_on_a_metric(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a kind of work product with nothing that says which one: not specific, but done or not done
        ("Create process documentation.", ".MA.."),
        ("Prepare a presentation.", ".MA.."),
        ("Deliver a demo video.", ".MA.."),
        ("Develop training materials this quarter.", ".MA.T"),
        ("Produce documentation for the project.", ".MA.."),
        # whom it is for, its topic or its audience says which one
        ("Write user documentation for the new expense-claims portal.", "SMA.."),
        ("Prepare a presentation on Q1 safety incidents for the board meeting.", "SMA.T"),
        ("Deliver a presentation to the board each quarter.", "SMA.T"),
        # a judged quality of the artefact is a wish, not the making of it
        ("Make the documentation clearer.", "..A.."),
    ],
)
def test_an_unnamed_kind_of_work_product(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a vague verb with a concrete means: the means is the work done
        ("Strengthen volunteer retention through recognition lunches for long-serving volunteers.", "S.A.."),
        ("Enhance patient safety by installing bed-exit alarms on the orthopaedic ward.", "SMAR."),
        ("Improve invoice turnaround by routing approvals through the procurement portal.", "S.A.."),
        ("Improve attendance through a monthly newsletter to parents.", "SMA.T"),
        # a means that is itself vague, a change of a metric or a date names no work
        ("Improve teamwork by communicating better.", "..A.."),
        ("Improve morale through better engagement.", "..A.."),
        ("Improve performance by working harder.", "..A.."),
        ("Boost engagement by the end of next year.", "..A.T"),
    ],
)
def test_a_vague_verb_with_a_concrete_means(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a count of things only said to be particular ones leaves which ones open
        ("Execute ABM campaigns to two specific verticals with a clear ICP.", ".MA.."),
        ("Visit three specific schools in the district each term.", ".MA.T"),
        ("Interview four particular customers about the new checkout.", ".MA.."),
        # a scope, a ranking or a relative clause says which ones
        ("Call the two largest donors every month.", "SMA.."),
        ("Interview four customers who abandoned the new checkout.", "SMA.."),
        # relationships in general, no partner named or counted: an area (and, a bare plural with no count, name or
        # date, no done state either: round 27)
        ("Develop community partnerships.", "..A.."),
        ("Build relationships with stakeholders.", "..A.."),
        ("Develop healthcare and institutional partnerships.", "..A.."),
        # a counted or named partner says which or how many
        ("Develop three new partnerships with local employers.", "SMA.."),
        ("Build relationships with 20 new corporate sponsors this year.", "SMA.T"),
        ("Renew the partnership agreement with the Eastside YMCA.", "SMA.."),
    ],
)
def test_objects_that_leave_which_one_open(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a plan objective names the unit or role that acts; the modal's next word is the clause's verb
        ("The facilities team will repaint the loading dock stairwell.", "S.A.."),
        ("The registrar will redesign the transcript request form.", "S.A.."),
        ("The help desk will rewrite the password reset instructions.", "S.A.."),
        ("The reference team will begin use of LibAnswers for chat purposes.", "SMA.."),
        # an inceptive verb's gerund is the work begun; "start thinking about" stays an effort
        ("The reference desk will begin using the new chat widget on the catalogue page.", "S.A.."),
        ("Begin using the shared onboarding checklist for new cashiers.", "S.A.."),
        ("The warehouse will begin scanning pallets at the receiving door.", "S.A.."),
        ("The team will begin working on engagement.", "..A.."),
        ("Staff will start thinking about improvement.", "..A.."),
        # the people served as subject say what happens to them, not the owner's work
        ("Improve employee engagement this year. Customers will receive the survey by email.", "..A.T"),
    ],
)
def test_a_noun_subject_with_a_modal_and_an_inceptive_verb(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a bare kind of artefact: any such artefacts would do; a mass kind keeps its done state (measurable), a bare
        # plural leaves how many make it done open (round 27: not measurable, as "a variety of new events")
        ("Write technical documentation.", ".MA.."),
        ("Prepare design specifications.", "..A.."),
        ("Develop clinical protocols.", "..A.."),
        ("Develop and implement effective nursing protocols to ensure quality patient care.", "..AR."),
        # "specific", "particular" before a bare plural leave which ones open (and how many)
        ("Identify specific measures to improve retention.", "..AR."),
        ("Implement particular safeguards for patient data.", "..A.."),
        ("Goal One: Strengthen library culture. Objective: Identify specific measures to be taken to advance DEIA.",
         "..AR."),
        # whom it is for, a name, a relative clause, an article or a count says which
        ("Write user documentation for the new expense-claims portal.", "SMA.."),
        ("Prepare design specifications for the Building C chiller replacement.", "SMA.."),
        ("Create marketing materials that explain the spring enrolment discount.", "S.A.."),  # (how many: open)
        ("Write the internal travel policy.", "SMA.."),
        ("Identify three cost-saving measures in the fleet budget.", "SMA.."),
        ("Run four webinars.", "SMA.."),
    ],
)
def test_a_bare_kind_of_artefact(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # "entire", "whole" say how much of a thing, not which
        ("Revamp the entire customer experience.", "..A.."),
        ("Modernize the entire process.", "..A.."),
        ("Repaint the whole east stairwell.", "S.A.."),
        ("Migrate the entire payroll database to the new server.", "SMA.."),
    ],
)
def test_totality_adjectives(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a noun before a bare plural's head says which kind, as a for/of phrase does (how many is still open: round 27)
        ("Submit incident reports.", "S.A.."),
        ("Complete safety inspection checklists.", "S.A.."),
        ("Produce vendor contract summaries.", "S.A.."),
        ("Audit fire extinguisher tags monthly.", "SMA.T"),
        # an adjective of quality, or a noun that is also a verb (the sort of work), leaves a kind
        ("Develop effective procedures.", "..A.."),
        ("Produce technical manuals.", "..A.."),
        ("Complete design documentation.", ".MA.."),
        # the people a bare plural goes to say which ones
        ("Distribute accurate reports to department heads on a monthly basis.", "SMA.T"),
        ("Publish research papers to improve our standing.", "..AR."),
    ],
)
def test_a_noun_modifier_or_recipients_name_the_kind(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # headline style: every content word capitalised, so a capital marks the style and names nothing
        ("Reduce Tobacco Use and Substance Abuse", "..A.."),
        ("Objective 1: Promote Nutrition and Physical Activity to Reduce Obesity", "..AR."),
        ("Build and Sustain Collaborative Systems that Address Social Determinants of Health", "..AR."),
        ("Advance Student Success.", "..A.."),
        # words in capitals for emphasis, several in a run, are no acronyms
        ("Facilitate QUALITY EDUCATIONAL OPPORTUNITIES for all County citizens.", "..A.."),
        ("Instill EXCELLENT CUSTOMER SERVICE as an organizational value, expectation, and outcome.", "..A.."),
        # an acronym, a count, a version or a definite artefact still says which, in headline style or not
        ("Migrate Payroll to SAP S/4HANA", "SMA.."),
        ("Hire 12 New Patrol Officers", "SMA.."),
        ("Replace the HVAC System at City Hall", "SMA.."),
        ("Complete ISO 27001 Certification for the Data Center", "SMA.."),
        # a sentence that capitalises only its names keeps them
        ("Roll out Salesforce to the inside sales team.", "SMA.."),
        ("Move the help desk to ServiceNow.", "SMA.."),
        ("Launch Gmail in September.", "SMA.T"),
    ],
)
def test_capitals_of_style_name_nothing(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a verb of speed or duration moves a time one way: with no value, slot or means it names an area
        # (on a time named by what it times, round 27: specific, though with no value not measurable)
        ("Accelerate support response times.", "S.A.."),
        ("Shorten patient wait times in the emergency department.", "S.A.."),
        ("Speed up invoice processing times.", "S.A.."),
        ("Expedite the claims approval process.", "..A.."),
        # a value, a value slot or a concrete means says how far or how
        ("Speed up invoice processing times by 20%.", "SMA.."),
        ("Expedite permit review times by X%.", "S.A.."),
        ("Shorten patient wait times in the emergency department to under 30 minutes.", "SMA.."),
        ("Speed up the month-end close by automating bank reconciliations in NetSuite.", "SMA.."),
    ],
)
def test_a_verb_of_speed_is_a_direction(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a judged experience as the object names no result
        ("Delight new users with a seamless onboarding experience.", "..A.."),
        ("Give every new hire a memorable first-week experience.", "..A.."),
        ("Deliver a delightful mobile banking experience.", "..A.."),
        ("Create a wonderful onboarding journey for new members.", "..A.."),
        # an artefact, a count or a place named still says which
        ("Provide residents with an online permit application form.", "S.A.."),
        ("Build a one-page checkout for returning customers.", "SMA.."),
        ("Equip the reading room with comfortable seating for 40 people.", "SMA.."),
        ("Obtain board approval for the new leave policy.", "SMA.."),
    ],
)
def test_a_judged_experience_is_an_aspiration(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a means that names a behaviour or a quality, nothing provided, leaves an area
        ("Improve health and the quality of life through daily physical activity.", "..A.."),
        ("Promote health and reduce overweight and obesity through the consumption of healthy foods.", "..A.."),
        ("Improve heart health through regular exercise.", "..A.."),
        ("Reduce childhood obesity through healthy eating and active play.", "..A.."),
        # a programme, a visit, sessions or an act of the goal's own are concrete means
        ("Improve heart health through a free 12-week walking programme at the leisure centre.", "S.A.."),
        ("Reduce falls among older adults through home hazard assessments.", "S.A.."),
        ("Improve data quality by validating postcodes at the point of entry.", "S.A.."),
        ("Improve parent engagement through a monthly newsletter to parents.", "SMA.T"),
    ],
)
def test_a_behaviour_named_as_the_means(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # advocacy or inspiration of people or an abstract state names an aspiration, not a result
        ("Champion wellbeing throughout the district.", "..A.."),
        ("Inspire a passion for science in our students.", "..A.."),
        ("Empower frontline staff.", "..A.."),
        ("Celebrate our volunteers' contributions.", "..A.."),
        # a search whose whole object is the kind of thing sought commits to no result
        ("Pursue additional funding opportunities.", "..A.."),
        ("Explore new income streams.", "..A.."),
        ("Seek out fresh partnership opportunities.", "..A.."),
        # the same verbs with a concrete authority, event or a sum say which
        ("Empower the night-shift leads to approve overtime up to 4 hours.", "SMA.."),
        ("Celebrate each team's quarterly wins in the Friday all-hands.", "SMA.T"),
        ("Identify cost-saving opportunities worth 50,000 dollars.", "SMA.."),
    ],
)
def test_an_aspiration_verb_or_a_sought_kind_is_no_result(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a period named before a noun is part of the object (which figure or artefact)
        ("Grow Q3 renewals 6% through proactive account reviews.", "SMA.T"),
        ("Grow Q2 bookings 8% through cross-selling.", "SMA.T"),
        ("Cut Q4 overtime costs by 12%.", "SMA.T"),
        ("Raise H2 donor retention to 60%.", "SMA.T"),
        ("Publish the FY2028 capital plan by March.", "SMA.T"),
        # a time phrase after the object still ends it
        ("Launch the app in Q3 with the sales team.", "SMA.T"),
        # a clock time's colon ends no label (no objective clause before it)
        ("Move the weekly pipeline review to 14:30 on Tuesdays.", "SMA.T"),
    ],
)
def test_a_period_before_a_noun_is_part_of_the_object(text: str, letters: str) -> None:
    assert verdicts(text) == smart(letters)
