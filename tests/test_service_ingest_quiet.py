"""A damaged upload is reported once, in the ingest report, by the CLI and the app alike."""

from __future__ import annotations

import logging

from assistant import service
from tests.fixtures.index import make_settings


def test_a_damaged_pdf_is_an_error_of_the_report_and_nothing_else(tmp_path, caplog):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "gym.md").write_text("# Gym\n\nThe company pays for gym memberships up to 30 EUR a month.\n")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a PDF")
    settings = make_settings(embeddings="fake", index_dir=tmp_path / "index")
    with caplog.at_level(logging.WARNING):
        report = service.ingest([folder], settings)
    assert [(item.source, item.chunks) for item in report.added] == [("gym.md", 1)]
    assert [item.source for item in report.errors] == ["broken.pdf"]
    assert report.errors[0].reason.startswith("cannot read PDF (")
    assert [(r.name, r.getMessage()) for r in caplog.records if r.name.startswith("pypdf")] == []
