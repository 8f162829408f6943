"""The shared text module: tokens, stems, stopwords, sentences, numbers."""

from __future__ import annotations

import pytest

from assistant.text import (
    NumberMention,
    content_stems,
    fold_plural,
    inflections,
    is_title_case,
    letter_words,
    number_values,
    numbers,
    sentence_spans,
    sentences,
    stem,
    tokens,
    words,
)


def test_tokens_keep_spans_and_inner_punctuation() -> None:
    text = "Don’t skip check-ins, Ana."
    assert [(t.text, t.start, t.end) for t in tokens(text)] == [
        ("Don’t", 0, 5), ("skip", 6, 10), ("check-ins", 11, 20), ("Ana", 22, 25),
    ]
    assert words(text) == ["don't", "skip", "check-ins", "ana"]


@pytest.mark.parametrize(
    ("word", "expected"),
    [("policies", "policy"), ("matches", "match"), ("days", "day"), ("status", "status"), ("analysis", "analysis")],
)
def test_fold_plural(word: str, expected: str) -> None:
    assert fold_plural(word) == expected


def test_stem_groups_inflections() -> None:
    assert {stem(w) for w in ("rate", "rated", "rating", "ratings")} == {"rat"}
    assert stem("planned") == stem("plan") == "plan"
    assert stem("Manager’s") == stem("managers") == "manager"


def test_content_stems_drop_stopwords_and_split_hyphens() -> None:
    assert content_stems("What happens if my check-ins are late?") == {"check", "ins", "lat"}


def test_sentences_respect_abbreviations_initials_and_decimals() -> None:
    text = 'Dr. Lee met J. Smith on Jan. 5. They agreed, e.g. the plan. Great! Next? "Quoted." Done 3.5 times.'
    assert sentences(text) == [
        "Dr. Lee met J. Smith on Jan. 5.",
        "They agreed, e.g. the plan.",
        "Great!",
        "Next?",
        '"Quoted."',
        "Done 3.5 times.",
    ]


def test_sentences_line_breaks() -> None:
    text = "A hard wrapped\nline continues. Next one.\n\n- item one\n- item two"
    assert sentences(text) == ["A hard wrapped", "line continues.", "Next one.", "- item one", "- item two"]
    assert sentences(text, line_breaks=False) == [
        "A hard wrapped\nline continues.", "Next one.", "- item one", "- item two",
    ]


def test_sentence_spans_are_trimmed_offsets() -> None:
    text = "  One here.   Two there.  "
    assert [text[s:e] for s, e in sentence_spans(text)] == ["One here.", "Two there."]
    assert sentence_spans("   ") == []


def test_numbers_in_digits_and_words() -> None:
    text = "twenty-five percent of 1,200 people, $5k, the 3rd and third time, a dozen, two hundred and ten, 25%"
    assert numbers(text) == [
        NumberMention("twenty-five", 0, 11, 25.0, False, True),
        NumberMention("1,200", 23, 28, 1200.0),
        NumberMention("$5k", 37, 40, 5000.0),
        NumberMention("3rd", 46, 49, 3.0, True),
        NumberMention("third", 54, 59, 3.0, True),
        NumberMention("a dozen", 66, 73, 12.0),
        NumberMention("two hundred and ten", 75, 94, 210.0),
        NumberMention("25%", 96, 99, 25.0, False, True),
    ]
    assert number_values("one million and two thousand") == {1_002_000.0}


@pytest.mark.parametrize("hostile", ["." * 50_000, "a-" * 25_000, "\n" * 50_000, "Mr. " * 12_000, "1," * 25_000])
def test_hostile_input_gives_a_result(hostile: str) -> None:
    assert isinstance(sentences(hostile), list)
    assert isinstance(numbers(hostile), list)


def test_amounts_of_money_in_any_currency() -> None:
    from assistant.text import mentions_money

    texts = ["a stipend of 345 kroner", "EUR 40 a day", "40 EUR a day", "¥2,000", "₹500 per month", "$1.5k",
             "10 thousand dollars", "CHF 300", "5 days of leave", "ALL staff get 5 days", "3 real options",
             "the 2 usd cap"]
    assert [mentions_money(t) for t in texts] == [True, True, True, True, True, True,
                                                  True, True, False, False, False, False]


def test_inflections_cover_regular_irregular_and_doubling_verbs() -> None:
    assert inflections("fall") == {"fall", "falls", "fell", "fallen", "falling"}
    assert inflections("turn") == {"turn", "turns", "turned", "turning"}
    assert inflections("nag") == {"nag", "nags", "nagged", "nagging"}
    assert inflections("whine") == {"whine", "whines", "whined", "whining"}
    assert inflections("cry") == {"cry", "cries", "cried", "crying"}
    assert inflections("fix") == {"fix", "fixes", "fixed", "fixing"}
    assert inflections("offer") == {"offer", "offers", "offered", "offering"}
    for verb in ("turn", "nag", "whine", "fix", "offer", "drop"):  # stem() maps regular forms back to one stem
        assert {stem(form) for form in inflections(verb)} == {stem(verb)}, verb


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Stabilize Enrollment.", True),
        ("Create a Thriving Learning Community for Student Achievement", True),
        ("Retention", True),
        ("Reduce churn by 5%.", False),
        ("", False),
    ],
)
def test_title_case_headings(phrase: str, expected: bool) -> None:
    assert is_title_case(phrase) is expected


def test_letter_words_skip_numbers_and_keep_case() -> None:
    assert letter_words("Cut Q3 churn to 4% by 2027, per the CFO's plan") == [
        "Cut", "Q3", "churn", "to", "by", "per", "the", "CFO's", "plan"]


def test_sentence_around_gives_the_sentences_holding_a_span_on_one_line() -> None:
    from assistant.text import sentence_around

    text = "First one.  She is\nvery articulate. Last one."
    start = text.index("articulate")
    assert sentence_around(text, start, start + len("articulate")) == "She is very articulate."
    assert sentence_around(text, 0, len(text)) == "First one. She is very articulate. Last one."
    assert sentence_around("no stop here", 3, 7) == "no stop here"


def test_irregular_past_holds_only_irregular_forms_and_regular_ee_pasts_are_read_by_shape() -> None:
    from assistant.text import EE_VERBS, IRREGULAR_PAST, is_past_tense

    # a regular verb's past is its -ed inflection; none of those belongs in the irregular table
    regular = {base + "d" for base in EE_VERBS} | {"succeeded", "exceeded", "proceeded", "needed"}
    assert not regular & IRREGULAR_PAST
    assert not any(form.endswith("eed") for form in IRREGULAR_PAST)
    assert all(is_past_tense(w) for w in ("agreed", "disagreed", "freed", "guaranteed", "decreed", "succeeded",
                                          "exceeded", "proceeded", "needed", "went", "fed", "sped"))
    assert not any(is_past_tense(w) for w in ("need", "proceed", "succeed", "exceed", "feed", "seed", "speed",
                                              "agree", "free", "guarantee", "indeed"))


def test_tokens_are_the_frozen_tokens_the_dataclass_builds() -> None:
    """``tokens`` sets a Token's slots directly: the same tokens (equal, same hash, still frozen)."""
    import dataclasses

    from assistant.text import WORD, Token, tokens

    text = "Don’t re-run the 3.5 tests, Priya — thanks!"
    built = [Token(m.group(), m.start(), m.end()) for m in WORD.finditer(text)]
    found = tokens(text)
    assert found == built and [hash(t) for t in found] == [hash(t) for t in built]
    assert [repr(t) for t in found] == [repr(t) for t in built]
    with pytest.raises(dataclasses.FrozenInstanceError):
        found[0].text = "x"  # type: ignore[misc]
