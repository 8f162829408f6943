"""The learned unit scorer and answerability gate: value kinds, table rows, the focus gate, names
in capitals, the calibration file and the fitting path (labels, logistic fit, threshold, write and
read back), each asserted on whole results."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant.evaluation import calibrate
from assistant.qa import answer, render
from assistant.qa.answer import CALIBRATION_FILE, Calibration, calibration
from assistant.qa.check import asked_for, holds, quantity_kind
from assistant.qa.check import missing_names as _missing_names
from assistant.qa.features import FEATURES, type_named, unasked_condition
from assistant.qa.models import Passage
from assistant.qa.select import UnitModel
from assistant.settings import get_settings
from tests.test_qa import fake_search, result  # noqa: F401 - fixture re-used

pytestmark = pytest.mark.usefixtures("offline_tiktoken")

CADENCE = (
    "Every employee has a one-on-one with their manager.\n\n"
    "| Situation | Minimum cadence | Typical length |\n| --- | --- | --- |\n"
    "| First 90 days after hire | Weekly | 30 minutes |\n"
    "| Standard | Monthly | 45 minutes |\n"
    "| Employee on an improvement plan | Weekly | 30 minutes |\n\n"
    "Most teams find a fortnightly one-on-one works well."
)


def test_value_kinds_of_quantity_questions_and_what_holds_them() -> None:
    questions = ["What relocation allowance does the company pay?", "What percentage raise comes with a promotion?",
                 "What is the maximum length of an improvement plan?", "How many goals should I set?",
                 "How much notice must I give when I resign?"]
    assert [quantity_kind(q) for q in questions] == ["money", "percent", "duration", "count", "duration"]
    assert [asked_for("quantity", q) for q in questions[:4]] == [
        "an amount of money", "a percentage", "a duration", "a number"]
    # Five days of leave is a duration, not money; a sentence without a percentage gives none.
    assert (holds("quantity", "Employees may take 5 days of leave to move.", questions[0]),
            holds("quantity", "The relocation allowance is $3,000.", questions[0]),
            holds("quantity", "Promotions come with a raise of one grade.", questions[1]),
            holds("quantity", "A promotion raises pay by 6%.", questions[1]),
            holds("quantity", "Plans may last up to 90 days.", questions[2]),
            holds("quantity", "The plan names three measures.", questions[2]),
            holds("quantity", "Each employee may claim 345 kroner a quarter.", questions[0])) == (
        False, True, False, True, True, False, True)


def test_two_letter_acronyms_match_in_capitals_or_spelled_out_only() -> None:
    def passage(text: str) -> Passage:
        return Passage("p", "doc.md", "/doc.md", "Stipends", None, text, [text], 0, 0.5)

    assert (_missing_names(["US"], passage("Please let us know upon submission.")),
            _missing_names(["US"], passage("Employees in the United States receive it.")),
            _missing_names(["US"], passage("U.S. employees receive it.")),
            _missing_names(["Correll and Simard"], passage("Shelley Correll and Caroline Simard reported."))) == (
        ["US"], [], [], [])


def test_table_rows_read_their_column_names_and_conditions() -> None:
    question = "How often should managers hold one-on-ones?"
    from assistant.qa.select import question_stems

    stems = question_stems(question)
    rows = ["Situation: Standard; Minimum cadence: Monthly; Typical length: 45 minutes.",
            "Situation: First 90 days after hire; Minimum cadence: Weekly; Typical length: 30 minutes."]
    assert [(type_named(r, "Check-ins — One-on-one cadence", "frequency", question, True),
             unasked_condition(r, stems, True)) for r in rows] == [(1.0, 0.0), (1.0, 1.0)]
    assert (type_named("Meet monthly.", "Check-ins — One-on-one cadence", "frequency", question, False),
            unasked_condition("For new hires, meet weekly.", stems, False)) == (0.5, 1.0)


def test_the_ordinary_case_row_of_a_table_answers_first(fake_search) -> None:  # noqa: F811
    fake_search["results"] = [result("check-ins.md", CADENCE, 0.6, "One-on-one cadence", 1)]
    out = answer("How often should managers hold one-on-ones?", get_settings())
    assert (out.answered, out.answer.splitlines()[:2]) == (True, [
        render.LEAD, "- \u201cSituation: Standard; Minimum cadence: Monthly; Typical length: 45 minutes.\u201d [1]"])


def test_a_sentence_that_does_not_say_what_is_asked_is_not_an_answer(fake_search) -> None:  # noqa: F811
    fake_search["results"] = [
        result("rituals.md", "Managers send a monthly prompt to the team.\n\nThe prompt asks for one win.", 0.5,
               "Team rituals", 1)]
    out = answer("How often are medical insurance premiums deducted?", get_settings())
    assert (out.answered, out.answer) == (
        False, "The documents cover \u201cTeam rituals\u201d (rituals (rituals.md)), but the passages found do not "
        "mention \u201cmedical\u201d, \u201cinsurance\u201d, \u201cpremiums\u201d, \u201cdeducted\u201d. "
        + render.NOT_COVERED)


def test_the_shipped_calibration_is_a_fitted_model_over_known_features() -> None:
    cal = calibration()
    assert isinstance(cal, Calibration) and isinstance(cal.model, UnitModel)
    assert set(cal.model.features) <= set(FEATURES) and len(cal.model.features) == len(cal.model.weights)
    assert 0.0 < cal.threshold < 1.0 and 0.0 <= cal.min_focus < 1.0 and cal.max_quotes == 3
    assert "fitted on the tuning halves only" in CALIBRATION_FILE.read_text(encoding="utf-8")
    again = UnitModel.from_data(cal.model.as_data())
    x = np.random.default_rng(0).random((4, 2, len(FEATURES)))
    assert np.allclose(again.probabilities(x), cal.model.probabilities(x), atol=1e-5)


def test_fact_labels_normalise_numbers_case_and_markup() -> None:
    assert (calibrate.holds_fact("The stipend is **$2,000** per fiscal quarter.", ["$2000 per fiscal quarter"]),
            calibrate.holds_fact("You earn four hours of sick leave.", ["4 hours of sick leave"]),
            calibrate.holds_fact("You earn 6 hours.", ["4 hours"])) == (True, True, False)


def test_logistic_fit_and_threshold_choice() -> None:
    rng = np.random.default_rng(1)
    x = rng.normal(size=(400, 2))
    y = (x[:, 0] - 0.5 * x[:, 1] + rng.normal(scale=0.3, size=400) > 0).astype(float)
    weights, bias = calibrate.fit_logistic(x, y, l2=1.0)
    assert weights[0] > 2.0 and weights[1] < -0.5 and abs(bias) < 0.5
    assert calibrate.auc(x @ weights, y) > 0.95


def _example(i: int, answerable: bool) -> calibrate.Example:
    """A labelled question with a tiny pool: the answering sentence holds the fact and is closest."""
    rng = np.random.default_rng(i)
    question = f"How many days of leave does plan {i} give?" if answerable else f"How many days of travel in plan {i}?"
    units = [f"Plan {i} gives {10 + i} days of leave.", "Leave is planned with the manager.",
             "Travel is booked through the portal."]
    passage = Passage(f"c{i}", f"doc{i % 4}.md", f"/doc{i % 4}.md", "Leave", "Plans", "\n\n".join(units), units, 0, 0.6)
    q = rng.normal(size=8)
    q /= np.linalg.norm(q)
    vectors = {}
    for position in range(len(units)):
        v = rng.normal(size=8) + (3 * q if position == 0 and answerable else 0)
        vectors[(passage.id, position)] = v / np.linalg.norm(v)
    return calibrate.Example("toy", f"t{i}", question, "answer" if answerable else "abstain",
                             [f"{10 + i} days"] if answerable else [], [passage.source] if answerable else [], [],
                             display=question, passages=[passage], vectors=vectors, q_vector=q, top3=[passage.source])


def test_fit_writes_a_calibration_that_reads_back_and_answers_the_same(tmp_path: Path) -> None:
    items = calibrate.prepare([_example(i, answerable=i % 3 != 0) for i in range(24)])
    assert [int(it.positive.sum()) for it in items[:3]] == [0, 1, 1]  # the fact's sentence is the positive
    config = calibrate.resolve({"l2": 1.0, "min_focus": 0.0})
    cal = calibrate.calibrate(items, config)
    path = tmp_path / "calibration.yaml"
    calibrate.write_calibration(cal, config, items, path)
    import yaml

    back = Calibration.from_data(yaml.safe_load(path.read_text(encoding="utf-8")))
    assert (round(back.threshold, 6), back.min_focus, back.extra_ratio) == (
        round(cal.threshold, 6), 0.0, config["extra_ratio"])
    first = [calibrate.conclude(it, cal).model_dump() for it in items]
    assert [calibrate.conclude(it, back).model_dump() for it in items] == first
    metrics, _ = calibrate.measure(items, back)
    assert metrics["over_refusal"] <= calibrate.MAX_OVER_REFUSAL and metrics["fact_inclusion"] >= 0.9
    assert len(set(calibrate.folds(items, 3))) == 3


def test_when_needs_a_time_not_an_ordinal_or_an_agent() -> None:
    question = "When does a new employee's 90-day check-in happen?"
    texts = ["New hires draft a first IDP with their manager for the 90-day check-in.",  # ordinal, echoed number
             "The check-in is held between day 85 and day 95 of employment.",
             "Ratings are approved by the department head.",
             "Submit the form by June 30.",
             "Goals are agreed in the first week of employment.",
             "Plans are reviewed on the 1st of June."]
    assert [holds("when", t, question) for t in texts] == [False, True, False, True, True, True]


def test_an_interval_or_a_replacement_cycle_answers_how_often() -> None:
    question = "How often are laptops replaced?"
    texts = ["Laptops are replaced on a 3-year cycle.", "Devices are refreshed every 12 to 18 months.",
             "Hardware is renewed biennially.", "Laptops are replaced after three years.",
             "Passwords must be changed after 90 days.", "Laptops are issued on the first day."]
    assert [holds("frequency", t, question) for t in texts] == [True, True, True, True, False, False]


def test_the_table_answer_flag_reads_the_type_named_feature_by_name() -> None:
    from assistant.qa.features import unit_features
    from assistant.qa.focus import analyse

    rows = ["Situation: Standard; Minimum cadence: Monthly; Typical length: 45 minutes.",
            "Situation: First 90 days after hire; Minimum cadence: Weekly; Typical length: 30 minutes.",
            "Managers hold one-on-ones with every report."]
    passages = [Passage(f"p{i}", "check-ins.md", "check-ins.md", "Check-ins", "One-on-one cadence", text, [text], i,
                        0.5) for i, text in enumerate(rows)]
    units, x = unit_features(analyse("How often should managers hold one-on-ones?"), passages, {}, np.zeros(3))
    assert [u.table_answer for u in units] == [[True], [False], [False]]
    assert [float(v) for v in x[:, 0, FEATURES.index("type_named")]] == [1.0, 1.0, 0.0]
