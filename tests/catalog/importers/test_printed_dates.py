"""Dates as pages print them, read with the month names and patterns Babel gives each
language (catalog.importers.printed_dates); pages built around them are in
test_html_metadata.py. The lines are written for these tests."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from babel import localedata

from catalog.importers import printed_dates
from catalog.importers.printed_dates import find, may_hold_date

DECEMBER_4 = datetime(2026, 12, 4)


@pytest.mark.parametrize(
    ("language", "line", "day", "printed"),
    [("he", "מאת דנה לוי, 4 בדצמבר 2026", DECEMBER_4, "4 בדצמבר 2026"),  # a prefix on the month
     ("ko", "입력 2026년 12월 4일 오전 10:30", DECEMBER_4, "2026년 12월 4일"),
     ("hu", "Budapest, 2026. december 4. 10:30", DECEMBER_4, "2026. december 4"),
     ("pl", "Anna Nowak, 4 grudnia 2026 r.", DECEMBER_4, "4 grudnia 2026"),  # a date's genitive
     ("ru", "4 декабря 2026 г.", DECEMBER_4, "4 декабря 2026"),
     ("es-PE", "Lima, 4 de setiembre de 2026", datetime(2026, 9, 4), "4 de setiembre de 2026"),
     ("ar", "4 كانون الاول 2026", DECEMBER_4, "4 كانون الاول 2026"),  # written without hamza
     ("ar", "٠٤/١٢/٢٠٢٦", DECEMBER_4, "٠٤/١٢/٢٠٢٦"),
     ("fr", "Mis en ligne le 1er décembre 2026", datetime(2026, 12, 1), "1er décembre 2026"),
     ("fr", "le 4 déc. 2026", DECEMBER_4, "4 déc. 2026"),
     ("en", "By Ana Ruiz on Monday, December 4th, 2026 at 11:08", DECEMBER_4, "December 4th, 2026"),
     ("en", "JAN. 13, 2026", datetime(2026, 1, 13), "JAN. 13, 2026"),
     ("de", "Aktualisiert: 2026-12-04", DECEMBER_4, "2026-12-04")],
)  # fmt: skip
def test_a_date_is_read_as_its_language_writes_it_and_kept_as_printed(language, line, day, printed):
    assert find(line, language) == (day, printed)


def test_english_dates_are_read_on_a_page_in_any_language():
    assert find("Publié le 4 December 2026", "fr") == (datetime(2026, 12, 4), "4 December 2026")


def test_the_first_date_printed_is_the_one_read():
    line = "Publié le 04.05.2015 à 13h36 • Mis à jour le 5 mai 2015 à 20h13"
    assert find(line, "fr") == (datetime(2015, 5, 4), "04.05.2015")


@pytest.mark.parametrize(
    ("line", "language", "day"),
    [("04/12/2026", "fr", datetime(2026, 12, 4)),
     ("04/12/2026", "en-GB", datetime(2026, 12, 4)),
     ("04/12/2026", "en-US", datetime(2026, 4, 12)),
     ("04/12/2026", "en", datetime(2026, 4, 12)),  # CLDR's English is American
     ("04/12/2026", "", None),  # either could be the month, and no language says which
     ("04/12/2026", "xx-unknown", None),
     ("25/12/2026", "", datetime(2026, 12, 25)),  # 25 can only be the day
     ("12/25/2026", "fr", datetime(2026, 12, 25)),
     ("04.12.2026", "en-US", datetime(2026, 12, 4)),  # no locale writes the month first with dots
     ("04-12-2026", "", datetime(2026, 12, 4)),
     ("2026/12/04", "", datetime(2026, 12, 4)),
     ("12/12/2026", "", datetime(2026, 12, 12))],
)  # fmt: skip
def test_a_numeric_date_is_read_in_the_order_its_language_writes(line, language, day):
    found = find(f"Posted {line} 10:30", language)
    assert (found[0] if found else None) == day


@pytest.mark.parametrize(
    ("line", "language"),
    [("Protesters march on City Hall as the budget may be cut", "en"),
     ("In March 2026 the council may vote on 12 budget lines", "en"),
     ("The 3 bridges opened in 2026 after 12 years", "en"),
     ("Call 020 7946 0958 or +33 4 12 20 26 00", "fr"),
     ("Tickets £12.50 (12,50 €), 2026 season", "en"),
     ("Since 2019 the festival has grown", "en"),
     ("Mai 2026 und am 3. Mai", "de"),
     ("Version 1.12.2026.3 and v2.04.2026", "en"),
     ("31 February 2026", "en"),  # no such day
     ("4 December 1066", "en"),  # outside 1900–2200
     ("2026-12-04T10:00:00", "en")],
)  # fmt: skip
def test_words_and_numbers_that_are_no_date_give_none(line, language):
    assert find(line, language) is None


def test_only_text_with_a_four_digit_number_may_hold_a_date():
    assert may_hold_date("Posted 4 December 2026")
    assert may_hold_date("٤ ديسمبر ٢٠٢٦")
    assert not may_hold_date("Posted on Thursday at 10:30, call 555 012 34")


def test_a_language_outside_the_list_reads_english_and_numeric_dates_only():
    """As the bundle does, which ships the data of LANGUAGES only (installer/pressmark.spec)."""
    assert "sw" not in printed_dates.LANGUAGES and localedata.exists("sw")
    assert find("Nairobi, 4 Desemba 2026", "sw") is None
    assert find("Nairobi, 4 December 2026", "sw") == (DECEMBER_4, "4 December 2026")
    assert find("Nairobi, 04.12.2026", "sw") == (DECEMBER_4, "04.12.2026")
    assert find("Nairobi, 04/12/2026", "sw") is None  # no language of the list says the order


@pytest.fixture
def babel_data(tmp_path, monkeypatch):
    """Babel as a build ships it: ``use(names)`` points Babel at a folder holding the data
    files of those locales only (links to the installed ones)."""
    caches = [printed_dates._reader, printed_dates._locale, printed_dates._day_first,
              printed_dates._missing, localedata.locale_identifiers, localedata.exists]  # fmt: skip
    installed = Path(localedata._dirname)

    def clear():
        for cached in caches:
            cached.cache_clear()
        localedata.clear_caches()

    def use(names):
        folder = tmp_path / "locale-data"
        folder.mkdir()
        for name in names:
            (folder / f"{name}.dat").symlink_to(installed / f"{name}.dat")
        clear()
        monkeypatch.setattr(localedata, "_dirname", str(folder))

    yield use
    monkeypatch.undo()
    clear()


@pytest.fixture
def without_locale_data(babel_data, tmp_path, monkeypatch):
    """No locale data at all: Babel's folder is not there."""
    babel_data([])
    monkeypatch.setattr(localedata, "_dirname", str(tmp_path / "not-there"))


def test_a_build_without_babels_locale_data_still_reads_english_and_numeric_dates(
    without_locale_data,
):
    assert find("Thursday, 14 March 2019", "en-GB") == (datetime(2019, 3, 14), "14 March 2019")
    assert find("Posted 04.12.2026", "de") == (DECEMBER_4, "04.12.2026")
    assert find("Publié le 4 décembre 2026", "fr") is None
    assert find("Posted 04/12/2026", "en-GB") is None  # no locale to say which is the month


def test_the_locales_the_bundle_ships_read_every_language_as_all_of_babels_data_does(babel_data):
    """installer/pressmark.spec bundles the files babel_locales() names: each language of
    LANGUAGES, in every regional variant, must read the same names, patterns and numeric
    order from them alone (a locale inheriting from one left out would not)."""
    variants = [name for name in localedata.locale_identifiers()
                if name.split("_")[0] in printed_dates.LANGUAGES]  # fmt: skip
    full = {language: printed_dates._reader(language) for language in printed_dates.LANGUAGES}
    orders = {name: printed_dates._day_first(name) for name in variants}
    assert all(reader.months for reader in full.values())

    babel_data(printed_dates.babel_locales())

    assert {language: printed_dates._reader(language) for language in full} == full
    assert {name: printed_dates._day_first(name) for name in variants} == orders
    assert find("بقلم سارة المنصوري - ٤ ديسمبر ٢٠٢٦", "ar") == (DECEMBER_4, "٤ ديسمبر ٢٠٢٦")
    assert find("Von Jana Köhler | 4. Dezember 2026", "de-AT") == (DECEMBER_4, "4. Dezember 2026")


def test_a_language_whose_data_is_missing_is_logged_and_read_as_any_other(babel_data, caplog):
    names = printed_dates.babel_locales()
    babel_data([name for name in names if name.split("_")[0] not in ("fr", "en")])
    assert find("Publié le 4 décembre 2026", "fr") is None
    assert find("Publié le 4 December 2026", "fr") == (DECEMBER_4, "4 December 2026")
    assert find("Posted 04/12/2026", "fr") is None
    assert "no Babel locale data for fr in this build" in caplog.text
    # English month names are read even when English data is what is missing
    assert find("Thursday, 14 March 2019", "en-GB") == (datetime(2019, 3, 14), "14 March 2019")
    assert "no Babel locale data for en in this build" in caplog.text


def test_a_locale_whose_parent_is_missing_is_logged_and_skipped_not_raised(babel_data, caplog):
    # Latin American Spanish (es_PE, es_MX, …) inherits from es_419; Arabic variants from ar
    babel_data([name for name in printed_dates.babel_locales() if name not in ("es_419", "ar")])
    assert find("Lima, 4 de setiembre de 2026", "es-PE") is None  # "setiembre" is es_PE's
    assert find("Lima, 4 de diciembre de 2026", "es-PE") == (DECEMBER_4, "4 de diciembre de 2026")
    assert "es_PE" in caplog.text and "inherit" in caplog.text
    assert find("4 كانون الأول 2026", "ar-SY") is None
    assert find("Thursday, 14 March 2019", "ar") == (datetime(2019, 3, 14), "14 March 2019")
    assert "no Babel locale data for ar in this build" in caplog.text
