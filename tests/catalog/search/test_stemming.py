"""Stemming in each document's language (catalog.search.stemming), from the index to the query.

Texts are our own short sentences; each language's test has a word whose inflected forms its
stemmer joins and a word that merely looks alike, which must stay apart.
"""

from __future__ import annotations

import pytest

from catalog.search import patterns, stemming
from catalog.search import query as search_query
from catalog.search.analysis import fold
from catalog.search.index import SearchIndex
from tests.conftest import add_text

# language, text holding an inflected form, another form of that word, a look-alike text
LANGUAGES = [
    ("fr", "Les maisons du village ont été reconstruites.", "maison", "Le maïs pousse dans le champ."),
    ("fr", "Les élèves ont quitté l'école à midi.", "écoles", "Un écolier est passé."),
    ("de", "Die Häuser der Altstadt wurden renoviert.", "Haus", "Die Hausaufgaben waren schwer."),
    ("de", "Die Kinder spielten im Hof.", "Kind", "Das Kino war geschlossen."),
    ("es", "Los políticos votaron la ley.", "político", "La polilla voló hacia la luz."),
    ("es", "Los niños cantaron en la plaza.", "niño", "La niebla cubrió la plaza."),
    ("ar", "أغلقت المدارس أبوابها في المدينة.", "والمدارس", "قال المدير إن الاجتماع انتهى."),
    ("ar", "افتتحت المدرسة الجديدة أمس.", "مدرسة", "وصل المدرب إلى الملعب."),
    ("ar", "التقى الوزير بالسفير أمس.", "وزير", "ارتفع سعر الزيت."),
    ("ar", "وصل وزير الخارجية أمس.", "الوزيرة", "ارتفع سعر الزيت."),
]


def _uuids(results) -> set[str]:
    return {hit.uuid for hit in results.hits}


@pytest.mark.parametrize(("language", "text", "other_form", "look_alike"), LANGUAGES)
def test_a_document_is_found_by_other_forms_of_its_words_in_its_language(catalog, language, text, other_form, look_alike):
    found = add_text(catalog, "Article", text, language=language)
    apart = add_text(catalog, "Article", look_alike, language=language)
    add_text(catalog, "English", "The harbour opened at dawn.", language="en")
    results = catalog.search.run(other_form)
    assert found in _uuids(results)
    assert apart not in _uuids(results)


def test_the_same_forms_are_not_joined_in_an_english_text(catalog):
    """Stemming follows the text's language: German stems "Häuser" to "haus", English does
    not, so the same words in an English document are not found by "Haus"."""
    german = add_text(catalog, "Altstadt", "Die Häuser der Altstadt.", language="de")
    english = add_text(catalog, "Old town", "Die Häuser der Altstadt, as the sign said.", language="en")
    assert _uuids(catalog.search.run("Haus")) == {german}
    assert _uuids(catalog.search.run("Häuser")) == {german, english}


def test_a_query_word_is_stemmed_in_each_language_of_the_catalogue(catalog):
    french = add_text(catalog, "Village", "Les maisons du village.", language="fr")
    english = add_text(catalog, "Village", "The houses of the village.", language="en-GB")
    assert _uuids(catalog.search.run("maison")) == {french}
    assert _uuids(catalog.search.run("house")) == {english}
    assert _uuids(catalog.search.run("village")) == {french, english}
    assert _uuids(catalog.search.run("language:FR village")) == {french}
    assert _uuids(catalog.search.run("village language:en")) == {english}  # "en-GB" is kept as "en"
    searcher = catalog.store.index.searcher()
    parser = catalog.search.parser()
    assert patterns.languages_of(searcher, parser.columns) == ("en", "fr")


def test_phrases_and_prefixes_meet_the_stems_of_each_language(catalog):
    french = add_text(catalog, "Patrimoine", "On a restauré la maison ancienne du notaire.", language="fr")
    add_text(catalog, "Heritage", "The old houses were restored.", language="en")
    for query in ('"maisons anciennes"', '"maison ancienne"', "maiso*", "maisons AND notaire", '"maisons anciennes" notaire'):
        assert french in _uuids(catalog.search.run(query)), query
    assert french not in _uuids(catalog.search.run('"anciennes maisons"'))


def test_a_snippet_highlights_the_inflected_words_of_the_hits_language(catalog):
    add_text(catalog, "Village", "Les maisons du village ont été reconstruites après la crue.", language="fr")
    add_text(catalog, "مدارس", "أغلقت المدارس أبوابها في المدينة.", language="ar")
    [french] = catalog.search.run("maison").hits
    assert french.snippet.startswith('Les <b class="match') and '">maisons</b> du village' in french.snippet
    [arabic] = catalog.search.run("والمدارس").hits
    assert '">المدارس</b> أبوابها' in arabic.snippet


def test_a_document_whose_language_changes_is_indexed_with_the_new_stemmer(catalog):
    uuid = add_text(catalog, "Altstadt", "Die Häuser der Altstadt wurden renoviert.", language="en")
    start = catalog.documents.get(uuid).body.index("Häuser")
    quote, _changes = catalog.quotes.add(uuid, start, start + len("Häuser der Altstadt"))
    assert not _uuids(catalog.search.run("Haus"))
    catalog.documents.update(uuid, language="de")
    assert _uuids(catalog.search.run("Haus")) == {uuid, quote}  # the quote takes its document's language
    catalog.documents.update(uuid, language="")
    assert not _uuids(catalog.search.run("Haus"))


def _mixed_entries(count: int) -> list[dict]:
    texts = [("fr", "Les maisons anciennes du village"), ("de", "Die Häuser der Kinder"),
             ("ar", "أغلقت المدارس في المدينة"), ("es", "Los niños y los políticos"), ("", "The houses of the harbour")]  # fmt: skip
    entries = []
    for number in range(count):
        language, text = texts[number % len(texts)]
        entries.append({
            "key": f"document:{number}", "type": "document", "uuid": str(number), "doc_uuid": str(number),
            "title": f"{text.split()[1]} {number}", "body": f"{text} {number}", "language": language, "_new": True,
        })  # fmt: skip
    return entries


def test_worker_processes_stem_each_entry_in_its_language_as_one_process_does(tmp_path, monkeypatch):
    from catalog.search import index as search_index

    monkeypatch.setattr(search_index, "PARALLEL_MIN", 10)
    monkeypatch.setattr(search_index, "PARALLEL_CHUNK", 7)
    found = {}
    for workers in ("0", "2"):
        monkeypatch.setenv("PRESSMARK_INDEX_WORKERS", workers)
        index = SearchIndex(tmp_path / workers)
        index.create_empty()
        index.apply(_mixed_entries(40), [], generation=1)
        searcher = index.searcher()
        parser = search_query.build_parser(searcher.schema)
        lexicon = {(field, term) for field in ("title", "body", "language") for term in searcher.lexicon(field)}
        answers = {
            text: sorted(hit.key for hit in search_query.run(searcher, parser, text, limit=100).hits)
            for text in ("maison", "Haus", "المدارس", "niño", "house", '"maisons anciennes"')
        }
        found[workers] = (lexicon, answers, index.segment_count())
        index.close()
    assert found["2"][2] > 1, "the workers wrote segments of their own"
    assert found["2"][:2] == found["0"][:2]
    assert all(len(keys) == 8 for keys in found["0"][1].values())


def test_an_index_of_the_previous_schema_is_rebuilt(tmp_path):
    """Schema 5 stems each text in its language and keeps the language: an index of schema 4
    reads as stale and as another schema, so the catalogue rebuilds it."""
    import json

    from whoosh import index as whoosh_index

    from catalog.search import schema
    from catalog.search.index import INDEX_NAME, SYNC_FILE, IndexBroken

    folder = tmp_path / "index"
    folder.mkdir()
    old = schema.build_schema()
    old.remove("language")
    whoosh_index.create_in(str(folder), old, indexname=INDEX_NAME)
    (folder / SYNC_FILE).write_text(json.dumps({"schema": 4, "generation": 5}), "utf-8")
    index = SearchIndex(folder)
    assert index.synced_generation() is None
    with pytest.raises(IndexBroken):
        index.open()


@pytest.mark.parametrize(
    ("language", "key"),
    [("fr", "fr"), ("pt-BR", "pt"), ("DE_at", "de"), ("", "en"), (None, "en"), ("zh", "en"), ("nb", "nb")],
)
def test_a_documents_language_chooses_its_stemmer_and_english_is_the_fallback(language, key):
    assert stemming.language_key(language) == key


def test_what_the_stemmers_do_not_strip_themselves_is_stripped_first():
    assert stemming.stem(fold("Taliban's"), "en") == stemming.stem("taliban", "en")
    assert stemming.stem(fold("l'école"), "fr") == stemming.stem(fold("écoles"), "fr")
    assert stemming.stem(fold("dell'arte"), "it") == stemming.stem("arte", "it")
    assert stemming.stem(fold("والمدارس"), "ar") == stemming.stem(fold("المدارس"), "ar")
    # a first wa is the word's own letter unless the article follows it
    assert stemming.stem(fold("وزير"), "ar") == stemming.stem(fold("الوزير"), "ar") == stemming.stem(fold("والوزير"), "ar")
    # ta marbuta is folded to ha; the Arabic stemmer still strips it
    assert stemming.stem(fold("المدرسة"), "ar") == stemming.stem(fold("مدرسة"), "ar") == stemming.stem(fold("المدرسه"), "ar")
    # an Arabic text's Latin words, and an English text's Arabic words, are left to English
    assert stemming.stem("reports", "ar") == stemming.stem("reports", "en") == "report"
    assert stemming.stem(fold("المدارس"), "en") == fold("المدارس")


def test_a_query_words_stems_are_the_distinct_stems_of_its_languages_in_their_order():
    assert stemming.stems_of("kinder", ("en", "fr", "de")) == ["kinder", "kind"]
    assert stemming.stems_of("nations", ("en", "fr", "de", "es")) == ["nation", "nations"]
    assert stemming.stems_of("villages", ("en", "fr", "de")) == ["villag"]


@pytest.mark.parametrize(
    "text",
    ["maisons", "Häuser", "المدارس", "maisons AND village", '"maisons anciennes"', '"die häuser"', "houses OR kinder", "(maisons OR niños) NOT políticos"],
)
def test_bitmaps_and_whoosh_agree_on_words_stemmed_in_several_languages(tmp_path, text):
    from catalog.search import ranking

    index = SearchIndex(tmp_path / "index")
    index.create_empty()
    index.apply(_mixed_entries(30), [], generation=1)
    searcher = index.searcher()
    parser = search_query.build_parser(searcher.schema)
    languages = patterns.languages_of(searcher, parser.columns)
    assert languages == ("en", "ar", "de", "es", "fr")
    query = patterns.expand(search_query.parse_query(parser, text, languages), searcher, parser.columns)
    outcome = ranking.search(searcher, query, parser.columns, 100, only_if_faster=False)
    theirs = {hit.docnum: hit.score for hit in searcher.search(query, limit=100)}
    assert outcome is not None and outcome.total == len(theirs) > 0
    assert {docnum: pytest.approx(score) for score, docnum in outcome.top_n} == theirs
    index.close()


def test_a_catalogue_whose_index_is_of_an_older_schema_says_so_and_rebuilds_it(tmp_path):
    """Not "damaged": an index made by an earlier version (its analysis classes may not even
    load any more) is named as such, and rebuilt when the catalogue opens."""
    import json

    from catalog.catalog import Catalog
    from catalog.search.index import SYNC_FILE

    folder = tmp_path / "catalogue"
    with Catalog(folder) as catalog:
        add_text(catalog, "Maisons du port", "Les maisons du port seront reconstruites.", language="fr")
    sync = folder / "index" / SYNC_FILE
    state = json.loads(sync.read_text("utf-8"))
    sync.write_text(json.dumps({**state, "schema": 4}), "utf-8")
    with Catalog(folder, index_repair="later") as catalog:
        assert catalog.index_problem == "the search index was made by another version of Pressmark"
    with Catalog(folder) as catalog:
        assert catalog.index_problem is None
        assert catalog.search.run("maison").total == 1
