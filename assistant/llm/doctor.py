"""``coach doctor``: call the configured model once per structured-output method until one works.

Reports which method works (and remembers it for the server, like negotiation does), the round
trip, and the context size where the server tells it (llama.cpp's ``GET /props``, vLLM's
``max_model_len`` or llama.cpp's ``meta.n_ctx_train`` in ``GET /v1/models``). The probe sends a
fixed sentence, never user text.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from assistant.llm.errors import BadOutput, FormatRejected, LLMError
from assistant.llm.models import METHODS, ModelRequest, is_offline, resolve_model

if TYPE_CHECKING:
    from assistant.llm.models import ChatModel
    from assistant.settings import Settings

# The doctor measures rather than enforces: a slow server gets time to answer, and the report
# says when its round trip does not fit COACH_LLM_TIMEOUT.
PROBE_DEADLINE_S = 60.0
PROBE_SYSTEM = "You check that a JSON answer can be produced. Reply with JSON only."
PROBE_USER = 'Return a JSON object whose field "word" is the single word ready.'


class Probe(BaseModel):
    """The doctor's one-field answer."""

    word: str = Field(description="the single word ready")


class MethodResult(BaseModel):
    method: str
    outcome: str  # "works", "rejected", "unusable", "failed"
    detail: str = ""
    seconds: float | None = None


class DoctorReport(BaseModel):
    """What ``coach doctor`` found."""

    model: str
    base_url: str | None = None
    ok: bool
    method: str | None = None
    round_trip_s: float | None = None
    context_tokens: int | None = None
    context_source: str | None = None
    tried: list[MethodResult] = Field(default_factory=list)
    prompts: list[str] = Field(default_factory=list)
    cache_file: str | None = None
    message: str = ""


def _prompts(settings: Settings) -> tuple[list[str], str | None]:
    from assistant.llm.prompts import load_prompt, packaged_prompt_names

    names, problems = [], []
    for name in packaged_prompt_names():
        try:
            prompt = load_prompt(name, settings.prompts_dir)
            names.append(f"{name} {prompt.version}")
        except LLMError as exc:
            problems.append(str(exc))
    return names, "; ".join(problems) or None


def check_model(settings: Settings, model: ChatModel | None = None) -> DoctorReport:
    """Probe the model ``settings`` name (or ``model``); never raises for a model problem."""
    prompts, prompt_problem = _prompts(settings)
    try:
        model = model if model is not None else resolve_model(settings)
    except LLMError as exc:
        return DoctorReport(model=settings.model, ok=False, prompts=prompts, message=str(exc))
    if is_offline(model):
        return DoctorReport(model="offline", ok=True, prompts=prompts,
                            message="no model configured: every feature uses the deterministic analyzers")
    report = DoctorReport(model=model.name, base_url=getattr(model, "base_url", None), ok=False, prompts=prompts)
    # From the configured method, ignoring what was remembered: the doctor re-learns it.
    start = getattr(model, "start_method", None)
    methods = list(METHODS[METHODS.index(start):]) if start in METHODS else ["test"]
    for method in methods:
        request = ModelRequest(system=PROBE_SYSTEM, user=PROBE_USER, schema=Probe, task="doctor", max_tokens=32,
                               deadline=time.monotonic() + max(settings.llm_timeout, PROBE_DEADLINE_S),
                               max_chars=settings.max_output_chars)
        started = time.perf_counter()
        try:
            reply = model.call_method(method, request) if hasattr(model, "call_method") else model.generate(request)
            from assistant.llm.provider import parse_reply

            parse_reply(reply, Probe, settings.max_output_chars)
        except FormatRejected as exc:
            report.tried.append(MethodResult(method=method, outcome="rejected", detail=str(exc)))
            continue
        except BadOutput as exc:
            report.tried.append(MethodResult(method=method, outcome="unusable", detail=str(exc),
                                             seconds=round(time.perf_counter() - started, 3)))
            continue
        except LLMError as exc:
            report.tried.append(MethodResult(method=method, outcome="failed", detail=str(exc)))
            report.message = str(exc)
            break
        seconds = round(time.perf_counter() - started, 3)
        report.tried.append(MethodResult(method=method, outcome="works", seconds=seconds))
        report.ok, report.method, report.round_trip_s = True, method, seconds
        break
    cache = getattr(model, "cache", None)
    if report.ok and cache is not None:
        rejected = [t.method for t in report.tried if t.outcome != "works"]
        cache.remember(model.key, method=report.method, rejected=rejected)
        report.cache_file = str(cache.path) if cache.path else None
    if hasattr(model, "server_info"):
        info = model.server_info(time.monotonic() + min(settings.llm_timeout, 5.0))
        report.context_tokens, report.context_source = info["context_tokens"], info["context_source"]
    if not report.ok and not report.message:
        report.message = "no structured-output method gave a usable answer"
    if report.ok and report.round_trip_s and report.round_trip_s > settings.llm_timeout / 2:
        report.message = (f"one call took {report.round_trip_s:.1f} s; a rewrite may need two within "
                          f"COACH_LLM_TIMEOUT={settings.llm_timeout:g}s, so raise it for this server")
    if prompt_problem:
        report.ok = False
        report.message = (report.message + "; " if report.message else "") + prompt_problem
    return report


def render(report: DoctorReport) -> str:
    """The report as terminal lines."""
    where = f" at {report.base_url}" if report.base_url else ""
    lines = [f"model           {report.model}{where}"]
    lines.append(f"prompts         {', '.join(report.prompts) or '(none)'}")
    for tried in report.tried:
        took = f" ({tried.seconds:.2f} s)" if tried.seconds is not None else ""
        lines.append(f"  {tried.method:<18}{tried.outcome}{took}{': ' + tried.detail if tried.detail else ''}")
    if report.method:
        remembered = f" (remembered in {report.cache_file})" if report.cache_file else ""
        lines.append(f"method          {report.method}{remembered}")
        lines.append(f"round trip      {report.round_trip_s:.2f} s")
    if report.model != "offline" and report.tried:
        context = (f"{report.context_tokens} tokens ({report.context_source})" if report.context_tokens
                   else "not reported by the server")
        lines.append(f"context size    {context}")
    status = "ok" if report.ok else "PROBLEM"
    lines.append(f"status          {status}{': ' + report.message if report.message else ''}")
    return "\n".join(lines)
