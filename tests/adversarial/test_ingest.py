"""Hostile folders and interrupted ingests, through the real ``coach ingest`` and the real index.

* a folder holding a good document, a corrupt PDF, a link to /etc/passwd, a link loop, a link to
  a folder, a FIFO and a file name with a newline: every file is added or reported, nothing is
  followed out of the folder, and no name can forge a line of the report;
* ``kill -9`` in the middle of a large ingest, then a re-run: every document complete, no
  duplicate chunks, search works;
* a PDF of hundreds of pages is embedded in bounded batches.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.settings import PROJECT_ROOT, Settings

pytestmark = pytest.mark.slow

GOOD = "# Leave policy\n\nEmployees request annual leave through the HR portal two weeks ahead.\n"


def coach(*args: str, index: Path, timeout: float = 300) -> subprocess.CompletedProcess:
    env = {**os.environ, "COACH_LLM": "offline", "COACH_INDEX_DIR": str(index), "PYTHONPATH": str(PROJECT_ROOT),
           "COACH_KNOWLEDGE_DIR": str(index.parent / "no-knowledge")}
    return subprocess.run([sys.executable, "-m", "assistant.cli", *args], capture_output=True, env=env,
                          timeout=timeout)


@pytest.fixture(scope="module")
def hostile_folder(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    docs = root / "docs"
    docs.mkdir()
    (docs / "good.md").write_text(GOOD, encoding="utf-8")
    (docs / "corrupt.pdf").write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 500)
    (docs / "outside.md").symlink_to("/etc/passwd")
    (docs / "loop-a.md").symlink_to(docs / "loop-b.md")
    (docs / "loop-b.md").symlink_to(docs / "loop-a.md")
    (docs / "elsewhere").symlink_to(root)
    os.mkfifo(docs / "pipe.md")
    (docs / "forged\nadded      evil.md  (99 chunks).md").write_text(GOOD.replace("Leave", "Forged"), encoding="utf-8")
    (docs / os.fsdecode(b"latin-\xe9.md")).write_text(GOOD, encoding="utf-8")  # a name that is not UTF-8
    return docs


@pytest.fixture(scope="module")
def hostile_index(hostile_folder, tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    index = tmp_path_factory.mktemp("hostile-index") / "index"
    return index, coach("ingest", str(hostile_folder), "--json", index=index)


def test_hostile_folder_is_ingested_with_every_problem_reported(hostile_index):
    _, proc = hostile_index
    assert proc.returncode == 1, proc.stderr.decode()  # some files could not be read
    report = json.loads(proc.stdout)
    assert sorted(item["source"] for item in report["added"]) == ["forged\nadded      evil.md  (99 chunks).md",
                                                                    "good.md"]
    assert sorted((item["source"], item["reason"]) for item in report["skipped"]) == [
        ("elsewhere", "a link to outside the folder, not followed"),
        ("latin-\\xe9.md", "the path is not valid UTF-8; rename it"),
        ("loop-a.md", "a broken link or a link loop, not followed"),
        ("loop-b.md", "a broken link or a link loop, not followed"),
        ("outside.md", "a link to outside the folder, not followed"),
        ("pipe.md", "not a regular file"),
    ]
    assert [item["source"] for item in report["errors"]] == ["corrupt.pdf"]
    assert report["documents"] == 2


def test_the_text_report_escapes_file_names(hostile_folder, hostile_index):
    index, _ = hostile_index
    proc = coach("ingest", str(hostile_folder), index=index)  # a re-run: everything unchanged
    lines = proc.stdout.decode().splitlines()
    assert "unchanged  forged\\nadded      evil.md  (99 chunks).md  (1 chunks)" in lines
    assert not any(line.startswith("added") for line in lines)
    docs = coach("docs", index=index).stdout.decode()
    assert "forged\\nadded" in docs and "\nadded      evil.md" not in docs


def test_escape_codes_in_a_document_never_reach_the_terminal(tmp_path, monkeypatch):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "title\x1b[31m.md").write_text(
        "# Leave \x1b]0;pwned\x07policy\n\nAnnual leave is requested \x1b[2J two weeks ahead in the portal.\n",
        encoding="utf-8",
    )
    index = tmp_path / "index"
    from click.testing import CliRunner

    from assistant.cli import main
    from assistant.settings import get_settings

    monkeypatch.setenv("COACH_INDEX_DIR", str(index))
    get_settings.cache_clear()
    assert CliRunner().invoke(main, ["ingest", str(folder)]).exit_code == 0
    for args in (("docs",), ("search", "annual leave"), ("ask", "How is annual leave requested?")):
        out = CliRunner().invoke(main, list(args))
        assert out.exit_code == 0, out.output
        assert "\x1b" not in out.output and "\x07" not in out.output, (args, out.output)
        assert "Leave" in out.output or "leave" in out.output


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file; permissions cannot be tested as root")
def test_unreadable_file_and_folder_are_reported(tmp_path):
    folder = tmp_path / "docs"
    (folder / "locked").mkdir(parents=True)
    (folder / "good.md").write_text(GOOD, encoding="utf-8")
    (folder / "secret.md").write_text(GOOD, encoding="utf-8")
    (folder / "secret.md").chmod(0)
    (folder / "locked").chmod(0)
    try:
        report = json.loads(coach("ingest", str(folder), "--json", index=tmp_path / "index").stdout)
    finally:
        (folder / "locked").chmod(0o755)
    assert sorted(item["source"] for item in report["errors"]) == ["locked", "secret.md"]


# --- kill -9 during a large ingest -------------------------------------------------------------


def test_kill_9_during_ingest_then_rerun_is_consistent(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for n in range(60):
        body = "\n\n".join(f"## Section {s}\n\nRule {n}-{s}: employees record their hours weekly." for s in range(6))
        (folder / f"policy-{n:03d}.md").write_text(f"# Policy {n}\n\n{body}\n", encoding="utf-8")
    index = tmp_path / "index"
    env = {**os.environ, "COACH_LLM": "offline", "COACH_INDEX_DIR": str(index), "PYTHONPATH": str(PROJECT_ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "assistant.cli", "ingest", str(folder)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    embedded = 0
    deadline = time.monotonic() + 240
    for line in proc.stderr:  # "embedding N chunks…" once per group
        if line.startswith("embedding"):
            embedded += 1
            if embedded == 2:  # the first group is committed, the second is being embedded
                break
        if time.monotonic() > deadline:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert embedded == 2, "the ingest never reached its second group"

    from assistant import service
    from assistant.knowledge.store import open_store

    settings = Settings(_env_file=None, index_dir=index, llm="offline")
    report = service.ingest([folder], settings)  # the re-run, in this process
    assert report.documents == 60 and report.errors == []
    assert report.unchanged, "the group committed before the kill is kept"
    store = open_store(settings)
    documents = store.documents()
    assert len(documents) == 60
    rows = list(store.lexical.raw_chunks())  # every stored chunk, searchable or not
    assert len(rows) == len({chunk_id for chunk_id, _, _ in rows}) == sum(d.chunk_count for d in documents)
    assert store.vectors.ids() == {chunk_id for chunk_id, _, _ in rows}  # no old versions side by side
    for document in documents:
        assert len(store.document_chunks(document.path)) == document.chunk_count, document.source
    assert service.search("record hours weekly", settings, k=3)


# --- PDFs of hundreds of pages ------------------------------------------------------------------


def test_a_long_pdf_is_embedded_in_bounded_batches(tmp_path, monkeypatch):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from assistant.knowledge.index import BATCH_CHUNKS, ingest
    from assistant.knowledge.store import IndexStore

    path = tmp_path / "docs" / "handbook.pdf"
    path.parent.mkdir()
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for page in range(300):
        y = 800
        for line in range(40):
            pdf.drawString(40, y, f"Page {page} line {line}: employees record their working hours every week.")
            y -= 18
        pdf.showPage()
    pdf.save()

    batches: list[int] = []  # chunks per commit
    real_add = IndexStore.add

    def counting_add(self, records):
        batches.append(len(records))
        return real_add(self, records)

    monkeypatch.setattr(IndexStore, "add", counting_add)
    report = ingest([path.parent], Settings(_env_file=None, index_dir=tmp_path / "index", embeddings="fake"))
    assert report.chunks > 2 * BATCH_CHUNKS
    assert max(batches) <= BATCH_CHUNKS and sum(batches) == report.chunks
