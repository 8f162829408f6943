"""check_bias: exact spans, context, generic pronouns, counterfactual parity, any unicode, eval bars."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.analyzers.bias import CATEGORIES, BiasReport, check_bias
from assistant.evaluation.bias import evaluate, load_cases
from assistant.settings import PROJECT_ROOT, Settings

EVAL_PATH = PROJECT_ROOT / "evals" / "bias.jsonl"


def spans(text: str) -> list[tuple[str, str, str]]:
    return [(f.text, f.category, f.rule) for f in check_bias(text).flags]


def test_whole_report_for_a_review_paragraph() -> None:
    text = (
        "Maria set an aggressive timeline and hit it. In the Q3 review she was abrasive with the vendor, "
        "and as a working mom she may not want the lead role."
    )
    report = check_bias(text)
    payload = report.model_dump(mode="json")
    rules = {f.rule: f for f in report.flags}
    assert payload == {
        "flags": [
            {
                "start": 70,
                "end": 78,
                "text": "abrasive",
                "category": "gender_coded",
                "severity": "high",
                "rule": "gender_coded.abrasive",
                "explanation": rules["gender_coded.abrasive"].explanation,
                "suggestion": rules["gender_coded.abrasive"].suggestion,
                "source": rules["gender_coded.abrasive"].source,
                "replacements": [],
            },
            {
                "start": 105,
                "end": 116,
                "text": "working mom",
                "category": "family_status",
                "severity": "high",
                "rule": "family_status.parent_labels",
                "explanation": rules["family_status.parent_labels"].explanation,
                "suggestion": rules["family_status.parent_labels"].suggestion,
                "source": rules["family_status.parent_labels"].source,
                "replacements": [],
            },
        ]
    }
    for flag in report.flags:
        assert text[flag.start : flag.end] == flag.text
        assert "Snyder" in rules["gender_coded.abrasive"].explanation
        assert flag.suggestion.startswith("Consider")


@pytest.mark.parametrize(
    "text",
    [
        "We agreed an aggressive timeline for the launch.",
        "Book the emotional intelligence workshop for the team.",
        "Change the accent color on the header.",
        "Our youngest product line sold out.",
        "The chair approved the budget.",
        "Omar understands the underwriting rules.",
        "It was a hectic deadline, and Omar still met it.",
        "There is a blind spot in the alerting for batch jobs.",
        "",
        "   \n\t ",
    ],
)
def test_clean_contexts_from_the_issue(text: str) -> None:
    assert check_bias(text) == BiasReport(flags=[])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ana was aggressive with the auditors.",
            [("aggressive", "gender_coded", "gender_coded.aggressive")],
        ),
        ("She got emotional in the review.", [("emotional", "gender_coded", "gender_coded.emotional")]),
        ("His accent confuses callers.", [("accent", "race_ethnicity", "race_ethnicity.accent")]),
        ("We want a young engineer.", [("young", "age", "age.young")]),
        (
            "The chairman approved the budget.",
            [("chairman", "gendered_language", "gendered_language.chairman")],
        ),
        ("Tom is crazy about the deadline.", [("crazy", "disability", "disability.crazy_insane")]),
        ("It was a crazy deadline, and Omar still met it.", [("crazy", "disability", "disability.crazy_insane")]),
        ("Ben is nuts about process.", [("nuts", "disability", "disability.mental_health_slang")]),
        ("Nina is an old-timer.", [("old-timer", "age", "age.old_timer")]),
        ("Nina is an old timer.", [("old timer", "age", "age.old_timer")]),
        ("Nina is an oldtimer.", [("oldtimer", "age", "age.old_timer")]),
        (
            "Ines is high maintenance.",
            [("high maintenance", "gender_coded", "gender_coded.personality_labels")],
        ),
        ("He doesn’t fit in.", [("doesn’t fit in", "affinity", "affinity.not_a_fit")]),
        ("Sam is ABRASIVE at times.", [("ABRASIVE", "gender_coded", "gender_coded.abrasive")]),
    ],
)
def test_person_contexts_word_forms_and_variants(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("His warnings fell on deaf ears.", [("fell on deaf ears", "disability", "disability.ableist_metaphors")]),
        ("They keep turning a blind eye to it.", [("turning a blind eye", "disability", "disability.ableist_metaphors")]),
        ("She nagged the team all week.", [("nagged", "gender_coded", "gender_coded.emotion_dismissals")]),
        ("Since he came out as gay, clients have been awkward.",
         [("came out as gay", "sexual_orientation", "sexual_orientation.coded_descriptors")]),
    ],
)
def test_idioms_match_every_inflection(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some colleagues have described her feedback as abrasive.", [("abrasive", "gender_coded", "gender_coded.abrasive")]),
        ("She was described as bossy and controlling.", [("bossy", "gender_coded", "gender_coded.bossy")]),
        ("Her style has been called abrasive more than once.", [("abrasive", "gender_coded", "gender_coded.abrasive")]),
        ("Her delivery can be abrasive.", [("abrasive", "gender_coded", "gender_coded.abrasive")]),
        ("We considered the timeline aggressive.", []),
        ("The plan was described as aggressive by finance.", []),
    ],
)
def test_a_trait_ascribed_by_a_describing_verb_or_to_a_manner_noun(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert spans(text) == expected


def test_a_characteristic_of_an_outsider_is_not_the_judged_persons() -> None:
    text = "He rearranged the section so that a student who uses a wheelchair could reach the timpani."
    assert check_bias(text).flags == []
    assert spans("She could not lead the launch because of her wheelchair.") == [
        ("She could not lead the launch because of her wheelchair", "disability", "disability.health_mention")
    ]


def test_a_noun_after_a_closing_preposition_is_its_object_not_the_head() -> None:
    # 'data' is a thing noun, but here it is the object of 'about', not what the phrase describes.
    assert spans("She is on the spectrum about data hygiene.") == [
        ("on the spectrum about", "disability", "disability.ableist_metaphors")
    ]


def test_a_plural_thing_noun_opening_a_sentence_is_not_a_name() -> None:
    assert check_bias("Sales were depressed in March.").flags == []
    assert spans("Mark is depressed since the reorg.") == [
        ("depressed", "disability", "disability.condition_labels")
    ]


def test_stems_do_not_over_match() -> None:
    for text in (
        "Omar understands the underwriting rules.",
        "The fire-retardant panels are in.",
        "The psychology team ran the survey.",
        "The gypsum boards and the workmanship were fine.",
    ):
        assert check_bias(text).flags == [], text
    assert spans("Technology for all mankind.") == [
        ("mankind", "gendered_language", "gendered_language.manpower")
    ]


@pytest.mark.parametrize(
    ("text", "pronoun"),
    [
        ("Each engineer should update his timesheet.", "his"),
        ("Every manager must confirm she finished calibration.", "she"),
        ("Any supervisor who sees a hazard should tell his lead.", "his"),
        ("When a new hire joins, he should shadow a senior analyst.", "he"),
    ],
)
def test_generic_pronoun_is_flagged(text: str, pronoun: str) -> None:
    flags = check_bias(text).flags
    assert [(f.text, f.rule) for f in flags] == [(pronoun, "gendered_language.generic_pronoun")]
    assert text[flags[0].start : flags[0].end] == pronoun


@pytest.mark.parametrize(
    "text",
    [
        "Each engineer should update their timesheet.",
        "Each engineer should update his or her timesheet.",
        "Each engineer should update his/her timesheet.",
        "Every manager met with Tom, and he thanked them.",
        "Every analyst on Maria's team says she explains priorities well.",
        "Each engineer owns a service; Priya owns billing, and she keeps it tidy.",
        "Priya updated her timesheet and he approved it.",
        "He presented the roadmap and she answered questions.",
    ],
)
def test_pronoun_for_a_specific_person_is_never_flagged(text: str) -> None:
    assert check_bias(text).flags == []


def test_offsets_are_into_the_original_text_with_unicode_before() -> None:
    text = "İİİ 👩🏽‍💻 café — Sarah can be abrasive."
    (flag,) = check_bias(text).flags
    assert text.index("abrasive") == 29  # code points, not bytes or UTF-16 units
    assert (flag.start, flag.end, text[flag.start : flag.end]) == (29, 37, "abrasive")


# ----------------------------------------------------------------------------- counterfactual parity

PAIRS = {
    "Maria": "Mark",
    "Sarah": "Samuel",
    "Jenna": "James",
    "Leah": "Liam",
    "Amy": "Adam",
    "Nina": "Noah",
    "Rosa": "Ross",
    "Lena": "Leon",
    "Anika": "Anil",
    "Dolores": "Diego",
    "Gloria": "George",
    "Beth": "Ben",
    "Lucy": "Luke",
    "Jess": "Jesse",
    "Laura": "Lars",
    "Carla": "Carl",
    "Maya": "Max",
    "Jen": "John",
    "Sofia": "Sami",
    "Dana": "Dan",
    "Kim": "Kip",
    "Priya": "Pranav",
    "Lisa": "Leo",
    "Ana": "Andre",
    "Asha": "Arun",
    "Hana": "Hari",
    "Kira": "Kirk",
    "Zara": "Zane",
    "Mei": "Ming",
    "Jo": "Joe",
    "Jim": "Jill",
    "Frank": "Frances",
    "Ray": "Rae",
    "Walt": "Wanda",
    "Harold": "Harriet",
    "Tom": "Tina",
    "Hugo": "Helen",
    "Gus": "Grace",
    "Jake": "Jade",
    "Ollie": "Olivia",
    "Kevin": "Karen",
    "Raj": "Rani",
    "Luis": "Luisa",
    "he": "she",
    "him": "her",
    "his": "her",
    "himself": "herself",
    "man": "woman",
    "men": "women",
    "mom": "dad",
    "mother": "father",
    "mum": "dad",
    "husband": "wife",
    "son": "daughter",
    "boy": "girl",
    "boys": "girls",
    "female": "male",
    "brother": "sister",
    "mr": "ms",
    "boyfriend": "girlfriend",
    "gentleman": "lady",
}
SWAP = {**PAIRS, **{v: k for k, v in PAIRS.items() if v not in ("her", "dad")}}
SWAP.update({"her": "his", "hers": "his", "dad": "mom"})
OBJECT_CONTEXT = re.compile(
    r"^\s*([.,;:!?)]|$|(to|for|with|about|and|but|so|in|on|at|that|if|when|any|seriously)\b)"
)


def swap_gender(text: str) -> str:
    """Swap names, pronouns and gendered nouns, keeping case; 'her' becomes 'him' or 'his' by context."""

    def replace(match: re.Match[str]) -> str:
        word = match.group()
        lower = word.lower()
        key = word if word in SWAP else lower
        if key not in SWAP or (lower == "man" and text[match.end() :].startswith(" the ")):  # 'man the desk'
            return word
        new = SWAP[key]
        if lower == "her" and OBJECT_CONTEXT.match(text[match.end() :]):
            new = "him"
        if word[0].isupper():
            new = new[0].upper() + new[1:]
        return new

    return re.sub(r"(?<![\w-])[^\W\d_]+(?![\w-])", replace, text)  # whole words, not inside compounds


def test_swap_gender_helper() -> None:
    assert (
        swap_gender("Maria said her plan was his idea; ask her.")
        == "Mark said his plan was her idea; ask him."
    )


def test_counterfactual_parity_on_the_whole_eval_set() -> None:
    cases = load_cases(EVAL_PATH)
    changed = 0
    for case in cases:
        swapped = swap_gender(case.text)
        changed += swapped != case.text

        def rules(text: str) -> Counter[tuple[str, str, str]]:
            return Counter(
                (f.rule, f.category, f.severity)
                for f in check_bias(text).flags
                if f.rule != "gendered_language.generic_pronoun"
            )

        assert rules(swapped) == rules(case.text), (case.text, swapped)
    assert changed > 0.5 * len(cases)  # the swap really touched most sentences (137 of 246)


# ----------------------------------------------------------------------------- any unicode

TRIGGERS = [
    "abrasive",
    "he",
    "her",
    "Each engineer",
    "working mom",
    "old-timer",
    "guys",
    "Hey",
    "accent",
    "is",
    "a",
    "culture fit",
    "doesn't",
    "fit",
    "’",
    "-",
    ".",
    "\n",
    "girls'",
    "İ",
    "ß",
    "his or her",
]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_unicode_never_raises(text: str) -> None:
    for flag in check_bias(text).flags:
        assert 0 <= flag.start < flag.end <= len(text)
        assert text[flag.start : flag.end] == flag.text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(TRIGGERS), st.text(max_size=3)), max_size=25))
def test_trigger_soup_keeps_spans_exact(parts: list[str]) -> None:
    text = " ".join(parts)
    flags = check_bias(text).flags
    for flag in flags:
        assert 0 <= flag.start < flag.end <= len(text)
        assert text[flag.start : flag.end] == flag.text
    assert [f.start for f in flags] == sorted(f.start for f in flags)


# ----------------------------------------------------------------------------- eval set and bars


def test_eval_set_composition() -> None:
    rows = [json.loads(line) for line in EVAL_PATH.read_text(encoding="utf-8").splitlines() if line.strip()]
    negatives = [row for row in rows if not row["labels"]]
    assert len(rows) >= 150
    assert len(negatives) / len(rows) >= 0.40
    assert len({row["id"] for row in rows}) == len(rows)
    categories = Counter(label["category"] for row in rows for label in row["labels"])
    assert set(categories) == set(CATEGORIES)
    assert min(categories.values()) >= 8


def test_eval_suite_meets_thresholds() -> None:
    result = evaluate(EVAL_PATH, Settings())
    bars = yaml.safe_load((PROJECT_ROOT / "evals" / "thresholds.yaml").read_text())["bias"]
    assert set(result.metrics) == {"flag_precision", "term_recall", "category_accuracy", "false_alarm_rate"}
    for metric, bar in bars.items():
        value = result.metrics[metric]
        assert value >= bar.get("min", float("-inf")) and value <= bar.get("max", float("inf")), (
            metric,
            value,
        )
    assert result.cases >= 150 and result.suite == "bias"


def test_eval_scoring_counts_misses_and_false_alarms(tmp_path: Path) -> None:
    cases = tmp_path / "cases.jsonl"
    cases.write_text(
        "\n".join(
            json.dumps(row)
            for row in [
                {
                    "id": "1",
                    "text": "Kim is bossy and pushy.",
                    "labels": [{"term": "bossy", "category": "age"}],
                },
                {
                    "id": "2",
                    "text": "The dinner was fine.",
                    "labels": [{"term": "dinner", "category": "age"}],
                },
                {"id": "3", "text": "Kim is abrasive.", "labels": []},
                {"id": "4", "text": "All clear here.", "labels": []},
            ]
        ),
        encoding="utf-8",
    )
    result = evaluate(cases, Settings())
    # flags: bossy (right term, wrong category), pushy (unlabelled), abrasive (on a negative)
    assert result.metrics == {
        "flag_precision": round(1 / 3, 4),
        "term_recall": 0.5,
        "category_accuracy": 0.0,
        "false_alarm_rate": 0.5,
    }
    assert [f["id"] for f in result.failures] == ["1", "2", "3"]
    assert result.failures[1]["missed"] == [{"term": "dinner", "category": "age"}]
