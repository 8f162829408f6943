"""The sufficiency check's asked thing (probe: scripts/qa_round20b_probe.py): a question names what
it asks about as a noun phrase in a slot its asking opens ("how many days of *bereavement leave*", "how much
*notice*", "what is the *dress code*", "does X help repay *student loans*?"), and a quote that shares only the
question's topic ("parental leave", "code of conduct", "help") does not answer it: the best unit naming the
thing leads, or the Q&A abstains and says what the documents cover.
"""

from __future__ import annotations

import pytest

from assistant.qa import answer
from assistant.qa.check import asked_thing, asked_thing_stems, missing_thing, thing_parts
from assistant.settings import get_settings
from assistant.text import names
from tests.test_qa import fake_search, result  # noqa: F401 - fixture re-used

pytestmark = pytest.mark.usefixtures("offline_tiktoken")


def test_the_asked_thing_is_the_noun_phrase_in_the_slot_the_asking_opens() -> None:
    questions = [
        "How many days of paid volunteer leave does Sourcegraph give?",
        "What is the nightly hotel limit for Sourcegraph business travel?",
        "How much is the CivicActions childcare subsidy?",
        "What is CivicActions' mileage rate per mile driven?",
        "Does 37signals pay my mobile phone bill?",
        "Does CivicActions pay for a gym membership?",
        "How much is the Sourcegraph internet allowance?",
        "What share of its annual profits does 37signals share with employees?",
        "How much does Sourcegraph give each year to help with moving costs?",
        "How many hours a week does 37signals work during the summer?",
    ]
    assert [asked_thing(q, names(q)) for q in questions] == [
        ["paid", "volunteer", "leave"], ["hotel"], ["childcare", "subsidy"], ["mileage"], ["mobile", "phone"],
        ["gym", "membership"], ["internet"], ["annual", "profits"], [], []]  # "share": a kind noun, its complement


def test_a_phrase_without_a_thing_word_of_its_own_requires_nothing_or_its_noun() -> None:
    # a generic amount or support noun, a value of change as the head: no thing is required; an adverb or
    # adjective in -ly is passed over and a participle after the noun ends the phrase (WordNet 3.0 word forms)
    questions = [
        "How much money does 37signals contribute to my 401K?",
        "What help does 37signals give the primary caregiver of a new child?",
        "What evidence is there that Sourcegraph's impact reviews work?",
        "What is the annual salary increase at Sourcegraph based on?",
        "How long is the fully paid parental leave at Sourcegraph?",
        "How big is the yearly Sourcegraph learning budget?",
        "What are Sourcegraph's annual performance reviews called?",
        "What is the family leave policy at 37signals?",
        "What's the referral bonus for recommending a friend to CivicActions?",
        "Is there a dress code for 37signals meet-ups?",
    ]
    assert [asked_thing(q, names(q)) for q in questions] == [
        [], [], [], [], ["paid", "parental", "leave"], ["learning"], ["annual", "performance", "reviews"],
        ["family", "leave"], ["referral"], ["dress", "code"]]

def test_a_unit_carries_the_thing_by_word_stem_or_heading_only() -> None:
    thing = asked_thing_stems("How many days of bereavement leave do I get when a parent dies?")
    assert (sorted(thing),
            sorted(missing_thing(thing, "Parental leave\nParents may take 16 weeks of parental leave.")),
            missing_thing(thing, "Bereavement Leave\nYou can take ten days of leave for an immediate family member."),
            missing_thing(frozenset(), "anything")) == (["bereavement", "leav"], ["bereavement"], frozenset(),
                                                         frozenset())


def test_a_modifier_may_stand_in_the_passage_the_head_noun_must_stand_in_the_unit() -> None:
    head, modifiers = thing_parts("Which work anniversaries does the company celebrate?")
    passage = "Recognition tells people their work was noticed. We mark service anniversaries at 5 and 10 years."
    assert (sorted(head), sorted(modifiers),
            missing_thing(head | modifiers, "We mark service anniversaries at 5 and 10 years.", modifiers, passage),
            sorted(missing_thing(head | modifiers, "We mark service milestones at 5 and 10 years.", modifiers, passage)),
            thing_parts("Do employees get a rating at the mid-year point?")) == (
        ["anniversary"], ["work"], frozenset(), ["anniversary", "work"], (frozenset(), frozenset()))


LEAVE = ("Parents may take up to 16 weeks of paid parental leave after a birth or adoption.\n\n"
         "Parental leave starts within 12 months of the birth.")
BEREAVEMENT = "You can take ten days of bereavement leave for the death of an immediate family member."


def test_a_quote_on_the_topic_without_the_thing_is_no_answer(fake_search) -> None:  # noqa: F811
    fake_search["results"] = [result("parental-leave.md", LEAVE, 0.6, "Parental leave", 1)]
    out = answer("How many days of bereavement leave do I get when a parent dies?", get_settings())
    assert (out.answered, "bereavement" in out.answer, [c.source for c in out.citations]) == (
        False, True, ["parental-leave.md"])


def test_the_unit_naming_the_thing_answers_when_one_is_found(fake_search) -> None:  # noqa: F811
    fake_search["results"] = [result("parental-leave.md", LEAVE, 0.6, "Parental leave", 1),
                              result("bereavement.md", BEREAVEMENT, 0.45, "Bereavement", 2)]
    out = answer("How many days of bereavement leave do I get when a parent dies?", get_settings())
    assert (out.answered, out.answer.splitlines()[1]) == (
        True, "- \u201cYou can take ten days of bereavement leave for the death of an immediate family member.\u201d [1]")


def test_each_word_of_a_name_of_several_words_is_a_name_in_a_yes_no_question() -> None:
    # "... from Osio Labs?": a name of several words ending the last run of a yes/no question is a name, not
    # the asked thing
    questions = [
        "Does my medical cover continue while I'm on unpaid leave from Osio Labs?",
        "Does Osio Labs reimburse a gym membership?",
        "Can I keep my health insurance after my job at Osio Labs ends?",
        "Does an unspent tech allowance carry forward to the next month at Osio Labs?",
        "What is the Osio Labs sabbatical policy?",
    ]
    assert [asked_thing(q, names(q)) for q in questions] == [
        ["unpaid", "leave"], ["gym", "membership"], [], [], ["sabbatical"]]
