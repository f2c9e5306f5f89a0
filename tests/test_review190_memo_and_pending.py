"""Review 190 (東淀川市, 施策評価 A–E and 評価対象外): a memo kept among the forms (memo.xlsx,
no table, no row like a header's) and a 施策 whose rating was left blank until the year's end.

#4: a count made past errors said 「エラーのあった 2 か所（2 ファイル）の行は集計に含めていません」,
the memo, which holds no row, among them: it is now said apart, as a file with no table.
#5: the memo's error offered only the [layout.titles] fix; with no row like a header's, it now
says the file does not look like a form and to move it out of the folder.
#6: the blank rating's fix listed 評価対象外 among what to type (publishing it as out of scope);
it now lists the counted ratings and tells how to declare a rating to come, 評価保留."""

from __future__ import annotations

import os
from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book

TOML = '[scale]\npreset = "hirakata"\n\n[wording]\npreset = "hirakata"\n'
HELD = '\n[[scale.status]]\nsymbol = "評価保留"\ncounted = false\n'
HEADER = ["No.", "施策名", "評価（A～E）", "今後の方向性", "担当課"]
BLANK = (
    "エラー: 03_都市整備部.xlsx › 施策評価 › C4: 施策「13 道路・橋りょうの整備」の評価が空です"
    "（道路課の行）（A B C D E のいずれかを入力してください。"
)
MEMO = (
    "エラー: memo.xlsx: 評価の表が見つかりません（見出し行には評価の列と、事業または取組の列が"
    "必要です）。見出しらしい行もありません。（調査票ではないファイル（メモなど）なら、回答の"
    "フォルダの外に移してください（フォルダの中のブックはすべて回答として読みます）。調査票なら、"
    "評価の列と事業または取組の列の見出し行があるか確かめてください）"
)


def _folder(tmp_path: Path, toml: str = TOML, *, memo: bool = True) -> Path:
    folder = tmp_path / "回答"
    folder.mkdir()
    write_book(
        folder / "01_総務部.xlsx",
        {
            "施策評価": [
                ["基本目標1　安全・安心で快適に暮らせるまち"],
                HEADER,
                [1, "防災力の強化", "A", "引き続き取り組む", "危機管理課"],
                [4, "危機管理体制の整備", "評価対象外", "計画策定中のため評価対象外", "危機管理課"],
            ]
        },
    )
    write_book(
        folder / "03_都市整備部.xlsx",
        {
            "施策評価": [
                ["基本目標3　魅力と活力あるまち"],
                HEADER,
                [12, "都市計画の推進", "B", "引き続き取り組む", "都市計画課"],
                [13, "道路・橋りょうの整備", None, "", "道路課"],
            ]
        },
    )
    if memo:
        write_book(
            folder / "memo.xlsx",
            {
                "メモ": [
                    ["施策評価　取りまとめメモ（企画課）"],
                    [],
                    ["・都市整備部：No.13 は年度末に評価とのこと。2月に再照会"],
                    ["締切", "11月30日"],
                ]
            },
        )
    (folder / "planeval.toml").write_text(toml, encoding="utf-8")
    return folder


def _lines(args: list[str], folder: Path) -> tuple[int, list[str]]:
    """``args`` run in ``folder`` (its planeval.toml read, its files named as in it), on it."""
    here = Path.cwd()
    os.chdir(folder)
    try:
        result = CliRunner().invoke(app, [*args, "."], env={"COLUMNS": "400"})
    finally:
        os.chdir(here)
    return result.exit_code, result.output.splitlines()


def test_a_memo_among_the_forms_is_said_apart_not_as_a_place_of_rows_left_out(
    tmp_path: Path,
) -> None:
    folder = _folder(tmp_path)
    out = tmp_path / "中間.md"
    code, _ = _lines(["export", "--keep-going", "--md", str(out)], folder)
    assert code == 1
    said = [line for line in out.read_text(encoding="utf-8").splitlines() if "か所" in line]
    assert said == [
        "記入に不備のあった 1 か所の行と、評価の表のない 1 ファイルは集計に含めていません。"
        "直した後の件数はこの表と異なります。"
    ]


def test_a_memo_alone_left_out_changes_no_count_said(tmp_path: Path) -> None:
    """The memo the only error: no 「直した後の件数は…」 — moving it out changes no count."""
    folder = _folder(tmp_path, TOML + HELD)
    book = folder / "03_都市整備部.xlsx"
    book.unlink()
    code, lines = _lines(["summarize", "--keep-going"], folder)
    assert code == 1
    assert "評価の表のない 1 ファイルは集計に含めていません。" in lines
    assert not any("直した後" in line for line in lines)


def test_a_workbook_with_no_header_row_is_told_to_move_out_of_the_folder(tmp_path: Path) -> None:
    code, lines = _lines(["validate"], _folder(tmp_path))
    assert code == 1
    assert MEMO in lines
    assert not any("[layout.titles]" in line for line in lines if "memo.xlsx" in line)


def test_a_blank_rating_is_offered_the_counted_ratings_and_a_status_for_one_to_come(
    tmp_path: Path,
) -> None:
    code, lines = _lines(["validate"], _folder(tmp_path, memo=False))
    assert code == 1
    assert lines[0] == (
        BLANK
        + '評価がまだ出ていないなら、planeval.toml に [[scale.status]] を加えて symbol = "評価保留"'
        "・counted = false と書き、この欄に 評価保留 と入力すると、件数に含めず表に載せます）"
    )


def test_with_the_status_declared_a_blank_rating_is_told_to_type_it(tmp_path: Path) -> None:
    code, lines = _lines(["validate"], _folder(tmp_path, TOML + HELD, memo=False))
    assert code == 1
    assert (
        lines[0]
        == BLANK + "評価がまだ出ていないなら 評価保留 と入力すると、件数に含めず表に載せます）"
    )
