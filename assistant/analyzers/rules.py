"""One rule schema for the bias, feedback and goal analyzers, and the organisation's overrides.

Every rule of every analyzer is validated data with the same core: an ``id``, its kind (a bias
``category``, a feedback ``kind``, a goal ``criterion``), an ``explanation``, a ``suggestion``,
a ``source`` and ``examples`` (texts it must and must not fire on; the tests run them all). Each
analyzer adds only the fields that say how its rules match.

An organisation changes the rules with one YAML file (``COACH_RULES_FILE``)::

    bias:                      # (the top level of the file is read as the bias section too)
      rules: [...]             # new rules, or a built-in id to replace that rule
      disable: [rule ids]      # switch built-in rules off
      allow: [phrases]         # never flag anything inside these phrases ("Young Professionals Network")
      vocabulary: {people: [...]}
    feedback: {rules: [...], disable: [...], allow: [...]}
    goal: {rules: [...], disable: [...], allow: [...]}

Files are read with aliases refused (a YAML alias bomb cannot expand) and cached by path,
modification time and size. Every problem is a :class:`RulesFileError` with a one-line message.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Generic, Literal, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from assistant.analyzers.scan import C, parse_regex
from assistant.text import tokens

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"
MAX_RULES_FILE_BYTES = 2_000_000


class RulesFileError(ValueError):
    """A rules file is missing, not YAML, or does not match the schema (one-line message)."""


# ----------------------------------------------------------------------------- the common core


class RuleExamples(BaseModel):
    """Texts a rule must fire on (``positive``) and must not fire on (``negative``)."""

    model_config = ConfigDict(extra="forbid")

    positive: list[str] = Field(default_factory=list, description="Texts the rule must fire on.")
    negative: list[str] = Field(default_factory=list, description="Texts the rule must not fire on.")


class Rule(BaseModel):
    """What every rule of every analyzer carries."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z0-9_]+(?:[.-][a-z0-9_]+)*$")
    explanation: str = Field(min_length=10, description="Why this matters, citing research where there is some.")
    suggestion: str = Field(min_length=5, description="What to write instead.")
    source: str | None = Field(default=None, description="Where the rule or its word list comes from.")
    replacements: list[str] = Field(
        default_factory=list, description="Words that can replace the flagged span as written (one-click fixes)."
    )
    examples: RuleExamples = Field(default_factory=RuleExamples)

    @property
    def kind_label(self) -> str:
        """The rule's category, kind or criterion (each analyzer names it its own way)."""
        raise NotImplementedError


# ----------------------------------------------------------------------------- regular expressions


def linear_regex(pattern: str) -> str:
    """Raise ``ValueError`` unless ``pattern`` is safe to run over untrusted text.

    Refused: ``$``/``\\Z`` anchors (a search anchored at the end rescans the text from every
    start), and a repeat with no upper bound around another repeat (``(a+)*``, ``(\\s*x)+``),
    the shape behind catastrophic backtracking. Bounded repeats (``{0,4}``) are fine.
    """
    try:
        parsed = parse_regex(pattern)
    except re.error as exc:
        raise ValueError(f"not a valid regular expression ({exc})") from None

    constants = C  # the opcodes are re-exported by the parser module
    unbounded = constants.MAXREPEAT
    repeats = {constants.MAX_REPEAT, constants.MIN_REPEAT}
    if hasattr(constants, "POSSESSIVE_REPEAT"):
        repeats.add(constants.POSSESSIVE_REPEAT)

    def has_repeat(items: Iterable) -> bool:
        for op, av in items:
            if op in repeats:
                low, high, sub = av
                if high > 1 and high != low:
                    return True
                if has_repeat(sub):
                    return True
            elif op == constants.SUBPATTERN and has_repeat(av[-1]) or op == constants.BRANCH and any(has_repeat(branch) for branch in av[1]):
                return True
        return False

    def walk(items: Iterable) -> None:
        for op, av in items:
            if op == constants.AT and av in (constants.AT_END, constants.AT_END_STRING):
                raise ValueError("ends with a '$' anchor (rescans the text); match forwards instead")
            if op in repeats:
                low, high, sub = av
                if high == unbounded and has_repeat(sub):
                    raise ValueError("has a nested unbounded repeat (catastrophic backtracking)")
                walk(sub)
            elif op == constants.SUBPATTERN:
                walk(av[-1])
            elif op == constants.BRANCH:
                for branch in av[1]:
                    walk(branch)
            elif op in (constants.ASSERT, constants.ASSERT_NOT):
                walk(av[1])

    walk(parsed)
    return pattern


# ----------------------------------------------------------------------------- phrases


class PhraseMatcher:
    """Finds whole-word phrases in a text in one pass over its tokens (case-insensitive)."""

    def __init__(self, phrases: Iterable[str]) -> None:
        self._index: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            words = tuple(t.lower for t in tokens(phrase))
            if words:
                self._index.setdefault(words[0], []).append(words)
        for options in self._index.values():
            options.sort(key=len, reverse=True)

    def __bool__(self) -> bool:
        return bool(self._index)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every occurrence, longest first at each word."""
        if not self._index:
            return []
        found = tokens(text)
        words = [t.lower for t in found]
        out: list[tuple[int, int]] = []
        for i, word in enumerate(words):
            for phrase in self._index.get(word, ()):
                if tuple(words[i : i + len(phrase)]) == phrase:
                    out.append((found[i].start, found[i + len(phrase) - 1].end))
                    break
        return out


def drop_allowed(items: Sequence, allowed: Sequence[tuple[int, int]], span=lambda item: (item.start, item.end)) -> list:
    """``items`` without those whose span overlaps an allowed phrase (spanless items are kept)."""
    if not allowed:
        return list(items)
    kept = []
    for item in items:
        start, end = span(item)
        if start is not None and end is not None and any(s < end and start < e for s, e in allowed):
            continue
        kept.append(item)
    return kept


# ----------------------------------------------------------------------------- organisation files

R = TypeVar("R", bound=BaseModel)


class Overrides(BaseModel, Generic[R]):
    """One analyzer's section of an organisation's rules file."""

    model_config = ConfigDict(extra="forbid")

    rules: list[R] = Field(default_factory=list, description="Rules to add; a built-in id replaces that rule.")
    disable: list[str] = Field(default_factory=list, description="Built-in rule ids to switch off.")
    allow: list[str] = Field(default_factory=list, description="Phrases inside which nothing is flagged.")
    vocabulary: dict[str, list[str]] = Field(default_factory=dict, description="Words added to named lists.")

    @field_validator("allow")
    @classmethod
    def _phrases_have_words(cls, value: list[str]) -> list[str]:
        for phrase in value:
            if not tokens(phrase):
                raise ValueError(f"allow phrase {phrase!r} has no words")
        return value


class _UniqueKeys:
    """Refuses a key given twice in one mapping: YAML keeps the last silently, so a second ``evaluation:`` list
    would replace the first one's words instead of adding to them."""

    def construct_mapping(self, node, deep=False):  # type: ignore[no-untyped-def]
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)  # type: ignore[attr-defined]
            if isinstance(key, str | int | float | bool) and key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"the key {key!r} is given twice in one mapping", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep)  # type: ignore[misc]


class _NoAliasLoader(_UniqueKeys, yaml.SafeLoader):
    """A safe loader that refuses anchors and aliases, so a tiny file cannot expand to gigabytes."""

    def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(
                None, None, "aliases are not allowed in rules files", event.start_mark
            )
        return super().compose_node(parent, index)


class _FastLoader(_UniqueKeys, getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """libyaml's safe loader, refusing repeated keys."""


_FAST_LOADER = _FastLoader


def read_yaml(path: Path, what: str = "rules file", trusted: bool = False) -> object:
    """Parse a YAML file (size capped), or raise a one-line RulesFileError.

    An organisation's file is read with aliases refused; the packaged rule files (``trusted``)
    with libyaml's safe loader, which is several times faster for a cold command."""
    try:
        size = path.stat().st_size
        if size > MAX_RULES_FILE_BYTES:
            raise RulesFileError(f"{what} {path}: {size} bytes, more than {MAX_RULES_FILE_BYTES}")
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RulesFileError(f"{what} {path}: no such file") from None
    except IsADirectoryError:
        raise RulesFileError(f"{what} {path}: is a folder, expected a YAML file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RulesFileError(f"{what} {path}: cannot read it ({exc.__class__.__name__})") from None
    try:
        return yaml.load(raw, Loader=_FAST_LOADER if trusted else _NoAliasLoader)  # noqa: S506 - safe loaders
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "syntax error"
        raise RulesFileError(f"{what} {path} is not valid YAML{where}: {problem}") from None


def validation_message(path: Path | str, exc: ValidationError, what: str = "rules file") -> str:
    """The first three schema errors of a file, on one line."""
    details = []
    for error in exc.errors()[:3]:
        location = ".".join(str(part) for part in error["loc"])
        details.append(f"{location}: {error['msg']}")
    more = f" (+{exc.error_count() - 3} more)" if exc.error_count() > 3 else ""
    return f"{what} {path}: " + "; ".join(details) + more


Section = Literal["bias", "feedback", "goal"]
SECTIONS: tuple[str, ...] = ("bias", "feedback", "goal")
_BIAS_TOP_LEVEL = ("rules", "disable", "allow", "vocabulary")


@lru_cache(maxsize=16)
def _org_file(path: str, mtime_ns: int, size: int) -> dict[str, dict]:
    data = read_yaml(Path(path))
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise RulesFileError(
            f"rules file {path}: expected a mapping with 'bias', 'feedback' or 'goal' "
            "(or 'rules', 'disable', 'allow', 'vocabulary' for bias)"
        )
    unknown = sorted(set(data) - set(SECTIONS) - set(_BIAS_TOP_LEVEL))
    if unknown:
        raise RulesFileError(
            f"rules file {path}: unknown section(s) {', '.join(map(str, unknown))}; "
            f"use {', '.join(SECTIONS)} (top-level rules/disable/allow/vocabulary are bias)"
        )
    top = {key: data[key] for key in _BIAS_TOP_LEVEL if key in data}
    if top and "bias" in data:
        raise RulesFileError(f"rules file {path}: put bias rules either at the top level or under 'bias', not both")
    sections: dict[str, dict] = {}
    for name in SECTIONS:
        section = top if name == "bias" and top else data.get(name)
        if section is None:
            section = {}
        if not isinstance(section, dict):
            raise RulesFileError(f"rules file {path}: '{name}' must be a mapping with rules, disable, allow")
        sections[name] = section
    return sections


OrgKey = tuple[str, int, int]
"""An organisation's rules file as (resolved path, modification time, size): a cache key."""


def org_file_key(path: Path | str | None) -> OrgKey | None:
    """The cache key of the organisation's rules file (None without one); raises when it is missing."""
    if path is None:
        return None
    resolved = Path(path).expanduser()
    try:
        stat = resolved.stat()
    except FileNotFoundError:
        raise RulesFileError(f"rules file {resolved}: no such file") from None
    except OSError as exc:
        raise RulesFileError(f"rules file {resolved}: cannot read it ({exc.__class__.__name__})") from None
    return str(resolved.resolve()), stat.st_mtime_ns, stat.st_size


def org_section(key: OrgKey, section: Section) -> dict:
    """The raw ``section`` of the organisation's rules file (validated by the analyzer's model)."""
    return _org_file(*key)[section]


def parse_overrides(model: type[Overrides], path: str | None, raw: dict) -> Overrides:
    """Validate one section against its analyzer's override model."""
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        raise RulesFileError(validation_message(path or "rules file", exc)) from None


def merge_rules(builtin: Sequence[R], overrides: Overrides, path: str | None) -> list[R]:
    """Built-in rules with the organisation's added, replaced (same id) and disabled ones."""
    merged: dict[str, R] = {}
    for rule in builtin:
        if rule.id in merged:  # type: ignore[attr-defined]
            raise RulesFileError(f"duplicate built-in rule id {rule.id}")  # type: ignore[attr-defined]
        merged[rule.id] = rule  # type: ignore[attr-defined]
    ids = [rule.id for rule in overrides.rules]  # type: ignore[attr-defined]
    repeated = sorted({i for i in ids if ids.count(i) > 1})
    if repeated:
        raise RulesFileError(f"rules file {path}: rule id repeated: {', '.join(repeated)}")
    for rule in overrides.rules:
        merged[rule.id] = rule  # type: ignore[attr-defined]
    unknown = sorted(set(overrides.disable) - set(merged))
    if unknown:
        raise RulesFileError(f"rules file {path}: disable lists unknown rule id(s): {', '.join(unknown)}")
    for rule_id in overrides.disable:
        merged.pop(rule_id, None)
    return list(merged.values())
