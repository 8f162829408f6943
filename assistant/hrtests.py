"""HR test sets: an organisation's own policy Q&A cases, run against its own documents.

A case file is YAML (a list of cases, or ``{cases: [...]}``) or JSONL, each case::

    {question: str, expect: answer|abstain, must_cite: [file names], must_include: [phrases], id?: str}

``coach eval policy --cases FILE`` prints PASS/FAIL per case with the reason and a summary, and
exits 1 when any case fails (2 when the file itself is bad), so HR can run it in its own CI.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

import click
from pydantic import BaseModel, Field, ValidationError, field_validator

from assistant.settings import Settings
from assistant.textinput import InputError, decode_bytes


class HRCase(BaseModel):
    """One HR test case."""

    id: str
    question: str
    expect: Literal["answer", "abstain"]
    must_cite: list[str] = Field(default_factory=list)
    must_include: list[str] = Field(default_factory=list)

    @field_validator("question")
    @classmethod
    def _not_empty(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("question is empty")
        return value

    @field_validator("must_cite", "must_include", mode="before")
    @classmethod
    def _listify(cls, value: Any) -> Any:
        if value is None:
            return []
        return [value] if isinstance(value, str) else value


class CaseResult(BaseModel):
    """The outcome of one case."""

    id: str
    question: str
    passed: bool
    reasons: list[str]
    answered: bool
    cited: list[str]
    answer: str


def load_cases(path: Path) -> list[HRCase]:
    """Read and validate a YAML or JSONL case file; raises :class:`InputError` on any problem."""
    import yaml

    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    text = decode_bytes(path.read_bytes(), str(path))
    suffix = path.suffix.lower()
    records: list[tuple[str, Any]] = []
    if suffix == ".jsonl":
        for lineno, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    records.append((f"line {lineno}", json.loads(line)))
                except json.JSONDecodeError as exc:
                    raise InputError(f"{path}:{lineno}: invalid JSON ({exc.msg})") from None
    elif suffix in (".yaml", ".yml"):
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f":{mark.line + 1}" if mark else ""
            raise InputError(f"{path}{where}: invalid YAML ({getattr(exc, 'problem', None) or exc})") from None
        if isinstance(data, dict) and "cases" in data:
            data = data["cases"]
        if not isinstance(data, list):
            raise InputError(f"{path}: expected a list of cases (or a 'cases:' list)")
        records = [(f"case {i}", item) for i, item in enumerate(data, 1)]
    else:
        raise InputError(f"{path}: unsupported case file type '{suffix or 'none'}'; use .yaml, .yml or .jsonl")
    cases: list[HRCase] = []
    for i, (where, record) in enumerate(records, 1):
        if not isinstance(record, dict):
            raise InputError(f"{path}: {where}: expected a mapping with question and expect")
        try:
            cases.append(HRCase(**{"id": str(record.get("id", i)), **{k: v for k, v in record.items() if k != "id"}}))
        except ValidationError as exc:
            err = exc.errors()[0]
            field = ".".join(str(p) for p in err["loc"]) or "case"
            raise InputError(f"{path}: {where}: {field}: {err['msg']}") from None
        except TypeError as exc:
            raise InputError(f"{path}: {where}: {exc}") from None
    if not cases:
        raise InputError(f"{path}: no cases")
    return cases


def judge(case: HRCase, result: Any) -> CaseResult:
    """Compare a :class:`~assistant.qa.PolicyAnswer` with what the case expects."""
    reasons: list[str] = []
    cited = list(dict.fromkeys(c.source for c in result.citations)) if result.answered else []
    if case.expect == "answer":
        if not result.answered:
            reasons.append("expected an answer, but it abstained")
        else:
            missing = [name for name in case.must_cite if name not in cited]
            if missing:
                reasons.append(f"does not cite {', '.join(missing)} (cited: {', '.join(cited) or 'nothing'})")
            lower = result.answer.lower()
            absent = [p for p in case.must_include if p.lower() not in lower]
            if absent:
                reasons.append("answer lacks " + ", ".join(f"'{p}'" for p in absent))
    elif result.answered:
        reasons.append(f"expected an abstention, but it answered citing {', '.join(cited) or 'nothing'}")
    return CaseResult(id=case.id, question=case.question, passed=not reasons, reasons=reasons,
                      answered=result.answered, cited=cited, answer=result.answer)


def run_cases(cases: list[HRCase], settings: Settings) -> list[CaseResult]:
    """Ask every case's question and judge the answer."""
    from assistant.qa import answer

    return [judge(case, answer(case.question, settings)) for case in cases]


def render(results: list[CaseResult]) -> str:
    """Human-readable PASS/FAIL lines and a summary."""
    lines = []
    for r in results:
        status = "PASS" if r.passed else "FAIL"
        reason = "" if r.passed else f"  -- {'; '.join(r.reasons)}"
        lines.append(f"{status}  [{r.id}] {r.question}{reason}")
    passed = sum(r.passed for r in results)
    lines.append("")
    lines.append(f"{passed}/{len(results)} cases passed" + ("" if passed == len(results) else f", {len(results) - passed} failed"))
    return "\n".join(lines)


def run_cases_command(path: Path, settings: Settings, as_json: bool = False) -> int:
    """Run a case file and print the results; returns the exit code (0 all pass, 1 any failure)."""
    from assistant.cli import CoachError

    try:
        cases = load_cases(path)
    except InputError as exc:
        raise CoachError(str(exc)) from None
    notices: list[str] = []
    from assistant.qa import answer

    results = [judge(case, answer(case.question, settings, notify=notices.append)) for case in cases]
    for notice in dict.fromkeys(notices):
        click.echo(notice, err=True)
    if as_json:
        passed = sum(r.passed for r in results)
        click.echo(json.dumps({"passed": passed == len(results), "total": len(results), "passed_count": passed,
                               "cases": [r.model_dump() for r in results]}, indent=2))
    else:
        click.echo(render(results))
    return 0 if all(r.passed for r in results) else 1


@click.command("policy")
@click.option("--cases", "cases_file", required=True, type=click.Path(path_type=Path, dir_okay=False),
              help="HR test set: YAML or JSONL with question, expect, must_cite, must_include.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable JSON output.")
def policy_cmd(cases_file: Path, as_json: bool) -> None:
    """Run an HR test set against the indexed documents; exit 1 if any case fails."""
    from assistant.settings import get_settings

    raise SystemExit(run_cases_command(cases_file, get_settings(), as_json=as_json))
