"""The analyzer packages stay layered: each module imports only from modules before it in its package's order.

The order is the one each package's docstring gives (bias, goal, feedback). A new module must take a place in it, and
no module grows past MAX_LINES: the packages were split from files of 4,800 to 8,900 lines so that each concern can
be read alone.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ANALYZERS = Path(__file__).resolve().parent.parent / "assistant" / "analyzers"
MAX_LINES = 1200
LAYERS = {
    "bias": ("models", "schema", "grammar", "ruleset", "doc", "things", "judgement", "holders", "own", "participation",
             "generic", "pronouns", "addressee", "comparative", "restated", "allocation", "animals", "wanted",
             "next_sentence", "checker",
             "extents", "quotes", "check"),
    "goal": ("models", "rules", "spans", "deadlines", "layout", "actions", "counts", "cadence", "measures", "metric_verbs",
             "records", "specific", "relevance", "analysis", "rewrite", "report"),
    "feedback": ("models", "rules", "draft", "spans", "absolutes", "traits", "excess", "persona", "harsh", "steps", "acts", "criticism",
                 "problems", "praise", "impact", "effects", "savings", "reversal",
                 "custom", "exclusive", "concession", "burden", "classify", "polarity", "rewrite", "review"),
}


def _imported_siblings(path: Path, package: str) -> set[str]:
    """The modules of ``package`` that the module at ``path`` imports from."""
    prefix = f"assistant.analyzers.{package}."
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(prefix):
            found.add(node.module[len(prefix):].split(".")[0])
        elif isinstance(node, ast.Import):
            found |= {a.name[len(prefix):].split(".")[0] for a in node.names if a.name.startswith(prefix)}
    return found


@pytest.mark.parametrize("package", sorted(LAYERS))
def test_every_module_has_a_layer(package):
    modules = {p.stem for p in (ANALYZERS / package).glob("*.py") if p.stem != "__init__"}
    assert modules == set(LAYERS[package])


@pytest.mark.parametrize("package", sorted(LAYERS))
def test_modules_import_only_earlier_layers(package):
    order = LAYERS[package]
    upward = {name: sorted(m for m in _imported_siblings(ANALYZERS / package / f"{name}.py", package)
                           if order.index(m) >= order.index(name))
              for name in order}
    assert {name: found for name, found in upward.items() if found} == {}


@pytest.mark.parametrize("package", sorted(LAYERS))
def test_the_docstring_names_the_layers_in_order(package):
    import importlib

    doc = importlib.import_module(f"assistant.analyzers.{package}").__doc__ or ""
    doc = doc[doc.find("The package is layered"):]
    positions = [doc.find(f"``{name}``") for name in LAYERS[package]]
    assert -1 not in positions and positions == sorted(positions)


@pytest.mark.parametrize("package", sorted(LAYERS))
def test_no_module_is_too_long_to_read(package):
    lengths = {p.name: len(p.read_text(encoding="utf-8").splitlines()) for p in (ANALYZERS / package).glob("*.py")}
    assert {name: n for name, n in lengths.items() if n > MAX_LINES} == {}
