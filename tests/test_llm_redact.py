"""Masking of emails, phone numbers and employee IDs, and their restoration."""

from __future__ import annotations

from pydantic import BaseModel

from assistant.llm.redact import Redactor

TEXT = (
    "Priya (priya.shah@northwind.example, EMP-20417) called +44 20 7946 0958 and (555) 014-2231 "
    "about E123456; reach Dan at 555-014-2231 or dan@corp.example."
)


def test_masks_every_kind_and_restores_exactly() -> None:
    r = Redactor()
    masked = r.mask(TEXT)
    assert masked == (
        "Priya ([EMAIL_1], [EMPLOYEE_ID_1]) called [PHONE_1] and [PHONE_2] "
        "about [EMPLOYEE_ID_2]; reach Dan at [PHONE_3] or [EMAIL_2]."
    )
    assert r.restore(masked) == TEXT
    assert r.masked_count == 7


def test_same_value_same_token_across_texts_and_unknown_tokens_left() -> None:
    r = Redactor()
    assert r.mask("a@b.example") == "[EMAIL_1]"
    assert r.mask("again a@b.example") == "again [EMAIL_1]"
    assert r.restore("[EMAIL_1] and [EMAIL_9]") == "a@b.example and [EMAIL_9]"


def test_goal_numbers_dates_and_ranges_are_not_masked() -> None:
    text = "Cut resolution from 36 to 24 hours by 2027-06-30, 2026-2027 plan, 2,000 records, 15% and Q3 2026."
    assert Redactor().mask(text) == text


def test_disabled_and_custom_employee_pattern() -> None:
    assert Redactor(enabled=False).mask(TEXT) == TEXT
    r = Redactor(employee_id_pattern=r"\bNW\d{4}\b")
    assert r.mask("NW1234 and EMP-20417") == "[EMPLOYEE_ID_1] and EMP-20417"


def test_restore_obj_walks_models_lists_and_dicts() -> None:
    class Out(BaseModel):
        answer: str
        items: list[str]

    r = Redactor()
    r.mask("x@y.example 555-014-2231")
    out = r.restore_obj(Out(answer="mail [EMAIL_1]", items=["call [PHONE_1]"]))
    assert out == Out(answer="mail x@y.example", items=["call 555-014-2231"])
    assert r.restore_obj({"k": ["[EMAIL_1]"]}) == {"k": ["x@y.example"]}
