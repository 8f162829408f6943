"""The app's named API endpoints, called with ``gradio_client`` against the launched app."""

from __future__ import annotations

import re

import pytest

from assistant import service
from assistant.ui.render import public_payload

pytestmark = pytest.mark.slow

BIAS_TEXT = "She can be abrasive with colleagues."
SMART_GOAL = (
    "Reduce average ticket resolution time from 36 to 24 hours by the end of Q3 "
    "to support the department's retention objective."
)
UNIQUE_FACT = "Every employee may claim the Zephyrine learning stipend of 345 kroner once per quarter."


def test_bias_endpoint_returns_the_exact_flag_spans(app_client, running_app) -> None:
    payload = app_client.predict(BIAS_TEXT, api_name="/bias")
    start = BIAS_TEXT.index("abrasive")
    assert [(f["start"], f["end"], f["text"], f["category"]) for f in payload["flags"]] == [
        (start, start + len("abrasive"), "abrasive", "gender_coded")
    ]
    flag = payload["flags"][0]
    assert flag["severity"] in {"high", "medium", "low"}
    assert flag["explanation"] and flag["suggestion"].startswith("Consider")
    # the endpoint is the service function as JSON (server file paths left out)
    assert payload == public_payload(service.bias(BIAS_TEXT, running_app.settings).model_dump(mode="json"))


def test_bias_endpoint_clean_text(app_client) -> None:
    assert app_client.predict("The project has an aggressive timeline.", api_name="/bias")["flags"] == []


def test_goal_endpoint_scores_each_criterion(app_client, running_app) -> None:
    smart = app_client.predict(SMART_GOAL, api_name="/goal")
    assert smart["score"] == 5
    assert {k: c["met"] for k, c in smart["criteria"].items()} == dict.fromkeys(
        ["specific", "measurable", "attainable", "relevant", "time_bound"], True
    )
    for criterion in smart["criteria"].values():
        if criterion["start"] is not None:
            assert SMART_GOAL[criterion["start"] : criterion["end"]] == criterion["evidence"]
    assert smart["placeholders"] == []

    vague = app_client.predict("Improve customer service.", api_name="/goal")
    assert {k: c["met"] for k, c in vague["criteria"].items()} == {
        "specific": False,
        "measurable": False,
        "attainable": True,
        "relevant": False,
        "time_bound": False,
    }
    assert vague["score"] == 1
    assert len(vague["placeholders"]) >= 4 and all(p in vague["rewrite"] for p in vague["placeholders"])
    assert vague["questions"], "unmet criteria come with coaching questions"
    assert {s["source"] for s in vague["sources"]} == {"smart-goals-job-aid.md"}
    assert vague == public_payload(
        service.goal("Improve customer service.", running_app.settings).model_dump(mode="json")
    )


def test_feedback_endpoint_flags_traits_and_absolutes(app_client, running_app) -> None:
    text = "You're lazy and you never take initiative."
    payload = app_client.predict(text, api_name="/feedback")
    assert payload["polarity"] == "constructive"
    spans = {(f["kind"], f["text"]) for f in payload["findings"] if f["start"] is not None}
    assert ("trait", "lazy") in spans and ("absolute", "never") in spans
    for finding in payload["findings"]:
        if finding["start"] is not None:
            assert text[finding["start"] : finding["end"]] == finding["text"]
    assert {f["kind"] for f in payload["findings"]} >= {
        "trait",
        "absolute",
        "missing_impact",
        "missing_action",
    }
    assert set(payload["structure"]) == {"situation", "behavior", "impact", "next_step"}
    assert payload["structure"]["impact"]["present"] is False
    assert payload == public_payload(service.feedback(text, running_app.settings).model_dump(mode="json"))


def test_ask_endpoint_cites_the_right_document(app_client, running_app) -> None:
    question = "How often should managers hold one-on-ones with their direct reports?"
    payload = app_client.predict(question, api_name="/ask")
    assert payload["answered"] is True
    assert payload["mode"] == "offline"
    assert "check-ins.md" in [c["source"] for c in payload["citations"]]
    assert "minimum cadence: monthly" in payload["answer"].lower()  # the cadence table's ordinary-case row
    assert set(payload["citations"][0]) >= {"source", "section", "excerpt", "score"}
    assert payload == public_payload(service.ask(question, running_app.settings).model_dump(mode="json"))


def test_ask_endpoint_abstains_off_topic(app_client) -> None:
    payload = app_client.predict("What is the capital of France?", api_name="/ask")
    assert payload["answered"] is False
    assert payload["answer"]


def test_ingest_endpoint_adds_an_uploaded_file(app_client, tmp_path) -> None:
    from gradio_client import handle_file

    doc = tmp_path / "zephyrine-stipend.md"
    doc.write_text(
        "---\ntitle: Zephyrine Learning Stipend\n---\n\n# Zephyrine Learning Stipend\n\n"
        f"## Amount\n\n{UNIQUE_FACT}\n",
        encoding="utf-8",
    )
    payload = app_client.predict([handle_file(str(doc))], api_name="/ingest")
    assert [(a["source"], a["chunks"] > 0) for a in payload["added"]] == [("zephyrine-stipend.md", True)]
    assert payload["errors"] == [] and payload["skipped"] == []

    again = app_client.predict([handle_file(str(doc))], api_name="/ingest")
    assert [u["source"] for u in again["unchanged"]] == ["zephyrine-stipend.md"] and again["added"] == []

    answer = app_client.predict("How much is the Zephyrine learning stipend?", api_name="/ask")
    assert answer["answered"] is True
    assert answer["citations"][0]["source"] == "zephyrine-stipend.md"
    assert "345 kroner" in answer["answer"]


def test_concurrent_ingests_all_succeed(app_client, tmp_path) -> None:
    from gradio_client import handle_file

    docs = []
    for i in range(3):
        doc = tmp_path / f"concurrent-{i}.md"
        doc.write_text(f"# Glossary {i}\n\nThe codename Vantablue-{i} names a retired printer.\n", encoding="utf-8")
        docs.append(doc)
    jobs = [app_client.submit([handle_file(str(doc))], api_name="/ingest") for doc in docs + docs]
    payloads = [job.result(timeout=120) for job in jobs]
    done = sorted(item["source"] for p in payloads for item in p["added"] + p["unchanged"])
    assert done == sorted([d.name for d in docs] * 2)
    assert all(p["errors"] == [] for p in payloads)


def test_ingest_endpoint_refuses_unsupported_types(app_client, tmp_path) -> None:
    from gradio_client import handle_file

    bad = tmp_path / "payload.exe"
    bad.write_bytes(b"MZ\x00\x00")
    with pytest.raises(Exception, match=r"(?i)(invalid|unsupported) file type"):
        app_client.predict([handle_file(str(bad))], api_name="/ingest")


@pytest.mark.parametrize("endpoint", ["/bias", "/goal", "/feedback", "/ask"])
def test_oversized_and_empty_input_get_a_clear_message(app_client, running_app, endpoint) -> None:
    limit = running_app.settings.max_input_chars
    with pytest.raises(Exception, match=f"the limit is {limit:,}"):
        app_client.predict("x" * (limit + 1), api_name=endpoint)
    with pytest.raises(Exception, match="is empty"):
        app_client.predict("   ", api_name=endpoint)


def test_api_lists_exactly_the_named_endpoints(app_client) -> None:
    info = app_client.view_api(print_info=False, return_format="dict")
    assert set(info["named_endpoints"]) == {"/goal", "/feedback", "/bias", "/ask", "/ingest"}


# --- hostile input: uploads, paths, sizes, odd text ---------------------------------------------------


def call_raw(url: str, api: str, data: list) -> tuple[str, object]:
    """A raw API call as any HTTP client could make it: (final SSE event, its data)."""
    import json

    import httpx

    with httpx.Client(base_url=url, timeout=60) as client:
        body = json.dumps({"data": data})  # ASCII JSON: lone surrogates travel as \\ud800 escapes
        event_id = client.post(
            f"gradio_api/call/{api}", content=body, headers={"content-type": "application/json"}
        ).json()["event_id"]
        stream = client.get(f"gradio_api/call/{api}/{event_id}").text
    events = re.findall(r"^event: (\w+)\ndata: (.*)$", stream, re.M)
    event, payload = events[-1]
    return event, json.loads(payload) if payload and payload != "null" else None


def upload_raw(url: str, name: str, content: bytes) -> str:
    import httpx

    response = httpx.post(url + "gradio_api/upload", files=[("files", (name, content))], timeout=60)
    response.raise_for_status()
    return response.json()[0]


@pytest.mark.parametrize("name", ["../../escape-probe.md", "/etc/cron.d/escape-probe.md", "..\\..\\escape-probe.md"])
def test_upload_names_stay_inside_the_upload_folder(running_app, name) -> None:
    from assistant.knowledge.index import list_documents, remove_document
    from assistant.ui.handlers import upload_dir

    path = upload_raw(running_app.url, name, b"# Escape probe\n\nThe escape probe policy is nine words long here.\n")
    event, payload = call_raw(
        running_app.url, "ingest", [[{"path": path, "orig_name": name, "meta": {"_type": "gradio.FileData"}}]]
    )
    try:
        assert event == "complete", payload
        stored = [item["source"] for item in payload[0]["added"] + payload[0]["unchanged"] + payload[0]["updated"]]
        assert stored == ["escape-probe.md"]
        uploads = upload_dir(running_app.settings)
        assert (uploads / "escape-probe.md").is_file()
        assert not (uploads.parent / "escape-probe.md").exists() and not (uploads.parent.parent / "escape-probe.md").exists()
    finally:
        if any(d.source == "escape-probe.md" for d in list_documents(running_app.settings)):
            remove_document("escape-probe.md", running_app.settings)


def test_ingest_refuses_a_file_outside_the_upload_folder(running_app) -> None:
    from assistant.knowledge.index import list_documents

    before = [d.source for d in list_documents(running_app.settings)]
    event, payload = call_raw(
        running_app.url, "ingest", [[{"path": "/etc/passwd", "orig_name": "passwd.md", "meta": {"_type": "gradio.FileData"}}]]
    )
    assert event == "error"
    assert "/etc/passwd" not in str(payload) or "not" in str(payload)
    assert [d.source for d in list_documents(running_app.settings)] == before


def test_the_server_enforces_the_upload_size_limit(running_app, tmp_path) -> None:
    import httpx

    limit = running_app.settings.max_upload_mb * 1024 * 1024
    response = httpx.post(
        running_app.url + "gradio_api/upload", files=[("files", ("big.md", b"a" * (limit + 1024)))], timeout=120
    )
    assert response.status_code == 413


def test_the_server_enforces_the_upload_types(running_app) -> None:
    path = upload_raw(running_app.url, "tool.exe", b"MZ\x00\x00")
    event, payload = call_raw(
        running_app.url, "ingest", [[{"path": path, "orig_name": "tool.exe", "meta": {"_type": "gradio.FileData"}}]]
    )
    assert event == "error"


def test_odd_text_gets_a_result_or_one_sentence_never_internal_errors(running_app) -> None:
    for text in ["\ud800 lone surrogate, she is bossy", "emoji 👩🏽‍💼 she is bossy", "\u202eRTL\u200b she is bossy"]:
        event, payload = call_raw(running_app.url, "bias", [text])
        assert event == "complete", payload
        assert [f["text"] for f in payload[0]["flags"]] == ["bossy"]
    event, payload = call_raw(running_app.url, "goal", ["\x00 \x00"])  # no words: the report says so
    assert event == "complete"
    assert (payload[0]["score"], [w["kind"] for w in payload[0]["warnings"]]) == (0, ["empty"])
