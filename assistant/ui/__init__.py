"""The Gradio app. Importing this package imports Gradio, so only the app edge does."""

from assistant.ui.blocks import build_app
from assistant.ui.server import create, launch, launch_options

__all__ = ["build_app", "create", "launch", "launch_options"]
