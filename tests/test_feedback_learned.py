"""The feedback coach's learned layer: the shipped model file, its switch, and what it changes; the layer as
refitted on every open round's tune half (scripts/train_feedback.py), its selection's per-round guard, and the
outside drafts it keeps clean.

Texts from scripts/feedback_denial_probe.py and scripts/feedback_round22_probe.py and written for the layer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.analyzers.feedback import (
    FEATURE_LABELS,
    LEARNED_BY_DEFAULT,
    StructurePart,
    feedback_signals,
    load_feedback_rules,
    review_feedback,
)
from assistant.analyzers.learned import LearnedLayer, load_layer, read_layer
from assistant.analyzers.rules import RULES_DIR, RulesFileError
from assistant.coaches import OUTSIDE_ROUNDS
from tests.fixtures.feedback import reading_each
from tests.fixtures.scripts import load_script

ROOT = Path(__file__).resolve().parent.parent


SLIDES = ("Your slides for the board meeting had no page numbers, and two directors asked which chart you meant. "
          "Could we add them next time?")


def test_the_shipped_layer_validates_and_reads_only_features_the_analyzer_computes() -> None:
    layer = read_layer(RULES_DIR / "feedback_learned.json")
    assert set(layer.decisions) == {"criticism", "vague", "missing_impact"}  # as train_feedback.py --select chose
    values = feedback_signals(SLIDES)
    assert set(values) == set(FEATURE_LABELS)
    for decision in layer.decisions.values():
        assert set(decision.features) <= set(values)
        assert decision.confidence == (0.95 if decision.name == "missing_impact" else 0.9)
        assert decision.overrides == "to_no"  # the model only drops what the rules read (see OVERRIDES)
        assert decision.provenance.examples == 453  # 351 tuning-half drafts of dev..dev13 + 102 short-set drafts
        assert decision.provenance.trained_on[-1] == "evals/feedback.jsonl"
        assert all(" (tune half)" in name for name in decision.provenance.trained_on[:-1])
    assert set(layer.binary) <= set(layer.feature_labels)


def test_the_shipped_layer_is_what_the_training_script_fits() -> None:
    pytest.importorskip("sklearn")
    train_feedback = load_script("scripts/train_feedback.py")
    assert train_feedback.main(["--check"]) == 0


def test_the_layer_is_on_by_default_and_an_organisation_switches_it_off(tmp_path: Path) -> None:
    assert LEARNED_BY_DEFAULT is True
    assert load_feedback_rules().learned is True
    path = tmp_path / "org.yaml"
    path.write_text("feedback:\n  learned: false\n", encoding="utf-8")
    off = load_feedback_rules(path)
    assert off.learned is False
    for text in (SLIDES, "Makes few errors.", "Never interrupt a colleague again.",
                 "In yesterday's stand-up you interrupted Sam twice. Next time, please let him finish."):
        assert review_feedback(text).model_dump_json() == review_feedback(text, learned=True).model_dump_json()
        rules_only = review_feedback(text, rules=off)
        assert rules_only.model_dump_json() == review_feedback(text, learned=False).model_dump_json()
        assert rules_only.notices == []
    assert review_feedback(SLIDES, rules=off) != review_feedback(SLIDES)


def test_a_confident_second_opinion_drops_vague_and_says_why() -> None:
    before = review_feedback(SLIDES, learned=False)
    after = review_feedback(SLIDES, learned=True)
    assert (before.polarity, [f.kind for f in before.findings], before.notices) == ("constructive", ["vague"], [])
    assert (after.polarity, [f.kind for f in after.findings], after.notices) == ("constructive", [], [
        "Learned layer: read the draft as one that names an observable behaviour (a question: yes; "
        "a number in the draft: yes; the share of clauses describing the person ('you are', 'she was'): low), unlike "
        "the rules."])
    # The behaviour the layer judged present is shown present (no clause to quote) and not prompted for.
    assert before.structure.behavior == StructurePart(present=False, evidence=None)
    assert after.structure == before.structure.model_copy(update={"behavior": StructurePart(present=True, evidence=None)})
    assert after.rewrite.splitlines() == [line for line in before.rewrite.splitlines() if not line.startswith("Behaviour:")]


def test_vague_is_only_ever_dropped_never_added() -> None:
    text = "You were on your phone during the whole presentation."  # an occasion: not vague (dev guide)
    layer = load_layer("feedback_learned")
    assert layer.decisions["vague"].probability(feedback_signals(text)) > 0.9
    report = review_feedback(text)
    assert (report.polarity, [f.kind for f in report.findings], report.notices) == ("positive", ["missing_impact"], [])


def test_where_the_model_is_not_confident_the_rules_stand() -> None:
    text = "In yesterday's stand-up you interrupted Sam twice, so he stopped sharing his update. Next time, please let him finish."
    assert review_feedback(text, learned=True) == review_feedback(text, learned=False)
    report = review_feedback(text, learned=True)
    assert (report.polarity, report.findings, report.notices) == ("constructive", [], [])


def _layer_dict() -> dict:
    return json.loads((RULES_DIR / "feedback_learned.json").read_text(encoding="utf-8"))


def test_a_bad_layer_file_is_one_line(tmp_path: Path) -> None:
    data = _layer_dict()
    data["decisions"]["vague"]["weights"] = data["decisions"]["vague"]["weights"][:-1]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(RulesFileError, match=r"bad\.json: decisions\.vague: Value error, decision vague: features, "
                                             r"mean, scale and weights must have the same length"):
        read_layer(path)
    data = _layer_dict()
    del data["feature_labels"]["words"]
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(RulesFileError, match="features without a label: words"):
        read_layer(path)
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(RulesFileError, match="cannot read learned layer"):
        read_layer(path)


def test_a_decision_with_confidence_keeps_the_rule_between_the_margins() -> None:
    layer = LearnedLayer.model_validate({
        "analyzer": "t", "feature_labels": {"x": "the x signal"}, "binary": [],
        "decisions": {"d": {"name": "d", "question": "q", "features": ["x"], "mean": [0.0], "scale": [1.0],
                            "weights": [2.0], "intercept": 0.0, "confidence": 0.85,
                            "provenance": {"trained_on": ["t"], "examples": 2, "positives": 1, "date": "2026-12-01",
                                           "script": "s"}}},
    })
    d = layer.decisions["d"]
    # p(x=0) = 0.5, p(x=1) = 0.88, p(x=-1) = 0.12
    assert [d.decide({"x": x}, rule) for x in (0.0, 1.0, -1.0) for rule in (True, False)] == [
        True, False, True, True, False, False]
    assert [d.decide({"x": x}) for x in (0.0, 1.0, -1.0)] == [True, True, False]
    one_way = d.model_copy(update={"overrides": "to_no"})
    assert [one_way.decide({"x": x}, rule) for x in (1.0, -1.0) for rule in (True, False)] == [
        True, False, False, False]
    assert layer.explain("d", {"x": 1.0}, True) == ["the x signal: high"]
    assert layer.explain("d", {"x": 1.0}, False) == []


def test_the_packaged_layer_is_read_once() -> None:
    assert load_layer("feedback_learned") is load_layer("feedback_learned")


def test_a_part_the_layer_judges_present_is_neither_shown_absent_nor_prompted_for() -> None:
    # A tuning-half draft whose effect ("the whole interaction felt unnecessarily stressful for the
    # cabin") no rule clause shows, but the layer is confident is there.
    item = next(json.loads(line) for line in (ROOT / "evals/dev6/feedback.jsonl").read_text().splitlines()
                if json.loads(line)["id"] == "dev6-fb-017")
    assert item["split"] == "tune"
    on, off = review_feedback(item["text"]), review_feedback(item["text"], learned=False)
    assert [f.kind for f in off.findings] == ["missing_impact"]
    assert off.structure.impact == StructurePart(present=False, evidence=None)
    assert [line.split(":")[0] for line in off.rewrite.splitlines()] == ["Situation", "Behaviour", "Impact", "Next step"]
    assert on.findings == []
    assert on.structure.impact == StructurePart(present=True, evidence=None)
    assert on.structure.model_dump(exclude={"impact"}) == off.structure.model_dump(exclude={"impact"})
    assert on.rewrite.splitlines() == [line for line in off.rewrite.splitlines() if not line.startswith("Impact:")]
    assert [p for p in off.placeholders if p not in on.placeholders] == [off.rewrite.splitlines()[2][len("Impact: "):]]
    assert len(on.notices) == 1 and on.notices[0].startswith("Learned layer: read the draft as one that states an effect")


@pytest.mark.parametrize(("text", "polarity", "kinds"), [
    # praise by denial or understatement (scripts/feedback_denial_probe.py): the lexicon counts the
    # layer reads take the problem word for a fault, and the criticism model may not add criticism
    ("Makes very few errors in data entry.", "positive", ["missing_impact", "vague"]),
    ("I couldn't be prouder of how you handled the audit.", "positive", ["vague"]),
    ("Took on the extra shifts in December without a single complaint.", "positive", ["missing_impact"]),
    ("Not once did the team miss a release date under your lead.", "positive", ["missing_impact", "vague"]),
    # the same problem words asserted stay criticism
    ("Makes frequent errors in data entry.", "constructive", ["missing_action", "missing_impact", "vague"]),
    ("Makes too many errors on the monthly reconciliations.", "constructive", ["missing_action", "missing_impact", "vague"]),
])
def test_praise_by_denial_keeps_its_tone_through_the_layer(text, polarity, kinds) -> None:
    report = review_feedback(text)
    assert (report.polarity, sorted(f.kind for f in report.findings), report.notices) == (polarity, kinds, [])


def test_the_criticism_model_may_only_drop_criticism() -> None:
    layer = load_layer("feedback_learned")
    criticism = layer.decisions["criticism"]
    text = "Makes few errors."
    assert criticism.probability(feedback_signals(text)) > 0.5  # the lexicon counts read 'errors' as a fault
    assert criticism.decide(feedback_signals(text), False) is False
    assert review_feedback(text).polarity == review_feedback(text, learned=False).polarity == "positive"


def test_the_denial_probe_reads_praise_by_denial() -> None:
    feedback_denial_probe = load_script("scripts/feedback_denial_probe.py")
    assert feedback_denial_probe.run() == {"denial praise": (16, 20), "look-alikes": (7, 10)}


probe = load_script("scripts/feedback_round22_probe.py")


train_feedback = load_script("scripts/train_feedback.py")


ROWS = {row[0]: row for row in probe.ROWS}


@pytest.mark.parametrize("row_id", ["p01", "p03", "p06", "p09", "p13", "p14", "c01", "c02", "c03"])
def test_well_formed_outside_drafts_stay_clean(row_id: str) -> None:
    _, _, polarity, kinds, _, text = ROWS[row_id]
    assert kinds == ()
    assert reading_each(text) == (polarity, [])


@pytest.mark.parametrize("row_id", ["l01", "l02", "l04", "l05", "l06"])
def test_outside_look_alikes_keep_their_coaching(row_id: str) -> None:
    _, _, polarity, kinds, _, text = ROWS[row_id]
    assert reading_each(text) == (polarity, sorted(kinds))


def test_the_layer_is_trained_on_the_thirteen_rounds_dev_to_dev13() -> None:
    assert all(r in OUTSIDE_ROUNDS["feedback"] for r in train_feedback.ROUNDS)
    assert train_feedback.ROUNDS == ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10",
                                     "dev11", "dev12", "dev13")  # dev11..dev13's tune halves joined as each opened
    assert train_feedback.DECISIONS == ("criticism", "vague", "missing_impact")


def _result(learned: list[bool], rules: list[bool]) -> dict[str, dict]:
    return {"right": {"learned": learned, "rules": rules}}


def test_the_per_round_guard_counts_drafts_turned_wrong_net_of_those_turned_right() -> None:
    before = {"a": _result([True, True, False], [True, True, True]), "b": _result([True, False], [True, False])}
    after = {"a": _result([False, False, True], []), "b": _result([True, True], [])}
    assert train_feedback.worst_round(after, before) == 1  # round a: two lost, one gained
    assert train_feedback.worst_round(after, before, "rules") == 2  # against the rules: round a loses two
    assert train_feedback.ROUND_LOSS == 2
