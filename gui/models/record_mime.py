"""The drag-and-drop format for records: their UUIDs, one a line."""

from __future__ import annotations

from PySide6.QtCore import QMimeData

RECORDS_MIME = "application/x-pressmark-records"


def records_mime(uuids: list[str]) -> QMimeData:
    data = QMimeData()
    data.setData(RECORDS_MIME, "\n".join(uuids).encode("ascii"))
    data.setText("\n".join(uuids))
    return data


def uuids_from_mime(data: QMimeData) -> list[str]:
    if not data.hasFormat(RECORDS_MIME):
        return []
    raw = bytes(data.data(RECORDS_MIME)).decode("ascii", "replace")
    return [line for line in raw.splitlines() if line.strip()]
