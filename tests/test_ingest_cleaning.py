"""Ingest cleaning and hostile documents: template tags, HTML and link syntax become readable
text, FAQ pairs and table rows stay whole units, and bombs are refused in bounded time and memory."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import pytest

from assistant.knowledge.chunking import answer_units
from assistant.knowledge.loaders import LoadError, load_document
from assistant.knowledge.markup import clean_markdown_text, flatten_html

HANDBOOK_PAGE = """---
title: Leave types
organisation: Acme
---
{% alert "info" %}Current staff can use the [leave chart]({% page "/leave-chart/" %}).{% endalert %}

## Annual leave

You can carry over a maximum of
240 hours, see {{< ref "carry-over" >}}the [OPM fact sheet](https://opm.example/a_(b)).
<iframe src="https://video.example/x"></iframe>

| Years of service | Hours per pay period |
|---|---|
| Fewer than 3 | 4 |
| 15 or more | 8 |

## FAQ

**Can I sell leave back?**

No. Unused leave cannot be sold.

**Does leave expire?**

Award leave expires one year after it is issued.
"""


def test_template_tags_html_and_links_become_readable_text(tmp_path: Path) -> None:
    path = tmp_path / "leave.md"
    path.write_text(HANDBOOK_PAGE, encoding="utf-8")
    doc = load_document(path)
    assert (doc.title, doc.metadata["organisation"]) == ("Leave types", "Acme")
    assert [(b.section, b.text) for b in doc.blocks] == [
        (None, "Current staff can use the leave chart."),
        ("Annual leave", "You can carry over a maximum of 240 hours, see the OPM fact sheet.\n\n"
                         "Years of service: Fewer than 3; Hours per pay period: 4.\n"
                         "Years of service: 15 or more; Hours per pay period: 8."),
        ("FAQ", "Can I sell leave back?\n\nNo. Unused leave cannot be sold.\n\nDoes leave expire?\n\n"
                "Award leave expires one year after it is issued."),
    ]


def test_faq_pairs_list_items_and_table_rows_are_units() -> None:
    text = ("Can I sell leave back?\n\nNo. Unused leave cannot be sold.\n\nDoes leave expire?\n\n"
            "Award leave expires one year after it is issued.\n\nLeave accrues by service:\n\n"
            "- Fewer than 3 years: 4 hours\n- 15+ years: 8 hours\n\nYears: 3; Hours: 4.")
    assert answer_units(text) == [
        "Can I sell leave back? No. Unused leave cannot be sold.",
        "Does leave expire? Award leave expires one year after it is issued.",
        "Leave accrues by service: Fewer than 3 years: 4 hours",
        "Leave accrues by service: 15+ years: 8 hours",
        "Years: 3; Hours: 4.",
    ]


def test_html_tables_keep_column_names_and_scripts_vanish() -> None:
    title, lines = flatten_html("<html><head><title>Pay</title><script>alert(1)</script></head><body>"
                                "<h2>Rates</h2><table><tr><th>Grade</th><th>Rate</th></tr>"
                                "<tr><td>A</td><td>$10</td></tr></table><p>Paid <b>monthly</b>.</p></body></html>")
    assert (title, lines) == ("Pay", ["\x022Rates", "Grade: A; Rate: $10.", "Paid monthly."])


def test_a_document_of_only_markup_is_refused_with_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "tags.md"
    path.write_text('{% include "header.html" %}\n<div><iframe src="x"></iframe></div>\n{{< note >}}{{< /note >}}\n')
    with pytest.raises(LoadError, match="^no readable text found in the document"):
        load_document(path)


def test_yaml_alias_bomb_in_front_matter_is_refused(tmp_path: Path) -> None:
    bomb = "---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n" \
           "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n---\nBody text.\n"
    path = tmp_path / "bomb.md"
    path.write_text(bomb)
    with pytest.raises(LoadError, match=r"^front-matter uses YAML aliases \(\*name\), which are refused$"):
        load_document(path)


def test_docx_zip_bomb_is_refused_before_reading(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b"<w:t>" + b"a" * (1 << 20)
            for _ in range(80):  # 80 MB of XML, a few hundred KB compressed
                member.write(chunk)
    path = tmp_path / "bomb.docx"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(LoadError, match=r"^bomb.docx: part 'word/document.xml' would decompress to "):
        load_document(path)


def test_hostile_html_and_headings_load_in_linear_time(tmp_path: Path) -> None:
    nested = tmp_path / "nested.html"
    nested.write_text("<div>" * 100_000 + "deep text" + "</div>" * 100_000)
    heading = tmp_path / "heading.md"
    heading.write_text("## a" + " " * 3000 + "x\n\nBody.\n")
    started = time.perf_counter()
    deep = load_document(nested)
    head = load_document(heading)
    assert time.perf_counter() - started < 10
    assert ([b.text for b in deep.blocks], [b.section for b in head.blocks]) == (["deep text"], ["a x"])


def test_clean_markdown_joins_hard_wrapped_lines_and_keeps_link_text() -> None:
    assert clean_markdown_text("Visit the [development and\ntraining]({% page \"/dev/\" %}) page for\n"
                               "opportunities.\n\n- item **one**\n- item two") == (
        "Visit the development and training page for opportunities.\n\n- item one\n- item two")
