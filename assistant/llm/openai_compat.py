"""Any OpenAI-compatible chat-completions server (OpenAI, Azure's v1 endpoint, vLLM, Ollama,
llama.cpp / llama-cpp-python), spoken over plain HTTP with httpx.

Three ways to ask for a JSON object, strongest first (``METHODS``):

* ``json_schema``: ``response_format={"type": "json_schema", ...}`` (OpenAI, vLLM, Ollama, llama.cpp);
* ``function_calling``: one forced tool whose parameters are the schema (llama-cpp-python, most servers);
* ``json_mode``: ``response_format={"type": "json_object"}`` with the schema written into the prompt.

``COACH_STRUCTURED_OUTPUT`` names the method to start from. When a server rejects a method (an HTTP
4xx/5xx whose body names ``response_format``, the schema or the tools) the next one is tried in the
same call, and the method that worked is remembered per (base URL, model) in
:class:`~assistant.llm.capabilities.CapabilityCache`.

Every call has one total deadline (``ModelRequest.deadline``) covering connection, retries with
backoff on 408/409/429/5xx (``Retry-After`` honoured) and reading the body: a server that drips a
byte every few seconds is cut off at the deadline, not waited on per read. The body is read up to a
byte cap, so a huge reply is refused before anything parses it.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import copy
import json
import logging
import random
import time
from typing import TYPE_CHECKING, Any

import httpx

from assistant.llm.capabilities import CapabilityCache, cache_key
from assistant.llm.errors import BadOutput, FormatRejected, LLMError, ModelUnavailable
from assistant.llm.models import METHODS, ModelReply, ModelRequest

if TYPE_CHECKING:
    from assistant.settings import Settings

log = logging.getLogger("assistant.llm")

DEFAULT_BASE_URL = "https://api.openai.com/v1"
RETRY_STATUS = {408, 409, 429, 500, 502, 503, 504}
# Words in an error body that say the server refused the *shape* of the request for a method.
REJECTION_WORDS = {
    "json_schema": ("response_format", "json_schema", "schema"),
    "function_calling": ("tool", "function"),
    "json_mode": ("response_format", "json_object"),
}
JSON_MODE_INSTRUCTION = (
    "Answer with one JSON object and nothing else. It must match this JSON schema:\n{schema}"
)


def strict_schema(schema_model: type) -> dict[str, Any]:
    """The model's JSON schema as OpenAI's strict mode wants it: closed objects, all fields required."""
    schema = copy.deepcopy(schema_model.model_json_schema())

    def close(node: Any) -> None:
        if isinstance(node, dict):
            node.pop("title", None)
            node.pop("default", None)
            if node.get("type") == "object" and "properties" in node:
                node["additionalProperties"] = False
                node["required"] = list(node["properties"])
            for value in node.values():
                close(value)
        elif isinstance(node, list):
            for value in node:
                close(value)

    close(schema)
    return schema


def run_with_deadline(make_coro: Any, timeout: float) -> Any:
    """Run ``make_coro()`` to completion within ``timeout`` seconds from synchronous code.

    Cancellation at the deadline is exact whatever the server does. Inside a running event loop
    (an async caller) the call runs on a short-lived thread with its own loop.
    """

    async def main() -> Any:
        return await asyncio.wait_for(make_coro(), timeout)

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(main())
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, main()).result()


class OpenAIModel:
    """A model on an OpenAI-compatible server, with structured-output negotiation."""

    def __init__(
        self,
        model: str,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        start_method: str = "json_schema",
        max_retries: int = 2,
        temperature: float = 0.0,
        timeout: float = 8.0,
        cache: CapabilityCache | None = None,
    ) -> None:
        if start_method not in METHODS:
            raise LLMError(f"unknown structured-output method '{start_method}' (use {', '.join(METHODS)})")
        self.model = model
        self.name = f"openai:{model}"
        self.base_url = (base_url or DEFAULT_BASE_URL).rstrip("/")
        self.api_key = api_key
        self.start_method = start_method
        self.max_retries = max_retries
        self.temperature = temperature
        self.timeout = timeout
        self.cache = cache or CapabilityCache(None)
        self.key = cache_key(self.base_url, model)
        self.last_method: str | None = None

    @classmethod
    def from_settings(cls, settings: Settings) -> OpenAIModel:
        key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
        if not key and not settings.openai_base_url:
            raise ModelUnavailable(
                f"COACH_MODEL={settings.model} needs OPENAI_API_KEY (or OPENAI_BASE_URL for a local server)"
            )
        return cls(
            settings.model_name,
            base_url=settings.openai_base_url,
            api_key=key,
            start_method=settings.structured_output,
            max_retries=settings.llm_max_retries,
            temperature=settings.temperature,
            timeout=settings.llm_timeout,
            cache=CapabilityCache(settings.model_cache_file),
        )

    # --- the public interface -------------------------------------------------------------------

    def methods_to_try(self) -> list[str]:
        """From the configured method, or the remembered one when it is weaker, to the weakest."""
        start = METHODS.index(self.start_method)
        remembered = self.cache.method(self.key)
        if remembered in METHODS:
            start = max(start, METHODS.index(remembered))
        return list(METHODS[start:])

    def generate(self, request: ModelRequest) -> ModelReply:
        methods = self.methods_to_try()

        async def negotiate(client: httpx.AsyncClient) -> ModelReply:
            rejected: list[str] = []
            reasons: list[str] = []
            for i, method in enumerate(methods):
                try:
                    reply = await self._call(client, method, request)
                except FormatRejected as exc:
                    log.info("model %s rejected %s: %s; trying the next method", self.name, method, exc)
                    rejected.append(method)
                    reasons.append(f"{method}: {exc}")
                    if i + 1 < len(methods):  # a refusal is certain: start from the next method from now on
                        self.cache.remember(self.key, method=methods[i + 1], rejected=rejected)
                    continue
                if self.cache.method(self.key) != method:
                    self.cache.remember(self.key, method=method, rejected=rejected)
                return reply
            raise FormatRejected(
                "the model server accepts none of the structured-output methods (" + "; ".join(reasons) + ")"
            )

        return self._run(negotiate, request.deadline)

    def call_method(self, method: str, request: ModelRequest) -> ModelReply:
        """One call with exactly ``method`` (no negotiation), for ``coach doctor``."""

        async def one(client: httpx.AsyncClient) -> ModelReply:
            return await self._call(client, method, request)

        return self._run(one, request.deadline)

    def server_info(self, deadline: float) -> dict[str, Any]:
        """What the server says about the model: context size and where it was read, when it says."""

        async def probe(client: httpx.AsyncClient) -> dict[str, Any]:
            root = self.base_url.removesuffix("/v1")
            # llama.cpp's server: /props -> default_generation_settings.n_ctx (or n_ctx).
            found = await self._get_json(client, f"{root}/props")
            if isinstance(found, dict):
                settings = found.get("default_generation_settings") or {}
                n_ctx = settings.get("n_ctx") or found.get("n_ctx")
                if isinstance(n_ctx, int) and n_ctx > 0:
                    return {"context_tokens": n_ctx, "context_source": "GET /props"}
            listed = await self._get_json(client, f"{self.base_url}/models")
            for entry in (listed or {}).get("data", []) if isinstance(listed, dict) else []:
                if not isinstance(entry, dict) or entry.get("id") not in (self.model, None):
                    continue
                meta = entry.get("meta") or {}
                for source, value in (("max_model_len", entry.get("max_model_len")),  # vLLM
                                      ("context_length", entry.get("context_length")),
                                      ("meta.n_ctx_train", meta.get("n_ctx_train"))):  # llama.cpp
                    if isinstance(value, int) and value > 0:
                        return {"context_tokens": value, "context_source": f"GET /models {source}"}
            return {"context_tokens": None, "context_source": None}

        try:
            return self._run(probe, deadline)
        except LLMError:
            return {"context_tokens": None, "context_source": None}

    # --- HTTP -------------------------------------------------------------------------------------

    def _run(self, work: Any, deadline: float) -> Any:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise ModelUnavailable(f"the model timed out (deadline {self.timeout:g}s)")

        async def with_client() -> Any:
            timeout = httpx.Timeout(remaining, connect=min(remaining, 10.0))
            async with httpx.AsyncClient(timeout=timeout, follow_redirects=False) as client:
                return await work(client)

        try:
            return run_with_deadline(with_client, remaining)
        except TimeoutError:
            raise ModelUnavailable(f"the model timed out (deadline {self.timeout:g}s)") from None

    def _headers(self) -> dict[str, str]:
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
            if ".openai.azure.com" in self.base_url:
                headers["api-key"] = self.api_key
        return headers

    def body(self, method: str, request: ModelRequest) -> dict[str, Any]:
        """The chat-completions request body for ``method``."""
        schema = strict_schema(request.schema)
        system = request.system
        body: dict[str, Any] = {"model": self.model, "temperature": self.temperature}
        if method == "json_schema":
            body["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": request.schema_name, "schema": schema, "strict": True},
            }
        elif method == "function_calling":
            body["tools"] = [{
                "type": "function",
                "function": {"name": request.schema_name, "description": (request.schema.__doc__ or "").strip(),
                             "parameters": schema},
            }]
            body["tool_choice"] = {"type": "function", "function": {"name": request.schema_name}}
        else:
            body["response_format"] = {"type": "json_object"}
            system = system + "\n\n" + JSON_MODE_INSTRUCTION.format(schema=json.dumps(schema))
        body["messages"] = [{"role": "system", "content": system}, {"role": "user", "content": request.user}]
        body["stream"] = True
        # OpenAI's newer models take max_completion_tokens; local servers know max_tokens.
        limit = "max_completion_tokens" if self.base_url == DEFAULT_BASE_URL else "max_tokens"
        body[limit] = request.max_tokens
        return body

    async def _call(self, client: httpx.AsyncClient, method: str, request: ModelRequest) -> ModelReply:
        body = self.body(method, request)
        max_bytes = max(65_536, request.max_chars * 6)
        attempt = 0
        while True:
            try:
                status, headers, raw, streamed = await self._post(client, method, body, max_bytes)
            except httpx.TransportError as exc:
                if attempt < self.max_retries and await self._backoff(attempt, None, request.deadline):
                    attempt += 1
                    continue
                if isinstance(exc, httpx.TimeoutException):
                    raise ModelUnavailable(f"the model timed out (deadline {self.timeout:g}s)") from None
                raise ModelUnavailable("the model server could not be reached") from None
            if status == 200:
                return streamed or self._reply(method, raw)
            text = raw.decode("utf-8", "replace")[:2000]
            if status in (400, 404, 415, 422, 500, 501) and _names_method(method, text):
                raise FormatRejected(f"HTTP {status}: {_error_message(text)}")
            if status in RETRY_STATUS and attempt < self.max_retries and await self._backoff(
                attempt, headers, request.deadline
            ):
                attempt += 1
                continue
            if status == 429:
                raise ModelUnavailable(f"the model is rate limited (HTTP 429 after {attempt} retries)")
            after = f" (after {attempt} retries)" if attempt else ""
            raise ModelUnavailable(f"the model server returned HTTP {status}{after}")

    async def _post(self, client: httpx.AsyncClient, method: str, body: dict[str, Any], max_bytes: int
                    ) -> tuple[int, httpx.Headers, bytes, ModelReply | None]:
        """POST the request; a streamed (SSE) answer is assembled as it arrives, within the byte cap.

        Streaming means an abandoned request (deadline passed) stops the server's generation too.
        """
        async with client.stream("POST", f"{self.base_url}/chat/completions", json=body,
                                 headers=self._headers()) as response:
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise BadOutput(f"the reply is too long ({int(declared):,} bytes; the limit is {max_bytes:,})")
            streaming = response.status_code == 200 and "text/event-stream" in response.headers.get("content-type", "")
            stream = _StreamedReply(method) if streaming else None
            chunks: list[bytes] = []
            size = 0
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise BadOutput(f"the reply is too long (over {max_bytes:,} bytes)")
                if stream is not None:
                    if stream.feed(chunk):
                        break
                else:
                    chunks.append(chunk)
            reply = stream.reply() if stream is not None else None
            if reply is not None:
                self.last_method = method
            return response.status_code, response.headers, b"".join(chunks), reply

    async def _get_json(self, client: httpx.AsyncClient, url: str) -> Any:
        try:
            async with client.stream("GET", url, headers=self._headers()) as response:
                if response.status_code != 200:
                    return None
                data = b""
                async for chunk in response.aiter_bytes():
                    data += chunk
                    if len(data) > 1_000_000:
                        return None
            return json.loads(data)
        except (httpx.HTTPError, ValueError):
            return None

    async def _backoff(self, attempt: int, headers: httpx.Headers | None, deadline: float) -> bool:
        """Sleep before retry ``attempt + 1``; False when the deadline leaves no room for it."""
        delay = min(8.0, 0.5 * 2**attempt) * (0.75 + random.random() / 2)
        if headers is not None:
            if (ms := headers.get("retry-after-ms")) and _is_number(ms):
                delay = float(ms) / 1000
            elif (seconds := headers.get("retry-after")) and _is_number(seconds):
                delay = float(seconds)
        if time.monotonic() + delay >= deadline:
            return False
        await asyncio.sleep(delay)
        return True

    def _reply(self, method: str, raw: bytes) -> ModelReply:
        try:
            payload = json.loads(raw)
            choice = payload["choices"][0]
            message = choice.get("message") or {}
        except (ValueError, KeyError, IndexError, TypeError, AttributeError):
            raise BadOutput("the model server sent a malformed response (not a chat completion)") from None
        if message.get("refusal"):
            raise BadOutput(f"the model refused: {str(message['refusal'])[:200]}")
        text = None
        for call in message.get("tool_calls") or []:
            arguments = (call.get("function") or {}).get("arguments") if isinstance(call, dict) else None
            if arguments is not None:
                text = arguments if isinstance(arguments, str) else json.dumps(arguments)
                break
        if text is None:
            content = message.get("content")
            if isinstance(content, list):  # content parts
                content = "".join(p.get("text", "") for p in content if isinstance(p, dict))
            text = content if isinstance(content, str) else ""
        usage = payload.get("usage") or {}
        self.last_method = method
        return ModelReply(
            text=text,
            finish_reason=choice.get("finish_reason"),
            method=method,
            prompt_tokens=_int_or_none(usage.get("prompt_tokens")),
            completion_tokens=_int_or_none(usage.get("completion_tokens")),
        )


class _StreamedReply:
    """A chat completion arriving as server-sent events: content or tool-call argument deltas."""

    def __init__(self, method: str) -> None:
        self.method = method
        self.buffer = b""
        self.content: list[str] = []
        self.arguments: list[str] = []
        self.finish_reason: str | None = None
        self.usage: dict[str, Any] = {}
        self.done = False

    def feed(self, chunk: bytes) -> bool:
        """Take bytes; True once the stream says it is done."""
        self.buffer += chunk
        while b"\n" in self.buffer and not self.done:
            line, self.buffer = self.buffer.split(b"\n", 1)
            line = line.strip()
            if line.startswith(b"data:"):
                self._event(line[5:].strip())
        return self.done

    def _event(self, data: bytes) -> None:
        if data == b"[DONE]":
            self.done = True
            return
        try:
            event = json.loads(data)
        except ValueError:
            raise BadOutput("the model server sent a malformed stream (an event is not JSON)") from None
        if not isinstance(event, dict):
            raise BadOutput("the model server sent a malformed stream")
        if event.get("error"):
            raise ModelUnavailable(f"the model server reported an error: {_error_message(json.dumps(event))}")
        if isinstance(event.get("usage"), dict):
            self.usage = event["usage"]
        for choice in event.get("choices") or []:
            if not isinstance(choice, dict):
                continue
            delta = choice.get("delta") or choice.get("message") or {}
            if delta.get("refusal"):
                raise BadOutput(f"the model refused: {str(delta['refusal'])[:200]}")
            if isinstance(delta.get("content"), str):
                self.content.append(delta["content"])
            for call in delta.get("tool_calls") or []:
                arguments = (call.get("function") or {}).get("arguments") if isinstance(call, dict) else None
                if isinstance(arguments, str):
                    self.arguments.append(arguments)
            if choice.get("finish_reason"):
                self.finish_reason = choice["finish_reason"]

    def reply(self) -> ModelReply:
        if not self.done and self.finish_reason is None:
            raise BadOutput("the model server ended the stream early")
        text = "".join(self.arguments) if self.arguments else "".join(self.content)
        return ModelReply(
            text=text, finish_reason=self.finish_reason, method=self.method,
            prompt_tokens=_int_or_none(self.usage.get("prompt_tokens")),
            completion_tokens=_int_or_none(self.usage.get("completion_tokens")),
        )


def _names_method(method: str, text: str) -> bool:
    lowered = text.lower()
    return any(word in lowered for word in REJECTION_WORDS[method])


def _error_message(text: str) -> str:
    """The server's error message in one short line."""
    try:
        data = json.loads(text)
        message = data.get("error", data) if isinstance(data, dict) else data
        if isinstance(message, dict):
            message = message.get("message") or message.get("detail") or message
        text = message if isinstance(message, str) else json.dumps(message)
    except ValueError:
        pass
    line = " ".join(str(text).split())
    return line[:160] + ("…" if len(line) > 160 else "")


def _is_number(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return True


def _int_or_none(value: Any) -> int | None:
    return value if isinstance(value, int) else None
