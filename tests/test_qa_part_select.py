"""Each part of a two-part question is quoted by the sentence naming that part's thing with its kind of value,
not by one that shares only the question's topic or names the other part's thing (probe:
scripts/qa_round30s_probe.py): "how soon is my request *acknowledged*" by the acknowledgement's sentence, not by a
second sentence on the decision; and "how fast" asks a duration as "how quickly" does.
"""

from __future__ import annotations

import pytest

from assistant.qa import answer
from assistant.qa.check import answer_type, quantity_kind
from assistant.settings import get_settings
from tests.test_qa import fake_search, result  # noqa: F401 - fixture re-used

pytestmark = pytest.mark.usefixtures("offline_tiktoken")

# The timeline section of the TTS reasonable accommodation page (shared/corpora/handbooks/docs).
TIMELINE = ("The DM or LRAC will acknowledge all RA requests within three calendar days of receipt, and the DM will "
            "begin the interactive process within five calendar days of receipt. "
            "If the request does not require supporting medical documentation, the DM or LRAC will provide an RA "
            "decision as soon as possible, but not to exceed 30 calendar days from the request date. "
            "Requests that require supporting medical documentation are also subject to receiving a decision "
            "within 30 calendar days; however, the timeline is subject to extension.")
# The responsibilities and payment of the CivicActions on-call stipend page.
ON_CALL = ("Team members participating in on-call are expected to follow the project incident response plan (IRP), "
           "or the company IRP if the project does not yet have one. "
           "The IRP for each project shall dictate the required response time. "
           "If the IRP plan does not specify the required response period employees are expected to be available "
           "to respond within 2 hours. "
           "The on-call stipend amount is $2000 per fiscal quarter.")


def test_how_fast_and_how_promptly_ask_a_duration() -> None:
    questions = ["How fast do I have to respond to an alert?", "How promptly must I answer a page?",
                 "How quickly is a request acknowledged?", "How much is the on-call stipend?"]
    assert [(answer_type(q), quantity_kind(q)) for q in questions] == [
        ("quantity", "duration"), ("quantity", "duration"), ("quantity", "duration"), ("quantity", "money")]


def test_a_part_is_quoted_by_the_sentence_naming_its_own_thing(fake_search) -> None:  # noqa: F811
    fake_search["results"] = [result("reasonable-accommodations.md", TIMELINE, 0.6,
                                     "Timeline on reasonable accommodation requests", 1)]
    out = answer("How soon should I hear back that my request was received, and how long can the decision take?",
                 get_settings())
    assert out.answered and "within three calendar days of receipt" in out.answer \
        and "not to exceed 30 calendar days" in out.answer


def test_a_part_the_topic_sentence_holds_no_value_for_is_quoted_by_the_sentence_stating_it(fake_search) -> None:  # noqa: F811
    fake_search["results"] = [result("on-call-stipend.md", ON_CALL, 0.6, "On-call stipends", 1)]
    out = answer("How much is the on-call stipend, and how fast do I have to respond when my project has no written "
                 "response target?", get_settings())
    assert (out.answered, out.answer.splitlines()[1:]) == (True, [
        "- \u201cThe on-call stipend amount is $2000 per fiscal quarter.\u201d [1]",
        "- \u201cIf the IRP plan does not specify the required response period employees are expected to be "
        "available to respond within 2 hours.\u201d [1]",
    ])


def test_a_single_question_keeps_its_quotes(fake_search) -> None:  # noqa: F811
    fake_search["results"] = [result("on-call-stipend.md", ON_CALL, 0.6, "On-call stipends", 1)]
    out = answer("How much is the on-call stipend?", get_settings())
    assert (out.answered, out.answer.splitlines()[1:]) == (True, [
        "- \u201cThe on-call stipend amount is $2000 per fiscal quarter.\u201d [1]",
    ])


def test_the_part_pick_prefers_the_sentence_with_the_parts_own_thing_over_the_other_parts() -> None:
    from types import SimpleNamespace

    from assistant.qa.answer import Calibration, calibration, part_own_words, part_pick
    from assistant.qa.focus import analyse

    asked = analyse("How soon should I hear back that my request was received, and how long can the decision take?")
    own, others = part_own_words(asked, 0, asked.clauses[0].focus)
    page = SimpleNamespace(source="reasonable-accommodations.md")

    def unit(text: str, prob: float) -> SimpleNamespace:
        return SimpleNamespace(text=text, prob=prob, held=[True], focus_cover=[1.0], passage=page)

    decision = unit("Requests that require medical documentation are also subject to receiving a decision within 30 "
                    "calendar days.", 0.075)
    acknowledged = unit("The DM will acknowledge all requests within three calendar days of receipt.", 0.037)
    cal: Calibration = calibration()
    assert (part_pick(own, others, [decision, acknowledged], [decision], decision, cal),
            part_pick(own, others, [decision, acknowledged], [acknowledged], acknowledged, cal)) == (acknowledged, None)
