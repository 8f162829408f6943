"""What a new user reads first: each command's --help matches what the command accepts."""

from __future__ import annotations

from click.testing import CliRunner

from assistant.cli import main


def test_eval_help_lists_every_suite_the_command_accepts():
    from assistant.evaluation.runner import SUITES

    result = CliRunner().invoke(main, ["eval", "--help"], terminal_width=10_000)
    assert result.exit_code == 0, result.output
    listed = next(line for line in result.output.splitlines() if line.strip().startswith("Suites: "))
    names = listed.strip().removeprefix("Suites: ").rstrip(".").split(", ")
    assert names == [name for name in SUITES if name != "judge"]
    assert "judge is opt-in" in result.output
    assert "coach eval policy --cases my_cases.yaml" in result.output
