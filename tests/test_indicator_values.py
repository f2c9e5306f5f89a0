"""An indicator table's figures (OTHER-BODIES.md, "Indicator tables": 項目 | 指標 | 策定時 | 前年度 |
現状値 | 目標値 | 指標の評価): read as 長与町's clerk typed them — two values in one cell, a blank
前年度, a number in a percent-formatted cell shown as Excel shows it — and printed between the
indicator and its rating in `tables` and every export, and after the source's columns in the
export's data sheet; each figure expected below is the one typed into the workbook here."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from docx import Document
from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.io.cell_values import shown_value
from planeval.presets import PRESETS

TOML = """[scale]
preset = "nagayo"

[wording]
title = "長与町DX推進計画 KPIの達成状況"
policy = "基本目標"
project = "項目"
item = "指標"
status = "指標の評価"
issue = "評価の理由"
department = "担当課"
"""
HEADER = [
    "項目",
    "指標",
    "策定時",
    "前年度",
    "現状値",
    "目標値",
    "指標の評価",
    "評価の理由",
    "担当課",
]
FIGURES = ("策定時", "前年度", "現状値", "目標値")
# (indicator, 策定時, 前年度, 現状値, 目標値 as typed — a float is typed in a 0.0% cell —,
# rating, reason, department) under (1) and (2) of 基本目標1
ROWS = {
    "(1) 学校教育の情報化": [
        ("授業でICTを活用する教員の割合", "72.0%(小) 65.0%(中)", "95.1%(小) 96.0%(中)",
         "97.0%(小) 98.2%(中)", "100%", "S", "目標値を上回った。", "学校教育課"),
        ("家庭学習で端末を活用する児童生徒の割合", "－", None, "52.4%(小) 48.0%(中)", "80%",
         "B", "概ね順調だが伸びが鈍化した。", "学校教育課"),
    ],
    "(2) 行政手続のオンライン化": [
        ("オンライン申請可能な手続の割合", 0.12, 0.453, 0.581, 0.8, "A", "目標どおり推移した。",
         "総務課"),
    ],
}  # fmt: skip
# each indicator's figures as Excel shows them: the text as typed, the percent cells' numbers
# with their format, the blank 前年度 empty
SHOWN = {
    "授業でICTを活用する教員の割合": (
        "72.0%(小) 65.0%(中)", "95.1%(小) 96.0%(中)", "97.0%(小) 98.2%(中)", "100%"
    ),
    "家庭学習で端末を活用する児童生徒の割合": ("－", "", "52.4%(小) 48.0%(中)", "80%"),
    "オンライン申請可能な手続の割合": ("12.0%", "45.3%", "58.1%", "80.0%"),
}  # fmt: skip
GUNMA_TOML = '[scale]\npreset = "gunma"\n\n[wording]\npreset = "gunma"\n'
runner = CliRunner()


def _built(folder: Path) -> tuple[Path, Path]:
    """The workbook as 長与町's clerk keeps it: title, legend, a 基本目標 heading, the header
    row, a group row (1) unrated above its ア, イ rated, and the percent figures of (2)
    typed as numbers in cells formatted 0.0%."""
    folder.mkdir(exist_ok=True)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "KPI評価"
    sheet.append(["長与町DX推進計画 KPIの達成状況（令和5年度）"])
    sheet.append(
        ["指標の評価　S：計画以上に達成　A：計画どおり達成　B：概ね達成　C：達成できなかった"]
    )
    sheet.append([])
    sheet.append(["基本目標1　デジタルで便利な暮らし"])
    sheet.append(HEADER)
    for group, rows in ROWS.items():
        sheet.append([group])
        for label, (name, *figures, rating, reason, department) in zip(
            "アイウ", rows, strict=False
        ):
            sheet.append([label, name, *figures, rating, reason, department])
            for cell in sheet[sheet.max_row][2:6]:
                if isinstance(cell.value, float):
                    cell.number_format = "0.0%"
    path = folder / "KPI評価_令和5年度.xlsx"
    book.save(path)
    config = folder / "planeval.toml"
    config.write_text(TOML, encoding="utf-8")
    return path, config


def _run(*args: str, columns: int = 120) -> str:
    result = runner.invoke(app, list(args), env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("engine", ["auto", "openpyxl"])
def test_each_rated_row_keeps_its_figures_as_excel_shows_them(tmp_path: Path, engine: str):
    path, config = _built(tmp_path / "in")
    settings = planeval.load_config(config)
    result = planeval.read_workbooks([path], scale=settings.scale, engine=engine)
    assert not result.problems
    assert {entry.item_name: result.values[entry.location] for entry in result.entries} == {
        name: tuple(zip(FIGURES, shown, strict=True)) for name, shown in SHOWN.items()
    }


def test_a_number_is_shown_as_its_format_shows_it() -> None:
    assert shown_value(0.982, "0.0%") == "98.2%"
    assert shown_value(1, "0%") == "100%"
    assert shown_value(12000, '#,##0"人"') == "12,000人"
    assert shown_value(-1234.5, "#,##0.0") == "-1,234.5"
    assert shown_value(0.30000000000000004) == "0.3"
    assert shown_value(15000) == "15000"
    assert shown_value("  97.0%(小) 98.2%(中) ") == "97.0%(小) 98.2%(中)"


def test_tables_prints_the_figures_between_the_indicator_and_its_rating(tmp_path: Path):
    path, config = _built(tmp_path / "in")
    out = _run("tables", str(path), "--config", str(config), "-f", "github")
    lines = out.splitlines()
    header = [cell.strip() for cell in lines[1].strip("|").split("|")]
    # (each row's 担当課 last, as the form names it: review 175 #6)
    assert header == ["項目", "指標", *FIGURES, "指標の評価", "評価の理由", "担当課"]
    rows = [[cell.strip() for cell in line.strip("|").split("|")] for line in lines[3:]]
    for name, shown in SHOWN.items():
        row = next(row for row in rows if name in row[1])
        assert row[2:6] == list(shown)
        assert row[6] == next(r[5] for rs in ROWS.values() for r in rs if r[0] == name)


@pytest.mark.parametrize("columns", [80, 120])
def test_the_terminal_prints_every_figure(tmp_path: Path, columns: int):
    path, config = _built(tmp_path / "in")
    out = _run("tables", str(path), "--config", str(config), columns=columns)
    if columns == 80:  # (stacked: each cell beside its title, an empty one left out)
        for name, shown in SHOWN.items():
            said = [
                f"{title} {value}" for title, value in zip(FIGURES, shown, strict=True) if value
            ]
            block = out.split(name, 1)[1].splitlines()[1 : 1 + len(said)]
            assert [line.strip() for line in block] == said
        return
    assert " 策定時 " in out and " 現状値 " in out
    plain = out.replace("│", " ")
    for shown in SHOWN.values():
        for value in shown:
            for part in value.split():
                assert part in plain
    # (「指標の／評価」 over two lines beside 担当課: its 評価 on 現状値's line, after it)
    titled = next(line for line in plain.splitlines() if "現状値" in line)
    assert titled.index("現状値") < titled.index("評価")


def test_export_shows_the_figures_in_every_format(tmp_path: Path):
    path, config = _built(tmp_path / "in")
    out = tmp_path / "out"
    _run(
        "export", str(path), "--config", str(config), "--md", str(out / "r.md"),
        "--json", str(out / "r.json"), "--csv", str(out / "csv"), "--xlsx", str(out / "r.xlsx"),
        "--docx", str(out / "r.docx"), "--html", str(out / "r.html"),
    )  # fmt: skip
    md = (out / "r.md").read_text(encoding="utf-8")
    assert "| 項目 | 指標 | 策定時 | 前年度 | 現状値 | 目標値 | 指標の評価 | 評価の理由 |" in md
    assert "| | ア 授業でICTを活用する教員の割合 |" not in md  # (the project on its first row)
    assert (
        "| (1) 学校教育の情報化 | ア 授業でICTを活用する教員の割合 | 72.0%(小) 65.0%(中) | "
        "95.1%(小) 96.0%(中) | 97.0%(小) 98.2%(中) | 100% | S | 目標値を上回った。 |" in md
    )
    assert (
        "|  | イ 家庭学習で端末を活用する児童生徒の割合 | － |  | 52.4%(小) 48.0%(中) | 80% | B |"
        in md
    )
    data = json.loads((out / "r.json").read_text(encoding="utf-8"))
    entries = [e for p in data["policies"] for d in p["directions"] for e in d["entries"]]
    assert {e["item_name"]: e["values"] for e in entries} == {
        name: dict(zip(FIGURES, shown, strict=True)) for name, shown in SHOWN.items()
    }
    text = (out / "csv" / "進捗状況.csv").read_text(encoding="utf-8-sig")
    table = list(csv.reader(io.StringIO(text)))
    # (no 施策の方向 column: the plan has none)
    assert table[0][:12] == [
        "基本目標",
        "基本目標名",
        "項目番号",
        "項目名",
        "番号",
        "指標",
        "細目",
        *FIGURES,
        "指標の評価",
    ]
    assert {row[5]: tuple(row[7:11]) for row in table[1:]} == SHOWN
    html = (out / "r.html").read_text(encoding="utf-8")
    assert (  # (each figure with its remark on one line: review 28; right-aligned: review 42)
        '<td class="value numeric" data-label="現状値"><span class="figure">97.0%(小)</span> '
        '<span class="figure">98.2%(中)</span></td>' in html
    )
    assert '<td class="value numeric" data-label="策定時">－</td>' in html  # (a dash: none)
    # (a short figure whole on its line: 「１２.０%」 broke after its point, review 62)
    assert '<span class="figure">12.0%</span>' in html
    assert "td.value.numeric{word-break:keep-all;text-align:right}" in html
    # the xlsx: the policy sheet's header row and rows, and the data sheet's columns
    book = load_workbook(out / "r.xlsx")
    [policy] = [name for name in book.sheetnames if name.startswith("基本目標1")]
    rows = [list(row) for row in book[policy].iter_rows(values_only=True)]
    start = rows.index(["項目", "指標", *FIGURES, "指標の評価", "評価の理由", "担当課"])
    # (a name broken between its phrases where Excel would break it inside a word: 145 #4)
    names = [row[1].replace("\n", "") for row in rows[start + 1 :]]
    shown = {
        name.split(" ", 1)[1]: tuple(v or "" for v in row[2:6])
        for name, row in zip(names, rows[start + 1 :], strict=True)
    }
    assert shown == SHOWN
    data_rows = list(book["データ"].iter_rows(values_only=True))
    assert list(data_rows[0][-4:]) == list(FIGURES)
    # (a number typed in a 0.0% cell is that number there, in its format: the next test)
    typed = {"オンライン申請可能な手続の割合": (0.12, 0.453, 0.581, 0.8)}
    assert {
        r[data_rows[0].index("指標名")]: tuple(v or "" for v in r[-4:]) for r in data_rows[1:]
    } == SHOWN | typed
    # the docx: each row's cells between the indicator and its rating
    document = Document(str(out / "r.docx"))
    [chapter3] = [t for t in document.tables if t.rows[0].cells[2].text == "策定時"]
    titles = [cell.text for cell in chapter3.rows[0].cells]
    assert titles == ["項目", "指標", *FIGURES, "指標の評価", "評価の理由", "担当課"]
    cells = {  # (a name broken between its phrases read whole)
        row.cells[1].text.replace("\n", "").split(" ", 1)[-1]: tuple(c.text for c in row.cells[2:6])
        for row in chapter3.rows[1:]
    }
    assert cells == SHOWN


def test_the_data_sheet_keeps_a_number_typed_as_a_number_in_its_format(tmp_path: Path):
    """Review 79b #4: 0.97 typed in a 0.0% cell was the text 「97.0%」 in the data sheet (one
    value per cell, for sorting and filtering), General, with Excel's "number stored as text"
    mark. A number cell is written as its number in its own format; a text stays as typed
    (「97.0%(小) 98.2%(中)」, 「－」), as does a text among numbers (「集計中」)."""
    path, config = _built(tmp_path / "in")
    book = load_workbook(path)
    sheet = book.active
    assert sheet is not None
    [row] = [r for r in sheet.iter_rows() if r[1].value == "オンライン申請可能な手続の割合"]
    row[3].value = "集計中"  # (前年度: not counted yet, typed among the numbers)
    row[5].value, row[5].number_format = 30000, '#,##0"件"'  # (目標値 in a count's format)
    [row] = [r for r in sheet.iter_rows() if r[1].value == "家庭学習で端末を活用する児童生徒の割合"]
    row[3].value = "ー"  # (前年度: none, in a katakana 長音 — beside a 策定時 of 「－」)
    row[4].value = "約700手続"  # (現状値 said about: a figure too, review 117 N8)
    book.save(path)
    export = tmp_path / "R5.xlsx"
    _run("export", str(path), "--config", str(config), "--xlsx", str(export))
    # the policy sheet sets every cell of a figure column alike: 「ー」 and 「集計中」 as the
    # numbers beside them, not top-left (review 79b #4)
    exported = load_workbook(export)
    [policy] = [exported[name] for name in exported.sheetnames if name.startswith("基本目標1")]
    aligned = {
        str(cell.value): cell.alignment.horizontal
        for line in policy.iter_rows(min_col=3, max_col=6)
        for cell in line
        if cell.value in ("ー", "－", "集計中", "約700手続", "12.0%", "97.0%(小) 98.2%(中)")
    }
    figures = ("ー", "－", "集計中", "約700手続", "12.0%", "97.0%(小) 98.2%(中)")
    assert aligned == dict.fromkeys(figures, "right")
    data = load_workbook(export)["データ"]
    header = [cell.value for cell in data[1]]
    cells = {
        r[header.index("指標名")].value: {title: r[header.index(title)] for title in FIGURES}
        for r in data.iter_rows(min_row=2)
    }
    typed = cells["オンライン申請可能な手続の割合"]
    assert [(typed[t].value, typed[t].number_format) for t in FIGURES] == [
        (0.12, "0.0%"), ("集計中", "General"), (0.581, "0.0%"), (30000, '#,##0"件"'),
    ]  # fmt: skip
    texts = cells["授業でICTを活用する教員の割合"]
    assert [texts[t].value for t in FIGURES] == list(SHOWN["授業でICTを活用する教員の割合"])
    assert cells["家庭学習で端末を活用する児童生徒の割合"]["策定時"].value == "－"
    # (every other output shows it as Excel shows it, and an export read back gives it so)
    out = _run("tables", str(export), "--config", str(config), "-f", "csv")
    table = list(csv.reader(io.StringIO(out.lstrip("\ufeff"))))
    shown = {r[5]: tuple(r[7:11]) for r in table[1:]}
    assert shown["オンライン申請可能な手続の割合"] == ("12.0%", "集計中", "58.1%", "30,000件")


def test_an_export_read_back_keeps_the_figures(tmp_path: Path):
    path, config = _built(tmp_path / "in")
    export = tmp_path / "R5.xlsx"
    _run("export", str(path), "--config", str(config), "--xlsx", str(export))
    out = _run("tables", str(export), "--config", str(config), "-f", "csv")
    table = list(csv.reader(io.StringIO(out.lstrip("\ufeff"))))
    assert {row[5]: tuple(row[7:11]) for row in table[1:]} == SHOWN


def test_check_reads_no_count_in_a_pasted_row_of_figures(tmp_path: Path):
    """The Markdown of export pasted into the report: 「… | 12.0% | 45.3% | … | A |」 holds no
    count of A's; the report's sentence stating the counts is compared, and agrees."""
    path, config = _built(tmp_path / "in")
    md = tmp_path / "r.md"
    _run("export", str(path), "--config", str(config), "--md", str(md))
    result = runner.invoke(app, ["check", str(path), "--config", str(config), "--text", str(md)])
    assert result.exit_code == 0, result.output
    assert "一致しません" not in result.output


def test_a_table_without_figures_has_no_such_columns(tmp_path: Path):
    path, config = _built(tmp_path / "in")
    book = load_workbook(path)
    sheet = book.active
    assert sheet is not None
    sheet.delete_cols(3, 4)
    book.save(path)
    out = _run("tables", str(path), "--config", str(config), "-f", "github")
    header = [cell.strip() for cell in out.splitlines()[1].strip("|").split("|")]
    assert header == ["項目", "指標", "指標の評価", "評価の理由", "担当課"]


def test_a_figure_whose_formula_was_never_saved_is_said_and_left_empty(tmp_path: Path):
    """A 達成率 worked out by a formula in a file saved by a program that does not calculate
    (=E8/F8): its value cannot be read; the row is counted, the figure shown empty, and a
    warning names the cell."""
    path, config = _built(tmp_path / "in")
    book = load_workbook(path)
    sheet = book.active
    assert sheet is not None
    row = next(cell.row for cell in sheet["B"] if cell.value == "オンライン申請可能な手続の割合")
    sheet.cell(row, 5).value = f"=D{row}*1.2"
    book.save(path)
    settings = planeval.load_config(config)
    result = planeval.read_workbooks([path], scale=settings.scale)
    [problem] = result.problems
    assert (problem.location.sheet, problem.location.cell) == ("KPI評価", f"E{row}")
    assert (
        problem.message
        == "「現状値」の数式の結果が保存されていないため値が読めません（空欄として載せます）"
    )
    [entry] = [e for e in result.entries if e.item_name == "オンライン申請可能な手続の割合"]
    assert result.values[entry.location] == (
        ("策定時", "12.0%"), ("前年度", "45.3%"), ("現状値", ""), ("目標値", "80.0%")
    )  # fmt: skip
    assert len(result.entries) == len(SHOWN)


@pytest.mark.parametrize("engine", ["auto", "openpyxl"])
def test_gunma_s_figures_under_their_titles_as_typed(tmp_path: Path, engine: str):
    """群馬県's sheets (tests/other_bodies.py): titles typed over two lines, 「策定時」 over
    「（R1）」, and counts typed as numbers in #,##0 cells beside percentages typed as text;
    each figure compared with its cell, read here with openpyxl."""
    from tests.other_bodies import BODIES
    from tests.test_other_bodies import CONFIGS

    paths = next(body for body in BODIES if body.key == "gunma").build(tmp_path)
    (tmp_path / "planeval.toml").write_text(CONFIGS["gunma"], encoding="utf-8")
    settings = planeval.load_config(tmp_path / "planeval.toml")
    result = planeval.read_workbooks(paths, scale=settings.scale, engine=engine)
    book = load_workbook(paths[0])
    for entry in result.entries:
        sheet = book[entry.location.sheet]
        row = int(entry.location.cell[1:])
        header = next(r for r in range(row, 0, -1) if sheet.cell(r, 1).value == "項目")
        expected = []
        for column in range(3, 7):
            title = str(sheet.cell(header, column).value).replace("\n", "")
            value = sheet.cell(row, column).value
            shown = f"{value:,}" if isinstance(value, int) else str(value)
            expected.append((title, shown))
        assert result.values[entry.location] == tuple(expected)
    assert {title for values in result.values.values() for title, _ in values} == {
        "策定時（R1）", "前年度（R3）", "現状値（R4）", "目標値（R7）"
    }  # fmt: skip


def test_an_item_named_in_the_project_column_beside_its_indicator(tmp_path: Path) -> None:
    """Review 62: 群馬県's departments type each 取組 in 項目 with its mark and name (「ア 電子
    申請可能な手続の拡大」, a full-width space too) under a group row 「(1) …」, its 指標
    beside it: each ア was made a project of its own and the indicator its item — 「8つの
    施策」 published where there are three, check failing a right 「３つの施策」. Now (1) is the
    project, ア its item named as typed, and the 指標 the first of its figures."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["項目", "指標", "策定時", "現状値", "目標値", "指標の評価", "所管課"])
    sheet.append(["基本目標1　デジタルで県民の暮らしを豊かにする"])
    sheet.append(["（１）　行政手続のオンライン化"])
    sheet.append(
        [
            "ア 電子申請可能な手続の拡大 ",
            "電子申請対応手続数",
            "120件",
            "452件",
            "600件",
            "B",
            "情報政策課",
        ]
    )
    sheet.append(
        [
            "イ\u3000窓口のオンライン予約",
            "予約対応窓口数",
            "0か所",
            "5か所",
            "30か所",
            "C",
            "情報政策課",
        ]
    )
    sheet.append(["(2) 情報モラル教育の推進"])
    sheet.append(
        ["ア 教員研修の実施", "研修受講教員数", "800人", "1,480人", "2,000人", "A", "教育委員会"]
    )
    path = tmp_path / "総務部.xlsx"
    book.save(path)
    result = planeval.read_workbooks([path], scale=PRESETS["gunma"])
    assert not result.problems
    assert [(e.project_name, e.item_label, e.item_name) for e in result.entries] == [
        ("行政手続のオンライン化", "ア", "電子申請可能な手続の拡大"),
        ("行政手続のオンライン化", "イ", "窓口のオンライン予約"),
        ("情報モラル教育の推進", "ア", "教員研修の実施"),
    ]
    first = result.entries[0].location
    assert result.values[first] == (
        ("指標名", "電子申請対応手続数"), ("策定時", "120件"), ("現状値", "452件"), ("目標値", "600件")
    )  # fmt: skip
    report = planeval.build_report(result.entries, PRESETS["gunma"])
    assert (
        "情報化政策1「デジタルで県民の暮らしを豊かにする」では、2つの計画事業"
        in report.policies[0].sentence
    )


def test_an_indicator_s_name_beside_its_item_is_one_column_of_its_own(tmp_path: Path) -> None:
    """Review 81: one 課 of 群馬県 typed 「ア 名前」 in 項目 beside its 指標, the others 「ア」 alone
    (the 指標 their item): the outputs had a second column titled 指標, after 目標値, and a CSV
    read by its header lost one of them. The indicator's name is 指標名, before the figures."""
    from planeval.report.indicator_values import titles
    from planeval.wording_presets import WORDING_PRESETS

    paths = []
    for name, first in (
        ("01_デジタル推進課", "ア"),
        ("02_広報課", "ア 県ホームページの利便性向上"),
    ):
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.append(["基本目標1 デジタル技術を活用した県民サービスの向上"])
        sheet.append(["項目", "指標", "策定時", "前年度", "現状値", "目標値", "指標の評価"])
        sheet.append(
            ["(1) 行政手続のオンライン化" if name[1] == "1" else "(2) 県ホームページの充実"]
        )
        sheet.append([first, "年間アクセス数（万件）", 3200, 3550, 3890, 4000, "前進B"])
        paths.append(tmp_path / f"{name}.xlsx")
        book.save(paths[-1])
    result = planeval.read_workbooks(paths, scale=PRESETS["gunma"])
    assert not result.problems
    report = planeval.build_report(
        result.entries, PRESETS["gunma"], wording=WORDING_PRESETS["gunma"], values=result.values
    )
    assert titles(report.value_keys) == ("指標名", "策定時", "前年度", "現状値", "目標値")
    headers = report.chapter3_headers
    assert len(set(headers)) == len(headers), headers


def test_an_indicator_numbered_with_its_group_s_number_keeps_it(tmp_path: Path) -> None:
    """Review 64: 愛知県's 項目 「(1)-1」 and 「1.1」 (an indicator's number with its group's, no
    name) beside its 指標 were read as projects — 「(1) -1」 on the first row only, 1.1 and 1.2
    one project 「1」, the issue list naming a project 「-1」 —; each is the indicator's own."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["項目", "指標", "現状値", "目標値", "指標の評価", "担当課"])
    sheet.append(["(1) 電子申請の拡充"])
    sheet.append(["(1)-1", "電子申請が可能な手続の割合", "82%", "80%", "A", "デジタル推進課"])
    sheet.append(["(1)-2", "電子申請の利用率", "33%", "50%", "C", "デジタル推進課"])
    sheet.append(["1.1", "公衆無線LAN整備率", "92%", "100%", "B", "情報政策課"])
    sheet.append(["1.2", "5G人口カバー率", "95%", "90%", "A", "情報政策課"])
    path = tmp_path / "愛知県.xlsx"
    book.save(path)
    result = planeval.read_workbooks([path], scale=PRESETS["aichi"])
    assert [(e.item_label, e.item_name) for e in result.entries] == [
        ("(1)-1", "電子申請が可能な手続の割合"),
        ("(1)-2", "電子申請の利用率"),
        ("1.1", "公衆無線LAN整備率"),
        ("1.2", "5G人口カバー率"),
    ]
    assert {e.project_name for e in result.entries[:2]} == {"電子申請の拡充"}


def test_check_reads_no_count_in_a_row_whose_name_word_broke_after_latin_letters(tmp_path: Path):
    """Review 199, finding 1: the export's docx broke 「中小企業DX相談窓口の運営」 after its
    「DX」, and Word's text gives the break as a space; the row's figures are still the row's
    (was 「合計 │ 1,200 │ 1」 and 「A │ 1,050 │ 1」 in check of the body's own report)."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["項目", "指標", "策定時", "現状値", "目標値", "指標の評価", "所管課"])
    sheet.append(["(1) 中小企業のDX支援"])
    row = ["ア 中小企業DX相談窓口の運営", "相談件数", "300件", "1,050件", "1,200件", "A"]
    sheet.append([*row, "産業政策課"])
    path = tmp_path / "産業経済部.xlsx"
    book.save(path)
    (tmp_path / "planeval.toml").write_text(GUNMA_TOML, encoding="utf-8")
    document = Document()
    document.add_paragraph("指標の評価は、A 1件でした。")
    table = document.add_table(rows=1, cols=7)
    cells = ["ア 中小企業DX\n相談窓口の運営", *row[1:], "産業\n政策課"]
    for cell, text in zip(table.rows[0].cells, cells, strict=True):
        cell.text = text
    report = tmp_path / "報告書.docx"
    document.save(str(report))
    config = str(tmp_path / "planeval.toml")
    result = runner.invoke(app, ["check", str(path), "--config", config, "--text", str(report)])
    assert result.exit_code == 0, result.output
    assert result.output == "1 段落の記載件数はすべて集計と一致しています\n"
