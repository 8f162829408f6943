"""One declaration per coach (assistant/coaches.py) builds the CLI commands, the app's tabs and
API endpoints, the eval suites and the parity checks; and every surface gives the same report."""

from __future__ import annotations

import asyncio
import json

import pytest
from click.testing import CliRunner
from pydantic import BaseModel

from assistant import coaches
from assistant.cli import COMMANDS, main
from assistant.coaches import COACHES, resolve
from assistant.evaluation.runner import SUITES
from assistant.ui.render import public_payload
from tests.fixtures.app import app_settings
from tests.fixtures.coaches import HISTORIES, REMEMBERING_ASK, SLOW


def test_every_declaration_resolves() -> None:
    assert [c.name for c in COACHES] == ["goal", "feedback", "bias", "ask"]
    for coach in COACHES:
        assert issubclass(coach.report_model(), BaseModel)
        for reference in (coach.service, coach.view, coach.command, *([coach.parity] if coach.parity else [])):
            assert callable(resolve(reference)), reference
        assert coach.examples and coach.input_label and coach.summary.endswith(".")
        assert coach.endpoint == f"/{coach.name}"


def test_cli_commands_and_eval_suites_come_from_the_registry() -> None:
    assert {c.name: COMMANDS[c.name] for c in COACHES} == {c.name: c.command for c in COACHES}
    declared = {s.name: (s.module, s.cases) for c in COACHES for s in c.eval_suites}
    assert {name: SUITES[name] for name in declared} == declared
    assert set(SUITES) - set(declared) == {"parity", "hr_cases", "judge"}
    runner = CliRunner()
    for coach in COACHES:
        result = runner.invoke(main, [coach.name, "--help"])
        assert result.exit_code == 0 and "--json" in result.output


def test_parity_covers_every_coach_that_declares_a_signature(tmp_path) -> None:
    from assistant.evaluation import parity
    from assistant.settings import PROJECT_ROOT

    result = parity.evaluate(PROJECT_ROOT / "evals", app_settings(tmp_path))
    checked = {m.removeprefix("parity_") for m in result.metrics if m.startswith("parity_") and m != "parity_rate"}
    assert checked == {c.eval_suites[0].name for c in COACHES if c.parity}


def test_a_new_coach_gets_a_tab_and_an_endpoint(tmp_path) -> None:
    from assistant.ui.blocks import build_app

    app = build_app(app_settings(tmp_path), coaches=(*COACHES, SLOW))
    named = {fn.api_name for fn in app.fns.values() if fn.api_visibility == "public"}
    assert named == {c.name for c in COACHES} | {"slow", "ingest"}
    tabs = [block.label for block in app.blocks.values() if type(block).__name__ == "Tab"]
    assert tabs == [c.title for c in COACHES] + ["Slow", "Knowledge", "HR tests", "Status"]
    endpoint = next(fn for fn in app.fns.values() if fn.api_name == "slow")
    assert endpoint.fn.__doc__.startswith(SLOW.summary)


def test_the_conversation_is_passed_to_a_service_that_takes_it(tmp_path) -> None:
    from assistant.ui.handlers import Handlers

    handlers = Handlers(app_settings(tmp_path))
    HISTORIES.clear()
    html, turns, box, message = asyncio.run(handlers.ask_ui(REMEMBERING_ASK, "First?", []))
    html, turns, box, message = asyncio.run(handlers.ask_ui(REMEMBERING_ASK, "And then?", turns))
    assert HISTORIES == [[], [{"question": "First?", "answer": "You asked: First?"}]]
    assert [t["question"] for t in turns] == ["First?", "And then?"]
    assert (box, message) == ("", "")
    assert html.count('<li class="turn"') == 2


@pytest.fixture
def app_index(running_app, monkeypatch):
    """The CLI pointed at the running app's index (other tests add documents to it)."""
    from assistant.settings import get_settings

    monkeypatch.setenv("COACH_INDEX_DIR", str(running_app.settings.index_dir))
    monkeypatch.setenv("COACH_KNOWLEDGE_DIR", str(running_app.settings.knowledge_dir))
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.mark.slow
@pytest.mark.parametrize("coach", [c for c in COACHES if c.workload == "analyzer"], ids=lambda c: c.name)
def test_cli_api_and_service_give_the_same_report(coach, app_client, running_app, app_index) -> None:
    """Parity between surfaces: `coach <name> --json`, the `/<name>` endpoint and the service."""
    for text in coach.examples[:2]:
        service_report = coach.run(text, running_app.settings)
        api = app_client.predict(text, api_name=coach.endpoint)
        cli = CliRunner().invoke(main, [coach.name, "--json", text])
        assert cli.exit_code == 0, cli.output
        assert api == public_payload(service_report.model_dump(mode="json"))
        assert public_payload(json.loads(cli.stdout)) == api


@pytest.mark.slow
def test_ask_cli_api_and_service_agree(app_client, running_app, app_index) -> None:
    question = coaches.ASK.examples[0]
    service_answer = coaches.ASK.run(question, running_app.settings)
    api = app_client.predict(question, api_name="/ask")
    cli = json.loads(CliRunner().invoke(main, ["ask", "--json", question]).stdout)
    assert api == public_payload(service_answer.model_dump(mode="json"))
    assert {k: cli[k] for k in ("answered", "answer")} == {k: api[k] for k in ("answered", "answer")}
    assert [c["source"] for c in cli["citations"]] == [c["source"] for c in api["citations"]]
