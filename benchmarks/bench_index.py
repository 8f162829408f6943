"""Knowledge index (#16): cold start, memory, ingest throughput, search at scale, all in ONE run.

1. Cold ``coach ask`` with the index present (fresh process, wall time and peak RSS), and
   ``coach serve`` until ``/config`` answers (index present); which heavy modules ``ask`` loads.
2. Ingest throughput against the bare sentence-transformers encode rate of exactly the texts that
   ingest embeds (chunks and their answer units), same batch size, in this process. Bare and ingest
   alternate for a few rounds and the best time of each is kept (the CPU is shared). Peak RSS of
   ``coach ingest`` of the same corpus in a fresh process.
3. Search over synthetic chunks at each size: the first search in a fresh process (Chroma, ONNX
   Runtime and SQLite opened, nothing built), then p50/p95 of distinct queries in process; and the
   answer-unit fetch for 25 candidates (``units_for``) at the smallest size.
4. Re-ingest of unchanged ``knowledge/``; ``coach bias`` start-up and the heavy modules it imports;
   ``load_guidance`` from the sidecar.

Usage: python benchmarks/bench_index.py [--copies N] [--rounds N] [--sizes 1000,10000,100000] [--queries N]
Prints a Markdown section.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from assistant.settings import Settings  # noqa: E402

KNOWLEDGE = ROOT / "knowledge"
HANDBOOKS = ROOT.parent / "shared" / "corpora" / "handbooks" / "docs"
HEAVY = ("torch", "sentence_transformers", "chromadb", "onnxruntime", "gradio")
QUESTION = "How long does a performance improvement plan last, and can it be extended?"


def settings_for(index_dir: Path, **extra: object) -> Settings:
    return Settings(
        _env_file=None, index_dir=index_dir, knowledge_dir=KNOWLEDGE, chroma_host=None, llm="offline", **extra
    )


def coach_env(index_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COACH_")}
    return {**env, "COACH_INDEX_DIR": str(index_dir), "COACH_LLM": "offline", "PYTHONPATH": str(ROOT)}


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


# Forks the command from a small process: a child forked straight from this (large) benchmark
# process would report this process's peak RSS, which Linux carries across exec.
_MEASURE = """
import os, sys
pid = os.fork()
if pid == 0:
    os.execv(sys.argv[2], sys.argv[2:])
_, status, usage = os.wait4(pid, 0)
with open(sys.argv[1], "w") as out:
    out.write(f"{usage.ru_maxrss} {usage.ru_utime + usage.ru_stime}")
sys.exit(os.waitstatus_to_exitcode(status))
"""


CPU: dict[tuple[str, ...], float] = {}  # command -> CPU seconds (user + system) of its last run


def run_measured(args: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """(wall seconds, peak RSS in MB, stdout) of one fresh process; its CPU time goes to ``CPU``."""
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss:
        started = time.perf_counter()
        process = subprocess.run(
            [sys.executable, "-c", _MEASURE, rss.name, *args], cwd=ROOT, env=env, capture_output=True, text=True
        )
        wall = time.perf_counter() - started
        if process.returncode != 0:
            raise RuntimeError(f"{' '.join(args)} failed: {process.stderr[-2000:]}")
        peak, cpu = rss.read().split()
        CPU[tuple(args)] = float(cpu)
        return wall, int(peak) / 1024, process.stdout


# --- 1. cold ask, serve ----------------------------------------------------------------------------


def bench_cold(index_dir: Path, runs: int = 3) -> dict[str, object]:
    env = coach_env(index_dir)
    coach = [sys.executable, "-m", "assistant.cli"]
    walls, rss, cpus = [], [], []
    run_measured([*coach, "ask", QUESTION], env)  # file cache warm, as for any later run
    for _ in range(runs):
        wall, peak, _ = run_measured([*coach, "ask", QUESTION], env)
        walls.append(wall)
        rss.append(peak)
        cpus.append(CPU[(*coach, "ask", QUESTION)])
    probe = (
        "import contextlib, io, json, sys\n"
        "from assistant.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try:\n"
        f"        main(['ask', {QUESTION!r}], standalone_mode=False)\n"
        "    except SystemExit:\n"
        "        pass\n"
        f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))\n"
    )
    _, _, out = run_measured([sys.executable, "-c", probe], env)
    return {
        "ask_s": statistics.median(walls),
        "ask_cpu_s": statistics.median(cpus),
        "ask_runs": walls,
        "ask_rss_mb": max(rss),
        "ask_heavy": json.loads(out.strip().splitlines()[-1]),
        "serve_s": bench_serve(index_dir),
    }


def bench_serve(index_dir: Path) -> float | None:
    """``coach serve`` (index present) until /config answers 200; None when it never did."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "assistant.cli", "serve", "--port", str(port)],
        cwd=ROOT, env=coach_env(index_dir), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        while time.perf_counter() - started < 120 and process.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/config", timeout=2) as response:
                    if response.status == 200:
                        return time.perf_counter() - started
            except OSError:
                time.sleep(0.05)
        return None
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


# --- 2. throughput ---------------------------------------------------------------------------------


def make_corpus(folder: Path, copies: int) -> list[Path]:
    """knowledge/ plus ``copies - 1`` variants (one changed line each, so every file is new)."""
    files = sorted(KNOWLEDGE.glob("*.md"))
    out = []
    for copy in range(copies):
        target = folder / f"copy{copy}"
        target.mkdir(parents=True)
        for file in files:
            text = file.read_text(encoding="utf-8")
            if copy:
                text = text.replace("\n# ", f"\n# (edition {copy}) ", 1)
            (target / file.name).write_text(text, encoding="utf-8")
            out.append(target / file.name)
    return out


def texts_ingest_embeds(files: list[Path]) -> tuple[list[str], int]:
    """(every text ingest embeds: chunks then their units, number of chunks)."""
    from assistant.knowledge.chunking import chunk_document
    from assistant.knowledge.loaders import load_document
    from assistant.knowledge.units import chunk_units, unit_embed_text

    chunk_texts, unit_texts = [], []
    for file in files:
        document = load_document(file)
        for chunk in chunk_document(document):
            chunk_texts.append(chunk.embed_text)
            unit_texts += [
                unit_embed_text(u, chunk.headings, document.title)
                for u in chunk_units(chunk.text, getattr(chunk, "units", None))
            ]
    return chunk_texts + unit_texts, len(chunk_texts)


def bench_throughput(work: Path, copies: int, rounds: int) -> dict[str, float]:
    from sentence_transformers import SentenceTransformer

    from assistant.knowledge import embeddings
    from assistant.knowledge.index import ingest

    corpus = work / "corpus"
    files = make_corpus(corpus, copies)
    texts, chunks = texts_ingest_embeds(files)
    reference = SentenceTransformer(embeddings.local_model_path("all-MiniLM-L6-v2"), device="cpu")
    reference.encode(["warm up the model"] * 8)
    embeddings.get_embedder(settings_for(work)).embed_documents(["warm up the model"] * 8)
    bare_times, ingest_times = [], []
    for round_ in range(rounds):
        started = time.perf_counter()
        reference.encode(texts, batch_size=32, normalize_embeddings=True, show_progress_bar=False)
        bare_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        report = ingest([corpus], settings_for(work / f"throughput-index-{round_}"))
        ingest_times.append(time.perf_counter() - started)
        assert report.chunks_written + report.units_written == len(texts), (report, len(texts))
    bare_s, ingest_s = min(bare_times), min(ingest_times)
    _, rss, _ = run_measured([sys.executable, "-m", "assistant.cli", "ingest", str(corpus)], coach_env(work / "rss-index"))
    handbook_rss = None
    if HANDBOOKS.is_dir():
        _, handbook_rss, _ = run_measured(
            [sys.executable, "-m", "assistant.cli", "ingest", str(HANDBOOKS)], coach_env(work / "handbook-index")
        )
    return {
        "chunks": chunks,
        "units": len(texts) - chunks,
        "bare_rate": len(texts) / bare_s,
        "ingest_rate": len(texts) / ingest_s,
        "ratio": bare_s / ingest_s,
        "bare_spread": (max(bare_times) - bare_s) / bare_s,
        "rounds": rounds,
        "ingest_rss_mb": rss,
        "handbook_rss_mb": handbook_rss,
    }


# --- 3. search at scale -------------------------------------------------------------------------


def synthetic_index(work: Path, size: int, units_per_chunk: int) -> Settings:
    """``size`` chunks of policy-like text with random unit vectors, written through the store."""
    import numpy as np

    from assistant.knowledge import embeddings
    from assistant.knowledge.records import ChunkRecord, DocumentRecord, UnitRecord
    from assistant.knowledge.store import open_store

    words = " ".join(p.read_text(encoding="utf-8") for p in KNOWLEDGE.glob("*.md")).split()
    rng = random.Random(size)
    generator = np.random.default_rng(size)
    settings = settings_for(work / f"search-{size}")
    store = open_store(settings)
    with store.writing():
        store.begin_write()
        store.check_model(embeddings.embedder_name(settings), claim=True)
        step = 2000
        for start in range(0, size, step):
            count = min(size, start + step) - start
            vectors = generator.standard_normal((count * (1 + units_per_chunk), 384)).astype(np.float32)
            vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
            records = []
            for offset in range(count):
                i = start + offset
                text = " ".join(rng.choice(words) for _ in range(150))
                path = f"/synthetic/doc{i // 10}.md"
                units = [
                    UnitRecord(f"unit {u} of {i}", f"unit {u} of {i}", vectors[count + offset * units_per_chunk + u])
                    for u in range(units_per_chunk)
                ]
                metadata = {"source": f"doc{i // 10}.md", "path": path, "title": "Synthetic",
                            "section": f"Section {i % 10}", "content_hash": "x", "chunk_count": 10,
                            "chunk_index": i % 10, "chunker": "1", "ingested_at": "2025-01-01"}
                records.append(ChunkRecord(f"synthetic-{i:07d}", path, "x", i % 10, text,
                                           f"Synthetic Section {i % 10} {text}", vectors[offset], metadata, units))
            store.add(records)
        with store.lexical.write() as conn:
            for d in range((size + 9) // 10):
                store.lexical.put_document(conn, DocumentRecord(f"/synthetic/doc{d}.md", f"doc{d}.md", "Synthetic",
                                                                "x", 10, "1", "2025-01-01", "markdown"))
        store.finish_write(True, embeddings.embedder_name(settings))
    return settings


TOPICS = ["check-in", "calibration", "PIP", "mentoring", "spot award", "probation", "remote work", "feedback",
          "SMART goal", "learning budget", "rating appeal", "leave"]

FIRST_SEARCH = """
import sys, time
from pathlib import Path
from assistant.knowledge.search import search
from assistant.settings import Settings
settings = Settings(_env_file=None, index_dir=Path(sys.argv[1]), chroma_host=None)
if sys.argv[2] == "model-loaded":  # as in a running app: model loaded, Chroma imported
    import chromadb
    from assistant.knowledge.embeddings import get_embedder
    get_embedder(settings).embed_query("warm up")
started, cpu = time.perf_counter(), time.process_time()
search("What does the policy say about probation reviews?", settings, k=25)
print(time.perf_counter() - started, time.process_time() - cpu)
"""


def bench_search(work: Path, size: int, queries: int) -> dict[str, float]:
    from assistant.knowledge.embeddings import get_embedder
    from assistant.knowledge.search import search
    from assistant.knowledge.store import open_store

    settings = synthetic_index(work, size, units_per_chunk=4 if size <= 1000 else 0)
    firsts: dict[str, list[float]] = {"cold": [], "model-loaded": [], "cold-cpu": [], "model-loaded-cpu": []}
    for _ in range(3):
        for mode in ("cold", "model-loaded"):
            _, _, out = run_measured([sys.executable, "-c", FIRST_SEARCH, str(settings.index_dir), mode], coach_env(work))
            wall, cpu_s = out.split()[:2]
            firsts[mode].append(float(wall))
            firsts[f"{mode}-cpu"].append(float(cpu_s))
    search("warm up", settings)
    times, wide, cpu = [], [], []
    embedder = get_embedder(settings)
    for i in range(queries):
        embedder.queries.clear()
        query = f"What does the policy say about {TOPICS[i % len(TOPICS)]} for case {i}?"
        started, cpu_started = time.perf_counter(), time.process_time()
        search(query, settings, k=5)
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - cpu_started) * 1000)
        embedder.queries.clear()
        started = time.perf_counter()
        search(query, settings, k=25)
        wide.append((time.perf_counter() - started) * 1000)
    result = {"size": size, "p50": percentile(times, 0.5), "p95": percentile(times, 0.95),
              "cpu_p95": percentile(cpu, 0.95),
              "p95_k25": percentile(wide, 0.95), "first_s": statistics.median(firsts["cold"]),
              "first_cpu_s": statistics.median(firsts["cold-cpu"]),
              "first_loaded_s": statistics.median(firsts["model-loaded"]),
              "first_loaded_cpu_s": statistics.median(firsts["model-loaded-cpu"])}
    if size <= 1000:
        store = open_store(settings)
        fetch = []
        for i in range(queries):
            ids = [r.id for r in search(f"{TOPICS[i % len(TOPICS)]} {i}", settings, k=25)]
            started = time.perf_counter()
            units = store.units_for(ids)
            fetch.append((time.perf_counter() - started) * 1000)
        result["units_p95"] = percentile(fetch, 0.95)
        result["units_per_fetch"] = sum(len(u) for u in units.values())
    return result


# --- 4. re-ingest, analyzer start-up ---------------------------------------------------------------


def bench_reingest(index: Path) -> dict[str, float]:
    from assistant.knowledge.index import ingest

    settings = settings_for(index)
    started = time.perf_counter()
    report = ingest([KNOWLEDGE], settings)
    in_process = time.perf_counter() - started
    assert not (report.added or report.updated), "knowledge/ changed during the benchmark"
    cli, _, _ = run_measured([sys.executable, "-m", "assistant.cli", "ingest", str(KNOWLEDGE)], coach_env(index))
    return {"in_process": in_process, "cli": cli}


def bench_startup(index: Path) -> dict[str, object]:
    sample = "She is a bit emotional and abrasive in meetings."
    heavy = {}
    for command in (["bias", sample], ["goal", "Improve customer service."], ["feedback", "You never listen."]):
        probe = (
            "import contextlib, io, json, sys\n"
            "from assistant.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    try:\n"
            f"        main({command!r}, standalone_mode=False)\n"
            "    except SystemExit:\n"
            "        pass\n"
            f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))\n"
        )
        _, _, out = run_measured([sys.executable, "-c", probe], coach_env(index))
        heavy[command[0]] = json.loads(out.strip().splitlines()[-1])
    bias = min(run_measured([sys.executable, "-m", "assistant.cli", "bias", sample], coach_env(index))[0]
               for _ in range(3))
    return {"bias_run_s": bias, "heavy": heavy}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=2, help="copies of knowledge/ for the throughput corpus")
    parser.add_argument("--rounds", type=int, default=3, help="alternating bare/ingest rounds (best of each kept)")
    parser.add_argument("--sizes", default="1000,10000,100000", help="chunk counts for search latency")
    parser.add_argument("--queries", type=int, default=60, help="distinct queries per size")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]

    from assistant.knowledge.index import ingest

    work = Path(tempfile.mkdtemp(prefix="bench-index-"))
    load_before = os.getloadavg()[0]
    try:
        started = time.perf_counter()
        knowledge_index = work / "knowledge-index"
        ingest([KNOWLEDGE], settings_for(knowledge_index))
        cold = bench_cold(knowledge_index)
        throughput = bench_throughput(work, args.copies, args.rounds)
        searches = [bench_search(work, size, args.queries) for size in sizes]
        reingest = bench_reingest(knowledge_index)
        startup = bench_startup(knowledge_index)
        total = time.perf_counter() - started
    finally:
        shutil.rmtree(work, ignore_errors=True)

    def ok(flag: bool) -> str:
        return "yes" if flag else "**no**"

    serve = cold["serve_s"]
    rows = [
        ("Cold `coach ask` (index present), median of 3: wall (CPU)", f"{cold['ask_s']:.2f} s ({cold['ask_cpu_s']:.2f} s)",
         "≤ 2.0 s", ok(cold["ask_s"] <= 2.0)),
        ("Peak RSS of `coach ask`", f"{cold['ask_rss_mb']:.0f} MB", "≤ 500 MB", ok(cold["ask_rss_mb"] <= 500)),
        ("Heavy modules `coach ask` imports", ", ".join(cold["ask_heavy"]), "no torch", ok("torch" not in cold["ask_heavy"])),
        ("`coach serve` to ready (/config 200, index present)", "never" if serve is None else f"{serve:.2f} s",
         "≤ 3 s", ok(serve is not None and serve <= 3.0)),
        ("Bare sentence-transformers encode (same texts)", f"{throughput['bare_rate']:.1f} texts/s", "", ""),
        ("Full ingest (hash, parse, chunk, embed chunks and units, store)",
         f"{throughput['ingest_rate']:.1f} texts/s", "", ""),
        ("Ingest / bare encode (best wall time of each)", f"{throughput['ratio']:.2f}×", "≥ 1.0×",
         ok(throughput["ratio"] >= 1.0)),
        ("Peak RSS of `coach ingest` (same corpus, fresh process)", f"{throughput['ingest_rss_mb']:.0f} MB", "", ""),
    ]
    if throughput["handbook_rss_mb"]:
        rows.append(("Peak RSS of `coach ingest` of the 28 handbook pages", f"{throughput['handbook_rss_mb']:.0f} MB",
                     "", ""))
    for result in searches:
        big = result["size"] >= 100_000
        rows.append((f"First search at {result['size']:,} chunks, fresh process (imports, model load, index open): "
                     "wall (CPU)", f"{result['first_s']:.2f} s ({result['first_cpu_s']:.2f} s)", "", ""))
        rows.append((f"First search at {result['size']:,} chunks after start, model loaded (nothing rebuilt): "
                     "wall (CPU)", f"{result['first_loaded_s']:.2f} s ({result['first_loaded_cpu_s']:.2f} s)",
                     "< 1 s" if big else "", ok(result["first_loaded_s"] < 1) if big else ""))
        rows.append((f"Search p50 / p95 at {result['size']:,} chunks (k=5); CPU p95",
                     f"{result['p50']:.1f} / {result['p95']:.1f} ms; {result['cpu_p95']:.1f} ms",
                     "p95 < 50 ms" if big else "", ok(result["p95"] < 50) if big else ""))
        rows.append((f"Search p95 at {result['size']:,} chunks, k=25 (Q&A candidate pool)",
                     f"{result['p95_k25']:.1f} ms", "", ""))
        if "units_p95" in result:
            rows.append((f"`units_for` 25 candidates at {result['size']:,} chunks ({result['units_per_fetch']} units)",
                         f"p95 {result['units_p95']:.2f} ms", "", ""))
    rows += [
        ("Re-ingest unchanged knowledge/ (in process / `coach ingest`)",
         f"{reingest['in_process']:.2f} / {reingest['cli']:.2f} s", "< 2 s", ok(reingest["cli"] < 2)),
        ("`coach bias TEXT` wall time", f"{startup['bias_run_s']:.2f} s", "< 1.5 s", ok(startup["bias_run_s"] < 1.5)),
        ("Heavy modules imported by `coach bias` / `goal` / `feedback`",
         " / ".join(", ".join(v) or "none" for v in startup["heavy"].values()), "none",
         ok(not any(startup["heavy"].values()))),
    ]
    print("## Knowledge index\n")
    print(
        f"Throughput corpus: knowledge/ x{args.copies} = {throughput['chunks']} chunks and {throughput['units']} answer "
        f"units, all embedded by ingest; {throughput['rounds']} alternating bare/ingest rounds, best of each kept "
        f"(bare runs varied by up to {throughput['bare_spread'] * 100:.0f}% from load by other processes). "
        f"Search over synthetic chunks ({args.queries} distinct queries per size, query cache cleared). "
        f"Total {total:.0f} s. Machine load average {load_before:.1f} at the start, {os.getloadavg()[0]:.1f} at "
        "the end (2 cores): wall times stretch with it, CPU times (user + system, all threads) much less.\n"
    )
    print("| Measure | Result | Target | Met |")
    print("|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
