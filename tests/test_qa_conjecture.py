"""A conjecture quoted as the lead ("Maybe X will die ...") gives way to a statement on the same thing (qafacts40)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.evaluation.policy import handbook_settings
from assistant.qa.answer import answer
from assistant.qa.conjecture import conjecture, stated_first
from assistant.qa.focus import analyse, matched
from assistant.qa.models import Passage, Unit
from assistant.settings import Settings

GIANT_SWARM = Path(__file__).resolve().parent.parent / "evals" / "handbooks12" / "docs"
QUESTION = "Is the meeting-free Wednesday still a thing at Giant Swarm since P32?"
FOCUS = analyse(QUESTION).clauses[0].focus
THRESHOLD, MAX_QUOTES = 0.046461, 3


def _unit(text: str, prob: float, passage_id: str, position: int = 0) -> Unit:
    passage = Passage(passage_id, f"{passage_id}.md", f"/{passage_id}.md", "Doc", "Section", text, [text], 0, 0.5)
    return Unit(passage, position, text, prob=prob)


MAYBE = _unit("Maybe Meeting-free Wednesday will die or time-zone people will still have to make compromises.", 0.26,
              "faq")
DEAD = _unit("No Meetings Wednesday is dead.", 0.14, "rules", 11)
OTHER = _unit("OnCall on P32 days might happen.", 0.05, "rules", 6)


def test_the_openings_that_make_a_conjecture() -> None:
    assert [conjecture(s) for s in (
        "Maybe Meeting-free Wednesday will die or time-zone people will still have to make compromises.",
        "Perhaps the given scenario has some external dependency.",
        "Probably because I am trying to develop proper sleeping habits.",
        "Possibly, yes.",
        "No Meetings Wednesday is dead.",                       # a statement
        "This might not feel sexy.",                            # a modal inside the clause: not an opening disjunct
        "You may carry over five days.",                        # permission
        "Maybelline products are not expensed.",                # a word that starts like one
        "If you leave early, perhaps tell your manager.",       # the disjunct is not the clause's opening
    )] == [True, True, True, True, False, False, False, False, False]


def test_a_statement_on_the_same_thing_goes_before_the_conjecture() -> None:
    assert stated_first([MAYBE], [MAYBE, DEAD, OTHER], FOCUS, matched, THRESHOLD, MAX_QUOTES) == [DEAD, MAYBE]


def test_the_answer_keeps_at_most_three_quotes() -> None:
    second = _unit("Meeting-free Wednesday was agreed in 2019.", 0.2, "faq", 4)
    third = _unit("Wednesday meetings need a reason.", 0.1, "faq", 5)
    assert stated_first([MAYBE, second, third], [MAYBE, second, DEAD, third], FOCUS, matched, THRESHOLD,
                        MAX_QUOTES) == [DEAD, MAYBE, second]


def test_quotes_stay_as_they_are_without_a_conjecture_lead_or_a_statement_on_its_thing() -> None:
    assert stated_first([DEAD, MAYBE], [MAYBE, DEAD], FOCUS, matched, THRESHOLD, MAX_QUOTES) == [DEAD, MAYBE]
    # the only statement holds fewer of the question's words than the conjecture: not the same thing
    assert stated_first([MAYBE], [MAYBE, OTHER], FOCUS, matched, THRESHOLD, MAX_QUOTES) == [MAYBE]
    # a statement scored under the gate's threshold is not good enough to lead
    low = _unit("No Meetings Wednesday is dead.", 0.01, "rules", 11)
    assert stated_first([MAYBE], [MAYBE, low], FOCUS, matched, THRESHOLD, MAX_QUOTES) == [MAYBE]
    # another conjecture is no statement
    other_maybe = _unit("Perhaps Meeting-free Wednesday comes back.", 0.2, "rules", 2)
    assert stated_first([MAYBE], [MAYBE, other_maybe], FOCUS, matched, THRESHOLD, MAX_QUOTES) == [MAYBE]
    assert stated_first([], [MAYBE, DEAD], FOCUS, matched, THRESHOLD, MAX_QUOTES) == []


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    docs = tmp_path_factory.mktemp("qafacts40_docs")
    for page in ("giantswarm-p32-faq.md", "giantswarm-p32-ground-rules.md"):
        shutil.copy(GIANT_SWARM / page, docs / page)
    return handbook_settings(Settings(), docs, "qafacts40_test")


def test_the_statement_is_quoted_before_the_pages_conjecture(settings: Settings) -> None:
    result = answer(QUESTION, settings)
    assert result.answered
    quotes = [line for line in result.answer.splitlines() if line.startswith("- ")]
    assert 2 <= len(quotes) <= 3
    assert quotes[0].startswith("- “No Meetings Wednesday is dead.”")
    assert any(q.startswith("- “Maybe Meeting-free Wednesday will die") for q in quotes[1:])
