"""Imported once by the fork server that starts the analyzer workers (see workers.py): the
analyzers and their built-in rules load here, so each worker is forked warm instead of importing
and compiling everything itself (seconds of CPU each on a busy machine)."""

from __future__ import annotations

import contextlib

from assistant.analyzers.bias import check_bias
from assistant.analyzers.feedback import review_feedback
from assistant.analyzers.goal import check_goal
from assistant.names import lexicon

for _analyze in (check_bias, check_goal, review_feedback):
    with contextlib.suppress(Exception):  # a failure here only means the worker warms up itself
        _analyze("She always delivers the weekly report on time.")
with contextlib.suppress(Exception):
    lexicon()  # the word and name lists the bias check reads only for some sentences
