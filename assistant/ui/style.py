"""Look and feel: a calm theme with local fonts (no web fonts: the app runs offline) and the CSS
for the scorecard, checklist, citations and the "not covered" state."""

from __future__ import annotations

from typing import Any

CSS = """
.gradio-container { max-width: 1180px !important; width: 100% !important; margin: 0 auto !important; }
#coach-header { padding: 6px 2px 2px; }
#coach-header h1 { margin: 0; font-size: 1.7rem; }
#coach-header p { margin: 4px 0 0; color: var(--body-text-color-subdued); }
.mode-badge { display: inline-block; margin-left: 8px; padding: 2px 10px; border-radius: 999px;
  font-size: .8rem; vertical-align: middle; background: #e7f6ec; color: #1d6b38; border: 1px solid #bfe5cb; }
.mode-badge.llm { background: #eef0ff; color: #3a3f9c; border-color: #cfd3ff; }
.tab-intro { color: var(--body-text-color-subdued); margin-bottom: 4px !important; }
.muted { color: var(--body-text-color-subdued); }

.scorecard .smart-row { display: flex; gap: 10px; flex-wrap: wrap; margin: 4px 0 10px; }
.smart-letter { flex: 1 1 0; min-width: 92px; border-radius: 12px; padding: 10px 6px; text-align: center;
  border: 2px solid #d9dce3; background: #f4f5f8; color: #8a909c; }
.smart-letter .letter { display: block; font-size: 2.1rem; font-weight: 800; line-height: 1.1; }
.smart-letter .name { display: block; font-size: .85rem; font-weight: 600; }
.smart-letter .verdict { display: block; font-size: .75rem; margin-top: 2px; }
.smart-letter.lit { background: #e5f7ea; border-color: #34a853; color: #17612f;
  box-shadow: 0 0 0 3px rgba(52,168,83,.12); }
.smart-letter.unlit { border-style: dashed; }
.score-line { margin: 2px 0 8px; }
table.criteria { width: 100%; border-collapse: collapse; font-size: .92rem; border: none !important; }
table.criteria th, table.criteria td { border: none !important; }
table.criteria th { text-align: left; white-space: nowrap; padding: 7px 10px; width: 150px; vertical-align: top; }
table.criteria td { padding: 7px 10px; }
table.criteria tr { border: none !important; border-top: 1px solid var(--border-color-primary) !important; }
table.criteria tr.lit th { color: #17612f; }
table.criteria tr.unlit th { color: #9a4b00; }
.question { margin-top: 4px; color: #3a3f9c; }
.evidence { font-style: italic; }

.structure .polarity { margin-bottom: 6px; }
ul.checklist { list-style: none; padding-left: 0; margin: 0; }
ul.checklist li { padding: 5px 0; border-top: 1px solid var(--border-color-primary); }
ul.checklist li .mark { display: inline-block; width: 1.3em; font-weight: 700; }
ul.checklist li.present .mark { color: #1e8e3e; }
ul.checklist li.absent .mark { color: #c5221f; }

details.citation { border: 1px solid var(--border-color-primary); border-radius: 8px; padding: 6px 10px;
  margin: 6px 0; background: var(--background-fill-secondary); }
details.citation summary { cursor: pointer; }
details.citation blockquote { margin: 6px 0 2px; padding-left: 10px; border-left: 3px solid #c7cbe0;
  white-space: pre-wrap; }
.sources-head { font-weight: 600; margin: 10px 0 2px !important; }
.not-covered { border-left: 4px solid #e8a33d; background: #fff7e8; color: #5c3d00; padding: 8px 12px;
  border-radius: 6px; }
.not-covered p { margin: 4px 0 0 !important; }
.notice { font-size: .85rem; color: var(--body-text-color-subdued); }
.plain-table table, .plain-table table * { font-family: var(--font) !important; }
"""


def theme() -> Any:
    """Gradio's Soft theme in indigo, with system and bundled fonts only."""
    import gradio as gr

    return gr.themes.Soft(
        primary_hue="indigo",
        secondary_hue="slate",
        neutral_hue="slate",
        font=["ui-sans-serif", "system-ui", "Segoe UI", "Roboto", "sans-serif"],
        font_mono=["ui-monospace", "Consolas", "monospace"],
    ).set(
        button_primary_background_fill="*primary_600",
        button_primary_background_fill_hover="*primary_700",
        button_primary_text_color="white",
    )
