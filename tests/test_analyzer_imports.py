"""`coach bias|goal|feedback` never import the heavy stacks (torch, Chroma, ONNX Runtime, Gradio):
a cold command stays fast. Each runs in a fresh interpreter with an index holding only guidance."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.knowledge.guidance import sidecar_entry, write_sidecar
from assistant.settings import PROJECT_ROOT, Settings

HEAVY = ("torch", "sentence_transformers", "chromadb", "onnxruntime", "gradio", "transformers")
TEXTS = {
    "bias": "She is abrasive in meetings.",
    "goal": "Improve customer service.",
    "feedback": "You're lazy and you never take initiative.",
}


@pytest.fixture
def guidance_only_index(tmp_path: Path) -> Path:
    folder = tmp_path / "index"
    settings = Settings(_env_file=None, index_dir=folder)
    write_sidecar(settings, {"kb/guide.md": sidecar_entry("feedback", "guide.md", [])})
    return folder


@pytest.mark.parametrize("command", list(TEXTS))
def test_command_imports_no_heavy_module(command: str, guidance_only_index: Path) -> None:
    code = (
        "import json, sys\n"
        "from assistant.cli import main\n"
        f"main([{command!r}, {TEXTS[command]!r}, '--json'], standalone_mode=False)\n"
        f"heavy = sorted(m for m in {HEAVY!r} if m in sys.modules)\n"
        "print(json.dumps({'heavy': heavy}))\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("COACH_", "OPENAI_"))}
    env.update({"COACH_INDEX_DIR": str(guidance_only_index), "COACH_LLM": "offline", "HF_HUB_OFFLINE": "1"})
    done = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    report, _, heavy = done.stdout.rstrip().rpartition("\n")
    assert json.loads(heavy) == {"heavy": []}
    assert json.loads(report)  # a whole report came back
