"""Serving: safe launch defaults, login, lazy imports, and ``coach serve`` end to end."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request

import pytest
from pydantic import SecretStr

from assistant.settings import PROJECT_ROOT, Settings
from assistant.ui.server import ServeError, launch_options, parse_auth
from tests.fixtures.app import app_settings, free_port


def test_launch_options_are_safe_by_default(tmp_path) -> None:
    options = launch_options(Settings(index_dir=tmp_path / "index", auth=None))
    assert options["server_name"] == "127.0.0.1"
    assert options["server_port"] == 7860
    assert options["share"] is False
    assert options["auth"] is None
    assert options["max_file_size"] == "20mb"


def test_launch_options_follow_settings_and_overrides(tmp_path) -> None:
    settings = Settings(index_dir=tmp_path, auth=SecretStr("hr:s3cret:x"), max_upload_mb=5, port=9000)
    options = launch_options(settings, host="0.0.0.0", port=8123)
    assert (options["server_name"], options["server_port"]) == ("0.0.0.0", 8123)
    assert options["auth"] == ("hr", "s3cret:x")  # a password may contain ':'
    assert options["max_file_size"] == "5mb"


@pytest.mark.parametrize("value", ["nopassword", ":pw", "user:"])
def test_malformed_auth_is_refused(value: str) -> None:
    with pytest.raises(ServeError, match="user:password"):
        parse_auth(value)


def test_queue_uses_the_configured_concurrency_limit(tmp_path) -> None:
    from assistant.ui.server import create

    app = create(Settings(index_dir=tmp_path / "index", concurrency_limit=3))
    assert app._queue.default_concurrency_limit == 3
    ingest = next(d for d in app.fns.values() if d.api_name == "ingest")
    assert (ingest.concurrency_id, ingest.concurrency_limit) == ("index-write", 1)  # index writes in turn
    assert {d.api_name for d in app.fns.values() if d.api_visibility == "public"} == {
        "goal",
        "feedback",
        "bias",
        "ask",
        "ingest",
    }


def test_cli_and_serve_module_do_not_import_gradio_or_torch() -> None:
    code = (
        "import sys, assistant.cli, assistant.commands.serve; "
        "heavy = [m for m in ('gradio', 'torch', 'chromadb') if m in sys.modules]; "
        "print(heavy); sys.exit(1 if heavy else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=PROJECT_ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_login_is_required_when_auth_is_set(tmp_path) -> None:
    from gradio_client import Client

    from assistant.ui.server import launch

    settings = app_settings(tmp_path).model_copy(update={"auth": SecretStr("hr:s3cret")})
    port = free_port()
    app = launch(settings, port=port, prevent_thread_lock=True, quiet=True, warm=False)
    url = f"http://127.0.0.1:{port}/"
    try:
        with pytest.raises(urllib.error.HTTPError) as info:
            urllib.request.urlopen(url + "config", timeout=10)
        assert info.value.code == 401
        with pytest.raises(Exception):  # noqa: B017 (the client's error type varies by cause)
            Client(url, verbose=False, analytics_enabled=False, auth=("hr", "wrong"))
        client = Client(url, verbose=False, analytics_enabled=False, auth=("hr", "s3cret"))
        assert client.predict("The chairman approved it.", api_name="/bias")["flags"][0]["text"] == "chairman"
    finally:
        app.close()


@pytest.mark.slow
def test_coach_serve_indexes_an_empty_index_then_serves(tmp_path) -> None:
    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    (knowledge / "tiny-policy.md").write_text(
        "---\ntitle: Tiny policy\n---\n\n# Tiny policy\n\nCheck-ins happen every fortnight.\n",
        encoding="utf-8",
    )
    port = free_port()
    env = {
        **os.environ,
        "COACH_INDEX_DIR": str(tmp_path / "index"),
        "COACH_KNOWLEDGE_DIR": str(knowledge),
        "COACH_LLM": "offline",
        "HF_HUB_OFFLINE": "1",
        "GRADIO_ANALYTICS_ENABLED": "False",
    }
    coach = PROJECT_ROOT / ".venv" / "bin" / "coach"
    command = [str(coach)] if coach.exists() else [sys.executable, "-m", "assistant.cli"]
    proc = subprocess.Popen(
        [*command, "serve", "--port", str(port), "--no-warm-up"],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 120
        ready = False
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/config", timeout=2) as response:
                    ready = response.status == 200
                    break
            except OSError:
                time.sleep(0.5)
        assert ready, f"app did not start (exit {proc.poll()})"
        from assistant.knowledge.index import list_documents

        docs = list_documents(Settings(index_dir=tmp_path / "index", knowledge_dir=knowledge))
        assert [(d.source, d.chunks) for d in docs] == [("tiny-policy.md", 1)]
    finally:
        proc.terminate()
        _, stderr = proc.communicate(timeout=30)
    assert "index is empty" in stderr
