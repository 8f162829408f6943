"""Prompt files: one per task, versioned, with named variables checked at load.

The prompts ship inside the package (``assistant/prompts/``, read with ``importlib.resources``, so
an installed wheel has them; the top-level ``prompts/`` of a checkout is a link to that folder).
``COACH_PROMPTS_DIR`` names a folder whose files override the shipped ones of the same name.

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
from importlib import resources
from pathlib import Path

import yaml
from pydantic import BaseModel

from assistant.llm.errors import LLMError

_PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")
_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.DOTALL)
_SECTION = re.compile(r"^\[(system|user)\]\s*$", re.MULTILINE)
_VERSION = re.compile(r"^\d+(?:\.\d+){0,2}$")


class PromptError(LLMError, ValueError):
    """A prompt file is missing, malformed or rendered with the wrong variables (one line)."""

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(str(message).split()))


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
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PromptError(f"{path}: cannot be read ({type(exc).__name__})") from None
    return parse_prompt(text, str(path))


@lru_cache(maxsize=32)
def _load_packaged(name: str) -> Prompt:
    resource = resources.files("assistant") / "prompts" / f"{name}.md"
    try:
        text = resource.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise PromptError(f"prompt '{name}' is not in the installed package (assistant/prompts/{name}.md)") from None
    return parse_prompt(text, f"assistant/prompts/{name}.md")


def packaged_prompt_names() -> list[str]:
    """The prompt files shipped in the package."""
    folder = resources.files("assistant") / "prompts"
    return sorted(p.name[:-3] for p in folder.iterdir() if p.name.endswith(".md"))


def load_prompt(name: str, prompts_dir: Path | None = None, expect: set[str] | None = None) -> Prompt:
    """Load prompt ``name``: ``prompts_dir/<name>.md`` when that folder has it, else the shipped one.

    ``expect`` is the set of variables the calling code will pass.
    """
    if prompts_dir is not None:
        folder = Path(prompts_dir)
        if not folder.is_dir():
            raise PromptError(f"COACH_PROMPTS_DIR {folder} is not a folder")
        path = folder / f"{name}.md"
        prompt = _load_cached(path.resolve(), path.stat().st_mtime_ns) if path.is_file() else _load_packaged(name)
    else:
        prompt = _load_packaged(name)
    path = prompt.path
    if prompt.name != name:
        raise PromptError(f"{path}: front-matter name '{prompt.name}' does not match the file name")
    if expect is not None and set(prompt.variables) != expect:
        raise PromptError(
            f"{path}: variables {sorted(prompt.variables)} do not match what the code passes {sorted(expect)}"
        )
    return prompt
