"""Loaders and chunking: every format, structure kept as metadata, token bound measured with
the model's own tokenizer. Pure: no embedding model, no Chroma."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.knowledge.chunking import MODEL_MAX_TOKENS, chunk_document, count_tokens, get_tokenizer
from assistant.knowledge.loaders import Block, LoadError, SkipFile, is_heading_line, load_document

MARKDOWN = """---
title: Travel Policy
owner: Finance
effective_date: 2025-03-01
audience: All staff
version: "1.2"
tags: [travel, expenses]
source: imported
---

# Travel Policy

Intro paragraph before any section.

## Booking

Book through the portal.

### Hotels

Hotels up to 150 per night.

```
# not a heading inside a fence
```

## Receipts

Keep every receipt.
"""


def write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def make_pdf(path: Path, pages: list[list[str]], title: str | None = None) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4)
    if title:
        pdf.setTitle(title)
    for lines in pages:
        y = 800
        for line in lines:
            pdf.drawString(72, y, line)
            y -= 16
        pdf.showPage()
    pdf.save()
    return path


def make_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_heading("Remote Work Guide", level=1)
    document.add_paragraph("Opening words about remote work.")
    document.add_heading("Equipment", level=2)
    document.add_paragraph("Laptops are provided by IT.")
    document.add_paragraph("Monitors on request", style="List Bullet")
    document.add_heading("Home office stipend", level=3)
    document.add_paragraph("A yearly stipend covers chairs and desks.")
    document.add_heading("Core hours", level=2)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Core hours"
    table.rows[0].cells[1].text = "10:00 to 15:00"
    document.save(str(path))
    return path


HTML = """<!doctype html><html><head><title>Parking Rules</title>
<style>body { color: red }</style><script>var secret = "do not index";</script></head>
<body><nav>Menu</nav><h1>Parking Rules</h1><p>Park in the <b>marked</b> bays.</p>
<h2>Visitors</h2><p>Visitors use level 2.</p><ul><li>Register at reception</li><li>Show the pass</li></ul>
<h3>Evenings</h3><p>After 6pm any bay.</p><h2>Bicycles</h2><p>Racks are by the door.</p>
<h4>Minor heading</h4><p>Kept as text.</p></body></html>"""


def test_markdown_front_matter_and_heading_paths(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path / "travel.md", MARKDOWN))
    assert doc.kind == "markdown"
    assert doc.title == "Travel Policy"
    assert doc.metadata == {
        "owner": "Finance",
        "effective_date": "2025-03-01",
        "audience": "All staff",
        "version": "1.2",
        "tags": "travel, expenses",
        "fm_source": "imported",  # would clash with the chunk's own 'source'
    }
    assert [(b.headings, b.text) for b in doc.blocks] == [
        ((), "Intro paragraph before any section."),
        (("Booking",), "Book through the portal."),
        (("Booking", "Hotels"), "Hotels up to 150 per night.\n\n# not a heading inside a fence"),
        (("Receipts",), "Keep every receipt."),
    ]


def test_markdown_without_front_matter_takes_title_from_h1(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path / "notes.md", "# Team Notes\n\nHello.\n\n## Part\n\nBody.\n"))
    assert doc.title == "Team Notes"
    assert doc.metadata == {}
    assert doc.blocks == [Block("Hello."), Block("Body.", ("Part",))]


def test_markdown_bold_paragraph_is_a_sub_heading(tmp_path: Path) -> None:
    text = ("# Harassment\n\n## Belgium\n\n**Psychosocial Intervention**\n\nMensura handles complaints.\n\n"
            "**Begin two weeks before you leave.**\n\nA bold sentence is emphasis.\n\n"
            "**Continuous time away (5 days or more):**\n\nPay is topped up.\n\n"
            "**You will need:**\n\n- a form\n\n## Japan\n\nBody.\n")
    doc = load_document(write(tmp_path / "h.md", text))
    assert [(b.headings, b.text) for b in doc.blocks] == [
        (("Belgium", "Psychosocial Intervention"), "Mensura handles complaints.\n\n"
         "Begin two weeks before you leave.\n\nA bold sentence is emphasis."),
        (("Belgium", "Continuous time away (5 days or more)"), "Pay is topped up.\n\nYou will need:\n\n- a form"),
        (("Japan",), "Body."),  # a real heading closes the bold one
    ]


def test_front_matter_with_a_tab_after_a_value_is_read(tmp_path: Path) -> None:
    # A Hugo page as published: a tab after a value, commented-out settings.
    text = '---\ntitle: "Remote Working"\nweight: 8\t\n# bookHidden = false\n---\n# Remote Working\n\nBody.\n'
    doc = load_document(write(tmp_path / "remote.md", text))
    assert (doc.title, doc.metadata, doc.blocks) == ("Remote Working", {"weight": "8"}, [Block("Body.")])


def test_markdown_with_broken_front_matter_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="front-matter is not valid YAML"):
        load_document(write(tmp_path / "bad.md", "---\ntitle: [unclosed\n---\nBody\n"))


def test_text_file(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path / "memo.txt", "Quarterly memo\n\nFirst paragraph.\n\n\n\nSecond.\n"))
    assert (doc.kind, doc.title) == ("text", "Quarterly memo")
    # The first line is the title: standing over the text as a heading, it is not repeated in it.
    assert doc.blocks == [Block("First paragraph.\n\nSecond.")]


def test_text_headings_become_sections(tmp_path: Path) -> None:
    text = ("Leave Guide\n\nThis guide covers leave.\n\n90 Day Check-in\n\nThis is an opportunity to discuss "
            "progress. It takes an hour.\n\nBenefits\n- Dental cover\n- Eye tests\nshort wrapped line\n"
            "ends the paragraph.\nWhat to bring\nYour ID card and a pen.\n")
    doc = load_document(write(tmp_path / "guide.txt", text))
    assert doc.title == "Leave Guide"
    assert doc.blocks == [
        Block("This guide covers leave."),
        # The heading is the section, and the sentence under it is read with it.
        Block("90 Day Check-in: This is an opportunity to discuss progress. It takes an hour.", ("90 Day Check-in",)),
        # A list item is no heading's sentence; an unpunctuated line run on from a list item is no heading.
        Block("- Dental cover\n- Eye tests\nshort wrapped line\nends the paragraph.", ("Benefits",)),
        Block("What to bring: Your ID card and a pen.", ("What to bring",)),
    ]


def test_is_heading_line() -> None:
    assert is_heading_line("Key Features", "Body text ends here.", "Performance management differs.")
    assert is_heading_line("Benefits", "", "- Dental cover")  # a heading over a list
    assert not is_heading_line("and the manager agree", "The employee", "on the date.")  # wrapped text
    wrapped = "Send the signed request form, with the dates you want to take, to"
    assert not is_heading_line("Human Resources", wrapped, "before the end of the month.")
    assert not is_heading_line("Human Resources", "", "before the end of the month.")
    assert not is_heading_line("Here are the tools:", None, "Job description.")  # a lead-in
    assert not is_heading_line("Key Features", None, "Short fragment")  # no body after it
    assert not is_heading_line("- Dental cover", None, "Body text.")  # a list item
    assert not is_heading_line("what to bring", None, "Body text.")  # no capital


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks like a binary file"),
        ("caf\u00e9 na\u00efve".encode("latin-1"), "is not valid UTF-8"),
    ],
)
def test_binary_or_misencoded_txt_is_skipped(tmp_path: Path, content: bytes, reason: str) -> None:
    with pytest.raises(SkipFile, match=reason):
        load_document(write(tmp_path / "image.txt", content))


def test_unsupported_type_is_skipped(tmp_path: Path) -> None:
    with pytest.raises(SkipFile, match="unsupported file type '.xlsx'"):
        load_document(write(tmp_path / "sheet.xlsx", b"PK\x03\x04"))


def test_pdf_pages_become_metadata(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "handbook.pdf",
        [["Expense handbook", "Claims are paid monthly."], [], ["Mileage is paid per kilometre."]],
        title="Expense Handbook",
    )
    doc = load_document(path)
    assert (doc.kind, doc.title, doc.metadata) == ("pdf", "Expense Handbook", {"pages": "3"})
    assert doc.blocks == [
        Block("Claims are paid monthly.", (), 1),  # the opening line is the title, not repeated
        Block("Mileage is paid per kilometre.", (), 3),  # the empty page 2 is left out
    ]


def test_pdf_section_goes_on_across_pages(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "h.pdf", [["Travel", "Trains are booked by HR."], ["Taxis need a receipt."]],
                    title="Expense Handbook")
    assert load_document(path).blocks == [
        Block("Travel: Trains are booked by HR.", ("Travel",), 1),
        Block("Taxis need a receipt.", ("Travel",), 2),
    ]


def test_corrupt_pdf_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="cannot read PDF"):
        load_document(write(tmp_path / "broken.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage"))


def test_docx_heading_styles_become_sections(tmp_path: Path) -> None:
    doc = load_document(make_docx(tmp_path / "remote.docx"))
    assert (doc.kind, doc.title) == ("docx", "Remote Work Guide")
    assert [(b.headings, b.text) for b in doc.blocks] == [
        ((), "Opening words about remote work."),
        (("Equipment",), "Laptops are provided by IT.\n- Monitors on request"),
        (("Equipment", "Home office stipend"), "A yearly stipend covers chairs and desks."),
        (("Core hours",), "Core hours; 10:00 to 15:00."),
    ]


def test_corrupt_docx_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="cannot read DOCX"):
        load_document(write(tmp_path / "broken.docx", b"PK\x03\x04 not really a zip"))


def test_html_sections_and_no_scripts(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path / "parking.html", HTML))
    assert (doc.kind, doc.title) == ("html", "Parking Rules")
    assert [(b.headings, b.text) for b in doc.blocks] == [
        ((), "Park in the marked bays."),  # <nav> is boilerplate, <title>/<h1> is the title
        (("Visitors",), "Visitors use level 2.\n- Register at reception\n- Show the pass"),
        (("Visitors", "Evenings"), "After 6pm any bay."),
        (("Bicycles",), "Racks are by the door.\nMinor heading\nKept as text."),
    ]
    assert "secret" not in " ".join(b.text for b in doc.blocks)
    assert "Menu" not in " ".join(b.text for b in doc.blocks)


def test_docx_bold_paragraph_is_a_sub_heading(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("Leave Guide", level=1)
    document.add_heading("Sick leave", level=2)
    document.add_paragraph().add_run("Continuous absence (5 days or more):").bold = True
    document.add_paragraph("Pay is topped up to 100%.")
    document.add_paragraph().add_run("Please read this sentence in bold.").bold = True
    mixed = document.add_paragraph()
    mixed.add_run("Partly bold").bold = True
    mixed.add_run(" text")
    document.add_paragraph().add_run("You will need:").bold = True
    document.add_paragraph("A doctor's note", style="List Bullet")
    document.add_heading("Annual leave", level=2)
    document.add_paragraph("Book it in Workday.")
    path = tmp_path / "leave.docx"
    document.save(str(path))
    assert load_document(path).blocks == [
        Block("Pay is topped up to 100%.\nPlease read this sentence in bold.\nPartly bold text\nYou will need:\n"
              "- A doctor's note", ("Sick leave", "Continuous absence (5 days or more)")),
        Block("Book it in Workday.", ("Annual leave",)),
    ]


def test_chunks_carry_structure_and_heading_prefix(tmp_path: Path) -> None:
    chunks = chunk_document(load_document(write(tmp_path / "travel.md", MARKDOWN)))
    assert [(c.section, c.text) for c in chunks] == [
        (None, "Intro paragraph before any section."),
        ("Booking", "Book through the portal."),
        ("Booking > Hotels", "Hotels up to 150 per night.\n\n# not a heading inside a fence"),
        ("Receipts", "Keep every receipt."),
    ]
    assert chunks[2].embed_text.startswith("Travel Policy — Booking > Hotels\nHotels up to 150")
    assert [c.index for c in chunks] == [0, 1, 2, 3]
    assert all(c.tokens == count_tokens(c.embed_text) for c in chunks)


def test_a_lists_lead_in_reaches_into_the_next_chunk(tmp_path: Path) -> None:
    sentence = "Complaints are handled confidentially and promptly by the people team. "
    text = (f"# Harassment\n\n## Procedure\n\n{sentence * 14}The victim may follow the procedure below:\n\n"
            "- Write a formal complaint to the Chief People Officer.\n- Keep a copy of the complaint.\n\n"
            "Investigations end within ten days.\n\n- An unrelated item.\n")
    chunks = chunk_document(load_document(write(tmp_path / "h.md", text)), max_tokens=190)
    assert [c.text.split("\n")[0][:20] for c in chunks] == ["Complaints are handl", "- Write a formal com"]
    assert chunks[0].units[-1].startswith("Complaints are handled")  # the lead-in is no unit of its own
    assert list(chunks[1].units) == [
        "The victim may follow the procedure below: Write a formal complaint to the Chief People Officer.",
        "The victim may follow the procedure below: Keep a copy of the complaint.",
        "Investigations end within ten days.",
        "An unrelated item.",  # a paragraph ends the list: its lead-in goes no further
    ]


def test_chunk_bound_is_measured_with_the_model_tokenizer(tmp_path: Path) -> None:
    # Long paragraphs, a list, a giant "word" and pages with dense numbers: every chunk, with its
    # heading prefix and [CLS]/[SEP], must fit the 256 word pieces the model reads.
    sentence = "Calibration participants review the evidence for every draft rating carefully. "
    body = "\n\n".join(sentence * 12 for _ in range(6))
    items = "\n".join(f"- Item {i}: naïve café résumé ümlaut 1234567-{i}" for i in range(80))
    giant = "x" * 3000
    long_heading = "Section " + " ".join(["heading"] * 120)
    text = f"---\ntitle: Long\n---\n## Part one\n\n{body}\n\n## Part two\n\n{items}\n\n## {long_heading}\n\n{giant}\n"
    chunks = chunk_document(load_document(write(tmp_path / "long.md", text)))
    tokenizer = get_tokenizer()
    lengths = [len(tokenizer.encode(c.embed_text).ids) for c in chunks]
    assert max(lengths) <= MODEL_MAX_TOKENS
    assert len(chunks) > 10
    # Nothing is lost: every list item survives somewhere.
    joined = "\n".join(c.text for c in chunks)
    assert all(f"Item {i}:" in joined for i in range(80))
    assert {c.section for c in chunks} >= {"Part one", "Part two"}
    # The shipped tokenizer.json truncates at 128; the counter must not.
    assert count_tokens(sentence * 30) > 300


def test_pdf_chunks_keep_page_numbers(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "p.pdf", [["Page one text."], ["Page two text."]])
    chunks = chunk_document(load_document(path))
    assert [(c.page, c.text) for c in chunks] == [(1, "Page one text."), (2, "Page two text.")]
