"""One settings object for the whole assistant (env prefix ``COACH_``, ``.env`` supported).

Read it once with :func:`get_settings` at the edge (CLI, app) and pass it down.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent
PACKAGE_DIR = Path(__file__).resolve().parent
MODEL_PROVIDERS = ("openai", "offline", "test")


class Settings(BaseSettings):
    """Effective configuration. Every field can be set as ``COACH_<NAME>``."""

    model_config = SettingsConfigDict(
        env_prefix="COACH_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    # Knowledge index
    index_dir: Path = Field(default=Path(".coach/index"), description="Embedded Chroma index folder.")
    knowledge_dir: Path = Field(
        default=PACKAGE_DIR / "sample_knowledge",
        description="Documents indexed when the index is empty (the sample shipped in the package).",
    )
    collection: str = "knowledge"
    chroma_host: str | None = Field(default=None, description="Use a Chroma server instead of the embedded store.")
    chroma_port: int = 8000
    embeddings: Literal["local", "openai", "fake"] = Field(
        default="local",
        description="local = bundled MiniLM via ONNX Runtime; openai = embeddings API; fake = hashed words (tests).",
    )
    local_embedding_model: str = "all-MiniLM-L6-v2"
    openai_embedding_model: str = "text-embedding-3-small"

    # Knowledge index tuning (index helper)
    embedding_threads: int | None = Field(
        default=None,
        ge=1,
        description="ONNX Runtime threads for embedding (unset: one per core; 1 is faster on a busy machine).",
    )
    model_cache_dir: Path | None = Field(
        default=None,
        description="Where the ONNX export of the local embedding model is kept "
        "(unset: $XDG_CACHE_HOME/performance-coach/models).",
    )

    # LLM
    llm: Literal["auto", "offline", "openai"] = Field(
        default="auto",
        description="Older switch, kept for bare COACH_MODEL names: auto = openai when OPENAI_API_KEY is set. "
        "offline always wins.",
    )
    model: str = Field(
        default="gpt-4o-mini",
        description="openai:<model> (any OpenAI-compatible server), offline, test; a bare name follows COACH_LLM.",
    )
    openai_api_key: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("COACH_OPENAI_API_KEY", "OPENAI_API_KEY")
    )
    openai_base_url: str | None = Field(
        default=None, validation_alias=AliasChoices("COACH_OPENAI_BASE_URL", "OPENAI_BASE_URL")
    )
    llm_timeout: float = Field(
        default=8.0, gt=0, description="Total seconds the model may take per request, retries included."
    )
    llm_max_retries: int = Field(default=2, ge=0, description="Retries on 429/5xx/connection errors.")
    max_output_tokens: int = Field(default=800, ge=16, description="max_tokens sent with each call.")
    max_output_chars: int = Field(
        default=12_000, ge=200, description="A reply longer than this is refused before it is checked."
    )
    context_token_budget: int = 2500
    temperature: float = 0.0
    redact: bool = Field(default=True, description="Mask names, emails, phones, ids, addresses and dates of birth before text leaves the machine.")

    # Analyzers
    rules_file: Path | None = Field(default=None, description="Organisation's own bias rules (YAML).")
    max_input_chars: int = Field(default=50_000, ge=1)

    # --- LLM layer and policy Q&A (owned by the llm helper) ---
    structured_output: Literal["json_schema", "function_calling", "json_mode"] = Field(
        default="json_schema",
        description="How structured output is requested; use function_calling for servers without "
        "response_format json_schema support.",
    )
    employee_id_pattern: str = Field(
        default=r"\b(?:EMP-?\d{4,8}|E\d{5,8})\b", description="Regex for employee IDs masked before text leaves."
    )
    # --- masking (harden) ---
    redact_patterns: dict[str, str] = Field(
        default_factory=dict,
        description='Organisation patterns masked before text leaves, as JSON: {"PROJECT": "\\bPRJ-\\d{4}\\b"}.',
    )
    phone_regions: list[str] = Field(
        default_factory=lambda: ["US", "GB"],
        description="Regions whose national phone formats are masked (international formats always are).",
    )
    qa_min_similarity: float = Field(
        default=0.34, description="No longer read: the Q&A gate is learned (assistant/qa/calibration.yaml)."
    )
    prompts_dir: Path | None = Field(
        default=None, description="Folder of prompt files overriding the ones shipped in the package."
    )

    # --- LLM-judge eval (judge helper) ---
    judge_sample: int = Field(
        default=20, ge=1, description="Rewrites per kind (goals, feedback) the optional LLM judge grades."
    )

    # App
    host: str = "127.0.0.1"
    port: int = Field(default=7860, ge=1, le=65535)
    auth: SecretStr | None = Field(default=None, description="'user:password' to require a login.")
    concurrency_limit: int = Field(default=4, ge=1, description="Q&A and search requests served at once.")
    max_upload_mb: int = Field(default=20, ge=1)
    analyzer_concurrency: int = Field(
        default=32, ge=1, description="Goal, feedback and bias requests accepted at once (each coach's own queue)."
    )
    analyzer_workers: int | None = Field(
        default=None, ge=1, description="Worker processes per analyzer coach (unset: 2, or 1 on a single core)."
    )
    analyzer_timeout: float = Field(
        default=10.0, gt=0, description="Seconds one goal, feedback or bias check may take before it is stopped."
    )
    login_attempts: int = Field(
        default=5, ge=1, description="Failed logins allowed per client address per minute; more are refused."
    )

    @field_validator("redact_patterns")
    @classmethod
    def _valid_patterns(cls, value: dict[str, str]) -> dict[str, str]:
        if value:  # the masking module is imported only when there is something to check
            from assistant.llm.redact import compile_patterns

            compile_patterns(value)
        return value

    @property
    def model_provider(self) -> str:
        """The provider ``model`` names: ``openai``, ``offline`` or ``test`` (resolved here only)."""
        value = self.model.strip()
        if self.llm == "offline" or value == "offline":
            return "offline"
        if value == "test":
            return "test"
        provider, sep, _ = value.partition(":")
        if sep and provider in MODEL_PROVIDERS:
            return provider
        # A bare name ("gpt-4o-mini", "llama3:8b"): the older COACH_LLM switch decides.
        if self.llm == "auto":
            return "openai" if self.openai_api_key else "offline"
        return self.llm

    @property
    def model_name(self) -> str:
        """The model's own name, without the provider prefix."""
        value = self.model.strip()
        provider, sep, rest = value.partition(":")
        return rest if sep and provider in MODEL_PROVIDERS else value

    @property
    def llm_mode(self) -> str:
        """The model provider in use (``offline`` when none)."""
        return self.model_provider

    @property
    def model_cache_file(self) -> Path:
        """What each model server supports, remembered beside the index."""
        return self.index_dir.with_name(self.index_dir.name + ".models.json")

    def masked(self) -> dict[str, object]:
        """Effective settings as plain values, secrets masked."""
        out: dict[str, object] = {}
        for name in type(self).model_fields:
            value = getattr(self, name)
            if isinstance(value, SecretStr):
                secret = value.get_secret_value()
                value = f"{secret[:3]}…(masked)" if len(secret) > 6 else "***"
            elif isinstance(value, Path):
                value = str(value)
            elif isinstance(value, str):
                value = mask_url_secrets(value)
            out[name] = value
        out["llm_mode"] = self.llm_mode
        return out


_URL_PASSWORD = re.compile(r"(?P<scheme>[a-z][a-z0-9+.-]*://)(?P<user>[^:/@\s]*):(?P<password>[^@/\s]*)@", re.I)
_URL_SECRET_PARAM = re.compile(r"(?P<name>[?&](?:api[-_]?key|key|token|access_token|password|secret|sig)=)[^&#\s]*", re.I)


def mask_url_secrets(value: str) -> str:
    """A URL with its password and secret query parameters masked ("https://bob:***@host/v1")."""
    value = _URL_PASSWORD.sub(lambda m: f"{m.group('scheme')}{m.group('user')}:***@", value)
    return _URL_SECRET_PARAM.sub(lambda m: f"{m.group('name')}***", value)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return Settings()
