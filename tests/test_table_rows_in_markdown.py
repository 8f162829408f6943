"""Table rows of markdown pages whose cells hold HTML (round 37, qafacts37b): an HTML ``<table>`` inside a markdown
page and a pipe-table row with in-cell line breaks (``<br>``) are read as rows with their column names, one unit a
row, as a plain pipe table is; their look-alikes (a pipe table without HTML, a ``<br>`` in a paragraph, a one-row
HTML table) read as before."""

from __future__ import annotations

from assistant.knowledge.chunking import answer_units
from assistant.knowledge.markup import clean_markdown_text, table_row


def units(markdown: str) -> list[str]:
    return answer_units(clean_markdown_text(markdown))


HTML_TABLE = """Business mileage is paid at the rates below.

<table>
  <tr>
    <th>Type of vehicle</th>
    <th>First 10,000 miles</th>
    <th>Above 10,000 miles</th>
  </tr>
  <tr>
    <td>Cars and vans</td>
    <td>45p</td>
    <td>25p</td>
  </tr>
  <tr>
    <td>Bikes</td>
    <td>20p</td>
    <td>20p</td>
  </tr>
</table>

Claims go through the expenses tool.
"""


def test_an_html_table_in_markdown_is_read_row_by_row_with_its_column_names() -> None:
    assert units(HTML_TABLE) == [
        "Business mileage is paid at the rates below.",
        "Type of vehicle: Cars and vans; First 10,000 miles: 45p; Above 10,000 miles: 25p.",
        "Type of vehicle: Bikes; First 10,000 miles: 20p; Above 10,000 miles: 20p.",
        "Claims go through the expenses tool.",
    ]


BROKEN_CELLS = """| Holiday | 2026 | 2027 |
| --- | --- | --- |
| Good Friday<br>Friday before Easter Sunday | Fri, April 3 | Fri, March 29 |
| Canada Day<br/>July 1 | Wed, July 1 | Thurs, July 1 |
"""


def test_a_line_break_inside_a_cell_keeps_the_row_whole() -> None:
    assert units(BROKEN_CELLS) == [
        "Holiday: Good Friday Friday before Easter Sunday; 2026: Fri, April 3; 2027: Fri, March 29.",
        "Holiday: Canada Day July 1; 2026: Wed, July 1; 2027: Thurs, July 1.",
    ]


APPROVALS = """| If you want to... | Your management | Notes |
| --- | --- | --- |
| Give someone a spot bonus | Approval | Request a change in BambooHR. |
| Change your team compensation bands | Approval | Proposals should come with justification in the form of:<BR>- Evidence of market changes<BR>- Evidence of lost candidates |
| Give an offer with compensation outside of band<BR><BR>(including hiring bonuses) | Approval (VP-level) | Rare. |
"""


def test_in_cell_bullets_and_an_ellipsis_column_name_keep_each_row_one_unit() -> None:
    assert units(APPROVALS) == [
        "If you want to: Give someone a spot bonus; Your management: Approval; Notes: Request a change in BambooHR.",
        "If you want to: Change your team compensation bands; Your management: Approval; Notes: Proposals should come "
        "with justification in the form of: Evidence of market changes, Evidence of lost candidates.",
        "If you want to: Give an offer with compensation outside of band (including hiring bonuses); "
        "Your management: Approval (VP-level); Notes: Rare.",
    ]


def test_look_alikes_read_as_before() -> None:
    # a pipe table without HTML
    assert units("| Leave | Days |\n| --- | --- |\n| Annual | 25 |\n| Sick | 10 |\n") == [
        "Leave: Annual; Days: 25.", "Leave: Sick; Days: 10."]
    # a line break in a paragraph is read as before (its lines joined into the paragraph)
    assert units("Send it to HR.<br>They reply within a week.") == ["Send it to HR.", "They reply within a week."]
    # an HTML table of one row has no header to name its cells: its text stays as it was read
    assert units("<table><tr><td>Contact people-ops for a form.</td></tr></table>") == [
        "Contact people-ops for a form."]
    # a column name without an ellipsis keeps its own dots; one with "..." or "…" loses them
    assert table_row(["No.", "If you want to…"], ["1", "Ask"]) == "No.: 1; If you want to: Ask."


HOLIDAYS = """<table>
  <tr><td>New Year's Day</td><td>January 1</td></tr>
  <tr><td>Memorial Day</td><td>Last Monday in May</td></tr>
  <tr><td>Veterans Day</td><td>November 11</td></tr>
</table>
"""

SALARIES = """<table>
  <tr><td>Years Experience</td><td>Technical</td></tr>
  <tr><td>More than 5 Years Experience</td><td>$120k</td></tr>
  <tr><td>Less than 5 Years Experience</td><td>$100k</td></tr>
</table>
"""


def test_a_first_row_names_the_columns_only_when_it_is_not_a_row_of_data() -> None:
    # its cells are not of the form of the numbers below them: the first row is the header
    assert units(SALARIES) == ["Years Experience: More than 5 Years Experience; Technical: $120k.",
                               "Years Experience: Less than 5 Years Experience; Technical: $100k."]
    # a first row of the same kind as the rows below is data: rows without column names, none lost
    assert units(HOLIDAYS) == ["New Year's Day; January 1.", "Memorial Day; Last Monday in May.",
                               "Veterans Day; November 11."]
    # header cells (<th>) name the columns whatever the rows hold
    assert units("<table><tr><th>Role</th><th>Approver</th></tr><tr><td>Intern</td><td>Manager</td></tr>"
                 "<tr><td>Director</td><td>CEO</td></tr></table>") == [
        "Role: Intern; Approver: Manager.", "Role: Director; Approver: CEO."]


def test_unclosed_tables_are_read_in_linear_time() -> None:
    import time

    hostile = "<table><tr><td>a</td></tr>\n" * 20000 + "Closing sentence here."
    start = time.perf_counter()
    assert units(hostile)[-1] == "Closing sentence here."
    assert time.perf_counter() - start < 5.0
