"""Analyzer latency per 100-word text and batch throughput on 10,000 texts.

Texts are built from the eval sets (bias, goals, feedback) joined to about 100 words each, so
they carry the same triggers real drafts do. Every analyzer runs the same texts in one process.
Usage: python benchmarks/bench_batch.py [--texts N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from bench_bias import hundred_word_texts as stitch  # same stitching as the alex comparison

ROOT = Path(__file__).resolve().parent.parent


def hundred_word_texts(count: int, seed: int = 7) -> list[str]:
    """``count`` texts of about 100 words, stitched from the eval sentences."""
    sentences: list[str] = []
    for name in ("bias.jsonl", "goals.jsonl", "feedback.jsonl"):
        path = ROOT / "evals" / name
        if path.exists():
            sentences += [json.loads(line)["text"] for line in path.read_text().splitlines() if line.strip()]
    return stitch(sentences, count, seed)


def measure(fn, texts: list[str]) -> dict[str, float]:
    """Per-text latency percentiles (ms, wall clock and CPU time of this process) and throughput
    (texts/s). CPU time is the analyzer's own cost; wall time also counts waiting for a core on a
    shared machine."""
    for text in texts[:50]:
        fn(text)
    timings, cpu = [], []
    started = time.perf_counter()
    for text in texts:
        t0, c0 = time.perf_counter(), time.process_time()
        fn(text)
        timings.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    total = time.perf_counter() - started
    timings.sort()
    return {
        "p50": statistics.median(timings),
        "p95": timings[int(0.95 * (len(timings) - 1))],
        "cpu_p50": statistics.median(cpu),
        "throughput": len(texts) / total,
    }


def dev_paragraphs() -> list[str]:
    """Every text of the development sets, both rounds (outside paragraphs, drafts and goals)."""
    import json

    evals = Path(__file__).resolve().parent.parent / "evals"
    texts = []
    for folder in ("dev", "dev2"):
        for name in ("bias", "feedback", "goals"):
            path = evals / folder / f"{name}.jsonl"
            if path.exists():
                texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()
                          if line.strip()]
    return texts


def cold_commands(runs: int = 3) -> str:
    """Wall time of a cold `coach bias|goal|feedback TEXT --json` process and the heavy modules it loads."""
    import os
    import subprocess
    import sys
    import tempfile

    root = Path(__file__).resolve().parent.parent
    heavy = ("torch", "sentence_transformers", "chromadb", "onnxruntime", "gradio", "transformers")
    texts = {"bias": "She is abrasive in meetings and too emotional.",
             "goal": "Improve customer service by the end of Q3.",
             "feedback": "In yesterday's stand-up you interrupted Sam twice. Next time, please let him finish."}
    # An installed package runs from compiled bytecode (pip compiles it; an editable checkout writes it on
    # first import unless PYTHONDONTWRITEBYTECODE is set), so compile it once before timing.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(root / "assistant")], check=True)
    lines = ["## Cold analyzer commands (new process each, bytecode compiled, guidance sidecar present, offline)", "",
             "Target (issue 12): ≤ 1.5 s, no torch / chromadb / onnxruntime import.", "",
             "| command | median s | max s | heavy modules imported |", "|---|---:|---:|---|"]
    with tempfile.TemporaryDirectory() as folder:
        from assistant.knowledge.guidance import sidecar_entry, write_sidecar
        from assistant.settings import Settings

        index = Path(folder) / "index"
        write_sidecar(Settings(_env_file=None, index_dir=index), {"kb/g.md": sidecar_entry("feedback", "g.md", [])})
        env = {k: v for k, v in os.environ.items() if not k.startswith(("COACH_", "OPENAI_"))}
        env.update({"COACH_INDEX_DIR": str(index), "COACH_LLM": "offline", "HF_HUB_OFFLINE": "1"})
        for command, text in texts.items():
            code = ("import json, sys\nfrom assistant.cli import main\n"
                    f"main([{command!r}, {text!r}, '--json'], standalone_mode=False)\n"
                    f"print(json.dumps(sorted(m for m in {heavy!r} if m in sys.modules)))\n")
            times, loaded = [], []
            for _ in range(runs):
                t0 = time.perf_counter()
                done = subprocess.run([sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True)
                times.append(time.perf_counter() - t0)
                loaded = json.loads(done.stdout.rstrip().rpartition("\n")[2] or "[]") if done.returncode == 0 else ["error"]
            times.sort()
            lines.append(f"| `coach {command} TEXT --json` | {statistics.median(times):.2f} | {times[-1]:.2f} | "
                         f"{', '.join(loaded) or 'none'} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--texts", type=int, default=10_000)
    args = parser.parse_args()

    from assistant.analyzers.bias import check_bias
    from assistant.analyzers.feedback import review_feedback
    from assistant.analyzers.goal import check_goal

    texts = hundred_word_texts(args.texts)
    rows = []
    for name, fn in (("check_bias", check_bias), ("check_goal", check_goal), ("review_feedback", review_feedback)):
        m = measure(fn, texts)
        rows.append(f"| `{name}` | {m['cpu_p50']:.3f} | {m['p50']:.3f} | {m['p95']:.3f} | {m['throughput']:,.0f} |")
    import os

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"## Analyzers on {len(texts):,} texts of 100 words (one process, one core)\n")
    print(f"Target (issue 12): each analyzer p50 ≤ 5 ms per 100-word text. Load average at the start: "
          f"{load:.1f} on {os.cpu_count()} cores, so wall times include waiting for a core; the CPU column is "
          "the analyzer's own cost.\n")
    print("| analyzer | p50 CPU ms / text | p50 wall ms / text | p95 wall ms / text | texts / s |")
    print("|---|---:|---:|---:|---:|")
    print("\n".join(rows))
    paragraphs = dev_paragraphs()
    if paragraphs:
        print(f"\nOn the {len(paragraphs)} outside paragraphs, drafts and goals of `evals/dev/` and `evals/dev2/` ("
              f"mean {sum(len(t.split()) for t in paragraphs) / len(paragraphs):.0f} words):\n")
        print("| analyzer | p50 CPU ms / text | p50 wall ms / text | p95 wall ms / text | texts / s |")
        print("|---|---:|---:|---:|---:|")
        for name, fn in (("check_bias", check_bias), ("check_goal", check_goal), ("review_feedback", review_feedback)):
            m = measure(fn, paragraphs * 5)
            print(f"| `{name}` | {m['cpu_p50']:.3f} | {m['p50']:.3f} | {m['p95']:.3f} | {m['throughput']:,.0f} |")
    print()
    print(cold_commands())


if __name__ == "__main__":
    main()
