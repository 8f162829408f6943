"""Screenshots of the real app for the README: the feedback coach and the policy Q&A.

    python docs/make_screenshots.py [--out docs/images]

Builds an index of ``knowledge/`` in a temporary folder, starts the app on a free loopback port,
drives Debian's Chromium (``/usr/bin/chromium``, never a downloaded browser) with Playwright and
writes ``feedback-coach.png`` and ``policy-qa.png``.
"""

from __future__ import annotations

import argparse
import socket
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHROMIUM = "/usr/bin/chromium"
VIEWPORT = {"width": 1280, "height": 860}
FEEDBACK = (
    "You're lazy and you never take initiative. In Tuesday's stand-up the chairman asked for the "
    "release notes and you said you would look into it."
)
QUESTIONS = ["How often should managers hold check-ins?", "What happens during calibration?"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    from playwright.sync_api import sync_playwright

    from assistant.knowledge.index import ensure_index
    from assistant.settings import Settings
    from assistant.ui.server import launch

    with tempfile.TemporaryDirectory(prefix="coach-shots-") as tmp:
        settings = Settings(_env_file=None, index_dir=Path(tmp) / "index", llm="offline", auth=None)
        ensure_index(settings)
        port = free_port()
        app = launch(settings, port=port, prevent_thread_lock=True, quiet=True, warm=False)
        url = f"http://127.0.0.1:{port}/"
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
                page = browser.new_page(viewport=VIEWPORT, device_scale_factor=1)
                page.set_default_timeout(120_000)
                page.goto(url)
                page.wait_for_selector("#goal-submit")

                page.get_by_role("tab", name="Feedback coach").click()
                page.fill("#feedback-input textarea", FEEDBACK)
                page.click("#feedback-submit")
                page.wait_for_selector("#feedback-result mark.hl")
                page.locator("#feedback-result mark.hl").first.hover()
                top = page.locator("#coach-header").bounding_box()["y"]
                bottom = page.locator("#feedback-result .two-col").bounding_box()
                page.screenshot(
                    path=str(args.out / "feedback-coach.png"),
                    clip={"x": 0, "y": top, "width": VIEWPORT["width"], "height": bottom["y"] + bottom["height"] - top + 40},
                    full_page=True,
                )

                page.get_by_role("tab", name="Policy Q&A").click()
                for number, question in enumerate(QUESTIONS, 1):
                    page.fill("#ask-input :is(textarea, input)", question)
                    page.press("#ask-input :is(textarea, input)", "Enter")
                    page.wait_for_selector(f"#ask-conversation .turn[data-turn='{number}']")
                page.locator("#ask-conversation .turn").last.locator("details.citation summary").first.click()
                page.screenshot(path=str(args.out / "policy-qa.png"), full_page=True)
                browser.close()
        finally:
            app.close()
    print(f"wrote {args.out / 'feedback-coach.png'} and {args.out / 'policy-qa.png'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
