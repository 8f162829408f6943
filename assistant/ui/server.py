"""Launching the app with safe defaults: loopback, no share link, optional login with a rate
limit, analyzer worker pools, an upload size cap, and MCP only when asked for and safe."""

from __future__ import annotations

import base64
import hmac
import ipaddress
import json
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, MutableMapping
from http.cookies import CookieError, SimpleCookie
from typing import Any

from assistant.settings import Settings

LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1"}
MCP_PATH = "/gradio_api/mcp"
LOGIN_PATHS = {"/login", "/login/"}
# What the sign-in page itself needs; with a login set, everything else needs a signed-in session.
PUBLIC_PATHS = {
    "/", "/login", "/login/", "/logout", "/favicon.ico", "/manifest.json", "/robots.txt", "/theme.css",
    "/gradio_api/theme.css", "/gradio_api/startup-events", "/gradio_api/app_id", "/gradio_api/app_id/",
    "/gradio_api/token", "/gradio_api/token/", "/gradio_api/user", "/gradio_api/user/",
    "/gradio_api/login_check", "/gradio_api/login_check/",
}
PUBLIC_PREFIXES = ("/assets/", "/static/", "/svelte/", "/pwa_icon")

Scope = MutableMapping[str, Any]
ASGIApp = Callable[[Scope, Callable[[], Awaitable[Any]], Callable[[Any], Awaitable[None]]], Awaitable[None]]


class ServeError(ValueError):
    """A configuration problem that stops the app from starting (shown as one line)."""


def parse_auth(value: str | None) -> tuple[str, str] | None:
    """``"user:password"`` -> ``("user", "password")``; None or empty -> no login."""
    if not value:
        return None
    user, sep, password = value.partition(":")
    if not sep or not user or not password:
        raise ServeError("COACH_AUTH must look like 'user:password'")
    return user, password


def is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_mcp(settings: Settings, host: str) -> None:
    """MCP gives programs the same power as the app's users: only with a login, or on loopback."""
    if not settings.auth and not is_loopback(host):
        raise ServeError(
            f"--mcp on {host} would let anyone who can reach it call the coaches; set a login "
            "(COACH_AUTH=user:password) or serve on 127.0.0.1"
        )


class FailureLimiter:
    """Failed logins per client address in a sliding window; too many and the address waits."""

    def __init__(self, attempts: int, window: float = 60.0, overall: int | None = None) -> None:
        self.attempts = attempts
        self.window = window
        self.overall = overall or attempts * 20  # all addresses together: a distributed guess is slow too
        self._failures: dict[str, deque[float]] = {}
        self._all: deque[float] = deque()
        self._lock = threading.Lock()

    def _trim(self, times: deque[float], now: float) -> deque[float]:
        while times and now - times[0] > self.window:
            times.popleft()
        return times

    def retry_after(self, client: str) -> int:
        """Seconds until ``client`` may try again (0: it may try now)."""
        now = time.monotonic()
        with self._lock:
            mine = self._trim(self._failures.get(client, deque()), now)
            every = self._trim(self._all, now)
            waits = []
            if len(mine) >= self.attempts:
                waits.append(self.window - (now - mine[0]))
            if len(every) >= self.overall:
                waits.append(self.window - (now - every[0]))
            return max(1, int(max(waits)) + 1) if waits else 0

    def fail(self, client: str) -> None:
        now = time.monotonic()
        with self._lock:
            self._failures.setdefault(client, deque()).append(now)
            self._all.append(now)
            if len(self._failures) > 10_000:  # forget the oldest addresses rather than grow forever
                self._failures.pop(next(iter(self._failures)))

    def succeed(self, client: str) -> None:
        with self._lock:
            self._failures.pop(client, None)


async def _respond(send: Callable[[Any], Awaitable[None]], status: int, message: str, headers: list | None = None) -> None:
    body = json.dumps({"detail": message}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                        *(headers or [])],
        }
    )
    await send({"type": "http.response.body", "body": body})


class SignedIn:
    """Whether a request carries a session the app signed in (set once the app is running)."""

    def __init__(self) -> None:
        self.server: Any = None  # Gradio's App: its ``tokens`` and ``cookie_id``

    def __call__(self, scope: Scope) -> bool:
        if self.server is None:
            return False
        cookies = SimpleCookie()
        for key, value in scope.get("headers", []):
            if key == b"cookie":
                try:
                    cookies.load(value.decode("latin-1"))
                except CookieError:
                    return False
        cookie_id = self.server.cookie_id
        for name in (f"access-token-{cookie_id}", f"access-token-unsecure-{cookie_id}"):
            morsel = cookies.get(name)
            if morsel is not None and morsel.value in self.server.tokens:
                return True
        return False


class AccessGuard:
    """ASGI middleware in front of the app.

    * Logins are rate-limited per client address: after ``attempts`` failures in a minute the
      address gets 429 until the window has passed (a correct password included).
    * With a login configured, every route but the sign-in page's own needs a signed-in session
      (Gradio leaves a few of its routes and the MCP server unguarded); MCP clients and scripts
      may sign in with HTTP Basic credentials instead, counted against the same limit.
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        credentials: tuple[str, str] | None,
        limiter: FailureLimiter,
        signed_in: SignedIn | None = None,
    ) -> None:
        self.app = app
        self.credentials = credentials
        self.limiter = limiter
        self.signed_in = signed_in or SignedIn()

    def _basic(self, scope: Scope) -> bool | None:
        """True/False for good/bad HTTP Basic credentials; None when there are none."""
        assert self.credentials is not None
        for key, value in scope.get("headers", []):
            if key == b"authorization" and value[:6].lower() == b"basic ":
                try:
                    user, _, password = base64.b64decode(value[6:].strip()).decode("utf-8").partition(":")
                except (ValueError, UnicodeDecodeError):
                    return False
                return hmac.compare_digest(user.encode(), self.credentials[0].encode()) & hmac.compare_digest(
                    password.encode(), self.credentials[1].encode()
                )
        return None

    @staticmethod
    def _public(path: str) -> bool:
        return path in PUBLIC_PATHS or path.startswith(PUBLIC_PREFIXES)

    async def _too_many(self, send: Any, wait: int) -> None:
        await _respond(send, 429, "Too many failed sign-ins; wait a minute and try again.",
                       [(b"retry-after", str(wait).encode())])

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        client = (scope.get("client") or ("unknown", 0))[0]
        if path in LOGIN_PATHS and scope.get("method") == "POST":
            wait = self.limiter.retry_after(client)
            if wait:
                await self._too_many(send, wait)
                return

            async def watch(message: Any) -> None:
                if message["type"] == "http.response.start":
                    if message["status"] in (400, 401, 403):
                        self.limiter.fail(client)
                    elif message["status"] == 200:
                        self.limiter.succeed(client)
                await send(message)

            await self.app(scope, receive, watch)
            return
        if self.credentials and not self._public(path) and not self.signed_in(scope):
            basic = self._basic(scope)
            if basic is not True:
                wait = self.limiter.retry_after(client)
                if wait:
                    await self._too_many(send, wait)
                    return
                if basic is False:
                    self.limiter.fail(client)
                headers = [(b"www-authenticate", b'Basic realm="Performance Coach"')] if path.startswith(MCP_PATH) else []
                await _respond(send, 401, "Sign in first: this Performance Coach needs a login.", headers)
                return
        await self.app(scope, receive, send)


def launch_options(
    settings: Settings, host: str | None = None, port: int | None = None, *, mcp: bool = False
) -> dict[str, Any]:
    """Keyword arguments for ``Blocks.launch`` from the settings (host/port may be overridden)."""
    from starlette.middleware import Middleware

    from assistant.ui.style import css, head, theme

    auth = parse_auth(settings.auth.get_secret_value() if settings.auth else None)
    bind = host or settings.host
    if mcp:
        check_mcp(settings, bind)
    signed_in = SignedIn()
    guard = Middleware(
        AccessGuard, credentials=auth, limiter=FailureLimiter(settings.login_attempts), signed_in=signed_in
    )
    return {
        "server_name": bind,
        "server_port": port if port is not None else settings.port,
        "share": False,
        "auth": auth,
        "auth_message": "Performance Coach: sign in with the account your administrator gave you."
        if auth
        else None,
        "max_file_size": f"{settings.max_upload_mb}mb",
        "show_error": False,  # only our own one-sentence messages reach clients, never internal errors
        "footer_links": ["api", "settings"],
        "run_history": False,  # drafts and answers are kept by the app's own browser storage only
        "mcp_server": mcp,
        "app_kwargs": {"middleware": [guard]},
        "_signed_in": signed_in,
        "theme": theme(),
        "css": css(),
        "head": head(),
    }


def create(settings: Settings, pools: Any = None, coaches: tuple | None = None) -> Any:
    """The app, queued with the configured default concurrency limit (Q&A and search)."""
    from assistant.coaches import COACHES
    from assistant.ui.blocks import build_app

    app = build_app(settings, pools, coaches or COACHES)
    app.queue(default_concurrency_limit=settings.concurrency_limit)
    return app


def warm_up(settings: Settings) -> threading.Thread:
    """Load the embedding model in the background so the first question is answered quickly."""

    def run() -> None:
        try:
            from assistant import service

            service.search("check-in", settings, k=1)
        except Exception:  # a failed warm-up only means the first request pays the cost
            pass

    thread = threading.Thread(target=run, name="coach-warm-up", daemon=True)
    thread.start()
    return thread


def _mcp_results_as_json(app: Any) -> None:
    """An MCP tool's text is the endpoint's JSON, as over HTTP (Gradio writes ``str()`` of the
    returned dict: a Python repr with single quotes that no JSON parser reads)."""
    import json

    from gradio_client.utils import is_file_obj_with_meta

    server = getattr(app, "mcp_server_obj", None)
    if server is None:
        return
    postprocess = server.postprocess_output_data

    def as_json(data: Any, root_url: str) -> Any:
        data = [
            json.dumps(item, ensure_ascii=False) if isinstance(item, dict | list) and not is_file_obj_with_meta(item)
            else item
            for item in data
        ]
        return postprocess(data, root_url)

    server.postprocess_output_data = as_json


def _authorise_mcp_client(app: Any, auth: tuple[str, str]) -> None:
    """Gradio's MCP server calls the app through a client of its own, which needs the login too."""
    from gradio_client import Client

    server = getattr(app, "mcp_server_obj", None)
    if server is None:
        return
    server._client_instance = Client(
        app.local_url, auth=auth, download_files=False, verbose=False, analytics_enabled=False,
        ssl_verify=False, headers={"x-gradio-user": "mcp"}, _skip_components=False,
    )


def launch(
    settings: Settings,
    host: str | None = None,
    port: int | None = None,
    *,
    mcp: bool = False,
    prevent_thread_lock: bool = False,
    quiet: bool = False,
    warm: bool = True,
    coaches: tuple | None = None,
) -> Any:
    """Build and launch the app; returns the running ``Blocks`` (blocks unless ``prevent_thread_lock``).

    The analyzer worker pools live as long as the app: ``app.close()`` stops them. As with any
    use of multiprocessing, a script that launches the app must do so under
    ``if __name__ == "__main__":`` (``app.py`` and ``coach serve`` do).
    """
    from assistant.coaches import COACHES
    from assistant.ui.workers import AnalyzerPools

    options = launch_options(settings, host, port, mcp=mcp)
    coaches = coaches or COACHES
    pools = AnalyzerPools(settings, coaches)
    try:
        app = create(settings, pools, coaches)
        # Gradio's own banner suggests share=True; say what matters instead.
        signed_in = options.pop("_signed_in")
        app.launch(prevent_thread_lock=True, quiet=True, **options)
        signed_in.server = app.server_app
    except BaseException:
        pools.close()
        raise
    close = app.close

    def close_all(*args: Any, **kwargs: Any) -> Any:
        try:
            return close(*args, **kwargs)
        finally:
            pools.close()

    app.close = close_all
    pools.start_in_background()
    if mcp:
        _mcp_results_as_json(app)
    if mcp and options["auth"]:
        _authorise_mcp_client(app, options["auth"])
    if not quiet:
        print(f"Performance Coach is running at {app.local_url} (Ctrl+C to stop)", flush=True)
        if mcp:
            print(f"MCP tools: {app.local_url.rstrip('/')}{MCP_PATH}/ (streamable HTTP)", flush=True)
    if warm:  # after the server is up, so the model load does not delay readiness
        warm_up(settings)
    if not prevent_thread_lock:
        try:
            app.block_thread()
        finally:
            pools.close()
    return app
