"""Serving: safe launch defaults, the queues, the login (every route guarded, attempts limited),
opt-in MCP, lazy imports, and ``coach serve`` end to end."""

from __future__ import annotations

import asyncio
import base64
import json
import os
import re
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from pydantic import SecretStr

from assistant.coaches import COACHES
from assistant.settings import PROJECT_ROOT, Settings
from assistant.ui.server import (
    PUBLIC_PATHS,
    PUBLIC_PREFIXES,
    ServeError,
    check_mcp,
    launch_options,
    parse_auth,
)
from tests.fixtures.app import app_settings, free_port

PASSWORD = "s3cret-Pa55"


def test_launch_options_are_safe_by_default(tmp_path) -> None:
    options = launch_options(Settings(_env_file=None, index_dir=tmp_path / "index", auth=None))
    assert {k: options[k] for k in ("server_name", "server_port", "share", "auth", "max_file_size", "show_error",
                                    "run_history", "mcp_server")} == {
        "server_name": "127.0.0.1",
        "server_port": 7860,
        "share": False,
        "auth": None,
        "max_file_size": "20mb",
        "show_error": False,  # internal error text never reaches a client
        "run_history": False,
        "mcp_server": False,
    }
    assert "coach.js" not in options["head"] and "__coachUi" in options["head"]


def test_launch_options_follow_settings_and_overrides(tmp_path) -> None:
    settings = Settings(_env_file=None, index_dir=tmp_path, auth=SecretStr("hr:s3cret:x"), max_upload_mb=5, port=9000)
    options = launch_options(settings, host="0.0.0.0", port=8123)
    assert (options["server_name"], options["server_port"]) == ("0.0.0.0", 8123)
    assert options["auth"] == ("hr", "s3cret:x")  # a password may contain ':'
    assert options["max_file_size"] == "5mb"


@pytest.mark.parametrize("value", ["nopassword", ":pw", "user:"])
def test_malformed_auth_is_refused(value: str) -> None:
    with pytest.raises(ServeError, match="user:password"):
        parse_auth(value)


def test_mcp_needs_a_login_unless_on_loopback(tmp_path) -> None:
    open_settings = Settings(_env_file=None, index_dir=tmp_path, auth=None)
    for host in ("127.0.0.1", "localhost", "::1", "127.0.0.2"):
        check_mcp(open_settings, host)
    with pytest.raises(ServeError, match=r"^--mcp on 0\.0\.0\.0 would let anyone who can reach it call the coaches"):
        check_mcp(open_settings, "0.0.0.0")
    with pytest.raises(ServeError):
        launch_options(open_settings, host="192.168.1.20", mcp=True)
    check_mcp(Settings(_env_file=None, index_dir=tmp_path, auth=SecretStr("hr:pw")), "0.0.0.0")


def test_coach_serve_refuses_mcp_on_an_open_network_address(tmp_path) -> None:
    env = {**os.environ, "COACH_INDEX_DIR": str(tmp_path / "index"), "COACH_LLM": "offline"}
    env.pop("COACH_AUTH", None)
    result = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "serve", "--mcp", "--host", "0.0.0.0"],
        env=env, capture_output=True, text=True, cwd=tmp_path, timeout=120,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("error: --mcp on 0.0.0.0 would let anyone who can reach it call the coaches;")
    assert "Traceback" not in result.stderr and not (tmp_path / "index").exists()


def test_each_analyzer_coach_has_its_own_queue(tmp_path) -> None:
    from assistant.ui.server import create

    app = create(Settings(_env_file=None, index_dir=tmp_path / "index", concurrency_limit=3, analyzer_concurrency=24))
    assert app._queue.default_concurrency_limit == 3
    named = {d.api_name: d for d in app.fns.values() if d.api_visibility == "public"}
    assert set(named) == {coach.name for coach in COACHES} | {"ingest"}
    for coach in COACHES:
        fn = named[coach.name]
        if coach.workload == "analyzer":
            assert (fn.concurrency_id, fn.concurrency_limit) == (f"coach-{coach.name}", 24)
        else:
            assert fn.concurrency_limit == "default"  # the shared queue, where the embedding model is
    assert (named["ingest"].concurrency_id, named["ingest"].concurrency_limit) == ("index-write", 1)
    # the visible ingest shows one progress indicator, on its result
    ingest_ui = next(d for d in app.fns.values() if d.name == "ingest_ui")
    assert [block.elem_id for block in ingest_ui.show_progress_on] == ["knowledge-result"]


def test_cli_and_serve_module_do_not_import_gradio_or_torch() -> None:
    code = (
        "import sys, assistant.cli, assistant.commands.serve, assistant.coaches; "
        "heavy = [m for m in ('gradio', 'torch', 'chromadb') if m in sys.modules]; "
        "print(heavy); sys.exit(1 if heavy else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=PROJECT_ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


# --- with a login --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def guarded_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, object]]:
    """The app with a login and MCP on, over an empty index (nothing here needs documents)."""
    from assistant.ui.server import launch

    settings = app_settings(tmp_path_factory.mktemp("guarded"), auth=SecretStr(f"hr:{PASSWORD}"), login_attempts=5)
    port = free_port()
    app = launch(settings, port=port, prevent_thread_lock=True, quiet=True, warm=False, mcp=True)
    try:
        yield f"http://127.0.0.1:{port}", app
    finally:
        app.close()


def _routes(app: object) -> list[tuple[str, str]]:
    """Every (method, path) the server answers, path parameters filled with a dummy."""
    found: list[tuple[str, str]] = []

    def walk(routes: list, prefix: str = "") -> None:
        for route in routes:
            if type(route).__name__ == "_IncludedRouter":  # FastAPI's included router
                walk(route.original_router.routes, prefix + (route.include_context.prefix or ""))
                continue
            path = prefix + getattr(route, "path", "")
            if not hasattr(route, "endpoint") and getattr(route, "routes", None) is not None:
                walk(route.routes, path)
                continue
            for method in sorted(getattr(route, "methods", None) or {"GET"}):
                if method not in ("HEAD", "OPTIONS"):
                    found.append((method, re.sub(r"\{[^}]+\}", "x", path)))

    walk(app.server_app.routes)
    return found


@pytest.mark.slow
def test_every_route_but_the_sign_in_page_refuses_without_a_login(guarded_app) -> None:
    url, app = guarded_app
    routes = _routes(app)
    guarded = [(m, p) for m, p in routes if p not in PUBLIC_PATHS and not p.startswith(PUBLIC_PREFIXES)]
    assert {("POST", "/gradio_api/call/x"), ("POST", "/gradio_api/queue/join"), ("POST", "/gradio_api/upload"),
            ("GET", "/config"), ("POST", "/gradio_api/cancel"), ("GET", "/gradio_api/heartbeat/x")} <= set(guarded)
    wrong = "Basic " + base64.b64encode(b"hr:wrong").decode()
    statuses = {}
    with httpx.Client(base_url=url, timeout=10) as client:
        for method, path in guarded:
            try:
                statuses[(method, path)] = client.request(method, path, json={}).status_code
            except httpx.ReadTimeout:
                statuses[(method, path)] = "timeout"
        cookie_only = client.post("/gradio_api/call/bias", json={"data": ["x"]}, headers={"Authorization": wrong})
    assert {k: v for k, v in statuses.items() if v != 401} == {}
    assert cookie_only.status_code in (401, 429)
    for endpoint in [f"/gradio_api/call/{coach.name}" for coach in COACHES] + ["/gradio_api/call/ingest"]:
        assert httpx.post(url + endpoint, json={"data": ["x"]}, timeout=10).status_code == 401


@pytest.mark.slow
def test_a_signed_in_client_can_use_the_named_endpoints(guarded_app) -> None:
    from gradio_client import Client

    url, _ = guarded_app
    with pytest.raises(Exception):  # noqa: B017 (the client's error type varies by cause)
        Client(url, verbose=False, analytics_enabled=False, auth=("hr", "wrong"))
    client = Client(url, verbose=False, analytics_enabled=False, auth=("hr", PASSWORD))
    assert [f["text"] for f in client.predict("The chairman approved it.", api_name="/bias")["flags"]] == ["chairman"]


@pytest.mark.slow
def test_mcp_tools_need_the_login(guarded_app) -> None:
    from mcp import ClientSession
    from mcp.client.streamable_http import streamablehttp_client

    url, _ = guarded_app
    assert httpx.post(f"{url}/gradio_api/mcp/", json={}, timeout=10).status_code == 401

    async def call(password: str) -> tuple[list[str], str]:
        headers = {"Authorization": "Basic " + base64.b64encode(f"hr:{password}".encode()).decode()}
        async with streamablehttp_client(f"{url}/gradio_api/mcp/", headers=headers) as (read, write, _), \
                ClientSession(read, write) as session:
            await session.initialize()
            tools = sorted(t.name for t in (await session.list_tools()).tools)
            result = await session.call_tool("bias", {"text": "The chairman approved it."})
            return tools, result.content[0].text

    tools, text = asyncio.run(call(PASSWORD))
    assert tools == sorted([coach.name for coach in COACHES] + ["ingest"])
    assert json.loads(text)["flags"][0]["text"] == "chairman"  # the endpoint's JSON, not a Python repr


@pytest.mark.slow
def test_failed_logins_are_limited(guarded_app) -> None:
    """300 wrong passwords: only the first few are tried, the rest are refused unseen."""
    url, _ = guarded_app

    def attempt(password: str) -> int:
        return httpx.post(f"{url}/login", data={"username": "hr", "password": password}, timeout=20).status_code

    with ThreadPoolExecutor(8) as pool:
        statuses = list(pool.map(attempt, [f"guess-{i}" for i in range(300)]))
    tried = statuses.count(400)
    assert tried <= 5 + 8  # the limit, plus the attempts already in flight when it was reached
    assert statuses.count(429) == 300 - tried
    response = httpx.post(f"{url}/login", data={"username": "hr", "password": PASSWORD}, timeout=20)
    assert response.status_code == 429  # locked for the rest of the minute, right password or not
    assert response.json() == {"detail": "Too many failed sign-ins; wait a minute and try again."}
    assert 1 <= int(response.headers["retry-after"]) <= 61


# --- ``coach serve`` -----------------------------------------------------------------------------


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
        [*command, "serve", "--port", str(port), "--no-warm-up", "--mcp"],
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

        docs = list_documents(Settings(_env_file=None, index_dir=tmp_path / "index", knowledge_dir=knowledge))
        assert [(d.source, d.chunks) for d in docs] == [("tiny-policy.md", 1)]
        # The banner follows readiness: on a busy machine /config answers before it is printed.
        banner: list[str] = []

        def read_stdout() -> None:
            for line in iter(proc.stdout.readline, ""):
                banner.append(line)

        with ThreadPoolExecutor(1) as pool:
            reading = pool.submit(read_stdout)
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and not any("MCP tools:" in line for line in list(banner)):
                time.sleep(0.2)
            proc.terminate()
            try:
                proc.wait(timeout=60)
            except subprocess.TimeoutExpired:  # a loaded machine can be slow to stop the server; its output is what counts
                proc.kill()
            reading.result(timeout=60)
    finally:
        proc.terminate()
        stdout, stderr = proc.communicate(timeout=30)
    assert "index is empty" in stderr
    assert f"MCP tools: http://127.0.0.1:{port}/gradio_api/mcp/" in "".join(banner) + stdout
