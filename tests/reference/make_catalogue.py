"""Make the stored catalogue of the current schema: ``python -m tests.reference.make_catalogue``.

It holds our own sample article with every proposal accepted, two tags, a saved search and an
edit, so that an upgrade test has every kind of record to carry forward. Run it once when a
migration is added, and commit ``tests/reference/catalogues/<revision>.sqlite``.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path

from catalog import db
from catalog.catalog import Catalog

HERE = Path(__file__).resolve().parent
SAMPLE = HERE.parents[1] / "resources" / "sample" / "harbour-ledger-archive.md"


def main() -> Path:
    with tempfile.TemporaryDirectory() as folder:
        with Catalog(Path(folder) / "catalogue") as catalog:
            outcome = catalog.documents.import_file(SAMPLE)
            catalog.proposals.accept_all(outcome.document_uuid)
            catalog.tags.apply([outcome.document_uuid], "Harbours/Archives")
            catalog.search.save("Harbour quotes", "type:quote harbour")
            catalog.documents.update(outcome.document_uuid, notes="Catalogued for the upgrade tests.")
            revision = db.current_revision(catalog.store.engine)
            source = catalog.store.db_path
        target = HERE / "catalogues" / f"{revision}.sqlite"
        with sqlite3.connect(source) as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copy(source, target)
        with sqlite3.connect(target) as connection:
            connection.execute("PRAGMA journal_mode=DELETE")
            connection.execute("VACUUM")
    return target


if __name__ == "__main__":
    print(main())
