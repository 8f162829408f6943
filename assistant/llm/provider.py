"""The guarded model call: every model request of the product goes through :meth:`LLM.structured`.

One call = render the prompt with the values masked by the :class:`~assistant.llm.redact.Redactor`,
ask the model (any :class:`~assistant.llm.models.ChatModel`) for a JSON object within one total
deadline and an output cap, refuse a reply that was cut off or is too long, validate it against the
schema, restore the masked values, and log tokens, cost and time. Masking happens here and only
here, so goal and feedback rewrites, policy answers, follow-up rewriting and the judge all get it.

Every failure is an :class:`LLMError` with a one-line reason; callers keep their offline result and
show the reason as a notice.
"""

from __future__ import annotations

import json
import logging
import re
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError

from assistant.llm.errors import BadOutput, FormatRejected, LLMError, ModelUnavailable
from assistant.llm.models import ChatModel, ModelReply, ModelRequest, is_offline, resolve_model
from assistant.llm.prompts import Prompt, load_prompt
from assistant.llm.redact import Redactor
from assistant.llm.tokens import estimate_cost, token_counter

if TYPE_CHECKING:
    from assistant.settings import Settings

__all__ = ["LLM", "BadOutput", "CallInfo", "FormatRejected", "LLMError", "ModelUnavailable", "get_llm"]

log = logging.getLogger("assistant.llm")
T = TypeVar("T", bound=BaseModel)
_FENCE = re.compile(r"^```(?:json)?\s*(.*?)\s*```$", re.DOTALL)


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
    method: str = ""
    finish_reason: str | None = None


class LLM:
    """A model plus the per-call guards: masking, deadline, output cap, validation, cost log."""

    def __init__(self, settings: Settings, model: ChatModel | None = None) -> None:
        self.settings = settings
        self.model = model if model is not None else resolve_model(settings)
        if is_offline(self.model):
            raise ModelUnavailable("no model configured (offline mode)")
        self.counter = token_counter(settings.model_name)
        self.last_call: CallInfo | None = None

    def prompt(self, name: str, expect: set[str]) -> Prompt:
        """The prompt file ``name`` (packaged, or from ``COACH_PROMPTS_DIR``); PromptError is an LLMError."""
        return load_prompt(name, self.settings.prompts_dir, expect=expect)

    def deadline(self) -> float:
        """A fresh total deadline for one request's model work."""
        return time.monotonic() + self.settings.llm_timeout

    def structured(
        self,
        prompt: Prompt,
        schema: type[T],
        task: str | None = None,
        *,
        deadline: float | None = None,
        max_tokens: int | None = None,
        **values: str,
    ) -> T:
        """Render ``prompt`` with ``values`` masked, ask the model for a ``schema`` object, restore it.

        ``deadline`` (``time.monotonic()``) bounds the whole call; several calls of one request may
        share it. Raises :class:`BadOutput` for an unusable answer, :class:`ModelUnavailable` otherwise.
        """
        task = task or prompt.name
        redactor = Redactor.from_settings(self.settings)
        system, user = prompt.render(**redactor.mask_values(values))
        limit = min(max_tokens or self.settings.max_output_tokens, self.settings.max_output_tokens)
        request = ModelRequest(
            system=system, user=user, schema=schema, task=task, max_tokens=limit,
            deadline=deadline if deadline is not None else self.deadline(),
            max_chars=self.settings.max_output_chars,
        )
        local_tokens = self.counter.count(system) + self.counter.count(user)
        started = time.perf_counter()
        try:
            reply = self.model.generate(request)
        except LLMError as exc:
            log.warning("llm call %s failed: %s", task, exc)
            raise
        except Exception as exc:  # noqa: BLE001 - a model bug must not become a traceback
            log.warning("llm call %s failed unexpectedly: %s", task, type(exc).__name__, exc_info=True)
            raise ModelUnavailable(f"the model call failed ({type(exc).__name__})") from None
        self.last_call = self._record(task, prompt, reply, local_tokens, time.perf_counter() - started, redactor)
        parsed = parse_reply(reply, schema, self.settings.max_output_chars)
        return redactor.restore_obj(parsed)

    def _record(self, task: str, prompt: Prompt, reply: ModelReply, local_tokens: int, seconds: float,
                redactor: Redactor) -> CallInfo:
        completion = reply.completion_tokens or self.counter.count(reply.text or "")
        info = CallInfo(
            task=task, model=self.model.name, prompt_version=prompt.version,
            prompt_tokens=reply.prompt_tokens or local_tokens, completion_tokens=completion,
            token_method="server-reported" if reply.prompt_tokens else self.counter.method,
            cost_usd=estimate_cost(self.settings.model_name, reply.prompt_tokens or local_tokens, completion),
            seconds=seconds, masked=redactor.masked_count, method=reply.method, finish_reason=reply.finish_reason,
        )
        log.info(
            "llm call task=%s prompt=v%s model=%s method=%s finish=%s prompt_tokens=%d (local %s: %d) "
            "completion_tokens=%d cost=%s seconds=%.2f masked=%d",
            task, prompt.version, info.model, info.method, info.finish_reason, info.prompt_tokens,
            self.counter.method, local_tokens, info.completion_tokens,
            f"${info.cost_usd:.6f}" if info.cost_usd is not None else "unknown", seconds, info.masked,
        )
        return info


def parse_reply(reply: ModelReply, schema: type[T], max_chars: int) -> T:
    """The reply as a ``schema`` object, or :class:`BadOutput` saying why not."""
    text = (reply.text or "").strip()
    if len(text) > max_chars:
        raise BadOutput(f"the reply is too long ({len(text):,} characters; the limit is {max_chars:,})")
    if reply.finish_reason == "length":
        raise BadOutput("the reply was cut off at the token limit")
    if reply.finish_reason == "content_filter":
        raise BadOutput("the reply was withheld by the server's content filter")
    data = _json_object(text)
    if data is None:
        raise BadOutput("the model returned malformed output (not valid JSON for the expected schema)")
    try:
        return schema.model_validate(data)
    except ValidationError:
        raise BadOutput("the model returned malformed output (not valid JSON for the expected schema)") from None


def _json_object(text: str) -> Any:
    """The JSON object in ``text``: bare, in a code fence, or the outermost braces of a chatty reply."""
    fenced = _FENCE.match(text)
    candidates = [text, fenced.group(1)] if fenced else [text]
    start, end = text.find("{"), text.rfind("}")
    if 0 <= start < end:
        candidates.append(text[start : end + 1])
    for candidate in candidates:
        try:
            data = json.loads(candidate)
        except ValueError:
            continue
        if isinstance(data, dict):
            return data
    return None


def get_llm(settings: Settings, model: ChatModel | None = None) -> LLM | None:
    """The guarded caller for ``model`` (default: the one ``settings`` names), or None when offline."""
    model = model if model is not None else resolve_model(settings)
    if is_offline(model):
        return None
    return LLM(settings, model)
