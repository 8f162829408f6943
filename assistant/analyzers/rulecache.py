"""Compiled built-in rules, built once at set-up so that a cold command does not compile them again.

Loading the packaged bias, feedback and goal rules parses their YAML, validates it, expands the phrase
patterns and parses and compiles a few hundred regular expressions: most of a cold ``coach feedback``.
``python -m assistant.analyzers.rulecache`` (run by ``make setup``) builds each analyzer's compiled rules
the ordinary way and writes them to :data:`CACHE_DIR`, each regular expression with the program ``re``
compiled for it. A command then reads the file instead of compiling, when the file's fingerprint (the
contents of the rules, data and analyzer source files, and the Python, ``re`` and pydantic versions) is
today's; otherwise, and for an organisation's rules file, it compiles as before. Reading never writes:
only the build command writes the cache, and a missing, stale or unreadable file is ignored.
"""

from __future__ import annotations

import copyreg
import gc
import hashlib
import io
import pickle
import re
import sys
from functools import lru_cache
from pathlib import Path
from re import _compiler, _parser
from typing import Any

from assistant.analyzers.scan import compile_regex, factored

PACKAGE = Path(__file__).resolve().parent.parent
CACHE_DIR = PACKAGE / "rules" / "compiled"
NAMES = ("bias", "feedback", "goal")
_SOURCES = (("rules", "*.yaml"), ("rules", "*.json"), ("data", "*"), ("analyzers", "**/*.py"), (".", "text.py"),
            (".", "names.py"), (".", "schemas.py"))
_VERSION = b"1"  # the file layout below


@lru_cache(maxsize=1)
def fingerprint() -> bytes:
    """SHA-256 over what the compiled rules are made from: rules, word lists, analyzer code, the interpreter."""
    import pydantic

    digest = hashlib.sha256(_VERSION)
    for part in (sys.version, str(_compiler._sre.MAGIC), str(_compiler._sre.CODESIZE), pydantic.VERSION):
        digest.update(part.encode() + b"\0")
    for folder, glob in _SOURCES:
        for path in sorted((PACKAGE / folder).glob(glob)):
            if path.is_file():
                digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0")
                digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.digest()


def _pattern(pattern: str, flags: int, code: list[int], groups: int, groupindex: dict[str, int],
             indexgroup: tuple[str | None, ...]) -> re.Pattern[str]:
    """The compiled pattern ``re.compile`` built, from its program (no parsing or compiling)."""
    return _compiler._sre.compile(pattern, flags, code, groups, groupindex, indexgroup)


def _pattern_args(compiled: re.Pattern[str]) -> tuple[Any, ...]:
    """What :func:`_pattern` needs to build ``compiled`` again; checked to give an equal pattern."""
    parsed = _parser.parse(compiled.pattern, compiled.flags)
    state = parsed.state
    indexgroup: list[str | None] = [None] * state.groups
    for name, number in state.groupdict.items():
        indexgroup[number] = name
    for tree in (factored(parsed, compiled.flags), parsed):  # scan.compile_regex's program, or re.compile's
        args = (compiled.pattern, compiled.flags | state.flags, [int(op) for op in _compiler._code(tree, compiled.flags)],
                state.groups - 1, dict(state.groupdict), tuple(indexgroup))
        if _pattern(*args) == compiled:
            return args
    raise ValueError(f"pattern {compiled.pattern!r} does not compile to the same program again")


def _object(cls: type, state: dict[str, Any]) -> Any:
    """An object of this package read back, its string attributes interned: compiled, a Literal field holds
    the literal itself, so the analyzers' comparisons with their constants are decided by identity; read
    back from a file a string is a new object, and each comparison would compare characters."""
    for values in (state, state.get("__dict__")):
        if isinstance(values, dict):
            for key, value in values.items():
                if type(value) is str:
                    values[key] = sys.intern(value)
    obj = cls.__new__(cls)
    setstate = getattr(cls, "__setstate__", None)
    if setstate is not None:
        setstate(obj, state)
    else:  # one by one, in the order they were set, as __init__ did: obj.__dict__ would make reading them slower
        for key, value in state.items():
            object.__setattr__(obj, key, value)
    return obj


class _Pickler(pickle.Pickler):
    def reducer_override(self, obj: Any) -> Any:
        if isinstance(obj, re.Pattern):
            if isinstance(obj.pattern, bytes):
                raise TypeError("bytes patterns are not cached")
            return _pattern, _pattern_args(obj)
        if not isinstance(obj, type) and type(obj).__module__.startswith("assistant."):
            reduced = obj.__reduce_ex__(pickle.HIGHEST_PROTOCOL)
            if (isinstance(reduced, tuple) and len(reduced) >= 3 and reduced[0] is copyreg.__newobj__
                    and len(reduced[1]) == 1 and isinstance(reduced[2], dict)
                    and all(extra is None for extra in reduced[3:])):
                return _object, (reduced[1][0], reduced[2])
        return NotImplemented


_ALLOWED = {("builtins", "frozenset"), ("builtins", "set"), ("builtins", "slice"), ("collections", "OrderedDict"),
            ("copyreg", "_reconstructor"), ("builtins", "object")}


class _Unpickler(pickle.Unpickler):
    """Builds only this package's classes and a few built-in containers."""

    def find_class(self, module: str, name: str) -> Any:
        if module == "assistant.analyzers.rulecache" and name in ("_pattern", "_object"):
            return _pattern if name == "_pattern" else _object
        if (module == "assistant" or module.startswith("assistant.") or module.startswith("pydantic")
                or (module, name) in _ALLOWED):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in compiled rules")


_requested: set[tuple[str, int]] = set()  # what precompiled() was asked for in this process (build writes these)


def precompiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``scan.compile_regex(pattern, flags)`` (a pattern that matches as ``re.compile(pattern, flags)`` does) for a
    pattern an analyzer module compiles when imported: from the program compiled at set-up when the cache has it."""
    key = (pattern, int(flags))
    _requested.add(key)
    args = _programs().get(key)
    return _pattern(*args) if args is not None else compile_regex(pattern, flags)


@lru_cache(maxsize=1)
def _programs() -> dict[tuple[str, int], tuple[Any, ...]]:
    programs = load("programs")
    return programs if isinstance(programs, dict) else {}


def load(name: str, folder: Path | None = None) -> Any | None:
    """The compiled built-in rules of analyzer ``name`` from the cache, or None when absent, stale or unreadable."""
    path = (folder or CACHE_DIR) / f"{name}.pickle"
    try:
        data = path.read_bytes()
    except OSError:
        return None
    head = fingerprint()
    if data[: len(head)] != head:
        return None
    # Tens of thousands of tuples and lists, no cycles: the cyclic collector would only walk them again and again.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _Unpickler(io.BytesIO(data[len(head):])).load()
    except Exception:  # a damaged file is no reason to fail: compile instead
        return None
    finally:
        if collecting:
            gc.enable()


class _Sharing:
    """Equal strings and tuples of a nested structure made one object each: pickled once, read once."""

    def __init__(self) -> None:
        self._seen: dict[Any, Any] = {}

    def __call__(self, value: Any) -> Any:
        if isinstance(value, str):
            return self._seen.setdefault(value, value)
        if isinstance(value, tuple):
            shared = tuple(self(item) for item in value)
            return self._seen.setdefault(shared, shared)
        if isinstance(value, list):
            return [self(item) for item in value]
        if isinstance(value, dict):
            return {self(key): self(item) for key, item in value.items()}
        return value


def _compile_fresh(name: str) -> Any:
    """The built-in rules of ``name`` compiled from the YAML (never from the cache)."""
    if name == "bias":
        from assistant.analyzers.bias import ruleset as bias_ruleset

        rules = bias_ruleset._merge(bias_ruleset._builtin_files(), None, None)
        share = _Sharing()
        for attribute in ("_index", "_index2", "_index3"):  # tens of thousands of phrases, words repeated
            setattr(rules, attribute, share(getattr(rules, attribute)))
        return rules
    if name == "feedback":
        from assistant.analyzers.feedback import rules as feedback_rules

        return feedback_rules._compile_rules(None)
    from assistant.analyzers.goal import rules as goal_rules

    return goal_rules._compile_rules(goal_rules.RULES_PATH, None)


def _compile_programs() -> dict[tuple[str, int], tuple[Any, ...]]:
    """The program of every pattern the analyzer modules compile when imported (through :func:`precompiled`)."""
    import assistant.analyzers.bias
    import assistant.analyzers.feedback
    import assistant.analyzers.fidelity
    import assistant.analyzers.goal  # noqa: F401

    return {key: _pattern_args(compile_regex(*key)) for key in sorted(_requested)}


def build(folder: Path | None = None) -> list[Path]:
    """Compile the built-in rules of every analyzer and write them (with today's fingerprint) to ``folder``."""
    folder = folder or CACHE_DIR
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in (*NAMES, "programs"):
        buffer = io.BytesIO()
        value = _compile_programs() if name == "programs" else _compile_fresh(name)
        _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
        target = folder / f"{name}.pickle"
        temporary = target.with_suffix(".tmp")
        temporary.write_bytes(fingerprint() + buffer.getvalue())
        temporary.replace(target)
        written.append(target)
    return written


def main() -> None:
    for path in build():
        print(f"wrote {path}")


if __name__ == "__main__":  # run as a script: pickle this module's functions under their importable name
    from assistant.analyzers import rulecache

    rulecache.main()
