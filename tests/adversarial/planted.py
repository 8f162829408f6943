"""A fixed list of planted personal values and a realistic HR text that holds them all.

Every kind of issue #14: names of the employee and colleagues, emails, phone numbers in
national and international formats, employee and staff numbers, government ids, a street
address, a date of birth, and an organisation-defined pattern (``PROJECT`` in the settings).
"""

from __future__ import annotations

PLANTED: dict[str, str] = {
    "Priya Ramaswamy": "name of the employee",
    "Ramaswamy": "surname alone",
    "Tomasz Wójcik": "name of a colleague",
    "Chidi": "first name of a colleague, alone",
    "Okonkwo": "surname of a colleague",
    "priya.r@northwind.example": "email",
    "+44 20 7946 0958": "international phone",
    "(555) 014-2231": "bracketed area code",
    "555-014-2231": "NANP with dashes",
    "555 014 2231": "NANP with spaces",
    "07946 095843": "UK mobile, national format",
    "EMP-12345": "employee id",
    "E123456": "employee id, short form",
    "48213": "staff number after a cue",
    "123-45-6789": "US social security number",
    "QQ 12 34 56 C": "UK national insurance number",
    "42 Maple Avenue": "street address",
    "Springfield, IL 62704": "town, state and ZIP",
    "14/03/1985": "date of birth",
    "PRJ-7781": "organisation pattern",
}

ORGANISATION_PATTERNS = '{"PROJECT": "\\\\bPRJ-\\\\d{4}\\\\b"}'


def planted_text() -> str:
    """A manager's note holding every planted value (one paragraph, as pasted into a tool)."""
    return (
        "Priya Ramaswamy (priya.r@northwind.example, EMP-12345, staff number 48213) missed the PRJ-7781 "
        "deadline twice, and her colleague Tomasz Wójcik covered for her. Chidi Okonkwo says Ramaswamy "
        "is always late and Chidi had to redo the slides. Reach her at +44 20 7946 0958, (555) 014-2231, "
        "555-014-2231, 555 014 2231 or her UK mobile 07946 095843. Old badge E123456. Her SSN is "
        "123-45-6789 and her NI number QQ 12 34 56 C. She lives at 42 Maple Avenue, Springfield, IL 62704. "
        "Date of birth: 14/03/1985."
    )
