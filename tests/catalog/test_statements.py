"""``catalog.statements``: the same statement found across documents despite punctuation,
case, a changed word and a moved clause; unrelated text left alone; the derived file kept up
to date by imports and the trash, and rebuilt (and said so) when damaged."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest
from sqlalchemy import select

from catalog import Cancelled, CancelToken, InvalidInput
from catalog.catalog import Catalog
from catalog.models import Document
from catalog.reuse.ledger import FILE_NAME
from tests.catalog.reuse.statement_texts import CARRIERS, STATEMENT, add_article, carry_statement

EDITED = "Trawlermen back the mayor"


def _by_document(occurrences):
    return {o.document: o for o in occurrences}


def test_a_trace_finds_every_carrier_and_no_unrelated_text(catalog):
    quote, docs = carry_statement(catalog)
    found = _by_document(catalog.statements.trace(quote))
    assert set(found) == {docs["origin"], docs["punctuation"], docs["edited"], docs["reordered"]}
    assert docs["unrelated"] not in found


def test_occurrences_come_in_date_order_with_the_first_appearance_marked(catalog):
    quote, docs = carry_statement(catalog)
    occurrences = catalog.statements.trace(quote)
    dates = [o.published_at for o in occurrences]
    assert dates == sorted(dates)
    assert [o.first for o in occurrences] == [True] + [False] * (len(occurrences) - 1)
    assert occurrences[0].document == docs["reordered"]  # the roundup printed it two days before the vote
    assert [o.document for o in occurrences if o.is_quote] == [docs["origin"]]


def test_punctuation_and_case_make_no_difference(catalog):
    quote, docs = carry_statement(catalog)
    same = _by_document(catalog.statements.trace(quote))[docs["punctuation"]]
    assert same.similarity == 1.0
    assert same.changes == ()
    body = catalog.documents.get(docs["punctuation"]).body
    assert body[same.start : same.end] == same.text == "We will NOT close the Northern Harbour - while a single fishing-boat still depends on it"


def test_a_changed_word_is_named_with_its_place(catalog):
    quote, docs = carry_statement(catalog)
    edited = _by_document(catalog.statements.trace(quote))[docs["edited"]]
    assert 0.4 <= edited.similarity < 1.0
    assert [(c.kind, c.words, c.statement_words) for c in edited.changes] == [("changed", "shut", "close")]
    body = catalog.documents.get(docs["edited"]).body
    change = edited.changes[0]
    assert body[change.start : change.end] == "shut"


def test_a_moved_clause_is_found_whole_and_called_moved(catalog):
    quote, docs = carry_statement(catalog)
    moved = _by_document(catalog.statements.trace(quote))[docs["reordered"]]
    assert moved.text == "While a single fishing boat still depends on it, we will not close the northern harbour"
    assert [c.kind for c in moved.changes] == ["moved"]


def test_a_quote_too_short_to_be_a_statement_is_refused(catalog):
    doc = add_article(catalog, CARRIERS["edited"])
    body = catalog.documents.get(doc).body
    start = body.index("Crews tied")
    quote, _ = catalog.quotes.add(doc, start, start + len("Crews tied up"))
    with pytest.raises(InvalidInput, match="at least 4"):
        catalog.statements.trace(quote)


def test_an_import_adds_its_passages_to_the_existing_file(catalog, tmp_path):
    quote, _docs = carry_statement(catalog)
    catalog.statements.trace(quote)  # builds the file
    ledger = catalog.path / FILE_NAME
    built = ledger.stat().st_ino
    page = tmp_path / "trawlermen.txt"
    page.write_text(f"{EDITED}\n\nAt the quay, the skipper read out the promise: “{STATEMENT}.” Then he went fishing.\n", encoding="utf-8")
    outcome = catalog.documents.import_file(page)
    with catalog.store.reading() as session:
        new_id = session.scalar(select(Document.id).where(Document.uuid == outcome.document_uuid))
    with sqlite3.connect(ledger) as db:  # taken in at import, before anyone asks
        assert db.execute("SELECT count(*) FROM passages WHERE document = ?", (new_id,)).fetchone()[0] >= 2
    assert ledger.stat().st_ino == built  # added to, not rebuilt
    assert catalog.statements.status() is None
    assert outcome.document_uuid in _by_document(catalog.statements.trace(quote))


def test_trashed_documents_drop_out_and_come_back_with_undo(catalog):
    quote, docs = carry_statement(catalog)
    catalog.statements.trace(quote)
    catalog.trash.delete([docs["edited"]])
    assert docs["edited"] not in _by_document(catalog.statements.trace(quote))
    catalog.history.undo()
    assert docs["edited"] in _by_document(catalog.statements.trace(quote))


def test_reused_groups_the_carriers_and_leaves_the_unrelated_article_out(catalog):
    _quote, docs = carry_statement(catalog)
    found = catalog.statements.reused()
    groups = [{o.document for o in r.occurrences} for r in found]
    carriers = {docs["origin"], docs["punctuation"], docs["edited"], docs["reordered"]}
    assert carriers in groups
    assert all(docs["unrelated"] not in group for group in groups)
    statement = next(r for r in found if {o.document for o in r.occurrences} == carriers)
    assert statement.occurrences[0].first and statement.occurrences[0].document == docs["reordered"]
    assert statement.documents == 4


@pytest.mark.parametrize(
    "damage",
    [
        lambda path: path.write_bytes(b"this is not a database at all" * 100),
        lambda path: path.write_bytes(path.read_bytes()[:1500]),
        lambda path: sqlite3.connect(path).executescript("UPDATE meta SET value = 'other' WHERE name = 'parameters'"),
        lambda path: sqlite3.connect(path).executescript("DROP TABLE bands"),
    ],
    ids=["garbage", "truncated", "another-version", "missing-table"],
)
def test_a_damaged_statements_file_is_rebuilt_and_said_so(tmp_path, damage):
    folder = tmp_path / "catalogue"
    with Catalog(folder) as catalog:
        quote, docs = carry_statement(catalog)
        expected = {o.document for o in catalog.statements.trace(quote)}
    damage(folder / FILE_NAME)
    with Catalog(folder) as catalog:
        assert catalog.documents.get(docs["origin"]).title == "Harbour vote"  # the catalogue itself is untouched
        assert {o.document for o in catalog.statements.trace(quote)} == expected
        assert "rebuilt" in (catalog.statements.repaired or "")
        assert catalog.statements.status() is None
        catalog.statements.trace(quote)
        assert catalog.statements.repaired is None  # said once, not on every trace after


def test_a_missing_file_is_built_without_alarm(catalog):
    quote, _docs = carry_statement(catalog)
    assert catalog.statements.status() == "the statements file is missing"
    assert len(catalog.statements.trace(quote)) == 4
    assert catalog.statements.repaired is None
    assert (catalog.path / FILE_NAME).is_file()


def test_a_cancelled_rebuild_leaves_the_old_file_in_place(catalog):
    quote, _docs = carry_statement(catalog)
    catalog.statements.rebuild()
    before = (catalog.path / FILE_NAME).read_bytes()
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        catalog.statements.rebuild(cancel=token)
    assert (catalog.path / FILE_NAME).read_bytes() == before
    assert not list(catalog.path.glob(FILE_NAME + ".building*"))
    assert len(catalog.statements.trace(quote)) == 4


def test_a_build_killed_half_way_leaves_nothing_that_is_read(tmp_path):
    folder = tmp_path / "catalogue"
    with Catalog(folder) as catalog:
        quote, _docs = carry_statement(catalog)
    # what a process killed while writing leaves: the side file, never renamed
    (folder / (FILE_NAME + ".building")).write_bytes(b"SQLite format 3\x00 half written")
    with Catalog(folder) as catalog:
        assert len(catalog.statements.trace(quote)) == 4
        assert catalog.statements.repaired is None
    assert not (folder / (FILE_NAME + ".building")).exists()


def test_a_catalogue_put_back_from_a_backup_is_noticed_even_at_the_same_generation(tmp_path):
    from catalog.backup import restore_into

    folder = tmp_path / "catalogue"
    with Catalog(folder) as catalog:
        quote, _docs = carry_statement(catalog)
        backup = catalog.maintenance.backup()
        add_article(catalog, ("Tide tables", "High water is at six in the morning and again at half past six at night.", None))
        assert len(catalog.statements.trace(quote)) == 4
        generation = catalog.store.generation()
    restore_into(folder, backup)
    with Catalog(folder) as catalog:
        # in the tide tables' place: the same generation, and the same row id
        reprint = add_article(catalog, ("Reprint", f"The paper printed it again: “{STATEMENT}.” That was all.", None))
        assert catalog.store.generation() == generation
        assert reprint in _by_document(catalog.statements.trace(quote))


def test_a_statement_of_several_sentences_is_found_whole_when_they_were_each_edited(catalog):
    said = (
        "The harbour has fed this town for three centuries. Its quays are older than the church. "
        "We will not close it while a single fishing boat still depends on it."
    )
    origin = add_article(catalog, ("Council minutes", f"The mayor read a statement. {said} The meeting closed at nine.", None))
    carried = (
        "The harbour has fed the town for three hundred years. Its quays are even older than the church. "
        "We will not close it while a single fishing boat still depends on it."
    )
    reprint = add_article(catalog, ("Letters page", f"A reader recalls the mayor's words: {carried} Well said.", None))
    body = catalog.documents.get(origin).body
    quote, _ = catalog.quotes.add(origin, body.index(said), body.index(said) + len(said))
    found = _by_document(catalog.statements.trace(quote))[reprint]
    assert found.text == carried.rstrip(".")
    assert [(c.kind, c.words, c.statement_words) for c in found.changes] == [
        ("changed", "the", "this"), ("changed", "hundred years", "centuries"), ("added", "even", ""),
    ]


def test_reused_groups_do_not_chain_a_drifting_template_into_one(catalog):
    words = "net profit for the first quarter was four mln dlrs against three mln dlrs a year earlier".split()
    replacements = ["gross", "income", "in", "this", "second", "period", "is", "six", "bln", "yen"]
    drafts = []
    for step in range(len(replacements) + 1):
        changed = list(words)
        for position, word in enumerate(replacements[:step]):
            changed[position] = word
        drafts.append(add_article(catalog, (f"Results {step}", f"Trading update. {' '.join(changed).capitalize()}. End of update.", datetime(2025, 1, 1 + step))))
    groups = [{o.document for o in r.occurrences} for r in catalog.statements.reused()]
    assert any(drafts[0] in group and drafts[1] in group for group in groups)
    assert not any(drafts[0] in group and drafts[-1] in group for group in groups)
    for reused in catalog.statements.reused():
        assert all(o.similarity >= 0.4 for o in reused.occurrences)


@pytest.mark.parametrize(
    "damage",
    [
        lambda path: path.write_bytes(b"this is not a database at all" * 100),
        lambda path: path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2]),
        lambda path: sqlite3.connect(path).executescript("UPDATE meta SET value = 'other' WHERE name = 'format'"),
    ],
    ids=["garbage", "cut-in-half", "another-version"],
)
def test_check_reports_a_damaged_statements_file_and_repair_rebuilds_it(tmp_path, damage):
    folder = tmp_path / "catalogue"
    with Catalog(folder) as catalog:
        quote, _docs = carry_statement(catalog)
        expected = {o.document for o in catalog.statements.trace(quote)}
        assert not catalog.maintenance.check().problems
    damage(folder / FILE_NAME)
    with Catalog(folder) as catalog:
        found = [p for p in catalog.maintenance.check().problems if "statements file" in p.what]
        assert len(found) == 1 and found[0].severity == "warning" and found[0].repairable and not found[0].repaired
        repaired = [p for p in catalog.maintenance.check(repair=True).problems if "statements file" in p.what]
        assert repaired[0].repaired
        assert not catalog.maintenance.check().problems
        assert {o.document for o in catalog.statements.trace(quote)} == expected
        assert catalog.statements.repaired is None  # check --repair mended it: nothing left to say


def test_check_says_nothing_of_a_statements_file_not_built_yet(catalog):
    carry_statement(catalog)
    assert not (catalog.path / FILE_NAME).exists()
    assert not [p for p in catalog.maintenance.check().problems if "statements" in p.what]
