"""A question the page asks in its own FAQ (probe: scripts/qa_round26b_probe.py, faq_yesno).

"Does Sourcegraph match employee 401k contributions?" over a page whose FAQ asks "Q. Does Sourcegraph match my
401k?": when the whole user question and the page's FAQ question read as one question by the embedder (cosine >=
FAQ_MATCH_SIMILARITY, the lowest value at most 1% of pairs of two different FAQ questions of one page reach;
scripts/qa_faq_match_calibration.py), the FAQ's answer answers and the words the user adds ("contributions",
"coverage") need not stand in it. The FAQ question is the unit's heading when that asks, the question of a
question + answer unit, or the bare question unit before it. A look-alike asking a sibling ("charitable
donations") reads below the threshold and is refused.
"""

from __future__ import annotations

import pytest

from assistant.qa import answer
from assistant.qa.check import FAQ_MATCH_SIMILARITY, asks_faq, faq_question
from assistant.settings import Settings, get_settings
from tests.test_qa import fake_search, result  # noqa: F401 - fixture re-used

pytestmark = pytest.mark.usefixtures("offline_tiktoken")


@pytest.mark.parametrize(("text", "question"), [
    ("#### **Q. Does Sourcegraph match my 401k?**", "Does Sourcegraph match my 401k?"),
    ("Q: Can I extend my LOA past 4 weeks?", "Can I extend my LOA past 4 weeks?"),
    ("Q. **Are Impact Reviews required for all Teammates?**", "Are Impact Reviews required for all Teammates?"),
    ("3. Does this mean I have fewer opportunities to get a pay increase or promotion?",
     "Does this mean I have fewer opportunities to get a pay increase or promotion?"),
    ("Who is eligible for a LOA?", "Who is eligible for a LOA?"),
    # no question asked: a heading or sentence that states
    ("Health benefits at Sourcegraph", None),
    ("FAQ:", None),
    ("Not at this time.", None),
    ("Questions?", None),  # a one-word prompt asks nothing to match
])
def test_faq_question_reads_the_question_a_faq_entry_asks(text, question) -> None:
    assert faq_question(text) == question


def test_asks_faq_compares_the_whole_questions_at_the_calibrated_threshold() -> None:
    calls: list[tuple[str, tuple[str, ...]]] = []
    table = {"Does Sourcegraph match my 401k?": 0.91, "Does Sourcegraph offer STD and LTD?": 0.749}

    def similarity(phrase, others):
        calls.append((phrase, tuple(others)))
        return [table[o] for o in others]

    asked = "Does Sourcegraph match employee 401k contributions?"
    assert [asks_faq(asked, faq, similarity) for faq in
            ["Does Sourcegraph match my 401k?", "Does Sourcegraph offer STD and LTD?", None]] == [True, False, False]
    assert calls == [(asked, ("Does Sourcegraph match my 401k?",)), (asked, ("Does Sourcegraph offer STD and LTD?",))]
    assert FAQ_MATCH_SIMILARITY == 0.75


BENEFITS = ("Health benefits at Sourcegraph — FAQ\n\n#### Q. Does Sourcegraph match my 401k?\n\n- Not at this time.\n\n"
            "#### Q. Who handles our 401k?\n\n- Human Interest for US based teammates.")


@pytest.mark.slow
@pytest.mark.parametrize(("question", "expected"), [
    ("Does Sourcegraph match employee 401k contributions?",
     (True, "- \u201cNot at this time.\u201d [1]")),
    # a sibling the page does not cover: below the threshold, its words must stand
    ("Does Sourcegraph match charitable donations?", (False, None)),
])
def test_the_pages_faq_answer_answers_its_own_question_with_added_words(fake_search, question,  # noqa: F811
                                                                       expected) -> None:
    fake_search["results"] = [result("benefits.md", BENEFITS, 0.6, "FAQ > Q. Does Sourcegraph match my 401k?", 1)]
    settings = get_settings().model_copy(update={"embeddings": "local"})
    out = answer(question, settings)
    lines = out.answer.splitlines()
    assert (out.answered, lines[1] if out.answered else None) == expected


@pytest.mark.slow
def test_local_embedder_reads_faq_paraphrases_above_and_siblings_below() -> None:
    from assistant.qa.retrieve import phrase_similarity

    similarity = phrase_similarity(Settings(embeddings="local"))
    same = [("Does Sourcegraph match employee 401k contributions?", "Does Sourcegraph match my 401k?"),
            ("Does Sourcegraph offer short term disability insurance coverage?",
             "Does Sourcegraph offer short term disability and long term disability?"),
            ("Can I take PTO days after four weeks of Sourcegraph medical leave?",
             "Can I use PTO after 4 weeks of medical leave?")]
    siblings = [("Does Sourcegraph match charitable donations?", "Does Sourcegraph match my 401k?"),
                ("Does Sourcegraph offer critical illness insurance?",
                 "Does Sourcegraph offer short term disability and long term disability?"),
                ("Can I extend my Sourcegraph sabbatical past 16 weeks?", "Can I extend my LOA past 4 weeks?")]
    assert [asks_faq(a, b, similarity) for a, b in same] == [True] * len(same)
    assert [asks_faq(a, b, similarity) for a, b in siblings] == [False] * len(siblings)
