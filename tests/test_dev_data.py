"""The development sets in evals/dev/ to evals/dev30/: well-formed, labels consistent
with their texts, sizes and splits as documented in each folder's README.md, and every later round
drawn from sources the earlier rounds did not use."""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache
from pathlib import Path
from urllib.parse import urlparse

import pytest

from assistant.settings import PROJECT_ROOT
from tests.fixtures.scripts import load_script

EVALS = PROJECT_ROOT / "evals"
CATEGORIES = {"gendered_language", "gender_coded", "age", "race_ethnicity", "disability", "family_status",
              "appearance", "religion", "sexual_orientation", "affinity"}
CRITERIA = {"specific", "measurable", "attainable", "relevant", "time_bound"}
KINDS = {"vague", "trait", "absolute", "missing_impact", "missing_action", "harsh"}
POLARITIES = {"positive", "constructive", "mixed"}
# round -> set -> (minimum items, minimum clean: bias paragraphs without labels / well-formed drafts)
MINIMUM = {
    "dev": {"bias": (150, 0), "feedback": (80, 20), "goals": (120, 0)},
    "dev2": {"bias": (160, 0), "feedback": (90, 30), "goals": (100, 0)},
    "dev3": {"bias": (60, 0), "feedback": (40, 15), "goals": (50, 0)},
    "dev4": {"feedback": (44, 22), "goals": (50, 0)},
    "dev5": {"feedback": (50, 19), "goals": (40, 0)},
    "dev6": {"bias": (60, 0), "feedback": (43, 17), "goals": (40, 0)},
    "dev7": {"bias": (50, 0), "feedback": (44, 14), "goals": (50, 0)},
    "dev8": {"bias": (60, 0), "feedback": (44, 14), "goals": (60, 0)},
    "dev9": {"bias": (60, 0), "feedback": (44, 16), "goals": (60, 0)},
    "dev10": {"bias": (60, 0), "feedback": (44, 16), "goals": (60, 0)},
    "dev11": {"bias": (50, 0), "feedback": (40, 16), "goals": (50, 0)},
    "dev12": {"bias": (50, 0), "feedback": (40, 18), "goals": (50, 0)},
    "dev13": {"bias": (50, 0), "feedback": (40, 18), "goals": (50, 0)},
    "dev14": {"bias": (50, 0), "feedback": (40, 18), "goals": (50, 0)},
    "dev15": {"bias": (50, 0), "feedback": (40, 18), "goals": (50, 0)},
    "dev16": {"bias": (50, 0), "feedback": (40, 18), "goals": (50, 0)},
    "dev17": {"bias": (50, 0), "feedback": (40, 18), "goals": (50, 0)},
    "dev18": {"bias": (50, 0), "feedback": (40, 18), "goals": (50, 0)},
    "dev19": {"bias": (50, 0), "feedback": (40, 18), "goals": (50, 0)},
    "dev20": {"bias": (50, 0), "feedback": (40, 18), "goals": (50, 0)},
    "dev21": {"bias": (50, 0), "feedback": (40, 18), "goals": (50, 0)},
    "dev22": {"bias": (50, 0), "feedback": (40, 18), "goals": (50, 0)},
    "dev23": {"bias": (50, 0), "feedback": (40, 18), "goals": (50, 0)},
    "dev24": {"bias": (50, 0), "feedback": (40, 18), "goals": (50, 0)},
    "dev25": {"bias": (50, 0), "feedback": (40, 18), "goals": (50, 0)},
    "dev26": {"bias": (50, 0), "feedback": (40, 18), "goals": (50, 0)},
    "dev27": {"bias": (50, 0), "feedback": (40, 18), "goals": (50, 0)},
    "dev28": {"bias": (50, 0), "feedback": (40, 18), "goals": (50, 0)},
    "dev29": {"bias": (50, 0), "feedback": (40, 18), "goals": (50, 0)},
    "dev30": {"bias": (50, 0), "feedback": (40, 18), "goals": (50, 0)},
}
# round -> well-formed feedback drafts each half must hold
CLEAN_PER_HALF = {"dev": 10, "dev2": 10, "dev3": 7, "dev4": 10, "dev5": 9, "dev6": 8, "dev7": 7, "dev8": 6, "dev9": 8, "dev10": 8, "dev11": 9, "dev12": 9, "dev13": 9, "dev14": 9, "dev15": 9, "dev16": 9, "dev17": 9, "dev18": 9, "dev19": 9, "dev20": 9, "dev21": 9, "dev22": 9, "dev23": 9, "dev24": 9, "dev25": 9, "dev26": 9, "dev27": 9, "dev28": 9, "dev29": 9, "dev30": 9}
# round -> share of feedback drafts that must be 40-200-word paragraphs (default: more than half);
# dev4 favours clean SBI/STAR drafts from training guides, which run 25-40 words
# dev5 keeps the quoted one-line bad examples next to the paragraph-length clean drafts
# dev7 keeps published one-liners (review phrases, "never say this" lists, code-review comments) as drafts
PARAGRAPH_SHARE = {"dev4": 0.4, "dev5": 0.25, "dev7": 0.18}
ROUNDS = tuple(MINIMUM)
SETS = ("bias", "feedback", "goals")
CASES = [(r, name) for r in ROUNDS for name in SETS if name in MINIMUM[r]]


@cache
def _records(round_: str, name: str) -> tuple[dict, ...]:
    path = EVALS / round_ / f"{name}.jsonl"
    return tuple(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


def load(round_: str, name: str) -> list[dict]:
    return list(_records(round_, name))


def splitter():
    """evals/dev/split.py, the one split script of every round."""
    return load_script("evals/dev/split.py")


def words(text: str) -> int:
    return len(text.split())


def site(source: str) -> str:
    """The site a source document lives on: a GitHub owner, or a web domain without its subdomain."""
    document = source.split(" | ", 1)[0].strip().split()[0]
    if document.startswith("github:"):
        return "github:" + document[len("github:"):].split("/")[0].lower()
    host = re.sub(r"^(www\d?|m|fr|ca|uk|in|staging|preview)\.", "", urlparse(document).netloc.lower())
    labels = host.split(".")
    keep = 3 if len(labels) > 2 and labels[-2] in {"co", "com", "gov", "org", "ac"} else 2
    return ".".join(labels[-keep:])


@pytest.mark.parametrize(("round_", "name"), CASES)
def test_every_item_has_a_unique_id_text_source_and_split(round_, name):
    records = load(round_, name)
    assert len(records) >= MINIMUM[round_][name][0]
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert all(i.startswith(f"{round_}-") for i in ids)
    texts = [" ".join(r["text"].split()) for r in records]
    assert len(texts) == len(set(texts)), "duplicate texts"
    for r in records:
        assert r["text"].strip() and r["text"] == r["text"].strip(), r["id"]
        assert r["source"].strip(), r["id"]
        assert r["split"] in {"tune", "heldout"}, r["id"]


@pytest.mark.parametrize(("round_", "name"), CASES)
def test_split_is_the_documented_deterministic_assignment(round_, name):
    split = splitter()
    records = load(round_, name)
    halves = split.assign_round(round_, name, records)
    for r in records:
        assert r["split"] == halves[split.document(r)], r["id"]
    share = sum(r["split"] == "tune" for r in records) / len(records)
    assert 0.45 <= share <= 0.55


@pytest.mark.parametrize(("round_", "name"), [(r, n) for r, sets in load_script("evals/dev/split.py").BATCHES.items()
                                             for n in sets])
def test_a_later_batch_never_moves_an_item_of_an_earlier_one(round_, name):
    split = splitter()
    records = load(round_, name)
    cuts = split.batches(round_, name, records)
    assert len(cuts) > 1 and all(cuts)
    seen: list[dict] = []
    for batch in cuts:
        seen += batch
        alone = split.assign_round(round_, name, seen)
        assert all(r["split"] == alone[split.document(r)] for r in seen)
    assert not {split.document(r) for r in cuts[0]} & {split.document(r) for b in cuts[1:] for r in b}


def test_rounds_are_listed_in_number_order_with_dev10_to_dev30_after_dev9():
    from assistant.coaches import OUTSIDE_ROUNDS
    from assistant.evaluation.dev import round_files

    split = splitter()
    assert list(ROUNDS) == sorted(ROUNDS, key=split.round_order) == sorted(split.SEEDS, key=split.round_order)
    assert [p.parent.name for p in round_files(EVALS, "goals.jsonl")] == list(ROUNDS)
    assert [p.parent.name for p in round_files(EVALS, "bias.jsonl")][-22:] == ["dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "dev28", "dev29", "dev30"]
    assert sorted(["dev30", "dev29", "dev28", "dev27", "dev26", "dev25", "dev24", "dev23", "dev22", "dev21", "dev20", "dev19", "dev18", "dev17", "dev16", "dev15", "dev14", "dev13", "dev12", "dev11", "dev2", "dev10", "dev"], key=split.round_order) == ["dev", "dev2", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "dev28", "dev29", "dev30"]
    for kind, rounds in OUTSIDE_ROUNDS.items():
        assert list(rounds) == sorted(rounds, key=split.round_order), kind
        assert list(rounds) == [r for r in ROUNDS if kind in MINIMUM[r]], kind


def test_the_rounds_use_different_seeds():
    seeds = [splitter().SEEDS[r] for r in ROUNDS]
    assert len(seeds) == len(set(seeds))


@pytest.mark.parametrize(("round_", "name"), CASES)
def test_documents_never_straddle_the_halves(round_, name):
    split = splitter()
    halves: dict[str, set[str]] = {}
    for r in load(round_, name):
        halves.setdefault(split.document(r), set()).add(r["split"])
    assert all(len(h) == 1 for h in halves.values())


@pytest.mark.parametrize(("round_", "name"), CASES)
def test_dev_items_are_not_copies_of_the_short_sentence_sets(round_, name):
    short = {" ".join(json.loads(line)["text"].split())
             for path in EVALS.glob(f"**/{name}.jsonl") if path.parent.name not in ROUNDS
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    assert not short & {" ".join(r["text"].split()) for r in load(round_, name)}


LATER = [(later, name) for i, later in enumerate(ROUNDS) if i for name in SETS if name in MINIMUM[later]]


@pytest.mark.parametrize(("later", "name"), LATER)
def test_a_later_round_shares_no_text_and_no_source_site_with_earlier_ones(later, name):
    earlier = ROUNDS[:ROUNDS.index(later)]
    texts = {" ".join(r["text"].split()) for r in load(later, name)}
    for round_ in earlier:
        if name in MINIMUM[round_]:
            assert not texts & {" ".join(r["text"].split()) for r in load(round_, name)}, round_
    used = {site(r["source"]) for round_ in earlier for n in SETS if n in MINIMUM[round_]
            for r in load(round_, n)}
    reused = sorted({site(r["source"]) for r in load(later, name)} & used)
    assert not reused, f"{later} {name} draws on sites already used in {', '.join(earlier)}: {reused}"


# From dev6 on, every URL in ``source`` (the inserted phrases' sources too, after " | ") is new.
SOURCES_NEW_FROM = "dev6"


def _source_sites(round_: str) -> set[str]:
    return {site(url) for name in SETS if name in MINIMUM[round_] for r in load(round_, name)
            for url in re.findall(r"(?:https?://|github:)[^\s)]+", r["source"])}


@pytest.mark.parametrize("later", ROUNDS[ROUNDS.index(SOURCES_NEW_FROM):])
def test_a_later_round_quotes_phrases_only_from_sites_no_earlier_round_used(later):
    earlier = set().union(*(_source_sites(r) for r in ROUNDS[:ROUNDS.index(later)]))
    reused = sorted(_source_sites(later) & earlier)
    assert not reused, f"{later} cites sites already used in an earlier round: {reused}"


def rounds_with(name: str) -> list[str]:
    return [r for r in ROUNDS if name in MINIMUM[r]]


@pytest.mark.parametrize("round_", rounds_with("bias"))
def test_bias_labels_occur_verbatim_with_known_categories(round_):
    records = load(round_, "bias")
    for r in records:
        assert 0 <= len(r["labels"]) <= 3, r["id"]
        for label in r["labels"]:
            assert set(label) == {"term", "category"}, r["id"]
            assert label["term"] and label["term"] in r["text"], (r["id"], label["term"])
            assert label["category"] in CATEGORIES, r["id"]
    clean = [r for r in records if not r["labels"]]
    assert len(clean) / len(records) >= 0.4  # hard negatives
    assert set(Counter(label["category"] for r in records for label in r["labels"])) == CATEGORIES
    assert sum(40 <= words(r["text"]) <= 200 for r in records) > len(records) / 2  # mostly paragraphs
    for half in ("tune", "heldout"):
        part = [r for r in records if r["split"] == half]
        assert any(r["labels"] for r in part) and any(not r["labels"] for r in part)


@pytest.mark.parametrize("round_", rounds_with("feedback"))
def test_feedback_labels_are_known_and_consistent(round_):
    records = load(round_, "feedback")
    for r in records:
        assert r["polarity"] in POLARITIES, r["id"]
        assert set(r["kinds"]) <= KINDS and len(r["kinds"]) == len(set(r["kinds"])), r["id"]
        assert r["well_formed"] is (not r["kinds"]), r["id"]
        if r["polarity"] == "positive":
            assert "missing_action" not in r["kinds"], f"{r['id']}: praise needs no next step"
    assert sum(r["well_formed"] for r in records) >= MINIMUM[round_]["feedback"][1]
    paragraphs = sum(40 <= words(r["text"]) <= 200 for r in records)
    assert paragraphs > len(records) / 2 if round_ not in PARAGRAPH_SHARE else paragraphs >= PARAGRAPH_SHARE[round_] * len(records)
    for half in ("tune", "heldout"):
        part = [r for r in records if r["split"] == half]
        assert {k for r in part for k in r["kinds"]} == KINDS, half
        assert sum(r["well_formed"] for r in part) >= CLEAN_PER_HALF[round_], half


@pytest.mark.parametrize("round_", rounds_with("goals"))
def test_goal_labels_cover_every_criterion_in_both_halves(round_):
    records = load(round_, "goals")
    for r in records:
        assert set(r["labels"]) == CRITERIA, r["id"]
        assert all(isinstance(v, bool) for v in r["labels"].values()), r["id"]
    for half in ("tune", "heldout"):
        part = [r for r in records if r["split"] == half]
        for criterion in CRITERIA:
            assert {r["labels"][criterion] for r in part} == {True, False}, (half, criterion)


@pytest.mark.parametrize("round_", ROUNDS)
def test_readme_counts_match_the_files(round_):
    readme = (EVALS / round_ / "README.md").read_text(encoding="utf-8")
    for name in MINIMUM[round_]:
        records = load(round_, name)
        tune = sum(r["split"] == "tune" for r in records)
        assert f"`{name}.jsonl` | {len(records)} " in readme, name
        assert f"| items | {tune} | {len(records) - tune} |" in readme, name


@pytest.mark.parametrize("round_", ROUNDS)
def test_split_script_check_mode_passes(round_, capsys):
    assert splitter().main(["--round", round_, "--check"]) == 0
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize("round_", ROUNDS)
def test_sources_name_a_document(round_):
    for name in MINIMUM[round_]:
        for r in load(round_, name):
            document = r["source"].split(" | ", 1)[0]
            assert document.startswith(("http://", "https://", "github:")), r["id"]


@pytest.mark.parametrize("round_", ROUNDS)
def test_files_are_utf8_jsonl_with_one_object_per_line(round_):
    for name in MINIMUM[round_]:
        raw = Path(EVALS / round_ / f"{name}.jsonl").read_bytes()
        assert raw.endswith(b"\n")
        for line in raw.decode("utf-8").splitlines():
            assert isinstance(json.loads(line), dict)


# A round's README quotes examples from its tune half only: the README is read as a labelling guide by engineers who
# must not see the held-out half (dev..dev18's quotes of held-out items were withheld in round 31).
README_QUOTES_TUNE_ONLY = ROUNDS


def _held_out_only(quote: str, round_: str) -> bool:
    """A quotation (``...`` joins its pieces) found in held-out texts of the round and in none of its tune texts."""
    pieces = [" ".join(p.split()).lower() for p in quote.split("...") if p.strip()]
    found = {item["split"] for name in SETS if name in MINIMUM[round_] for item in load(round_, name)
             if all(p in " ".join(item["text"].split()).lower() for p in pieces)}
    return found == {"heldout"}


@pytest.mark.parametrize("round_", README_QUOTES_TUNE_ONLY)
def test_a_round_readme_quotes_no_held_out_example(round_):
    readme = (EVALS / round_ / "README.md").read_text(encoding="utf-8")
    quotes = [q for pair in re.findall(r'"([^"\n]+)"|“([^”\n]+)”', readme) for q in pair if len(q.split()) >= 2]
    leaked = [q for q in quotes if _held_out_only(q, round_)]  # a one-word quote is a term, not an item
    assert leaked == []
