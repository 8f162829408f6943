"""A seeded split that grows or loses questions is extended, not re-dealt: recorded ids keep their half,
ids gone from the set are dropped, and only the new ids are dealt, among themselves, with the recorded seed."""

from __future__ import annotations

import json

import pytest

from assistant.evaluation import splits


def _rows(ids: list[str]) -> list[dict]:
    return [{"id": i, "tags": ["synonym"]} if i.startswith("d") else {"id": i, "abstain": True, "tags": ["near-miss"]}
            for i in ids]


@pytest.fixture()
def splits_dir(tmp_path, monkeypatch):
    monkeypatch.setattr(splits, "SPLITS_DIR", tmp_path)
    return tmp_path


def test_recorded_ids_keep_their_half_and_only_new_ids_are_dealt(splits_dir) -> None:
    first = ["d01", "d02", "d03", "d04", "n01", "n02"]
    splits.write_split("toy", _rows(first), "toy.jsonl", 7)
    before = splits.load_split("toy")
    kept = ["d01", "d03", "n02"]
    added = ["d05", "d06", "d07", "n03", "n04"]
    splits.extend_split("toy", _rows(kept + added), "d02, d04, n01 dropped; five added")
    after = splits.load_split("toy")
    assert after["seed"] == 7 and after["source"] == "toy.jsonl" and after["method"] == before["method"]
    dealt = splits.split(_rows(added), 7)
    assert after["tuning"] == sorted([i for i in before["tuning"] if i in kept] + dealt["tuning"])
    assert after["heldout"] == sorted([i for i in before["heldout"] if i in kept] + dealt["heldout"])
    assert after["extensions"] == [{"note": "d02, d04, n01 dropped; five added", "dropped": 3, "added": added}]


def test_extending_with_nothing_new_or_gone_changes_nothing(splits_dir) -> None:
    splits.write_split("toy", _rows(["d01", "d02", "n01"]), "toy.jsonl", 7)
    text = (splits_dir / "toy.json").read_text(encoding="utf-8")
    splits.extend_split("toy", _rows(["n01", "d02", "d01"]), "no change")
    assert (splits_dir / "toy.json").read_text(encoding="utf-8") == text
    assert "extensions" not in json.loads(text)
