"""Look and feel: a calm theme with local fonts (no web fonts: the app runs offline), colours that
meet WCAG 2.1 AA, and the page's CSS and script (``assets/``)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

ASSETS = Path(__file__).resolve().parent / "assets"


@cache
def css() -> str:
    return (ASSETS / "coach.css").read_text(encoding="utf-8")


@cache
def head() -> str:
    """The ``<head>`` addition: the page script (keyboard, copy, download, replacements)."""
    return f"<script>{(ASSETS / 'coach.js').read_text(encoding='utf-8')}</script>"


def theme() -> Any:
    """Gradio's Soft theme in indigo with system fonts, text colours raised to AA contrast."""
    import gradio as gr

    return gr.themes.Soft(
        primary_hue="indigo",
        secondary_hue="slate",
        neutral_hue="slate",
        font=["ui-sans-serif", "system-ui", "Segoe UI", "Roboto", "sans-serif"],
        font_mono=["ui-monospace", "Consolas", "monospace"],
    ).set(
        body_text_color="#1f2937",
        body_text_color_subdued="#4b5563",
        block_label_text_color="*primary_800",
        block_title_text_color="#1f2937",
        block_info_text_color="#4b5563",
        input_placeholder_color="#6b7280",
        link_text_color="#1d4ed8",
        link_text_color_visited="#6d28d9",
        button_primary_background_fill="*primary_700",
        button_primary_background_fill_hover="*primary_800",
        button_primary_text_color="white",
        button_secondary_text_color="#1f2937",
        checkbox_label_text_color="#1f2937",
    )
