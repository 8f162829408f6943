"""``coach feedback``: JSON shape, human output, stdin, batch and exit codes.

The feedback guide's guidance is put in a guidance sidecar in a temporary index folder, the way
ingest leaves it, so the command reads it without loading the embedding model.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from assistant.cli import main
from assistant.knowledge.guidance import GuidanceItem, sidecar_entry, write_sidecar
from assistant.schemas import Citation
from assistant.settings import Settings, get_settings

DRAFT = "You're lazy and you never take initiative."
GUIDE_QUESTIONS = {
    "situation": "When and where did this happen?",
    "behavior": "What exactly did the person say or do?",
    "impact": "What happened as a result of the behaviour?",
    "next_step": "What would you like the person to keep doing, start doing or do differently?",
}


@pytest.fixture
def index_dir(tmp_path, monkeypatch):
    """An index folder holding only the guidance sidecar of a feedback guide."""
    folder = tmp_path / "index"
    monkeypatch.setenv("COACH_INDEX_DIR", str(folder))
    items = [
        GuidanceItem(topic=topic, kind="question", text=question,
                     citation=Citation(source="feedback-guide.md", section=f"Giving Feedback > {topic}",
                                       excerpt=question, path="knowledge/feedback-guide.md"))
        for topic, question in GUIDE_QUESTIONS.items()
    ]
    settings = Settings(index_dir=folder)
    write_sidecar(settings, {"knowledge/feedback-guide.md": sidecar_entry("feedback", "feedback-guide.md", items)})
    return folder


def run(*args: str, stdin: str | None = None):
    return CliRunner().invoke(main, ["feedback", *args], input=stdin)


def test_json_output_has_the_issue_shape_and_cites_the_guide(index_dir):
    result = run(DRAFT, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert list(data) == ["polarity", "structure", "findings", "bias", "rewrite", "placeholders", "sources",
                          "sentences", "mode", "notices"]
    assert data["polarity"] == "constructive"
    assert data["structure"] == {p: {"present": False, "evidence": None} for p in GUIDE_QUESTIONS}
    assert [(f["kind"], f["start"], f["end"], f["text"]) for f in data["findings"]] == [
        ("trait", 7, 11, "lazy"), ("absolute", 20, 25, "never"),
        ("vague", None, None, None), ("missing_impact", None, None, None), ("missing_action", None, None, None),
    ]
    assert all(set(f) == {"kind", "start", "end", "text", "message", "suggestion", "replacements"}
               for f in data["findings"])
    assert data["bias"] == []
    about = "]"  # nothing observed to quote: the guide's question alone
    assert data["placeholders"] == [
        '["lazy": what did you see or hear them do?]',
        '["never": on which occasions?]',
        "[When and where did this happen?" + about,
        "[What happened as a result of the behaviour?" + about,
        "[What would you like the person to keep doing, start doing or do differently?" + about,
    ]
    assert [(s["source"], s["excerpt"]) for s in data["sources"]] == [
        ("feedback-guide.md", GUIDE_QUESTIONS["situation"]),
        ("feedback-guide.md", GUIDE_QUESTIONS["impact"]),
        ("feedback-guide.md", GUIDE_QUESTIONS["next_step"]),
    ]
    assert data["mode"] == "offline" and data["notices"] == []


def test_human_output(index_dir):
    result = run(DRAFT)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("Polarity: constructive\n\nStructure:\n  [ ] Situation:  missing\n")
    assert '  - trait "lazy" (7-11): "Lazy" is a judgement of character' in out
    assert '  - absolute "never" (20-25):' in out
    assert "  - missing_action: Developmental feedback without a next step" in out
    assert "Biased language: none" in out
    assert ('\nRewrite:\n  Situation: [When and where did this happen?]\n'
            '  Behaviour: You\'re ["lazy": what did you see or hear them do?] and you ["never": on which occasions?]'
            ' take initiative.\n') in out
    assert "Sources:\n  - feedback-guide.md > Giving Feedback > situation: When and where did this happen?" in out


def test_well_formed_draft_shows_evidence(index_dir):
    text = ("In yesterday's stand-up you interrupted Sam twice, which meant he couldn't raise his blocker. "
            "Next time, please let him finish.")
    out = run(text).stdout
    assert '  [x] Situation:  "In yesterday\'s stand-up"' in out
    assert '  [x] Behaviour:  "you interrupted Sam twice"' in out
    assert '  [x] Impact:  "which meant he couldn\'t raise his blocker"' in out
    assert '  [x] Next step:  "Next time, please let him finish"' in out
    assert ("Rewrite:\n  Behaviour: In yesterday's stand-up you interrupted Sam twice, which meant he couldn't raise"
            " his blocker.\n  Next step: Next time, please let him finish.\n") in out  # each sentence whole, in its slot
    assert "Findings: none" in out


def test_stdin(index_dir):
    result = run("-", "--json", stdin=DRAFT)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["findings"][0]["text"] == "lazy"


def test_batch_jsonl_in_order_with_ids(index_dir, tmp_path):
    batch = tmp_path / "drafts.jsonl"
    batch.write_text(json.dumps({"id": "a", "text": DRAFT}) + "\n"
                     + json.dumps({"id": "b", "text": "Great job this year!"}) + "\n")
    result = run("--input", str(batch))
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["a", "b"]
    single = json.loads(run(DRAFT, "--json").stdout)
    assert {k: v for k, v in rows[0].items() if k != "id"} == single
    assert [f["kind"] for f in rows[1]["findings"]] == ["vague", "missing_impact"]


def test_batch_txt_and_csv(index_dir, tmp_path):
    txt = tmp_path / "drafts.txt"
    txt.write_text(f"{DRAFT}\nGreat job this year!\n")
    csv = tmp_path / "drafts.csv"
    csv.write_text(f'id,text\nx,"{DRAFT}"\n')
    assert [json.loads(line)["id"] for line in run("--input", str(txt)).stdout.splitlines()] == ["1", "2"]
    rows = [json.loads(line) for line in run("--input", str(csv)).stdout.splitlines()]
    assert [(r["id"], r["polarity"]) for r in rows] == [("x", "constructive")]


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (("   ",), None, "empty"),
        (("-",), "", "empty"),
        ((), None, "give a text"),
    ],
)
def test_bad_input_exits_2_with_one_line(index_dir, args, stdin, message):
    result = run(*args, stdin=stdin)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and message in result.stderr


def test_oversize_text_exits_2(index_dir, monkeypatch):
    monkeypatch.setenv("COACH_MAX_INPUT_CHARS", "100")
    result = run("x" * 101)
    assert result.exit_code == 2
    assert result.stderr.strip() == "error: feedback draft is 101 characters; the limit is 100"


def test_batch_with_an_empty_item_or_missing_file_exits_2(index_dir, tmp_path):
    batch = tmp_path / "drafts.jsonl"
    batch.write_text(json.dumps({"id": "a", "text": DRAFT}) + "\n" + json.dumps({"id": "b", "text": " "}) + "\n")
    result = run("--input", str(batch))
    assert result.exit_code == 2 and result.stdout == "" and "item b is empty" in result.stderr
    missing = run("--input", str(tmp_path / "nope.jsonl"))
    assert missing.exit_code == 2 and "no such file" in missing.stderr
    both = run(DRAFT, "--input", str(batch))
    assert both.exit_code == 2 and "not both" in both.stderr


def test_broken_organisation_rules_file_exits_2(index_dir, tmp_path, monkeypatch):
    rules = tmp_path / "rules.yaml"
    rules.write_text("rules: [unclosed\n")
    monkeypatch.setenv("COACH_RULES_FILE", str(rules))
    result = run(DRAFT)
    assert result.exit_code == 2 and result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith(f"error: rules file {rules}")


def test_organisation_rules_file_reaches_the_bias_flags(index_dir, tmp_path, monkeypatch):
    from assistant.analyzers.bias import check_bias, load_rules

    default = json.loads(run("She is abrasive in meetings.", "--json").stdout)["bias"]
    assert [b["text"] for b in default] == ["abrasive"]
    disabled = tmp_path / "rules.yaml"
    disabled.write_text(f"disable: [{default[0]['rule']}]\n")
    monkeypatch.setenv("COACH_RULES_FILE", str(disabled))
    get_settings.cache_clear()  # the first run cached the settings
    assert check_bias("She is abrasive in meetings.", rules=load_rules(disabled)).flags == []
    assert json.loads(run("She is abrasive in meetings.", "--json").stdout)["bias"] == []
