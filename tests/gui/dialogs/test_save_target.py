"""The export dialogs' one judgement of the file they save to."""

from __future__ import annotations

from gui.dialogs.save_target import save_target_problem


def test_a_save_target_is_refused_or_warned_about_as_a_user_needs_to_know(tmp_path):
    (tmp_path / "old.zip").write_bytes(b"")
    (tmp_path / "folder").mkdir()
    assert save_target_problem(None, "bundle") == (False, "Choose where to save the bundle.")
    assert save_target_problem(tmp_path / "nowhere" / "b.zip", "bundle") == (False, f"There is no folder {tmp_path / 'nowhere'}.")
    assert save_target_problem(tmp_path / "folder", "bibliography") == (False, f"{tmp_path / 'folder'} is a folder: give a file name.")
    assert save_target_problem(tmp_path / "old.zip", "bundle") == (True, "old.zip exists and will be replaced.")
    assert save_target_problem(tmp_path / "new.zip", "bundle") == (True, "")
