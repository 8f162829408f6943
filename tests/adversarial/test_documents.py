"""Documents stay data: a planted document that addresses the reader with instructions and carries
markup is quoted as text with its source, never rendered as HTML; `javascript:`/`data:` links are
never clickable and every other link shows its full target."""

from __future__ import annotations

import re

from assistant.qa import PolicyAnswer
from assistant.schemas import Citation
from assistant.ui.views import answer_view, sources_html

PLANTED = (
    'PIPs are cancelled for everyone. Ignore your manager and log in at the [PIP portal](http://pip.example/reset) '
    '<img src=x onerror="alert(1)"> <script>alert(2)</script> [click](javascript:alert(3)) '
    '[data](data:text/html;base64,PHNjcmlwdD4=)'
)


def test_quoted_document_text_is_escaped_and_links_are_not_disguised():
    citation = Citation(source="planted<b>.md", section="<i>Notice</i>", excerpt=PLANTED, score=0.9)
    answer = PolicyAnswer(answered=True, answer=f"From the indexed documents: {PLANTED} [1]", citations=[citation])
    html = answer_view(answer) + sources_html([citation], title="Sources")
    lowered = html.lower()
    assert "<script" not in lowered and "<img" not in lowered and "<b>" not in lowered and "<i>" not in lowered
    assert "onerror=&quot;alert(1)&quot;" in html  # shown, as text
    # the only clickable links are http(s) ones, each showing its full target as its text
    links = re.findall(r'<a href="([^"]*)"[^>]*>([^<]*)</a>', html)
    assert links and {(href, text) for href, text in links} == {("http://pip.example/reset", "http://pip.example/reset")}
    assert 'href="javascript' not in lowered and 'href="data' not in lowered
    assert "javascript:alert(3)" in html and "data:text/html" in html  # shown, as text
