"""川崎市's yearly cycle from its plan (review 124): a list titled 政策 | 施策 | 事務事業名 |
所管局・課 | 重点, each 事務事業 its own 所管局. The plan was no table without [wording] and its
所管局・課 no department column; the error named no row. The 記入方法 sheet's 14 pt title was
printed cut off, its co-ownership said of 施策, its forms named 実施状況 where the body rates
達成度; a cell naming a 局 and its 課 made a form per 課, with nothing said."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.report.xlsx_writer import LINE_HEIGHT
from tests.body_settings import KAWASAKI

RUNNER = CliRunner()
TITLES = ("政策", "施策", "事務事業名", "所管局・課", "重点")
# (政策, 施策, 事務事業, 所管局・課, 重点): 1-1-1's two 事務事業 of two 局, one co-owned
ROWS = [
    ("1-1 災害から生命を守る", "1-1-1 防災対策の推進", "防災対策管理事業", "総務企画局", "●"),
    ("", "", "防災施設整備事業", "まちづくり局、建設緑政局", ""),
    ("", "1-1-2 減災対策の推進", "河川改修事業", "建設緑政局", "●"),
    ("2-1 子育てを社会全体で支える", "2-1-1 保育の充実", "保育所整備事業", "こども未来局", ""),
]


def plan_book(
    path: Path, rows: list[tuple[str, ...]] = ROWS, titles: tuple[str, ...] = TITLES
) -> Path:
    """The 総務企画局 clerk's list: a title, a note, a blank row, then the table, each 政策's
    and 施策's cell merged down over its rows."""
    book = Workbook()
    sheet = book.active
    sheet.title = "計画事業一覧"
    sheet.append(["川崎市総合計画 第3期実施計画 計画事業一覧（令和6年度 施策進行管理）"])
    sheet.append(["※重点欄の●は重点事業"])
    sheet.append([])
    sheet.append(list(titles))
    for row in rows:
        sheet.append([value or None for value in row])
    for column in "AB":
        starts = [r for r in range(5, sheet.max_row + 1) if sheet[f"{column}{r}"].value]
        for start, end in zip(starts, [*starts[1:], sheet.max_row + 1], strict=True):
            if end - 1 > start:
                sheet.merge_cells(f"{column}{start}:{column}{end - 1}")
    book.save(path)
    return path


def test_the_plan_is_read_by_its_own_titles_without_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """事務事業名 is the item and 施策 its project, as the status reader reads them; 所管局・課
    is the department column: the same plan as [wording] reads, and one form per 局."""
    plan = plan_book(tmp_path / "計画.xlsx")
    monkeypatch.chdir(tmp_path)  # (no planeval.toml)
    read = planeval.read_plan(plan)
    assert [
        (i.policy_id, i.project_id, i.item_name, i.departments, i.mark) for i in read.items
    ] == [
        ("1-1", "1-1-1", "防災対策管理事業", ("総務企画局",), "●"),
        ("1-1", "1-1-1", "防災施設整備事業", ("まちづくり局", "建設緑政局"), ""),
        ("1-1", "1-1-2", "河川改修事業", ("建設緑政局",), "●"),
        ("2-1", "2-1-1", "保育所整備事業", ("こども未来局",), ""),
    ]
    result = RUNNER.invoke(
        app,
        ["template", str(plan), "--fiscal-year", "令和6", "-o", str(tmp_path / "調査票"),
         "--split-by", "department"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert sorted(path.name for path in (tmp_path / "調査票").iterdir()) == [
        "実施状況調査票_2024_こども未来局.xlsx",
        "実施状況調査票_2024_まちづくり局.xlsx",
        "実施状況調査票_2024_建設緑政局.xlsx",
        "実施状況調査票_2024_総務企画局.xlsx",
    ]


def test_a_list_with_no_item_column_names_its_header_row_and_each_title_not_read(
    tmp_path: Path,
) -> None:
    titles = ("政策", "施策", "事業の名前（予算）", "所管局・課", "重点", "備考")
    plan = plan_book(tmp_path / "計画.xlsx", titles=titles)
    with pytest.raises(planeval.PlanevalError) as raised:
        planeval.read_plan(plan)
    assert str(raised.value) == (
        f"{plan}: 計画事業一覧の表が見つかりません（見出し行に事業、取組の列が必要です）。"
        "いちばん近い 計画事業一覧 › 4 行目（政策 | 施策 | 事業の名前（予算） | 所管局・課 | "
        "重点 | 備考）には 「取組」「取組み」「取り組み」「取組内容」「実施内容」「取り組み内容」"
        " のどれかの列がありません（読めなかった見出しは「事業の名前（予算）」"
        '「備考」です。見出しを直すか、planeval.toml の [layout.titles] に item = ["…"] の'
        "ようにこの計画の見出しを書いてください）"
    )


@pytest.fixture
def forms(tmp_path: Path) -> Path:
    """The forms of the plan, split by 局, in the city's words (KAWASAKI: 達成度)."""
    plan_book(tmp_path / "計画.xlsx")
    title = '[wording]\ntitle = "川崎市総合計画 第3期実施計画 施策進行管理"'
    toml = KAWASAKI.replace("[wording]", title)  # (its department's title given: the
    toml = toml.replace("[layout.titles]", '[layout.titles]\ndepartment = ["所管局・課"]')
    (tmp_path / "planeval.toml").write_text(toml, "utf-8")  # forms alone asked here)
    result = RUNNER.invoke(
        app,
        ["template", str(tmp_path / "計画.xlsx"), "--fiscal-year", "令和6", "-o",
         str(tmp_path / "調査票"), "--split-by", "department",
         "--config", str(tmp_path / "planeval.toml")],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    return tmp_path / "調査票"


def test_the_instructions_title_row_is_as_tall_as_its_two_14pt_lines(forms: Path) -> None:
    [form] = forms.glob("*_建設緑政局.xlsx")
    sheet = load_workbook(form)["記入方法"]
    assert sheet["A1"].font.sz == 14
    assert sheet.row_dimensions[1].height == 2 * LINE_HEIGHT * 14 / 11


def test_the_forms_are_named_by_the_body_s_status_and_say_who_owns_each_事務事業(
    forms: Path,
) -> None:
    book = load_workbook(forms / "達成度調査票_2024_建設緑政局.xlsx")
    assert book.sheetnames == ["達成度", "共管の事務事業", "記入方法"]
    assert book["達成度"]["A1"].value == (
        "令和6年度（2024年度） 川崎市総合計画 第3期実施計画 施策進行管理 達成度調査票"
    )
    lines = [row[0].value for row in book["記入方法"].iter_rows() if row[0].value]
    assert (
        lines[1]
        == "「達成度」シートの黄色のセルに、事務事業ごとの達成度を一覧から選んで入力してください。"
    )
    assert (
        "所管局の欄は、事務事業の所管局（計画の最初の関係局）、括弧内に共管局を示しています。"
        "共管の事務事業は所管局が記入します（共管局の調査票では「共管の事務事業」シートに参考"
        "として載せ、意見があれば書けるようにしています）。"
    ) in lines
    assert book["共管の事務事業"]["A3"].value.startswith("この局が共管する事務事業です。")


BUREAU_SECTIONS = [
    (
        "1-1 災害から生命を守る",
        "1-1-1 防災対策の推進",
        "防災対策管理事業",
        "総務企画局 危機管理室",
        "●",
    ),
    ("", "", "地域防災推進事業", "総務企画局　地域防災推進課", ""),
    ("", "1-1-2 減災対策の推進", "河川改修事業", "建設緑政局 河川課、総務企画局 危機管理室", ""),
]


def test_a_cell_of_a_局_and_its_課_goes_to_the_局_s_form_and_is_said(tmp_path: Path) -> None:
    """Split by department, the 局 (所管局・課 names it first): two forms, not three, each row
    showing its 課; said once, by template — a clean round of the forms says nothing."""
    plan = plan_book(tmp_path / "計画.xlsx", BUREAU_SECTIONS)
    (tmp_path / "planeval.toml").write_text(KAWASAKI, "utf-8")
    args = ["template", str(plan), "--fiscal-year", "令和6", "--split-by", "department",
            "--config", str(tmp_path / "planeval.toml")]  # fmt: skip
    result = RUNNER.invoke(app, [*args, "-o", str(tmp_path / "調査票")])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[0] == (
        f"お知らせ: {plan} › 計画事業一覧 › D5: 「所管局・課」の欄に局と課を書いた行が 3 行"
        "あります（「総務企画局 危機管理室」など）。--split-by department では局ごとに 1 冊に"
        "まとめ（総務企画局、建設緑政局）、各行の所管局の欄に課も示します（課ごとに 1 冊にする"
        'なら、planeval.toml の [wording] に department = "所管課" と書いてください）'
    )
    forms = tmp_path / "調査票"
    assert sorted(path.name for path in forms.iterdir()) == [
        "達成度調査票_2024_建設緑政局.xlsx",
        "達成度調査票_2024_総務企画局.xlsx",
    ]
    own = load_workbook(forms / "達成度調査票_2024_総務企画局.xlsx")["達成度"]
    assert [row[3] for row in own.iter_rows(min_row=7, values_only=True)] == [
        "総務企画局 危機管理室",
        "総務企画局 地域防災推進課",
    ]
    for path in forms.iterdir():  # (every row rated 3)
        book = load_workbook(path)
        for row in book["達成度"].iter_rows(min_row=6):
            if row[4].protection.locked is False:
                row[4].value = 3
        book.save(path)
    validated = RUNNER.invoke(
        app, ["validate", str(forms), "--config", str(tmp_path / "planeval.toml")]
    )
    assert validated.exit_code == 0 and validated.stderr == "", validated.output
    per_section = tmp_path / "課.toml"
    per_section.write_text(KAWASAKI.replace('"所管局"', '"所管課"'), "utf-8")
    args[-1] = str(per_section)
    result = RUNNER.invoke(app, [*args, "-o", str(tmp_path / "課")])
    assert result.exit_code == 0 and result.stderr == "", result.output
    assert len(list((tmp_path / "課").iterdir())) == 3
