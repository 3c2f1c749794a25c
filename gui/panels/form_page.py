"""A scrollable page holding a form whose rows keep their natural height."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QVBoxLayout, QWidget


def form_page() -> tuple[QWidget, QFormLayout]:
    """A widget with a QFormLayout on top and empty space below (put it in a QScrollArea)."""
    page = QWidget()
    outer = QVBoxLayout(page)
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow: labels above fields
    outer.addLayout(form)
    outer.addStretch(1)
    return page, form
