"""Dialogs: quoting a selection, import results, keyboard shortcuts, check reports."""
