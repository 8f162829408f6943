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


def test_ask_text_lists_sources_in_citation_order_without_scores():
    """The numbers are the quoted sentences' similarities, not a ranking of the sources: a table
    row quoted first can score 0.20 beside a 0.62 (as in the app, they are left to --json)."""
    from assistant.commands.ask import AskCitation, AskOutput, render

    result = AskOutput(
        answered=True,
        answer="From the indexed documents:\n- “Minimum cadence: Monthly.” [1]\n- “At least monthly.” [2]",
        citations=[
            AskCitation(source="check-ins.md", section="Cadence", excerpt="Minimum cadence: Monthly.", score=0.2,
                        date="2025-01-01"),
            AskCitation(source="hybrid.md", section=None, excerpt="At least monthly.", score=0.62),
        ],
        mode="offline",
    )
    assert render(result).splitlines()[-5:] == [
        "Sources:",
        "  [1] check-ins.md › Cadence (effective 2025-01-01)",
        "      Minimum cadence: Monthly.",
        "  [2] hybrid.md",
        "      At least monthly.",
    ]
