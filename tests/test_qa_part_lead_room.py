"""Round 38 (QF, qafacts38): a two-part question each of whose parts is quoted keeps its quotes.

qafacts38's change to ``by_parts`` (a part's lead joins only where no whole-question quote answers that part) was
reverted in round 39 (qafacts39): on the suites it fixed no question and lost handbooks4 d04 (the second part's own
lead, "paid while sick (100% the first year of sickness and 70% the second year)", no longer joined). Its test of the
Loomio day-in-lieu answer went with it; the look-alike below holds with and without the change."""

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


def test_a_two_part_question_each_of_whose_parts_is_quoted_stays_as_it_was(settings: Settings) -> None:
    result = answer("Who connects me with the custom swag vendor at Sourcegraph, and who should review my swag "
                    "mock-ups?", settings)
    assert result.answered
    shown = quotes(result.answer)
    assert len(shown) == 2
    assert "someone from the People team will connect you" in shown[0]
    assert "run any mock-ups past the brand team" in shown[1]
