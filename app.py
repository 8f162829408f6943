"""Performance Coach web app: ``python app.py`` (same as ``coach serve``).

Only wiring lives here; the UI is in ``assistant/ui`` and calls the same service functions as the CLI.
"""

from __future__ import annotations

from assistant.commands.serve import serve

if __name__ == "__main__":
    serve()
