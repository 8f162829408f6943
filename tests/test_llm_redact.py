"""Masking of personal data before a model call, and its exact restoration."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from assistant.llm.redact import RedactionConfigError, Redactor

TEXT = (
    "Priya (priya.shah@northwind.example, EMP-20417) called +44 20 7946 0958 and (555) 014-2231 "
    "about E123456; reach Dan at 555-014-2231 or dan@corp.example."
)


def test_masks_every_kind_and_restores_exactly() -> None:
    r = Redactor()
    masked = r.mask(TEXT)
    assert masked == (
        "[PERSON_1] ([EMAIL_1], [EMPLOYEE_ID_1]) called [PHONE_1] and [PHONE_2] "
        "about [EMPLOYEE_ID_2]; reach [PERSON_2] at [PHONE_3] or [EMAIL_2]."
    )
    assert r.restore(masked) == TEXT
    assert r.masked_count == 9


# The fifteen kinds of personal data of issue #14, in one realistic HR note.
ISSUE_TEXT = (
    "Priya Ramaswamy (priya.r@northwind.example, EMP-12345, staff number 48213) missed the review with "
    "her colleague Tomasz Wójcik. Reach her at +44 20 7946 0958, (555) 014-2231, 555-014-2231, "
    "555 014 2231 or her UK mobile 07946 095843. Badge E123456. Her SSN is 123-45-6789 and NI number "
    "QQ 12 34 56 C. She lives at 42 Maple Avenue, Springfield, IL 62704, previously Flat 3, 22 Baker "
    "Street, London NW1 6XE. Date of birth: 14/03/1985. Tomasz was born on 2 May 1990."
)


def test_every_kind_of_the_issue_is_masked_with_its_own_token() -> None:
    r = Redactor()
    masked = r.mask(ISSUE_TEXT)
    assert masked == (
        "[PERSON_1] ([EMAIL_1], [EMPLOYEE_ID_1], staff number [EMPLOYEE_ID_2]) missed the review with "
        "her colleague [PERSON_2]. Reach her at [PHONE_1], [PHONE_2], [PHONE_3], "
        "[PHONE_4] or her UK mobile [PHONE_5]. Badge [EMPLOYEE_ID_3]. Her SSN is [GOV_ID_1] and NI number "
        "[GOV_ID_2]. She lives at [ADDRESS_1], previously [ADDRESS_2]. Date of birth: [DOB_1]. "
        "[PERSON_2_FIRST] was born on [DOB_2]."
    )
    assert r.restore(masked) == ISSUE_TEXT
    assert r.pseudonyms["[PERSON_2_FIRST]"] == "Tomasz"
    assert r.pseudonyms["[ADDRESS_2]"] == "Flat 3, 22 Baker Street, London NW1 6XE"


def test_same_value_same_token_across_texts_and_unknown_tokens_left() -> None:
    r = Redactor()
    assert r.mask("a@b.example") == "[EMAIL_1]"
    assert r.mask("again a@b.example") == "again [EMAIL_1]"
    assert r.restore("[EMAIL_1] and [EMAIL_9]") == "a@b.example and [EMAIL_9]"


def test_restore_tolerates_the_case_a_model_writes() -> None:
    r = Redactor()
    r.mask("Thanks Xiadani Tlatoani.")
    assert r.restore("[Person_1] did well; [person_1]'s work") == "Xiadani Tlatoani did well; Xiadani Tlatoani's work"


def test_goal_numbers_dates_and_ranges_are_not_masked() -> None:
    text = (
        "Cut resolution from 36 to 24 hours by 2027-06-30, 2026-2027 plan, 2,000 records, 15% and Q3 2026. "
        "Raise NPS from 31 to 40 by 31 March 2027; ticket 123456789; budget $1,500,000; call volume 555."
    )
    assert Redactor().mask(text) == text


def test_names_need_evidence_common_words_and_title_case_stay() -> None:
    r = Redactor()
    text = (
        "Will you review it? I hope Hope can join. Contact Human Resources about Paid Time Off. "
        "Thanks Grant for the Sales Team update; Mr Young and Dr. Mei Lin agreed."
    )
    assert r.mask(text) == (
        "Will you review it? I hope Hope can join. Contact Human Resources about Paid Time Off. "
        "Thanks [PERSON_1] for the Sales Team update; Mr [PERSON_2] and Dr. [PERSON_3] agreed."
    )


def test_names_in_any_case_and_other_mentions_keep_the_person_number() -> None:
    r = Redactor()
    masked = r.mask("Chidi Okonkwo led the demo. chidi answered questions; Okonkwo's slides were clear.")
    assert masked == "[PERSON_1] led the demo. [PERSON_1_FIRST] answered questions; [PERSON_1_LAST]'s slides were clear."


def test_mask_values_shares_names_found_in_one_text_with_the_others() -> None:
    r = Redactor()
    out = r.mask_values({"draft": "I told Will that the launch slipped.", "findings": "- Will missed the launch"})
    assert out == {"draft": "I told [PERSON_1] that the launch slipped.", "findings": "- [PERSON_1] missed the launch"}


def test_disabled_and_custom_patterns() -> None:
    assert Redactor(enabled=False).mask(TEXT) == TEXT
    r = Redactor(employee_id_pattern=r"\bNW\d{4}\b", patterns={"PROJECT": r"\bPRJ-\d{4}\b"}, names=False)
    assert r.mask("NW1234, PRJ-0042 and EMP-20417") == "[EMPLOYEE_ID_1], [PROJECT_1] and EMP-20417"


@pytest.mark.parametrize(
    ("patterns", "message"),
    [({"project": "x"}, "upper-case name"), ({"EMAIL": "x"}, "upper-case name"), ({"P": "(("}, "not a valid")],
)
def test_bad_organisation_patterns_are_refused(patterns, message) -> None:
    with pytest.raises(RedactionConfigError, match=message):
        Redactor(patterns=patterns)


def test_restore_obj_walks_models_lists_and_dicts() -> None:
    class Out(BaseModel):
        answer: str
        items: list[str]

    r = Redactor()
    r.mask("x@y.example 555-014-2231")
    out = r.restore_obj(Out(answer="mail [EMAIL_1]", items=["call [PHONE_1]"]))
    assert out == Out(answer="mail x@y.example", items=["call 555-014-2231"])
    assert r.restore_obj({"k": ["[EMAIL_1]"]}) == {"k": ["x@y.example"]}


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_restore_of_mask_is_the_identity(text: str) -> None:
    r = Redactor()
    assert r.restore(r.mask(text)) == text
