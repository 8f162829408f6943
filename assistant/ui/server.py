"""Launching the app with safe defaults: loopback, no share link, optional login, a queue with a
concurrency limit, an upload size cap."""

from __future__ import annotations

import threading
from typing import Any

from assistant.settings import Settings


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


def launch_options(settings: Settings, host: str | None = None, port: int | None = None) -> dict[str, Any]:
    """Keyword arguments for ``Blocks.launch`` from the settings (host/port may be overridden)."""
    from assistant.ui.style import CSS, theme

    auth = parse_auth(settings.auth.get_secret_value() if settings.auth else None)
    return {
        "server_name": host or settings.host,
        "server_port": port if port is not None else settings.port,
        "share": False,
        "auth": auth,
        "auth_message": "Performance Coach: sign in with the account your administrator gave you."
        if auth
        else None,
        "max_file_size": f"{settings.max_upload_mb}mb",
        "show_error": True,
        "footer_links": ["api", "settings"],
        "theme": theme(),
        "css": CSS,
    }


def create(settings: Settings) -> Any:
    """The app, queued with the configured default concurrency limit."""
    from assistant.ui.blocks import build_app

    app = build_app(settings)
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


def launch(
    settings: Settings,
    host: str | None = None,
    port: int | None = None,
    *,
    prevent_thread_lock: bool = False,
    quiet: bool = False,
    warm: bool = True,
) -> Any:
    """Build and launch the app; returns the running ``Blocks`` (blocks unless ``prevent_thread_lock``)."""
    app = create(settings)
    # Gradio's own banner suggests share=True; say what matters instead.
    app.launch(prevent_thread_lock=True, quiet=True, **launch_options(settings, host, port))
    if not quiet:
        print(f"Performance Coach is running at {app.local_url} (Ctrl+C to stop)", flush=True)
    if warm:  # after the server is up, so the model load does not delay readiness
        warm_up(settings)
    if not prevent_thread_lock:
        app.block_thread()
    return app
