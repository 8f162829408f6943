"""Models chosen by name, behind one small interface.

``COACH_MODEL`` names the model: ``openai:gpt-4o-mini`` (any OpenAI-compatible server, see
:mod:`assistant.llm.openai_compat`), ``offline`` (no model; every feature keeps its deterministic
result) or ``test`` (:class:`TestModel`, an in-process model that tests ``enqueue`` answers into).
A bare name such as ``gpt-4o-mini`` keeps its old meaning: the OpenAI-compatible provider when
``COACH_LLM`` is ``openai`` (or ``auto`` with ``OPENAI_API_KEY`` set), otherwise offline.
:func:`resolve_model` is the one place where a name becomes a model object.

A model only turns a :class:`ModelRequest` into a :class:`ModelReply` (JSON text). Masking,
prompt rendering, deadlines, output caps and validation are the caller's job
(:class:`assistant.llm.provider.LLM`), so every model gets the same guards.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from pydantic import BaseModel

from assistant.llm.errors import LLMError, ModelUnavailable

if TYPE_CHECKING:
    from assistant.settings import Settings

METHODS = ("json_schema", "function_calling", "json_mode")


@dataclass(frozen=True)
class ModelRequest:
    """One structured call, after masking: the messages, the expected schema and the limits."""

    system: str
    user: str
    schema: type[BaseModel]
    task: str
    max_tokens: int
    deadline: float  # time.monotonic() by which the whole call, retries included, must end
    max_chars: int  # a reply longer than this is refused unread

    @property
    def schema_name(self) -> str:
        return self.schema.__name__.lstrip("_") or "answer"


@dataclass
class ModelReply:
    """What a model answered: the JSON text of the object, and how the answer ended."""

    text: str
    finish_reason: str | None = "stop"
    method: str = "test"
    prompt_tokens: int | None = None
    completion_tokens: int | None = None


@runtime_checkable
class ChatModel(Protocol):
    """A model that answers a structured request. ``name`` is what ``COACH_MODEL`` says."""

    name: str

    def generate(self, request: ModelRequest) -> ModelReply: ...


class OfflineModel:
    """No model: callers keep their offline result. ``generate`` is never meant to be called."""

    name = "offline"
    offline = True

    def generate(self, request: ModelRequest) -> ModelReply:
        raise ModelUnavailable("no model configured (offline mode)")


OFFLINE = OfflineModel()


@dataclass
class TestModel:
    """An in-process model answering from a queue, for tests (as simonw/llm's ``MockModel``).

    ``enqueue`` dicts (sent back as JSON), raw strings (e.g. malformed JSON), :class:`ModelReply`
    objects (to set a finish reason) or exceptions (raised). Every request is recorded in
    ``requests``; ``sent_text(i)`` is what left the machine for request ``i``, after masking.
    """

    __test__ = False  # not a pytest test class
    name: str = "test"
    queue: list[Any] = field(default_factory=list)
    requests: list[ModelRequest] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def enqueue(self, *answers: Any) -> TestModel:
        with self._lock:
            self.queue.extend(answers)
        return self

    def reset(self) -> None:
        with self._lock:
            self.queue.clear()
            self.requests.clear()

    def sent_text(self, index: int = -1) -> str:
        request = self.requests[index]
        return f"{request.system}\n{request.user}"

    def generate(self, request: ModelRequest) -> ModelReply:
        with self._lock:
            self.requests.append(request)
            if not self.queue:
                raise ModelUnavailable("test model: no answer queued")
            answer = self.queue.pop(0)
        if isinstance(answer, BaseException):
            raise answer
        if isinstance(answer, ModelReply):
            return answer
        text = answer if isinstance(answer, str) else json.dumps(answer)
        return ModelReply(text=text, method="test")


TEST_MODEL = TestModel()


def resolve_model(settings: Settings) -> ChatModel:
    """The model ``settings`` names (``settings.model_provider`` / ``settings.model_name``)."""
    provider = settings.model_provider
    if provider == "offline":
        return OFFLINE
    if provider == "test":
        return TEST_MODEL
    if provider == "openai":
        from assistant.llm.openai_compat import OpenAIModel

        return OpenAIModel.from_settings(settings)
    raise LLMError(f"unknown model provider '{provider}' (use openai:<model>, offline or test)")


def is_offline(model: ChatModel) -> bool:
    return bool(getattr(model, "offline", False))
