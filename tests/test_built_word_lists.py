"""Every WordNet-built word list in assistant/data is what its builder in scripts/ writes today.

A builder whose inputs changed (a rule's pattern words, another list it reads) rewrites its list; a list edited by
hand or left unrebuilt drifts from its builder, and this test names it. Needs WordNet 3.0 (Debian ``wordnet-base``,
installed by ``make system-deps``).
"""

from __future__ import annotations

import contextlib
import importlib
import io
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
WORDNET = Path("/usr/share/wordnet")

pytestmark = pytest.mark.skipif(not (WORDNET / "data.noun").exists(), reason="WordNet 3.0 files not installed")


def _builders() -> tuple[list[str], list[tuple[str, str]]]:
    """Builders that write their list through ``wordnet_io.build_main``, and those that print it (name, list path)."""
    written, printed = [], []
    for path in sorted(SCRIPTS.glob("build_*.py")):
        source = path.read_text(encoding="utf-8")
        if "wordnet_io.build_main(" in source:
            written.append(path.stem)
        elif m := re.search(r"python scripts/" + path.stem + r"\.py > (assistant/data/\w+\.txt)", source):
            printed.append((path.stem, m.group(1)))
    return written, printed


WRITTEN, PRINTED = _builders()


@pytest.fixture(autouse=True)
def _scripts_on_path(monkeypatch):
    monkeypatch.syspath_prepend(str(SCRIPTS))
    monkeypatch.chdir(SCRIPTS)


def test_the_builders_are_found() -> None:
    assert len(WRITTEN) >= 12 and len(PRINTED) >= 4


@pytest.mark.parametrize("name", WRITTEN)
def test_a_written_list_is_its_builders_output(name: str, tmp_path: Path, monkeypatch) -> None:
    module = importlib.import_module(name)
    shipped = module.OUT
    monkeypatch.setattr(module, "OUT", tmp_path / shipped.name)
    with contextlib.redirect_stdout(io.StringIO()):
        assert module.main([str(WORDNET)]) == 0
    assert (tmp_path / shipped.name).read_text(encoding="utf-8") == shipped.read_text(encoding="utf-8"), (
        f"{shipped.relative_to(ROOT)} differs from what scripts/{name}.py builds: rebuild it")


@pytest.mark.parametrize(("name", "shipped"), PRINTED)
def test_a_printed_list_is_its_builders_output(name: str, shipped: str) -> None:
    module = importlib.import_module(name)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        module.main()
    assert out.getvalue() == (ROOT / shipped).read_text(encoding="utf-8"), (
        f"{shipped} differs from what scripts/{name}.py prints: rebuild it")

