"""An amount of money written with its currency sign after the number (round 40, qarel40).

English puts the sign before the amount ("€300", "$50"); German, French, Spanish, Italian, Dutch (Belgium), Polish and
most continental European locales put it after ("300 €", "19,50 €"), and handbooks of companies in those countries,
written in English, keep their own convention ("use your 300€ budget", "40€ per year"). The Unicode CLDR locale data
(Common Locale Data Repository, ``numbers/currencyFormats/standard``: de ``#,##0.00 ¤``, fr ``#,##0.00 ¤``, es, it,
pl, nl-BE alike; en ``¤#,##0.00``) records both places of the sign ``¤``, with or without a space. The money reader of
:mod:`assistant.text` (``mentions_money``) reads a sign only before the number, so a page stating the amount asked in
the other order never held the asked kind of value: handbooks12 d29 ("How much money do working students ... get to
set up their remote workplace?" / "-> use your 300€ budget to buy your preferred equipment") was refused at the
relevance gate with its answering sentence scored 0.

:func:`states_postfix_amount` reads the CLDR order: a number (digits with group or decimal separators, a narrow or
no-break space of grouping, an optional compact multiplier k / K / M as in "525k€") followed by a currency sign of
:data:`assistant.text.CURRENCY_SYMBOLS`, at most one space between. A sign with no number before it ("€ budget", a
column label) is no amount. Only the Q&A's check of a money question calls it (``check.holds_quantity``); the
analysers' money reading is unchanged.
"""

from __future__ import annotations

import re

from assistant.text import CURRENCY_SYMBOLS

# digits, then digits or separators (".", ",", a no-break or narrow no-break space of grouping: CLDR fr "20 000 €"),
# an optional compact multiplier, at most one (no-break) space, the sign
_POSTFIX_AMOUNT = re.compile(rf"\d(?:[\d.,\u00a0\u202f]*\d)?[ \u00a0\u202f]?(?:[kKM][ \u00a0\u202f]?)?[{CURRENCY_SYMBOLS}]")


def states_postfix_amount(text: str) -> bool:
    """Whether ``text`` states an amount of money with the currency sign after the number ("300€", "19.50 € per
    year", "1 000 € per month", "525k€ budget"); a sign with no number before it ("€ budget") is none."""
    return _POSTFIX_AMOUNT.search(text) is not None
