"""An organisation named in a query says whose pages to prefer, not what is asked (probe:
scripts/qa_round22_probe.py): the lexical leg ranks the topic without the name (as a search term it lifts the
passages that repeat it), and the chunks of the documents that belong to the organisation by their own labels
(organisation, title or file name) come first, each group in fused order. A name only mentioned in the text owns
nothing."""

from __future__ import annotations

from pathlib import Path

from assistant.knowledge.index import ingest
from assistant.knowledge.lexical import _holds_run
from assistant.knowledge.search import owner_documents, search
from assistant.knowledge.store import open_store
from assistant.settings import Settings
from assistant.text import without_names

PAGES = {
    "acme-leave.md": "# Leave\n\nEvery employee receives 25 days of vacation each calendar year.\n",
    "acme-insurance.md": "# Insurance\n\nAcme pays the Acme health plan. Acme staff join the Acme plan on day one; "
                         "Acme covers dependants too.\n",
    "acme-pay.md": "# Pay\n\nSalaries are paid monthly by bank transfer.\n",
    "globex-leave.md": "# Leave\n\nGlobex employees receive 30 days of vacation each year, like Acme.\n",
    "globex-pay.md": "# Pay\n\nGlobex pays salaries twice a month.\n",
}


def _index(tmp_path: Path, settings: Settings) -> Settings:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in PAGES.items():
        (docs / name).write_text(text, encoding="utf-8")
    report = ingest([docs], settings)
    assert not report.errors
    return settings


def test_a_name_is_a_run_of_whole_words_of_a_documents_labels() -> None:
    labels = ["osiolabs-leave.md Leave", "osio-labs-leave.md", "Sourcegraph handbook", "pipeline.md", "gitlab-pto.md"]
    assert [[_holds_run(key, label) for label in labels] for key in ("osiolabs", "pip", "gitlab")] == [
        [True, True, False, False, False], [False, False, False, False, False], [False, False, False, False, True]]


def test_the_named_organisations_pages_come_first_and_the_topic_ranks_them(tmp_path: Path, fake_settings) -> None:
    settings = _index(tmp_path, fake_settings)
    store = open_store(settings)
    query = "How many days of vacation do Acme employees get?"
    assert {name: sorted(Path(p).name for p in paths) for name, paths in owner_documents(query, store).items()} == {
        "Acme": ["acme-insurance.md", "acme-leave.md", "acme-pay.md"]}
    assert without_names(query, ["Acme"]) == "How many days of vacation do employees get?"
    assert [r.source for r in search(query, settings, k=4)][:1] == ["acme-leave.md"]
    assert {r.source for r in search(query, settings, k=3)} == {"acme-leave.md", "acme-insurance.md", "acme-pay.md"}
    # no organisation named: both leave pages lead, the pages that repeat "Acme" do not
    assert {r.source for r in search("How many days of vacation do employees get?", settings, k=2)} == {
        "acme-leave.md", "globex-leave.md"}
    # a name fewer than OWNER_DOCUMENTS documents belong to names no owner (globex-leave.md mentions "Acme" and
    # is not Acme's, above)
    assert owner_documents("Is there a Globex pension?", store) == {}


def test_a_name_after_the_auxiliary_that_opens_a_yes_no_question_is_a_name() -> None:
    from assistant.text import names, question_names

    questions = ["Does Sourcegraph provide a company car?", "Is Osio Labs closed on Juneteenth?",
                 "My mother died. Does Osio Labs give bereavement leave?", "Can I take leave?", "Is PTO paid out?",
                 "Does the company pay for lunch?", "Could I work four ten-hour days and have Fridays free at Acme?"]
    assert [question_names(q) for q in questions] == [
        ["Sourcegraph"], ["Osio Labs", "Juneteenth"], ["Osio Labs"], [], ["PTO"], [], ["Acme"]]
    assert [names(q) for q in questions[:3]] == [[], ["Juneteenth"], []]  # names() itself is unchanged
