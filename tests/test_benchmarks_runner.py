"""benchmarks/run_all.py keeps what a partial re-run must not lose."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("run_all", ROOT / "benchmarks" / "run_all.py")
run_all = importlib.util.module_from_spec(spec)
spec.loader.exec_module(run_all)  # type: ignore[union-attr]

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
