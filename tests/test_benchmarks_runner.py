"""benchmarks/run_all.py keeps what a partial re-run must not lose."""

from __future__ import annotations

from pathlib import Path

from tests.fixtures.scripts import load_script

run_all = load_script("benchmarks/run_all.py")

DOC = """# Benchmarks

- Run: 2026-12-01, `python benchmarks/run_all.py` (15:25 UTC)

<!-- bench_ask.py -->
## Q&A
| p95 | 56 |
<!-- /bench_ask.py -->

A note about the ask figures.

## Quality table (hand-written)
| a | b |

<!-- bench_app.py -->
## App
<!-- /bench_app.py -->
"""


def test_sections_notes_and_run_line_are_read_back(tmp_path: Path) -> None:
    path = tmp_path / "BENCHMARKS.md"
    path.write_text(DOC, encoding="utf-8")
    assert run_all.previous_sections(path) == {"bench_ask.py": "## Q&A\n| p95 | 56 |", "bench_app.py": "## App"}
    assert run_all.previous_notes(path) == {
        "bench_ask.py": "A note about the ask figures.\n\n## Quality table (hand-written)\n| a | b |"}
    assert run_all.previous_run_line(path) == "- Run: 2026-12-01, `python benchmarks/run_all.py` (15:25 UTC)"
    assert run_all.previous_notes(tmp_path / "missing.md") == {}
    assert run_all.previous_run_line(tmp_path / "missing.md") is None


def test_unknown_name_exits_2_and_writes_nothing(capsys) -> None:
    before = (run_all.ROOT / "BENCHMARKS.md").read_text(encoding="utf-8")
    assert run_all.main(["batch", "nosuch"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: no benchmark named nosuch (choose from: ") and "\n" not in err
    assert (run_all.ROOT / "BENCHMARKS.md").read_text(encoding="utf-8") == before


def test_help_prints_usage_and_writes_nothing(capsys) -> None:
    before = (run_all.ROOT / "BENCHMARKS.md").read_text(encoding="utf-8")
    assert run_all.main(["--help"]) == 0
    assert capsys.readouterr().out.startswith("Run every benchmark script and write BENCHMARKS.md.")
    assert (run_all.ROOT / "BENCHMARKS.md").read_text(encoding="utf-8") == before
