"""The app under attack, launched for real on loopback with ``COACH_AUTH`` set: every route refuses
an unauthenticated or wrong-password call, logins are rate-limited, uploads stay in the upload
folder, server paths are refused, sizes are enforced by the server, and no secret is shown."""

from __future__ import annotations

import http.cookiejar
import json
import tempfile
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

import pytest
from pydantic import SecretStr

from tests.fixtures.app import app_settings
from tests.fixtures.index import free_port

pytestmark = pytest.mark.slow

USER, PASSWORD = "hr", "s3cret-Passw0rd"

# Routes that answer without a login by design: the login page and its assets, and Gradio's
# bookkeeping routes that carry no data. Every other route must answer 401.
PUBLIC = {
    "/", "/login", "/login/", "/logout", "/favicon.ico", "/theme.css", "/robots.txt", "/manifest.json",
    "/pwa_icon", "/pwa_icon/{size}", "/svelte/{path}", "/static/{path}", "/assets/{path}",
    "/gradio_api/theme.css", "/gradio_api/startup-events", "/gradio_api/heartbeat/{session_hash}",
    "/gradio_api/user", "/gradio_api/user/", "/gradio_api/token", "/gradio_api/token/",
    "/gradio_api/app_id", "/gradio_api/app_id/", "/monitoring/{key}",
    "/gradio_api/runs", "/gradio_api/runs/",  # the page itself: the login form until signed in
}


@pytest.fixture(scope="module")
def secured_app(knowledge_index):
    import shutil

    from assistant.ui.server import launch

    root = Path(tempfile.mkdtemp(prefix="coach-secured-"))
    settings = app_settings(root).model_copy(update={"auth": SecretStr(f"{USER}:{PASSWORD}"), "max_upload_mb": 2})
    shutil.copytree(knowledge_index.index_dir, settings.index_dir)
    port = free_port()
    app = launch(settings, port=port, prevent_thread_lock=True, quiet=True, warm=False)
    try:
        yield f"http://127.0.0.1:{port}", settings
    finally:
        app.close()
        shutil.rmtree(root, ignore_errors=True)


def request(url: str, method: str = "GET", body: bytes | None = None, opener=None,
            headers: dict[str, str] | None = None) -> tuple[int, bytes]:
    req = urllib.request.Request(url, method=method, data=body, headers=headers or {})
    try:
        with (opener or urllib.request.build_opener()).open(req, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def logged_in(base: str, password: str = PASSWORD):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    form = urllib.parse.urlencode({"username": USER, "password": password}).encode()
    status, _ = request(base + "/login", "POST", form, opener,
                        {"Content-Type": "application/x-www-form-urlencoded"})
    return status, opener


def test_every_route_refuses_an_unauthenticated_call(secured_app):
    base, _ = secured_app
    assert request(base + "/openapi.json")[0] == 401  # the route list itself needs the login
    _, opener = logged_in(base)
    status, spec = request(base + "/openapi.json", opener=opener)
    assert status == 200
    answered = {}
    for path, operations in json.loads(spec)["paths"].items():
        if path in PUBLIC:
            continue
        for method in operations:
            if method == "head":
                continue
            url = base + path.replace("{", "x").replace("}", "")
            body = b"{}" if method in {"post", "put", "delete"} else None
            answered[f"{method.upper()} {path}"] = request(url, method.upper(), body,
                                                            headers={"Content-Type": "application/json"})[0]
    wrong = {route: status for route, status in answered.items() if status not in {401, 403, 404, 405, 422}}
    assert wrong == {}
    assert sum(status == 401 for status in answered.values()) >= 30
    for name in ("goal", "feedback", "bias", "ask", "ingest"):
        assert request(f"{base}/gradio_api/call/{name}", "POST", b'{"data": ["x"]}',
                       headers={"Content-Type": "application/json"})[0] == 401


def test_a_wrong_password_gets_no_session(secured_app):
    base, _ = secured_app
    status, opener = logged_in(base, "wrong-password")
    assert status == 400
    assert request(base + "/config", opener=opener)[0] == 401
    status, opener = logged_in(base)
    assert status == 200
    assert request(base + "/config", opener=opener)[0] == 200


def test_a_server_file_reference_outside_the_upload_folder_is_refused(secured_app, tmp_path):
    base, settings = secured_app
    secret = tmp_path / "secret-policy.md"
    secret.write_text("# Secret\n\nThe Zephyrine bonus code is 4471.\n", encoding="utf-8")
    _, opener = logged_in(base)
    for reference in (str(secret), "/etc/passwd", "../../../../etc/passwd"):
        payload = {"data": [[{"path": reference, "meta": {"_type": "gradio.FileData"}}]]}
        status, body = request(f"{base}/gradio_api/call/ingest", "POST", json.dumps(payload).encode(), opener,
                               {"Content-Type": "application/json"})
        if status == 200:
            event = json.loads(body)["event_id"]
            _, stream = request(f"{base}/gradio_api/call/ingest/{event}", opener=opener)
            assert b"event: error" in stream, stream[-500:]
        else:
            assert status in {400, 403, 422}
    from assistant.knowledge.index import list_documents

    assert "secret-policy.md" not in {d.source for d in list_documents(settings)}


def uploaded(name: str) -> Path:
    """Where Gradio keeps an upload (the handlers accept only files from there)."""
    from gradio.utils import get_upload_folder

    folder = Path(get_upload_folder()) / uuid.uuid4().hex
    folder.mkdir(parents=True)
    return folder / name


def test_upload_names_stay_inside_the_upload_folder(secured_app, tmp_path):
    from assistant.ui.handlers import Handlers, upload_dir

    _, settings = secured_app
    nested = uploaded("a") / "b"
    nested.mkdir(parents=True)
    source = nested / "policy.md"
    source.write_text("# Policy\n\nText.\n", encoding="utf-8")
    stored = Handlers(settings)._store_uploads([str(nested / ".." / "b" / "policy.md")])
    assert [p.parent for p in stored] == [upload_dir(settings)]
    assert [p.name for p in stored] == ["policy.md"]


def test_the_server_enforces_the_upload_size_limit(secured_app):
    base, _ = secured_app
    _, opener = logged_in(base)
    boundary = uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.md\"\r\n"
            "Content-Type: text/markdown\r\n\r\n").encode() + b"x" * (3 * 1024 * 1024) + f"\r\n--{boundary}--\r\n".encode()
    status, _ = request(f"{base}/gradio_api/upload", "POST", body, opener,
                        {"Content-Type": f"multipart/form-data; boundary={boundary}"})
    assert status == 413


def test_the_server_enforces_the_upload_type(secured_app, tmp_path):
    from assistant.ui.handlers import Handlers, UserError

    _, settings = secured_app
    script = uploaded("payload.sh")
    script.write_text("#!/bin/sh\n", encoding="utf-8")
    with pytest.raises(UserError, match="^payload.sh is not a supported file type"):
        Handlers(settings)._store_uploads([str(script)])
    outside = tmp_path / "policy.md"  # a supported type, but not an upload
    outside.write_text("# Policy\n", encoding="utf-8")
    with pytest.raises(UserError, match="^policy.md is not a file uploaded to this app"):
        Handlers(settings)._store_uploads([str(outside)])


def test_the_status_tab_shows_no_secret(tmp_path):
    from assistant.ui.handlers import Handlers

    settings = app_settings(tmp_path).model_copy(update={
        "auth": SecretStr("admin:AuthPassw0rd"), "llm": "openai", "openai_api_key": SecretStr("sk-SECRETKEY123"),
        "openai_base_url": "http://svc:Hunter2Passw0rd@127.0.0.1:9/v1",
    })
    shown = Handlers(settings).status_ui()
    assert [s for s in ("AuthPassw0rd", "SECRETKEY123", "Hunter2Passw0rd") if s in shown] == []


@pytest.mark.parametrize("endpoint", ["goal", "feedback", "bias", "ask"])
def test_lone_surrogates_never_reach_the_analyzers_or_the_client(endpoint, secured_app):
    """A lone surrogate (no encoder accepts it) becomes U+FFFD; the rest of the text is analysed."""
    import asyncio

    from assistant.coaches import get
    from assistant.ui.handlers import Handlers

    _, settings = secured_app
    payload = asyncio.run(Handlers(settings).api(get(endpoint))("She is \udcff bossy"))
    assert "\udcff" not in json.dumps(payload, ensure_ascii=False, default=str).encode("utf-8", "replace").decode()
    if endpoint == "bias":
        assert [flag["text"] for flag in payload["flags"]] == ["bossy"]


# Last in this module: the failed attempts lock the loopback address out of the shared app for a minute.
def test_logins_are_rate_limited(secured_app):
    base, _ = secured_app
    statuses = [logged_in(base, f"guess-{n}")[0] for n in range(30)]
    assert 429 in statuses
