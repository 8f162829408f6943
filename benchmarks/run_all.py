"""Run every benchmark script and write BENCHMARKS.md.

Usage: python benchmarks/run_all.py [NAME ...]   (NAME = bench_<NAME>.py; default: all)

Each ``benchmarks/bench_*.py`` prints a Markdown section on stdout; this script runs them one
after another (never in parallel, so figures are not disturbed), prefixes a description of
the machine, and writes the result to BENCHMARKS.md at the repository root. Naming scripts
re-runs only those; the other sections are kept from the existing BENCHMARKS.md.
"""

from __future__ import annotations

import os
import platform
import re
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ORDER = ["index", "analyzers", "batch", "bias", "ask", "app", "masking", "adversarial", "llm"]


def machine_description() -> str:
    """CPU, cores, memory, OS and library versions, for the header of BENCHMARKS.md."""
    cpu = platform.processor() or "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = "unknown"
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        kb = int(meminfo.read_text().split()[1])
        memory = f"{kb / 1024 / 1024:.1f} GiB"
    versions = []
    for module in ("torch", "onnxruntime", "chromadb", "sentence_transformers", "gradio"):
        try:
            mod = __import__(module)
            versions.append(f"{module} {mod.__version__}")
        except Exception:  # a missing optional library is just not listed
            continue
    return (
        f"- Machine: {cpu}, {os.cpu_count()} cores, {memory} RAM, no GPU\n"
        f"- OS: {platform.platform()}; Python {platform.python_version()}\n"
        f"- Libraries: {', '.join(versions)}\n"
        f"- Run: {datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')}, `python benchmarks/run_all.py`"
    )


def previous_sections(path: Path) -> dict[str, str]:
    """Sections of an existing BENCHMARKS.md, by script name."""
    if not path.exists():
        return {}
    pattern = re.compile(r"<!-- (bench_\w+\.py) -->\n(.*?)\n<!-- /\1 -->", re.S)
    return {m.group(1): m.group(2) for m in pattern.finditer(path.read_text(encoding="utf-8"))}


def previous_notes(path: Path) -> dict[str, str]:
    """Hand-written text that follows a script's section (up to the next section), by script name:
    kept whichever sections are re-run."""
    if not path.exists():
        return {}
    text = path.read_text(encoding="utf-8")
    pattern = re.compile(r"<!-- /(bench_\w+\.py) -->\n(.*?)(?=\n<!-- bench_\w+\.py -->|\Z)", re.S)
    return {m.group(1): m.group(2).strip() for m in pattern.finditer(text) if m.group(2).strip()}


def previous_run_line(path: Path) -> str | None:
    """The header's "- Run:" line of an existing BENCHMARKS.md."""
    if not path.exists():
        return None
    return next((line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("- Run:")), None)


def main(argv: list[str]) -> int:
    scripts = sorted((ROOT / "benchmarks").glob("bench_*.py"), key=lambda p: (
        ORDER.index(p.stem[6:]) if p.stem[6:] in ORDER else len(ORDER), p.name))
    if argv[:1] in (["-h"], ["--help"]):
        print(__doc__.strip())
        return 0
    unknown = sorted(set(argv) - {script.stem[6:] for script in scripts})
    if unknown:
        names = ", ".join(script.stem[6:] for script in scripts)
        print(f"error: no benchmark named {', '.join(unknown)} (choose from: {names})", file=sys.stderr)
        return 2
    kept = previous_sections(ROOT / "BENCHMARKS.md")
    notes = previous_notes(ROOT / "BENCHMARKS.md")
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False",
           "GRADIO_ANALYTICS_ENABLED": "False"}
    sections = []
    failed = False
    for script in scripts:
        if argv and script.stem[6:] not in argv:
            if script.name in kept:
                sections.append(f"<!-- {script.name} -->\n{kept[script.name]}\n<!-- /{script.name} -->")
            continue
        print(f"== {script.name}", file=sys.stderr, flush=True)
        started = time.perf_counter()
        proc = subprocess.run([sys.executable, str(script)], cwd=ROOT, env=env, capture_output=True, text=True)
        seconds = time.perf_counter() - started
        if proc.returncode != 0:
            failed = True
            text = f"## {script.stem}\n\nFAILED (exit {proc.returncode}):\n\n```\n{proc.stderr[-2000:]}\n```"
        else:
            text = proc.stdout.strip() + f"\n\n_{script.name} took {seconds:.0f} s._"
        sections.append(f"<!-- {script.name} -->\n{text}\n<!-- /{script.name} -->")
        print(sections[-1], file=sys.stderr)
    header = machine_description()
    run_line = previous_run_line(ROOT / "BENCHMARKS.md")
    if argv and run_line:  # a partial re-run: say which sections are newer than the rest
        now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
        header = "\n".join(line for line in header.splitlines() if not line.startswith("- Run:"))
        header += f"\n{run_line}; re-run {now}: {', '.join(sorted(argv))}"
    with_notes = []
    for section in sections:
        name = section[5:section.index(" -->")]
        with_notes.append(section + (f"\n\n{notes[name]}" if name in notes else ""))
    body = "# Benchmarks\n\nFigures measured in one run of each script on this machine:\n\n" + header
    body += "\n\n" + "\n\n".join(with_notes)
    (ROOT / "BENCHMARKS.md").write_text(body + "\n", encoding="utf-8")
    print(f"wrote {ROOT / 'BENCHMARKS.md'}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
