"""Provider selection and one guarded structured call.

``settings.llm_mode`` picks the provider: ``offline`` (no model; callers use their offline result)
or ``openai`` (langchain ``ChatOpenAI``; any OpenAI-compatible server through ``OPENAI_BASE_URL``).
Retries with exponential backoff on 408/409/429/5xx and on timeouts are done by the ``openai``
client itself (``max_retries``; it honours ``Retry-After``/``retry-after-ms``).

Every failure (timeout, HTTP error after the retries, malformed JSON, schema validation) becomes
:class:`LLMError` with a one-line reason, so callers fall back to the offline result with a notice.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import BaseModel

from assistant.llm.prompts import Prompt, load_prompt
from assistant.llm.redact import Redactor
from assistant.llm.tokens import estimate_cost, token_counter
from assistant.settings import Settings

log = logging.getLogger("assistant.llm")
T = TypeVar("T", bound=BaseModel)


class LLMError(RuntimeError):
    """The model could not give a usable answer; the message is one user-facing line."""


@dataclass
class CallInfo:
    """What one model call cost, for logs and tests."""

    task: str
    model: str
    prompt_version: str
    prompt_tokens: int
    completion_tokens: int
    token_method: str
    cost_usd: float | None
    seconds: float
    masked: int


def make_chat_model(settings: Settings) -> Any:
    """The configured chat model (a langchain ``BaseChatModel``), or raise :class:`LLMError`."""
    if settings.llm_mode == "offline":
        raise LLMError("no model configured (offline mode)")
    from langchain_openai import ChatOpenAI

    key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
    if not key:
        if not settings.openai_base_url:
            raise LLMError("COACH_LLM=openai needs OPENAI_API_KEY (or OPENAI_BASE_URL for a local server)")
        key = "unused"  # local OpenAI-compatible servers (vLLM, Ollama, llama.cpp) ignore it
    return ChatOpenAI(
        model=settings.model,
        api_key=key,
        base_url=settings.openai_base_url,
        timeout=settings.llm_timeout,
        max_retries=settings.llm_max_retries,
        max_tokens=settings.max_output_tokens,
        temperature=settings.temperature,
    )


def describe_error(exc: BaseException, settings: Settings) -> str:
    """A one-line reason for a failed call, without a stack trace."""
    import openai
    from pydantic import ValidationError

    retries = settings.llm_max_retries
    if isinstance(exc, openai.APITimeoutError):
        return f"the model timed out after {settings.llm_timeout:g}s ({retries} retries)"
    if isinstance(exc, openai.RateLimitError):
        return f"the model is rate limited (HTTP 429 after {retries} retries)"
    if isinstance(exc, openai.APIStatusError):
        return f"the model server returned HTTP {exc.status_code} (after {retries} retries)"
    if isinstance(exc, openai.APIConnectionError):
        return "the model server could not be reached"
    if isinstance(exc, ValidationError | ValueError) or type(exc).__name__ == "OutputParserException":
        return "the model returned malformed output (not valid JSON for the expected schema)"
    return f"the model call failed ({type(exc).__name__})"


class LLM:
    """A configured model plus the per-call guards: redaction, token counting, cost log, errors."""

    def __init__(self, settings: Settings, chat_model: Any | None = None) -> None:
        self.settings = settings
        self.chat_model = chat_model if chat_model is not None else make_chat_model(settings)
        self.counter = token_counter(settings.model)
        self.last_call: CallInfo | None = None

    def prompt(self, name: str, expect: set[str]) -> Prompt:
        return load_prompt(name, self.settings.prompts_dir, expect=expect)

    def structured(self, prompt: Prompt, schema: type[T], task: str | None = None, **values: str) -> T:
        """Render ``prompt``, mask private data, call the model for a ``schema`` object, restore.

        Raises :class:`LLMError` on any failure.
        """
        from langchain_core.messages import HumanMessage, SystemMessage

        task = task or prompt.name
        redactor = Redactor.from_settings(self.settings)
        system, user = prompt.render(**redactor.mask_values(values))
        prompt_tokens = self.counter.count(system) + self.counter.count(user)
        started = time.perf_counter()
        try:
            runnable = self.chat_model.with_structured_output(
                schema, method=self.settings.structured_output, include_raw=True
            )
            out = runnable.invoke([SystemMessage(system), HumanMessage(user)])
        except Exception as exc:  # noqa: BLE001 - every failure falls back to offline
            reason = describe_error(exc, self.settings)
            log.warning("llm call %s failed: %s (%s)", task, reason, type(exc).__name__)
            raise LLMError(reason) from exc
        seconds = time.perf_counter() - started
        raw, parsed, error = out.get("raw"), out.get("parsed"), out.get("parsing_error")
        usage = getattr(raw, "usage_metadata", None) or {}
        completion_tokens = int(usage.get("output_tokens") or self.counter.count(_text_of(raw)))
        reported_prompt = usage.get("input_tokens")
        info = CallInfo(
            task=task, model=self.settings.model, prompt_version=prompt.version,
            prompt_tokens=int(reported_prompt or prompt_tokens), completion_tokens=completion_tokens,
            token_method="server-reported" if reported_prompt else self.counter.method,
            cost_usd=None, seconds=seconds, masked=redactor.masked_count,
        )
        info.cost_usd = estimate_cost(info.model, info.prompt_tokens, info.completion_tokens)
        self.last_call = info
        log.info(
            "llm call task=%s prompt=v%s model=%s prompt_tokens=%d (local %s: %d) completion_tokens=%d "
            "cost=%s seconds=%.2f masked=%d",
            task, prompt.version, info.model, info.prompt_tokens, self.counter.method, prompt_tokens,
            info.completion_tokens, f"${info.cost_usd:.6f}" if info.cost_usd is not None else "unknown",
            seconds, info.masked,
        )
        if error is not None or parsed is None:
            reason = describe_error(error or ValueError("no structured output"), self.settings)
            log.warning("llm call %s: %s", task, reason)
            raise LLMError(reason)
        return redactor.restore_obj(parsed)


def _text_of(message: Any) -> str:
    if message is None:
        return ""
    content = getattr(message, "content", "")
    text = content if isinstance(content, str) else str(content)
    for call in getattr(message, "tool_calls", None) or []:
        text += str(call.get("args", ""))
    return text


def get_llm(settings: Settings) -> LLM | None:
    """The LLM for these settings, or None in offline mode."""
    if settings.llm_mode == "offline":
        return None
    return LLM(settings)
