"""The API's one-sentence answers to a request that does not carry text."""

from __future__ import annotations

import pytest

from assistant.coaches import COACHES
from assistant.ui.handlers import Handlers, UserError
from tests.fixtures.index import make_settings

BY_NAME = {coach.name: coach for coach in COACHES}


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("bias", None, "The text is missing: send it as a string."),
        ("goal", None, "The goal is missing: send it as a string."),
        ("feedback", 42, "The feedback draft must be a string, not a number."),
        ("ask", ["a", "b"], "The question must be a string, not a list."),
        ("bias", {"text": "x"}, "The text must be a string, not an object."),
    ],
)
def test_a_value_that_is_not_text_is_named(name, value, message):
    with pytest.raises(UserError) as caught:
        Handlers(make_settings()).check(BY_NAME[name], value)
    assert str(caught.value) == message
