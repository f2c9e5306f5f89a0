"""Review 179 #3: last year's round given to compare as planeval's own JSON export stopped, but
said 「テキスト（CSV など）のファイルです。Excel で開き…保存し直してください」 — advice that cannot
help. A report planeval writes and does not read back (export --json, --md, --html, --docx) is
named as what it is, with the way that works: the .xlsx export, which reads back as a round;
and (the fifty-fifth session) the run exits 2, the wrong kind of file given being a usage error,
where it exited 1 as for errors in the data."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_cli import SEED, run


@pytest.mark.parametrize(
    ("option", "name"),
    [("--json", "JSON"), ("--md", "Markdown"), ("--html", "HTML"), ("--docx", "Word")],
)
def test_a_report_exported_in_a_format_not_read_back_is_named_with_the_xlsx_way(
    tmp_path: Path, option: str, name: str
) -> None:
    old = tmp_path / f"R7.{option.removeprefix('--')}"
    assert run("export", SEED, option, str(old)).exit_code == 0
    result = run("compare", str(old), SEED)
    assert result.exit_code == 2, result.output  # (the wrong kind of file given: usage)
    said = " ".join(result.output.split())
    assert f"{name} のファイルです（planeval が export {option} で書き出す" in said, said
    assert "export --xlsx で書き出した報告書のブック（.xlsx）を指定してください" in said, said
    for wrong in ("テキスト（CSV など）", "Excel で開き", "拡張子だけが Excel", "ZIP ファイル"):
        assert wrong not in said, said


def test_the_xlsx_export_it_names_reads_back_as_a_round(tmp_path: Path) -> None:
    old = tmp_path / "R7.xlsx"
    assert run("export", SEED, "--xlsx", str(old)).exit_code == 0
    result = run("compare", str(old), SEED)
    assert result.exit_code == 0, result.output
    assert "比べていません" not in result.output


def test_a_report_given_beside_replies_is_a_usage_error_too(tmp_path: Path) -> None:
    """With --keep-going the replies are counted, the JSON export still refused: exit 2, not 1."""
    old = tmp_path / "R7.json"
    assert run("export", SEED, "--json", str(old)).exit_code == 0
    result = run("summarize", SEED, str(old), "--keep-going")
    assert result.exit_code == 2, result.output
    assert "JSON のファイルです（planeval が export --json で書き出す" in " ".join(
        result.output.split()
    )
