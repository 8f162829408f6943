"""Round 38 (QF, qafacts38): a two-part question whose whole-question quotes already answer a part makes no room for
that part's own lead: a part's lead joins only where no quote of the whole question answers the part (it holds the
part's kind of value with the part's probability at the gate's threshold and passes ``answers_part``), so a strong
quote of the whole question is not pushed out by a weaker part lead."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.evaluation.policy import handbook_settings
from assistant.qa.answer import answer
from assistant.settings import PROJECT_ROOT, Settings

LOOMIO = PROJECT_ROOT / "evals" / "handbooks10" / "docs" / "loomio-annual-leave.md"
SWAG = PROJECT_ROOT / "evals" / "probes" / "round37" / "qafacts37_pages" / "docs" / "sourcegraph-swag.md"


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    docs = tmp_path_factory.mktemp("qafacts38_docs")
    for page in (LOOMIO, SWAG):
        shutil.copy(page, docs / Path(page).name)
    return handbook_settings(Settings(), docs, "qafacts38_test")


def quotes(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("- ")]


def test_a_part_the_whole_quotes_answer_keeps_the_whole_questions_strong_quote(settings: Settings) -> None:
    result = answer("If Loomio needs me to work on a public holiday, what's the pay rate and do I get a day back?",
                    settings)
    assert result.answered
    shown = quotes(result.answer)
    assert len(shown) <= 3
    assert "entitled to a paid day off" in shown[0]
    assert any("at least time and a half" in q and "another paid day off later (a day in lieu)" in q for q in shown)


def test_a_two_part_question_each_of_whose_parts_is_quoted_stays_as_it_was(settings: Settings) -> None:
    result = answer("Who connects me with the custom swag vendor at Sourcegraph, and who should review my swag "
                    "mock-ups?", settings)
    assert result.answered
    shown = quotes(result.answer)
    assert len(shown) == 2
    assert "someone from the People team will connect you" in shown[0]
    assert "run any mock-ups past the brand team" in shown[1]
