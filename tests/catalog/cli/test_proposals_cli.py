"""``pressmark proposals list / accept / reject / restore``: proposal review from the command line."""

from __future__ import annotations

import json

import pytest

from tests.catalog.cli.test_cli import run
from tests.catalog.test_proposal_review import BODY


@pytest.fixture
def cat(tmp_path):
    path = tmp_path / "cat"
    article = tmp_path / "sheds.txt"
    article.write_text(f"Ferry sheds\n\n{BODY}\n", encoding="utf-8")
    assert run("import", str(article), catalog_path=path)[0] == 0
    return path


def _listed(cat, *options) -> list[dict]:
    code, out, err = run("proposals", "list", "--json", *options, catalog_path=cat)
    assert code == 0, err
    return json.loads(out)


def test_list_groups_by_kind_in_plain_words_with_evidence_and_confidence(cat):
    code, out, err = run("proposals", "list", catalog_path=cat)
    assert code == 0, err
    headings = [line for line in out.splitlines() if not line.startswith(" ")]
    assert headings[0].startswith("Quotations (") and any(h.startswith("People (") for h in headings)
    assert "“said”" in out and "Quotation by Helen Castellan" in out and "[in “Ferry sheds”]" in out
    assert "pull_quote" not in out and "1 mentions" not in out
    assert all(line.strip()[0] == "#" for line in out.splitlines() if line.startswith("  #"))


def test_list_filters_by_kind_confidence_and_text(cat, capsys):
    everything = _listed(cat)
    people = _listed(cat, "--kind", "person")
    assert people and {p["group"] for p in people} == {"person"}
    sure = _listed(cat, "--min-confidence", "80%")
    assert sure and all(p["confidence"] >= 0.8 for p in sure) and len(sure) < len(everything)
    assert _listed(cat, "--min-confidence", "0.8") == sure
    assert [p["data"]["exact"][:6] for p in _listed(cat, "--text", "fishermen")] == ["Nobody"]
    assert run("proposals", "list", "--min-confidence", "150", catalog_path=cat)[0] == 2  # argparse's usage error
    assert "invalid confidence value: '150'" in capsys.readouterr().err


def test_accept_all_of_one_kind_then_undo_in_one_step(cat):
    quotations = _listed(cat, "--kind", "quotation")
    code, out, err = run("proposals", "accept", "--all", "--kind", "quotation", catalog_path=cat)
    assert code == 0, err
    assert out.startswith(f"Accepted {len(quotations)} proposals: created {len(quotations)} quotes")
    assert _listed(cat, "--kind", "quotation") == [] and _listed(cat, "--kind", "organisation")  # the speakers were settled with their quotes
    assert run("undo", catalog_path=cat)[0] == 0
    assert [p["id"] for p in _listed(cat, "--kind", "quotation")] == [p["id"] for p in quotations]


def test_reject_by_id_and_restore(cat):
    first = _listed(cat)[0]["id"]
    assert run("proposals", "reject", str(first), catalog_path=cat)[1] == "Rejected 1 proposal\n"
    assert [p["id"] for p in _listed(cat, "--status", "rejected")] == [first]
    assert run("proposals", "restore", str(first), catalog_path=cat)[1] == "Restored 1 proposal\n"
    assert first in [p["id"] for p in _listed(cat)]
    code, _out, err = run("proposals", "restore", str(first), catalog_path=cat)
    assert code == 1 and "not rejected" in err


@pytest.mark.parametrize(
    ("arguments", "words"),
    [(("accept",), "give proposal ids"), (("accept", "1", "--all"), "give proposal ids"), (("reject", "1", "--kind", "person"), "give only the ids"), (("accept", "9999"), "no proposal 9999")],
)
def test_a_request_that_names_no_proposal_clearly_is_refused(cat, arguments, words):
    code, _out, err = run("proposals", *arguments, catalog_path=cat)
    assert code == 1 and words in err


def test_the_catalogue_may_be_named_after_the_action(cat):
    import io

    from catalog.cli.main import main

    out, err = io.StringIO(), io.StringIO()
    assert main(["proposals", "list", "--kind", "organisation", "--catalog", str(cat)], out, err) == 0, err.getvalue()
    assert out.getvalue().startswith("Organisations (1)\n") and "Harbour Trust" in out.getvalue()
