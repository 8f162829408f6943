"""Which files an ingest considers: the files given and every file under the folders given.

Folders are walked without following links. A link to a file inside the folder is kept; a link
that leaves the folder (``secrets -> /etc/passwd``), a link to a folder, a broken link or a link
loop is skipped with its reason; an unreadable folder or file is reported as an error; devices,
FIFOs and sockets are skipped. Nothing is dropped silently. Hidden files and folders (a name
starting with ".") are left out, as before.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from assistant.knowledge import KnowledgeError

NOT_UTF8 = "the path is not valid UTF-8; rename it"


@dataclass
class Discovery:
    files: list[Path] = field(default_factory=list)
    folders: list[Path] = field(default_factory=list)
    seen: set[Path] = field(default_factory=set)
    skipped: list[tuple[Path, str]] = field(default_factory=list)
    errors: list[tuple[Path, str]] = field(default_factory=list)

    def add(self, path: Path) -> None:
        if path not in self.seen:
            self.seen.add(path)
            self.files.append(path)


def discover(paths: Sequence[Path]) -> Discovery:
    """Resolve the command line into files to consider, with what was skipped and why."""
    found = Discovery()
    for raw in paths:
        given = Path(raw).expanduser()
        if given.is_symlink() and not given.exists():
            raise KnowledgeError(f"{raw}: a broken link or a link loop")
        path = given.resolve()
        if not path.exists():
            raise KnowledgeError(f"{raw}: no such file or folder")
        if path.is_dir() and _utf8(str(path)):
            found.folders.append(path)
            _walk(path, found)
        elif not _utf8(str(path)):
            found.skipped.append((_printable(path), NOT_UTF8))
        elif path.is_file():
            found.add(path)
        else:
            found.skipped.append((path, "not a regular file"))
    return found


def _walk(root: Path, found: Discovery) -> None:
    def on_error(exc: OSError) -> None:
        where = Path(exc.filename) if exc.filename else root
        found.errors.append((where, f"cannot read the folder ({exc.strerror or exc})"))

    entries: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=on_error, followlinks=False):
        folder = Path(dirpath)
        kept = []
        for name in sorted(dirnames):
            if name.startswith("."):
                continue
            if not _utf8(str(folder / name)):
                found.skipped.append((_printable(folder / name), NOT_UTF8))
                continue
            full = folder / name
            if full.is_symlink():
                found.skipped.append((full, _link_reason(full, root, folder_link=True)))
            else:
                kept.append(name)
        dirnames[:] = kept
        entries.extend(folder / name for name in filenames if not name.startswith("."))
    for full in sorted(entries):
        if not _utf8(str(full)):
            found.skipped.append((_printable(full), NOT_UTF8))
            continue
        if full.is_symlink():
            reason = _link_reason(full, root, folder_link=False)
            if reason:
                found.skipped.append((full, reason))
                continue
        try:
            mode = full.stat().st_mode
        except OSError as exc:
            found.errors.append((full, f"cannot read the file ({exc.strerror or exc})"))
            continue
        if not stat.S_ISREG(mode):
            found.skipped.append((full, "not a regular file"))
        elif not os.access(full, os.R_OK):
            found.errors.append((full, "cannot read the file (permission denied)"))
        else:
            found.add(full)


def _utf8(name: str) -> bool:
    """False for a name holding bytes that are not UTF-8 (decoded by Python as lone surrogates)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _printable(path: Path) -> Path:
    """``path`` with undecodable bytes written as ``\\xff``, safe to report and serialise."""
    return Path(os.fsencode(path).decode("utf-8", "backslashreplace"))


def _link_reason(link: Path, root: Path, *, folder_link: bool) -> str:
    """Why a link is skipped ('' for a link to a file inside the folder, which is kept)."""
    try:
        target = link.resolve(strict=True)
    except (OSError, RuntimeError):
        return "a broken link or a link loop, not followed"
    if not target.is_relative_to(root):
        return "a link to outside the folder, not followed"
    if folder_link or target.is_dir():
        return "a link to a folder, not followed (its files are ingested from where they are)"
    return ""
