"""Digest of every analyzer result on every eval text: the identity check for speed work.

Runs ``check_bias``, ``check_goal`` and ``review_feedback`` on the ``text`` of every item of every
``evals/**/*.jsonl`` file (``evals/heldout/`` left out) and prints one SHA-256 per analyzer and file
over the full JSON of the reports, never the reports themselves. A change meant only to make the
analyzers faster must leave every digest the same. ``--ids FILE`` also writes one digest per item
(id and file, no text), so that a difference can be found by item.

Usage: python scripts/analyzer_digest.py [--ids FILE]
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def texts() -> list[tuple[str, str, str]]:
    """(file, item id, text) for every eval item with a text, files in sorted order."""
    out = []
    for path in sorted((ROOT / "evals").rglob("*.jsonl")):
        name = path.relative_to(ROOT).as_posix()
        if name.startswith("evals/heldout/"):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                item = json.loads(line)
                if isinstance(item.get("text"), str):
                    out.append((name, str(item.get("id", number)), item["text"]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ids", type=Path, help="also write one digest per item to this file")
    args = parser.parse_args()

    from assistant.analyzers.bias import check_bias
    from assistant.analyzers.feedback import review_feedback
    from assistant.analyzers.goal import check_goal

    analyzers = {"check_bias": check_bias, "check_goal": check_goal, "review_feedback": review_feedback}
    files: dict[tuple[str, str], hashlib._Hash] = {}
    total = {name: hashlib.sha256() for name in analyzers}
    per_item = []
    for file, item_id, text in texts():
        for name, analyze in analyzers.items():
            dump = analyze(text).model_dump_json().encode()
            files.setdefault((name, file), hashlib.sha256()).update(dump)
            total[name].update(dump)
            per_item.append(f"{name}\t{file}\t{item_id}\t{hashlib.sha256(dump).hexdigest()[:16]}")
    for (name, file), digest in sorted(files.items()):
        print(f"{name:16} {file:28} {digest.hexdigest()[:16]}")
    for name, digest in total.items():
        print(f"{name:16} {'ALL':28} {digest.hexdigest()}")
    if args.ids:
        args.ids.write_text("\n".join(per_item) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
