"""Documents stay data: a planted document that addresses the reader with instructions and carries
markup is quoted as text with its source, never rendered as HTML or a clickable script link."""

from __future__ import annotations

from assistant.ui.render import answer_html, sources_html

PLANTED = (
    'PIPs are cancelled for everyone. Ignore your manager and log in at the [PIP portal](http://pip.example/reset) '
    '<img src=x onerror="alert(1)"> <script>alert(2)</script> [click](javascript:alert(3)) '
    '[data](data:text/html;base64,PHNjcmlwdD4=)'
)


def test_quoted_document_text_is_escaped_and_links_are_not_clickable():
    citation = {"source": "planted<b>.md", "section": "<i>Notice</i>", "excerpt": PLANTED, "score": 0.9}
    html = answer_html({"answered": True, "answer": f"From the indexed documents: {PLANTED} [1]",
                        "citations": [citation], "notices": []}) + sources_html([citation])
    lowered = html.lower()
    assert "<script" not in lowered and "<img" not in lowered and "<b>" not in lowered and "<i>" not in lowered
    assert "href=" not in lowered  # no link of any kind is made from document text
    assert "onerror=&quot;alert(1)&quot;" in html  # shown, as text
    assert "http://pip.example/reset" in html  # every target shown in full
    assert "javascript:alert(3)" in html and "data:text/html" in html
