"""planeval's own roll-up export, unedited, checked back against the round it was made of
(review 93, N1): a body left out for its scale beside bodies counted. ``check`` read a Word
export's 「① 取組1-1」 (an item's mark before a name beginning with a counter) as 「1取組」, a
total of 1, and counted the rows a body of another scale left out without those of its file
where another row of it was in error too (北山市's 「-」 naming no 再掲元): 21 against the
export's 27. The export's sheet lists the body's 再掲 rows, never among the rows its count
sentence says were left out, as such."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.past_errors import uncounted_why
from planeval.scale import DEFAULT_SCALE
from planeval.stated_numbers import read_numbers
from tests.conftest import write_book

HEADER = ["施策", "事業名", "取組内容", "達成状況", "課題等", "所管課"]


def _reply(path: Path, body: str, statuses: str, *, last: str = "") -> Path:
    """A body's reply as 大川市's: two projects of policy 1, each item 「① 取組1-1」 (its name
    beginning with the counter 取組); ``last``: one more item's name after them."""
    rows: list[list[object]] = [[f"団体名：{body}"], ["基本目標1\u3000暮らしの安心"], HEADER]
    names = ["取組1-1", "取組1-2", "取組2-1", "取組2-2", *([last] if last else [])]
    for index, (status, name) in enumerate(zip(statuses, names, strict=True)):
        project = "学校ICT環境の整備事業" if index < 2 else "キャッシュレス決済事業"
        first = index in (0, 2)
        issue = "" if status in "◎○AB-" else "予算の確保が課題"
        rows.append(
            [
                "1-1 防災の情報化" if index == 0 else None,
                project if first else None,
                f"{'①②③'[0 if first else 1 if index < 4 else 2]} {name}",
                status,
                issue,
                "企画課",
            ]
        )
    return write_book(path, {"基本目標1": rows})


def _checked(common: list[str], report: Path) -> str:
    """check's report of ``report``: exit 1 for the read's errors alone (the body of another
    scale's values, said on stderr), its text agreeing."""
    result = CliRunner().invoke(app, ["check", *common, "--text", str(report)])
    assert result.exit_code == 1, result.stdout
    assert "評価尺度が違うため" in result.stderr
    assert "比べられなかった数" not in result.stdout, result.stdout  # (each number compared)
    return result.stdout


def _export(tmp_path: Path, other: str, *, last: str = "") -> tuple[Path, list[str]]:
    """Three bodies' replies, 南台市's rated A–D (another scale's), and the export of them."""
    folder = tmp_path / "回答"
    folder.mkdir()
    _reply(folder / "大川市.xlsx", "大川市", "○◎◎○")
    _reply(folder / "緑町.xlsx", "緑町", "○○△○")
    _reply(folder / "南台市.xlsx", "南台市", other, last=last)
    common = [str(folder), "--bodies", "file", "--keep-going"]
    out = tmp_path / "out"
    args = ["--md", str(out / "r.md"), "--docx", str(out / "r.docx"), "--xlsx", str(out / "r.xlsx")]
    CliRunner().invoke(app, ["export", *common, *args])
    return out, common


def test_an_item_marked_before_a_counter_is_no_count_of_the_word_export(tmp_path: Path) -> None:
    out, common = _export(tmp_path, "ABCA")
    said = (out / "r.md").read_text(encoding="utf-8")
    assert "① 取組1-1" in said
    assert "このほか取組内容4件は、評価尺度が違う団体の行のため集計に含めていません" in said
    for report in ("r.md", "r.docx"):
        checked = _checked(common, out / report)
        assert "の記載件数はすべて集計と一致しています" in checked.replace("\n  ", ""), checked
    # (an item's mark is no number, nor part of one: 「①3件」 states 3, 「① 取組1-1」 none)
    assert [n.value for n in read_numbers("①3件が完了しました", DEFAULT_SCALE)] == [3]
    assert read_numbers("1-1-1 学校ICT環境の整備事業\t① 取組1-1\t○", DEFAULT_SCALE) == []


def test_a_body_of_another_scale_with_a_row_in_error_is_counted_whole(tmp_path: Path) -> None:
    """Its 「-」 row naming no 再掲元 (an error of the read's scale, 北山市's) leaves every row of
    the body read and set aside: check compares the sentence's number with them all."""
    out, common = _export(tmp_path, "AB-CA", last="取組2-3")
    folder = Path(common[0])
    result = planeval.read_workbooks([folder], bodies="file")
    assert uncounted_why(result) == {"南台市": "評価尺度が違うため"}
    assert any("再掲元" in p.message for p in result.errors)  # (the row's own error)
    said = (out / "r.md").read_text(encoding="utf-8")
    assert "このほか取組内容5件は、評価尺度が違う団体の行のため集計に含めていません" in said
    for report in ("r.md", "r.docx"):
        checked = _checked(common, out / report)
        assert "の記載件数はすべて集計と一致しています" in checked.replace("\n  ", ""), checked


def test_the_sheet_of_rows_left_out_says_a_repeat_row_apart(tmp_path: Path) -> None:
    """A 再掲 row of the body of another scale is listed 「再掲の行のため」: the rows the sheet
    lists 「評価尺度が違うため」 are as many as the count sentence says."""
    out, common = _export(tmp_path, "ABCAB", last="取組1-1（1-1再掲）")
    said = (out / "r.md").read_text(encoding="utf-8")
    assert "このほか取組内容4件は、評価尺度が違う団体の行のため集計に含めていません" in said
    sheet = load_workbook(out / "r.xlsx")["集計に含めていない行"]
    reasons = [row[-1] for row in sheet.iter_rows(values_only=True) if row[0] == "南台市"]
    assert reasons.count("評価尺度が違うため") == 4
    assert reasons.count("再掲の行のため") == 1
    checked = _checked(common, out / "r.md")
    assert "の記載件数は\n  すべて集計と一致しています" in checked, checked
