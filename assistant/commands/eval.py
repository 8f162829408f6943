"""``coach eval``: run eval suites against their thresholds, or an HR case file."""

from __future__ import annotations

import json
from pathlib import Path

import click

from assistant.cli import fail
from assistant.settings import get_settings


class EvalCommand(click.Command):
    """``coach eval``, whose help lists the suites from the runner's own table (read only for --help)."""

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        super().format_help_text(ctx, formatter)
        from assistant.evaluation.runner import SUITES

        formatter.write_paragraph()
        with formatter.indentation():
            formatter.write_text(f"Suites: {', '.join(name for name in SUITES if name != 'judge')}.")
            formatter.write_paragraph()
            formatter.write_text("judge is opt-in: it grades rewrites with the configured LLM, never part of the default run.")
            formatter.write_paragraph()
            formatter.write_text("HR test sets: coach eval policy --cases my_cases.yaml")


@click.command("eval", cls=EvalCommand)
@click.argument("suites", nargs=-1)
@click.option("--cases", type=click.Path(path_type=Path, dir_okay=False),
              help="An HR test-set file (YAML or JSONL) to run instead of the built-in policy suite.")
@click.option("--report", "report_dir", type=click.Path(path_type=Path, file_okay=False),
              help="Write results.json, report.md and chart.png here.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable JSON output.")
def eval_group(suites: tuple[str, ...], cases: Path | None, report_dir: Path | None, as_json: bool) -> None:
    """Run eval SUITES (default: all but judge) and exit 1 if any misses its threshold."""
    from assistant.evaluation.runner import SUITES, render_markdown, run_suites, write_report

    settings = get_settings()
    if cases is not None:
        if suites not in ((), ("policy",), ("hr_cases",)):
            fail("--cases runs an HR test set; use it as 'coach eval policy --cases FILE'")
        from assistant.hrtests import run_cases_command

        raise SystemExit(run_cases_command(cases, settings, as_json=as_json))
    unknown = [name for name in suites if name not in SUITES]
    if unknown:
        fail(f"unknown suite {', '.join(unknown)}; choose from {', '.join(SUITES)}")
    if "judge" in suites:
        from assistant.evaluation.judge import JudgeUnavailable, require_model

        try:
            require_model(settings)
        except JudgeUnavailable as exc:
            fail(str(exc))
    outcomes = run_suites(list(suites), settings)
    if report_dir is not None:
        paths = write_report(outcomes, report_dir)
        if not as_json:
            click.echo(f"report written: {', '.join(str(p) for p in paths.values())}", err=True)
    if as_json:
        payload = {"passed": all(o.passed for o in outcomes), "suites": [o.model_dump() for o in outcomes]}
        click.echo(json.dumps(payload, indent=2))
    else:
        click.echo(render_markdown(outcomes))
    raise SystemExit(0 if all(o.passed for o in outcomes) else 1)
