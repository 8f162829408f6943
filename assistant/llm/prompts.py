"""Prompt files: one per task in ``prompts/``, versioned, with named variables checked at load.

A prompt file is YAML front-matter followed by a ``[system]`` and a ``[user]`` section::

    ---
    name: policy_answer
    version: 1.2.0
    variables: [question, passages]
    ---
    [system]
    You answer from the passages only ...
    [user]
    <question>{{question}}</question>

Placeholders are ``{{name}}``. Loading fails when a declared variable is never used or a
placeholder is not declared; rendering fails when a variable is missing or unexpected.
Substituted values are never re-scanned, so user text containing ``{{x}}`` stays literal.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel

_PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")
_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.DOTALL)
_SECTION = re.compile(r"^\[(system|user)\]\s*$", re.MULTILINE)
_VERSION = re.compile(r"^\d+(?:\.\d+){0,2}$")


class PromptError(ValueError):
    """A prompt file is malformed or rendered with the wrong variables."""


class Prompt(BaseModel):
    """A loaded, checked prompt template."""

    name: str
    version: str
    variables: list[str]
    system: str
    user: str
    path: str

    def render(self, **values: str) -> tuple[str, str]:
        """Fill the placeholders; returns ``(system, user)`` message texts."""
        missing = sorted(set(self.variables) - set(values))
        extra = sorted(set(values) - set(self.variables))
        if missing or extra:
            raise PromptError(
                f"prompt {self.name} v{self.version}: "
                + "; ".join(p for p in (f"missing {missing}" if missing else "",
                                        f"unexpected {extra}" if extra else "") if p)
            )
        fill = lambda m: str(values[m.group(1)])  # noqa: E731 - one substitution, no re-scan
        return _PLACEHOLDER.sub(fill, self.system), _PLACEHOLDER.sub(fill, self.user)


def parse_prompt(text: str, path: str = "<string>") -> Prompt:
    """Parse and check a prompt file's text."""
    match = _FRONT_MATTER.match(text)
    if not match:
        raise PromptError(f"{path}: missing '---' front-matter with name, version and variables")
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        raise PromptError(f"{path}: front-matter is not valid YAML ({exc})") from None
    if not isinstance(meta, dict):
        raise PromptError(f"{path}: front-matter must be a mapping")
    for key in ("name", "version", "variables"):
        if key not in meta:
            raise PromptError(f"{path}: front-matter lacks '{key}'")
    version = str(meta["version"])
    if not _VERSION.match(version):
        raise PromptError(f"{path}: version '{version}' is not like 1, 1.2 or 1.2.3")
    variables = meta["variables"]
    if not isinstance(variables, list) or not all(isinstance(v, str) for v in variables):
        raise PromptError(f"{path}: 'variables' must be a list of names")
    body = text[match.end():]
    parts = _SECTION.split(body)
    # parts = [preamble, "system", text, "user", text]
    sections = dict(zip(parts[1::2], parts[2::2], strict=True))
    if parts[0].strip() or set(sections) != {"system", "user"} or len(parts) != 5:
        raise PromptError(f"{path}: body must be exactly one [system] section followed by one [user] section")
    used = set(_PLACEHOLDER.findall(body))
    unused = sorted(set(variables) - used)
    undeclared = sorted(used - set(variables))
    if unused:
        raise PromptError(f"{path}: declared variables never used: {', '.join(unused)}")
    if undeclared:
        raise PromptError(f"{path}: placeholders not declared in 'variables': {', '.join(undeclared)}")
    return Prompt(
        name=str(meta["name"]),
        version=version,
        variables=list(variables),
        system=sections["system"].strip(),
        user=sections["user"].strip(),
        path=path,
    )


@lru_cache(maxsize=32)
def _load_cached(path: Path, mtime_ns: int) -> Prompt:
    return parse_prompt(path.read_text(encoding="utf-8"), str(path))


def load_prompt(name: str, prompts_dir: Path, expect: set[str] | None = None) -> Prompt:
    """Load ``prompts_dir/<name>.md``; ``expect`` = the variables the calling code will pass."""
    path = Path(prompts_dir) / f"{name}.md"
    if not path.is_file():
        raise PromptError(f"prompt file not found: {path}")
    prompt = _load_cached(path.resolve(), path.stat().st_mtime_ns)
    if prompt.name != name:
        raise PromptError(f"{path}: front-matter name '{prompt.name}' does not match the file name")
    if expect is not None and set(prompt.variables) != expect:
        raise PromptError(
            f"{path}: variables {sorted(prompt.variables)} do not match what the code passes {sorted(expect)}"
        )
    return prompt
