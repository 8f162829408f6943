"""Round 39 (QF, qafacts39): a quote is shown with the sentence of its paragraph tied to it (Halliday & Hasan 1976:
reference, clausal substitution, conjunction): the next sentence when it opens with "It", "This", "If so",
"However", "For example" ..., the sentence before when the quote opens with one. A list item, a heading, a new
paragraph or an untied sentence is not joined; a list put together or a lead-in with its items stays as it is."""

from __future__ import annotations

import shutil

import pytest

from assistant.evaluation.policy import handbook_settings
from assistant.qa.answer import answer
from assistant.qa.cohesion import MAX_TIED_WORDS, tied, with_tied
from assistant.qa.models import Passage, Unit
from assistant.qa.retrieve import passage_units
from assistant.settings import PROJECT_ROOT, Settings

DVELP = PROJECT_ROOT / "evals" / "handbooks11" / "docs"


def shown(text: str) -> dict[str, str]:
    """Each unit of a passage of ``text`` -> what ``with_tied`` quotes for it."""
    units = passage_units(text)
    passage = Passage("p", "page.md", "page.md", "Page", None, text, units, 0, 0.0)
    return {u: with_tied(Unit(passage, i, u)).text for i, u in enumerate(units)}


def test_the_openings_that_tie_a_sentence_to_the_one_before() -> None:
    assert [tied(s) for s in (
        "It cannot be taken in instalments.", "If so your manager will give you a written explanation.",
        "This applies to both full-time and part-time leave.", "These incentives are owned by the individual.",
        "However, unused days are not paid out.", "For example, if Alice works five days, she takes a day off.",
        "That's too disruptive to our work.", "Otherwise the request lapses.", "In that case HR decides.",
    )] == [True] * 9
    assert [tied(s) for s in (
        "Reports can be made anonymously.", "Italy has its own rules.", "Thisbe is on leave.",
        "The exception to this is a packed lunch.", "Additionally, chairs are paid an honorarium.",
        "Theirs is the choice.", "Sure, you can ask.",
    )] == [False] * 7


def test_a_quote_is_shown_with_its_paragraphs_tied_sentence_on_either_side() -> None:
    got = shown("## Timing\n\nOPL must be taken as a period of either one week or two consecutive weeks. "
                "It cannot be taken in instalments.\n\nOPL can start on the day of the birth.")
    both = "OPL must be taken as a period of either one week or two consecutive weeks. It cannot be taken in instalments."
    assert got == {
        "## Timing": "## Timing",
        "OPL must be taken as a period of either one week or two consecutive weeks.": both,
        "It cannot be taken in instalments.": both,
        "OPL can start on the day of the birth.": "OPL can start on the day of the birth.",
    }


def test_a_wrapped_paragraph_is_one_paragraph() -> None:
    got = shown("We may have to refuse a request.\nIf so your manager will give you a written explanation.")
    assert set(got.values()) == {"We may have to refuse a request. If so your manager will give you a written "
                                 "explanation."}


def test_untied_sentences_new_paragraphs_and_list_items_stay_as_they_are() -> None:
    text = ("Reports go to HR. Reports can be made anonymously.\n\n"
            "It is a confidential service.\n\n"
            "You must:\n\n- book the leave in the calendar.\n- This is checked weekly.")
    got = shown(text)
    assert {u: t for u, t in got.items() if u != t} == {}


def test_a_quote_stays_as_it_is_past_the_word_limit() -> None:
    long = " ".join(["word"] * (MAX_TIED_WORDS - 5)) + "."
    got = shown(f"{long} It ends here with a few more words.")
    assert got[long] == long


def test_a_unit_put_together_from_others_is_not_joined() -> None:
    units = ["You must do two things.", "It is quick."]
    passage = Passage("p", "s", "s", "T", None, " ".join(units), units, 0, 0.0)
    together = Unit(passage, 0, "You must do two things: open an issue; add the calendar entry.")
    assert with_tied(together) is together


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    docs = tmp_path_factory.mktemp("qafacts39_docs")
    for page in ("dvelp-paternity-policy.md", "dvelp-compassionate-leave.md"):
        shutil.copy(DVELP / page, docs / page)
    return handbook_settings(Settings(), docs, "qafacts39_test")


def test_the_rule_after_an_if_so_is_quoted_with_the_refusal(settings: Settings) -> None:
    result = answer("If DVELP turns down my request for compassionate leave, will I be told why?", settings)
    assert result.answered
    quotes = [line for line in result.answer.splitlines() if line.startswith("- ")]
    assert 1 <= len(quotes) <= 3
    assert "refuse a request for compassionate leave.  If so" not in result.answer
    assert any("may have to refuse a request for compassionate leave. If so your manager will give you a written "
               "explanation for the refusal." in q for q in quotes)
