"""The probe scripts' shared reader finds each handbook corpus's pages through the one question-set table."""

from __future__ import annotations

import sys

from assistant.evaluation.corpora import QA_SETS
from assistant.settings import PROJECT_ROOT


def test_corpus_docs_names_every_corpus_folder(monkeypatch):
    monkeypatch.syspath_prepend(str(PROJECT_ROOT / "scripts"))
    sys.modules.pop("qa_probe_io", None)
    import qa_probe_io

    expected = {s.name: (s.docs if s.present() else None) for s in QA_SETS if s.docs is not None}
    assert {name: qa_probe_io.corpus_docs(name) for name in expected} == expected
    assert qa_probe_io.corpus_docs("handbooks7") == PROJECT_ROOT / "evals" / "handbooks7" / "docs"
