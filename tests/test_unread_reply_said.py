"""Review 184 #4: a department that sent its reply as .xls was said not to have answered. The
export's policy sentence lumped it with a real non-answer (「所管部の回答が提出されていない計画
事業があり、その実施内容16件は…」), compare said 「今回は調査票の提出がなかった部: DX推進担当部」
and rounds 「調査票の提出がない回がある部: DX推進担当部（令和4年度）」. Each reason is said as
it is. Here 教育政策部 sends an .xls and 危機管理部 nothing, both leading items of policy 1."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from planeval.cli import app
from tests.cycle_fill import PLAN, fill_workbook, split_templates

XLS = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)  # (an .xls's OLE header)
UNREAD, SILENT = "教育政策部", "危機管理部"


@pytest.fixture(scope="module")
def rounds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Last year's round every department answered, and this year's."""
    root = tmp_path_factory.mktemp("rounds")
    found = []
    for year, folder in (("令和3", "R3"), ("令和4", "R4")):
        forms = split_templates(root / folder, year)
        for path in forms.glob("*.xlsx"):
            fill_workbook(path, default="○")
        found.append(forms)
    for path in found[1].glob("*.xlsx"):
        if path.stem.endswith(UNREAD):
            path.with_suffix(".xls").write_bytes(XLS)
            path.unlink()
        elif path.stem.endswith(SILENT):
            path.unlink()
    return found[0], found[1]


def _run(*args: str) -> str:
    result = CliRunner().invoke(app, [*args, "--plan", str(PLAN), "--keep-going", "-qq"])
    assert result.exit_code == 1, result.output  # (the .xls: an error)
    return "".join(result.stdout.split())  # (a line wrapped anywhere, its spaces out)


def test_the_export_says_each_reason(rounds: tuple[Path, Path], tmp_path: Path) -> None:
    md = tmp_path / "報告.md"
    _run("export", str(rounds[1]), "--md", str(md))
    said = md.read_text(encoding="utf-8")
    assert "所管部の回答が読めない形式のファイルで提出されたか、提出されていない計画事業" in said
    assert "所管部の回答が提出されていない計画事業" not in said


def test_compare_says_the_xls_was_sent(rounds: tuple[Path, Path]) -> None:
    shown = _run("compare", str(rounds[0]), str(rounds[1]))
    assert f"今回は調査票の提出がなかった部:{SILENT}。" in shown
    assert f"今回は回答が読めない形式のファイルで提出された部:{UNREAD}。" in shown


def test_rounds_says_the_xls_was_sent(rounds: tuple[Path, Path]) -> None:
    shown = _run("rounds", str(rounds[0]), str(rounds[1]))
    assert f"調査票の提出がない回がある部:{SILENT}（" in shown
    assert f"回答が読めない形式のファイルで提出された回がある部:{UNREAD}（" in shown
