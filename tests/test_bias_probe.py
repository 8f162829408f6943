"""scripts/bias_probe.py reads innocent text only: no held-out item, no labelled bias item."""

from __future__ import annotations

import json
from pathlib import Path

from tests.fixtures.scripts import load_script

ROOT = Path(__file__).resolve().parent.parent


def test_the_probe_reads_no_held_out_or_labelled_item(tmp_path: Path) -> None:
    (tmp_path / "policy.md").write_text("You can request up to 240 hours of advanced sick leave.", encoding="utf-8")
    texts = load_script("scripts/bias_probe.py").innocent_texts(tmp_path)
    ids = {source for source, _ in texts}
    excluded = set()
    for path in (ROOT / "evals").glob("dev*/*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            if item.get("split") != "tune" or (path.name == "bias.jsonl" and item.get("labels")):
                excluded.add(item["id"])
    assert "handbook:policy.md" in ids
    assert not ids & excluded


def test_the_perturbation_probe_reads_only_clean_tuning_paragraphs() -> None:
    ids = {ident for ident, _ in load_script("scripts/bias_perturb.py").clean_paragraphs()}
    excluded = set()
    for path in (ROOT / "evals").glob("dev*/bias.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            if item.get("split") != "tune" or item.get("labels"):
                excluded.add(item["id"])
    assert ids and not ids & excluded


def test_the_perturbations_keep_the_text_and_its_people() -> None:
    module = load_script("scripts/bias_perturb.py")
    assert module.swap("John said he would send her notes to him.") == "Maria said she would send his notes to her."
    assert module.with_neutral("Sarah led the audit. Her notes were clear.", "{S} ran a blind review.") == (
        "Sarah led the audit. She ran a blind review. Her notes were clear.")


def test_no_neutral_sentence_adds_a_flag_to_a_clean_tuning_paragraph() -> None:
    module = load_script("scripts/bias_perturb.py")
    rules = module.load_rules()
    added = []
    for ident, text in module.clean_paragraphs():
        base = module._keys(text, rules)
        for template in module.NEUTRAL:
            new = module._keys(module.with_neutral(text, template), rules) - base
            added += [(ident, template, key) for key in new]
    assert added == []
