"""Articles written for these tests: one statement carried by several of them, changed a
little in each, and articles that share words with it but not the statement."""

from __future__ import annotations

from datetime import datetime

from tests.conftest import add_text

STATEMENT = "We will not close the northern harbour while a single fishing boat still depends on it"

ORIGIN = (
    "Harbour vote",
    "The council met on Monday evening to settle the future of the port.\n\n"
    "“We will not close the northern harbour while a single fishing boat still depends on it,” the mayor, "
    "Ines Albani, said after the vote. Fishermen in the gallery applauded.\n\n"
    "The budget for dredging will be discussed in April.",
    datetime(2025, 3, 1, 18, 0),
)
CARRIERS = {
    # punctuation and case only
    "punctuation": (
        "Mayor rules out closure",
        "Ines Albani spoke to reporters outside the town hall on Tuesday. She said: \"We will NOT close the "
        "Northern Harbour - while a single fishing-boat still depends on it!\" The port authority declined to comment.",
        datetime(2025, 3, 2, 9, 30),
    ),
    # one word changed
    "edited": (
        "Fishing fleet reassured",
        "Crews tied up early on Wednesday. The mayor has promised: “We will not shut the northern harbour while a "
        "single fishing boat still depends on it.” Not everyone on the quay believes her.",
        datetime(2025, 3, 4, 7, 15),
    ),
    # the clause about the boats moved to the front: the earliest of them all
    "reordered": (
        "Weekly roundup",
        "While a single fishing boat still depends on it, we will not close the northern harbour, the mayor told a "
        "meeting of the harbour trust. In other news, the bakery on Quay Street reopened after the floods.",
        datetime(2025, 2, 27, 12, 0),
    ),
}
UNRELATED = (
    "Northern lights over the harbour",
    "The northern lights were visible over the harbour on Friday night. A single photographer stayed on the "
    "breakwater until dawn, while the fishing boats left one by one. The council will not close the car park.",
    datetime(2025, 3, 3, 22, 0),
)


def add_article(catalog, article: tuple[str, str, datetime]) -> str:
    title, body, published = article
    return add_text(catalog, title, body, published_at=published, publication=f"{title.split()[0]} Gazette")


def carry_statement(catalog) -> tuple[str, dict[str, str]]:
    """Add the origin (with the statement marked as a quote), the carriers and the unrelated
    article; returns the quote's id and the documents' ids by name ("origin", the carriers'
    names, "unrelated")."""
    documents = {"origin": add_article(catalog, ORIGIN)}
    for name, article in CARRIERS.items():
        documents[name] = add_article(catalog, article)
    documents["unrelated"] = add_article(catalog, UNRELATED)
    body = catalog.documents.get(documents["origin"]).body
    start = body.index(STATEMENT)
    quote, _changes = catalog.quotes.add(documents["origin"], start, start + len(STATEMENT))
    return quote, documents
