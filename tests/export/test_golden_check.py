"""The golden-file comparison itself: it fails on a missing or different
reference, shows a diff, and rewrites only when asked to."""

from __future__ import annotations

import pytest

from tests.export.golden_check import UPDATE_VARIABLE, assert_golden, assert_golden_folder


@pytest.fixture(autouse=True)
def not_updating(monkeypatch):
    monkeypatch.delenv(UPDATE_VARIABLE, raising=False)


def test_a_missing_golden_file_fails(tmp_path):
    with pytest.raises(
        pytest.fail.Exception, match=r"(?s)no golden file golden/new\.md.*REFLECTJOURNAL_UPDATE_GOLDEN=1"
    ):
        assert_golden("# Hello\n", "new.md", golden_dir=tmp_path)
    assert not (tmp_path / "new.md").exists()


def test_a_different_export_fails_with_a_unified_diff(tmp_path):
    (tmp_path / "a.md").write_text("Keep it somewhere safe.\nSecond line.\n", encoding="utf-8")
    with pytest.raises(pytest.fail.Exception) as failure:
        assert_golden("Keep it somewhere secure.\nSecond line.\n", "a.md", golden_dir=tmp_path)
    message = str(failure.value)
    assert "--- golden/a.md\n+++ export/a.md\n" in message
    assert "-Keep it somewhere safe.\n+Keep it somewhere secure.\n" in message
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == "Keep it somewhere safe.\nSecond line.\n"


def test_line_ends_and_a_final_newline_count(tmp_path):
    (tmp_path / "a.md").write_bytes(b"one\ntwo\n")
    for changed in ("one\r\ntwo\n", "one\ntwo"):
        with pytest.raises(pytest.fail.Exception):
            assert_golden(changed, "a.md", golden_dir=tmp_path)
    assert_golden("one\ntwo\n", "a.md", golden_dir=tmp_path)


def test_the_update_variable_rewrites_and_prunes(tmp_path, monkeypatch):
    golden = tmp_path / "golden"
    (golden / "folder").mkdir(parents=True)
    (golden / "folder" / "gone.md").write_text("old\n", encoding="utf-8")
    (golden / "folder" / "kept.md").write_text("old\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "kept.md").write_text("new\n", encoding="utf-8")
    (out / "added.md").write_text("added\n", encoding="utf-8")

    with pytest.raises(pytest.fail.Exception) as failure:
        assert_golden_folder(out, "folder", golden_dir=golden)
    message = str(failure.value)
    assert "-gone.md" in message and "+added.md" in message and "-old\n+new\n" in message

    monkeypatch.setenv(UPDATE_VARIABLE, "1")
    assert_golden_folder(out, "folder", golden_dir=golden)
    assert sorted(p.name for p in (golden / "folder").iterdir()) == ["added.md", "kept.md"]
    assert (golden / "folder" / "kept.md").read_text(encoding="utf-8") == "new\n"

    monkeypatch.setenv(UPDATE_VARIABLE, "0")
    assert_golden_folder(out, "folder", golden_dir=golden)
