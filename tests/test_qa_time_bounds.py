"""A time's bound (round 36, qarefuse36b): "the latest date" asked is met by a deadline stated as "on or before" /
"no later than", "the earliest" by "on or after" / "no earlier than"; the opposite bound does not meet it."""

from __future__ import annotations

from assistant.qa.focus import term_stems


def test_latest_and_earliest_fold_to_bounds() -> None:
    assert term_stems("What's the latest date I can finish probation?") == {"<max>", "dat", "finish", "probation"}
    assert "latest" not in term_stems("the latest date")
    assert "<min>" in term_stems("the earliest date") and "earliest" not in term_stems("the earliest date")


def test_deadline_phrases_give_the_upper_bound() -> None:
    for text in ("staff who have completed probation on or before 31 May",
                 "Notification no later than 60 calendar days following discovery",
                 "Claims must be submitted not later than 30 June",
                 "Submit it by Friday at the latest"):
        found = term_stems(text)
        assert "<max>" in found and "<min>" not in found, text


def test_start_phrases_give_the_lower_bound() -> None:
    for text in ("File the form no earlier than 90 days before the end date",
                 "Leave may start on or after 1 April",
                 "Requests are read not earlier than a week before",
                 "Start on Monday at the earliest"):
        found = term_stems(text)
        assert "<min>" in found and "<max>" not in found, text


def test_plain_dates_and_before_after_carry_no_bound() -> None:
    for text in ("The review is held on 31 May.", "Meet before the review and after the calibration.",
                 "It arrived later than expected.", "Those completing probation between 01 February and 31 May"):
        assert not {"<max>", "<min>"} & term_stems(text), text


def test_most_recent_sense_stays_a_topic_word() -> None:
    # "latest" bounds a time only before a time noun; "the latest version" is the most recent one (probe row t15)
    assert "<max>" not in term_stems("the latest version of the handbook")
    assert "latest" in term_stems("Which invoices are in the latest aging report?")
    assert "<min>" in term_stems("What is the earliest day I can start leave?")
