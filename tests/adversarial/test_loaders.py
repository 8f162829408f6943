"""Hostile documents: each is loaded in a fresh subprocess with a memory cap and a hang guard, and
must either load or be refused with a one-line ``LoadError``; never exhaust memory or hang."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from assistant.settings import PROJECT_ROOT

HANG_GUARD_S = 8
KNOWN_SLOW_GUARD_S = 30  # these cases took minutes before the loaders were made linear and bounded; 30 s, not 5, so a
# busy 2-core machine (interpreter start-up and imports in the subprocess) cannot read a refusal as a hang
MEMORY_CAP = 3 * 1024**3  # address space; a safety net so a bomb cannot take the machine down
PEAK_MB = 500  # the bound on resident memory

RUNNER = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, ({cap}, {cap}))
from pathlib import Path
from assistant.knowledge.loaders import LoadError, SkipFile, load_document
path = Path(sys.argv[1])
try:
    document = load_document(path, path.read_bytes())
except (LoadError, SkipFile) as exc:
    outcome = f"refused: {{exc}}"
except MemoryError:
    outcome = "out of memory"
else:
    outcome = f"loaded: {{len(document.blocks)}} blocks"
# VmHWM: this process's own peak (ru_maxrss can carry the parent's peak across exec).
peak_kb = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(peak_kb // 1024)
print(outcome)
"""


def load(path: Path, guard: float = HANG_GUARD_S) -> str:
    """'loaded: N blocks', 'refused: <reason>', 'hung', 'out of memory', 'over 500 MB' or
    'crashed: <last line of stderr>'."""
    try:
        proc = subprocess.run([sys.executable, "-c", RUNNER.format(cap=MEMORY_CAP), str(path)],
                              capture_output=True, timeout=guard,
                              env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)})
    except subprocess.TimeoutExpired:
        return "hung"
    if proc.returncode != 0:
        return "crashed: " + (proc.stderr.decode().strip().splitlines() or ["?"])[-1]
    peak_mb, outcome = proc.stdout.decode().strip().split("\n", 1)
    return outcome if int(peak_mb) < PEAK_MB else f"over {PEAK_MB} MB ({peak_mb} MB): {outcome}"


YAML_BOMB = """---
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
title: *h
---
# Policy
Text.
"""


def test_yaml_alias_bomb_in_front_matter_is_refused(tmp_path):
    path = tmp_path / "bomb.md"
    path.write_text(YAML_BOMB, encoding="utf-8")
    assert load(path, KNOWN_SLOW_GUARD_S).startswith("refused: ")


@pytest.fixture(scope="module")
def docx_bomb(tmp_path_factory) -> Path:
    """A DOCX whose document.xml decompresses to 1.1 GB (about 1 MB on disk)."""
    path = tmp_path_factory.mktemp("bomb") / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", (
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.document.main+xml"/></Types>'))
        archive.writestr("_rels/.rels", (
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>'))
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            member.write(b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                         b'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>')
            block = b" " * (16 * 1024 * 1024)
            for _ in range(66):  # 1.1 GB of spaces
                member.write(block)
            member.write(b"</w:t></w:r></w:p></w:body></w:document>")
    return path


def test_docx_zip_bomb_is_refused_by_a_size_cap(docx_bomb):
    assert docx_bomb.stat().st_size < 5 * 1024 * 1024
    assert load(docx_bomb).startswith("refused: ")


def test_deeply_nested_html_loads(tmp_path):
    path = tmp_path / "nested.html"
    path.write_text("<html><body>" + "<div>" * 100_000 + "Policy text." + "</div>" * 100_000 + "</body></html>")
    assert load(path, KNOWN_SLOW_GUARD_S).startswith(("loaded: ", "refused: "))


def test_markdown_heading_with_thousands_of_spaces_loads(tmp_path):
    path = tmp_path / "heading.md"
    path.write_text("## a" + " " * 3000 + "x\n\nBody text.\n" * 3, encoding="utf-8")
    assert load(path, KNOWN_SLOW_GUARD_S).startswith("loaded: ")


def test_corrupt_pdf_is_refused(tmp_path):
    path = tmp_path / "corrupt.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n" + os.urandom(4096))
    assert load(path).startswith("refused: ")


def test_docx_that_is_not_a_zip_is_refused(tmp_path):
    path = tmp_path / "fake.docx"
    path.write_bytes(io.BytesIO(b"not a zip at all" * 100).getvalue())
    assert load(path).startswith("refused: cannot read DOCX")
