"""The dependency graph shows in the imports: project modules import each other at the top, heavy
third-party libraries are imported lazily, and the analyzer commands never load the index's."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.settings import PROJECT_ROOT

KNOWLEDGE = PROJECT_ROOT / "assistant" / "knowledge"
HEAVY = {"torch", "chromadb", "gradio", "onnxruntime", "sentence_transformers", "transformers"}


def _function_imports(path: Path) -> list[tuple[int, str]]:
    """(line, module) of every import inside a function body."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            for inner in ast.walk(node):
                if isinstance(inner, ast.ImportFrom) and inner.module:
                    found.append((inner.lineno, inner.module))
                elif isinstance(inner, ast.Import):
                    found.extend((inner.lineno, alias.name) for alias in inner.names)
    return found


def test_knowledge_modules_import_project_modules_at_the_top_only() -> None:
    lazy_project = {
        f"{path.name}:{line} {module}"
        for path in sorted(KNOWLEDGE.glob("*.py"))
        for line, module in _function_imports(path)
        if module.startswith("assistant")
    }
    assert lazy_project == set()


def test_heavy_libraries_are_never_imported_at_module_level_in_the_index() -> None:
    top_level = set()
    for path in sorted(KNOWLEDGE.glob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            )
            top_level.update(f"{path.name}: {n}" for n in names if n.split(".")[0] in HEAVY)
    assert top_level == set()


@pytest.mark.parametrize("module", sorted(p.stem for p in KNOWLEDGE.glob("*.py") if p.stem != "__init__"))
def test_each_index_module_imports_first_without_a_cycle(module: str) -> None:
    """Imported first in a fresh interpreter, a module in an import cycle fails on a partly
    initialised module; none may, and none may load a heavy library."""
    code = (
        f"import json, sys; import assistant.knowledge.{module}; "
        f"print(json.dumps(sorted(m for m in {sorted(HEAVY)!r} if m in sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == []


@pytest.mark.parametrize(
    "args",
    [["bias", "She is a bit emotional."], ["goal", "Improve customer service."], ["feedback", "You never listen."]],
)
def test_analyzer_commands_never_load_the_index_libraries(args: list[str], fake_index) -> None:
    code = (
        "import contextlib, io, json, sys\n"
        "from assistant.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try:\n"
        f"        main({args!r}, standalone_mode=False)\n"
        "    except SystemExit:\n"
        "        pass\n"
        f"print(json.dumps(sorted(m for m in {sorted(HEAVY)!r} if m in sys.modules)))\n"
    )
    env = {"PATH": "/usr/bin:/bin", "COACH_INDEX_DIR": str(fake_index.index_dir), "COACH_LLM": "offline"}
    out = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True, env=env,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []


@pytest.mark.slow
def test_ask_runs_without_torch(knowledge_index) -> None:
    code = (
        "import contextlib, io, json, sys\n"
        "from assistant.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
        "    try:\n"
        "        main(['ask', 'How long does a PIP last?', '--json'], standalone_mode=False)\n"
        "    except SystemExit:\n"
        "        pass\n"
        "print(json.dumps([json.loads(out.getvalue())['answered'], sorted(m for m in "
        f"{sorted(HEAVY)!r} if m in sys.modules)]))\n"
    )
    env = {"PATH": "/usr/bin:/bin", "COACH_INDEX_DIR": str(knowledge_index.index_dir), "COACH_LLM": "offline",
           "HOME": str(Path.home())}
    out = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True, env=env,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    answered, heavy = json.loads(out.stdout.strip().splitlines()[-1])
    assert answered is True
    assert heavy == ["chromadb", "onnxruntime"]
