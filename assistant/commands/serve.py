"""``coach serve``: make sure the knowledge index exists, then start the web app."""

from __future__ import annotations

import socket

import click

from assistant.cli import fail
from assistant.settings import get_settings


@click.command()
@click.option("--host", default=None, help="Interface to bind (default: COACH_HOST, 127.0.0.1).")
@click.option("--port", type=click.IntRange(1, 65535), default=None, help="Port (default: COACH_PORT, 7860).")
@click.option("--no-warm-up", is_flag=True, help="Don't preload the embedding model after start.")
@click.option(
    "--mcp",
    is_flag=True,
    help="Also serve the coaches as MCP tools at /gradio_api/mcp/ (needs a login unless on loopback).",
)
def serve(host: str | None, port: int | None, no_warm_up: bool, mcp: bool) -> None:
    """Start the Performance Coach app (indexes knowledge/ first when the index is empty)."""
    settings = get_settings()
    # Heavy imports (Gradio, Chroma, torch) only here, never when the CLI itself loads.
    from assistant.knowledge.index import ensure_index
    from assistant.ui.server import ServeError, check_mcp, launch

    if mcp:
        try:
            check_mcp(settings, host or settings.host)
        except ServeError as exc:
            fail(str(exc))

    bound = host or settings.host
    check_port_free(bound, port or settings.port)
    try:
        ensure_index(settings, notify=lambda message: click.echo(message, err=True))
    except Exception as exc:
        fail(f"could not prepare the knowledge index: {exc}")
    if bound not in {"127.0.0.1", "localhost", "::1"}:
        click.echo(f"warning: serving on {bound}; anyone who can reach it can use the app", err=True)
        if not settings.auth:
            click.echo("warning: no login configured (set COACH_AUTH=user:password)", err=True)
    try:
        launch(settings, host=host, port=port, mcp=mcp, warm=not no_warm_up)
    except ServeError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"could not start the server: {exc}")


def check_port_free(host: str, port: int) -> None:
    """Fail in one line, before the index is prepared, when something already listens on the port
    (Gradio's own message names its GRADIO_SERVER_PORT variable and ``launch()``)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError:
        return  # an unknown host: the server's own start reports it
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError:
            fail(f"port {port} on {host} is already in use; stop what is using it or choose another with --port "
                 "(or COACH_PORT)")
