"""The first run of a body with its own scale, before its planeval.toml is written (review 23):
most status cells hold values of no preset, so the read says it once, first, with the
[[scale.status]] block built from the values found and the labels the sheet's legend states;
that block pasted into planeval.toml reads every cell. A preset is named only where its
symbols and the legend's labels are the body's; a few slips keep their own fixes."""

from __future__ import annotations

import json
import re
import tomllib
from collections import Counter
from pathlib import Path

import pytest
from openpyxl import load_workbook
from rich.cells import cell_len
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.io.workbook import ReadOptions
from planeval.own_scale import OWN_SCALE_HINT
from planeval.rollup import count_workbooks
from tests.conftest import write_book
from tests.other_bodies import BODIES

OWN = "独自の評価尺度で評価されているようです"


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "80"})


# ---------------------------------------------------------------------------------------------
# 東森市: one sheet, levels merged down, A–D and 対象外 with a legend line in A2


CITY_STATUSES = [*"ABACBBA", *"BADBC", "B", "C", "対象外", "A", "B", "A"]
LEGEND = "評価の基準　A：順調　B：概ね順調　C：やや遅れ　D：遅れ　対象外：評価対象外"


def city(folder: Path) -> Path:
    titles = ["基本目標", "施策", "事業", "評価", "課題・今後の方向性", "担当課"]
    goals = {5: "1 安全に暮らせるまち", 12: "2 子どもが育つまち", 17: "3 にぎわうまち"}
    rows: list[list[object]] = [
        ["東森市総合計画 施策評価シート（令和5年度実績）"],
        [LEGEND],
        [],
        titles,
    ]
    for number, status in enumerate(CITY_STATUSES, start=5):
        goal = goals.get(number, "")
        project = f"{goal[:1] or rows[-1][1][:1]}-{number}" if goal or number % 3 == 0 else ""
        rows.append(
            [
                goal,
                f"{project} 施策{number}" if project else "",
                f"{number} 事業{number}",
                status,
                "遅れが生じている。" if status in "CD" else "計画どおり。",
                "企画課",
            ]
        )
    merges = ["A5:A11", "A12:A16", "A17:A22"]
    return write_book(
        folder / "施策評価シート.xlsx", {"施策評価": rows}, merges={"施策評価": merges}
    )


def counted_in(path: Path, column: int) -> Counter[str]:
    """The workbook's status cells counted with openpyxl, without planeval."""
    sheet = load_workbook(path).active
    return Counter(
        str(value)
        for row in sheet.iter_rows(min_row=5, values_only=True)
        if (value := row[column]) not in (None, "")
    )


def test_a_citys_own_letters_are_not_sent_to_a_preset_of_other_words(tmp_path: Path) -> None:
    path = city(tmp_path)
    result = planeval.read_workbooks([path])
    said, *cells = result.problems
    assert said.location == planeval.Location(str(path))
    assert said.message.startswith(
        f"評価は、{OWN}。18 か所すべてが、いまの評価尺度の記号（◎ ○ △ × -）ではありません"
        "（値は 'A' 6 か所・'B' 7 か所・'C' 3 か所・'D' 1 か所・'対象外' 1 か所）"
    )
    assert Counter(CITY_STATUSES) == {"A": 6, "B": 7, "C": 3, "D": 1, "対象外": 1}
    assert '（記号は preset "nagoya"' in said.message
    assert "表の凡例の言葉が違うため、設定例は表の言葉のままにしています" in said.message
    assert not any("preset" in problem.hint for problem in result.problems)
    assert {problem.hint for problem in cells} == {OWN_SCALE_HINT}
    assert len(cells) == 18  # (every cell still named)
    scale = tomllib.loads(said.settings)["scale"]
    assert [(s["symbol"], s["label"], s.get("counted", True)) for s in scale["status"]] == [
        ("A", "順調", True),
        ("B", "概ね順調", True),
        ("C", "やや遅れ", True),
        ("D", "遅れ", True),
        ("対象外", "評価対象外", False),
    ]
    assert scale["order"] == "best_first" and scale["as_planned"] == "A"


def test_the_citys_block_pasted_counts_every_cell(tmp_path: Path) -> None:
    path = city(tmp_path)
    first = run("summarize", str(path), "-f", "json")
    assert first.exit_code == 1
    [block] = [p["settings"] for p in json.loads(first.stdout)["problems"] if "settings" in p]
    config = tmp_path / "planeval.toml"
    config.write_text(block, encoding="utf-8")
    again = run("summarize", str(path), "--config", str(config), "-f", "json")
    assert again.exit_code == 0, again.output
    total = json.loads(again.stdout)["total"]
    cells = counted_in(path, 3)
    assert total["counts"] == {s: cells[s] for s in "ABCD"}
    assert total["uncounted"] == {"対象外": cells["対象外"]} and total["total"] == 17


WORDING = """
[wording]
# 表の列の言葉です。報告書の言葉を変えるなら書き換えてください
policy = "基本目標"
project = "施策"
item = "事業"
status = "評価"
issue = "課題・今後の方向性"
department = "担当課"
"""


def test_the_citys_block_words_its_report_as_its_columns_are_titled(tmp_path: Path) -> None:
    """Review 24: the block of [scale] alone gave a first report in planeval's plain words
    (「2つの事業に取り組みました」「事業 2・実施内容 7」, columns 体系 | 実施内容 | 達成状況)
    though the sheet's titles 施策 | 事業 | 評価 were read; its [wording] gives them."""
    path = city(tmp_path)
    [said] = [p for p in planeval.read_workbooks([path]).problems if p.settings]
    assert said.settings.endswith(WORDING.rstrip("\n"))
    config = tmp_path / "planeval.toml"
    config.write_text(said.settings, encoding="utf-8")
    md = tmp_path / "report.md"
    result = run("export", str(path), "--config", str(config), "--md", str(md))
    assert result.exit_code == 0, result.output
    report = md.read_text(encoding="utf-8")
    assert "| 施策 | 事業 | 評価 | 課題・今後の方向性 |" in report
    assert "実施内容" not in report and "達成状況" not in report
    assert "## 基本目標1 安全に暮らせるまち" in report
    assert (
        "基本目標3「にぎわうまち」では、3施策に取り組みました。個別の事業ごとの評価は、" in report
    )
    # (施策 3-17, 3-18, 3-19; 事業 17–22: B C 対象外 A B A)
    assert "\n3施策・6事業（評価5事業：A 2件、B 2件、C 1件／評価対象外 1件）\n" in report


def test_the_block_is_printed_under_the_one_line_first(tmp_path: Path) -> None:
    path = city(tmp_path)
    result = run("summarize", str(path))
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0].startswith(f"エラー: {path}: 評価は、{OWN}。18 か所すべてが")
    assert lines[1:4] == [
        "  [scale]",
        "  # 「計画どおり」にあたる記号を確かめてください",
        '  as_planned = "A"',
    ]
    assert "  counted = false  # 件数に含めない評価とみました。含めるなら true" in lines
    assert sum(OWN in line for line in lines) == 1
    assert all(cell_len(line) <= 80 for line in lines if line.startswith("  "))  # (none folded)
    # (the 18 cells: the line above them says what they share, and is no 19th error)
    assert lines[-2] == f"エラー {len(CITY_STATUSES)} 件"


def test_a_count_past_the_errors_leaves_out_the_cells_not_the_block_too(tmp_path: Path) -> None:
    """--keep-going: the rows left out are the 18 cells' (the block's line leaves none out)."""
    path = city(tmp_path)
    md = tmp_path / "report.md"
    result = run("export", str(path), "--keep-going", "--md", str(md))
    assert result.exit_code == 1  # (written, past the errors it says)
    report = md.read_text(encoding="utf-8")
    assert f"記入に不備のあった {len(CITY_STATUSES)} か所の行は集計に含めていません" in report


# ---------------------------------------------------------------------------------------------
# 北川県: a survey of five municipalities, each its own workbook, in words (実施済 …); one
# left a cell blank, one typed 実施中み


SURVEY = {
    "01_東町": ["実施済", "実施中", "未着手", "検討中", "実施済", "実施中"],
    "02_西町": ["実施中", "検討中", "検討中", "実施済", "未着手", "実施済"],
    "03_南村": ["検討中", "未着手", "実施済", "実施済", "実施中", "検討中"],
    "04_北市": ["未着手", "", "実施済", "実施中", "検討中", "実施済"],
    "05_中町": ["実施済", "実施済", "実施中み", "未着手", "検討中", "実施中"],
}


def survey(folder: Path) -> list[Path]:
    folder.mkdir()
    paths = []
    for name, statuses in SURVEY.items():
        rows: list[list[object]] = [
            ["令和5年度 DX推進計画 取組状況調査（北川県）"],
            [],
            ["番号", "取組項目", "進捗状況", "課題・備考", "担当課"],
            ["1　行政手続のオンライン化"],
            ["1-1", "オンライン申請"],
        ]
        for number, status in enumerate(statuses, start=1):
            issue = "財源が課題。" if status in ("未着手", "検討中") else ""
            rows.append([f"1-1-{number}", f"取組{number}", status, issue, "企画課"])
        paths.append(write_book(folder / f"{name}.xlsx", {"調査票": rows}))
    return paths


def test_a_survey_in_its_own_words_is_said_once_for_its_folder(tmp_path: Path) -> None:
    folder = tmp_path / "回答"
    survey(folder)
    result = planeval.read_workbooks([folder], bodies="file")
    said = result.problems[0]
    assert said.location == planeval.Location(f"{folder}/")
    assert said.message == (
        f"5 ファイルの進捗状況は、{OWN}。29 か所すべてが、いまの評価尺度の記号（◎ ○ △ × -）"
        "ではありません（値は '実施済' 10 か所・'実施中' 6 か所・'検討中' 7 か所・'未着手' 5 か所。"
        "'実施中み' 1 か所は '実施中' の書き間違いとみて、設定例に入れていません）"
    )
    # (words of progress ranked by what they say, 検討中 above 未着手: review 24 — taken as
    # found, 未着手 above 検討中, compare's 改善/後退 between them were the wrong way round)
    symbols = re.findall(r'symbol = "(.+)"', said.settings)
    assert symbols == ["実施済", "実施中", "検討中", "未着手"]
    assert "言葉から、進んでいる順とみて並べました" in said.settings
    typed = Counter(status for statuses in SURVEY.values() for status in statuses)
    assert typed == {"実施済": 10, "実施中": 6, "未着手": 5, "検討中": 7, "実施中み": 1, "": 1}
    assert sum(bool(problem.settings) for problem in result.problems) == 1
    hints = Counter(problem.hint for problem in result.problems[1:])
    assert hints == {
        OWN_SCALE_HINT: 28,
        "'実施中' の書き間違いではありませんか。そうなら '実施中' に直してください": 1,
        "実施済 実施中 検討中 未着手 のいずれかを入力してください": 1,  # (the blank cell)
    }
    # (no advice to add aliases of ◎ ○ △ ×: these are no other words for them)
    assert not any("別名" in problem.hint for problem in result.problems)
    # (番号 | 取組項目 | 進捗状況 | 課題・備考 | 担当課: no column above the rated one)
    assert said.settings.endswith(
        "[wording]\n# 表の列の言葉です。報告書の言葉を変えるなら書き換えてください\n"
        'item = "取組項目"\nstatus = "進捗状況"\nissue = "課題・備考"\ndepartment = "担当課"'
    )


def test_the_surveys_tally_counts_its_cells_not_the_block(tmp_path: Path) -> None:
    """The folder's line with its block is said of the 30 cells (29 of its own scale and one
    left blank, every cell of the five files): 「エラー 30 件」, not 31, with -q too."""
    folder = tmp_path / "回答"
    survey(folder)
    cells = sum(len(statuses) for statuses in SURVEY.values())
    for quiet in ([], ["-q"]):
        result = run("summarize", str(folder), "--bodies", "file", *quiet)
        assert result.exit_code == 1
        lines = result.stderr.splitlines()
        assert lines[0].startswith(f"エラー: {folder}/: 5 ファイルの進捗状況は、{OWN}")
        assert f"エラー {cells} 件（{len(SURVEY)} ファイル）" in lines


def test_the_surveys_block_pasted_leaves_the_blank_and_the_slip(tmp_path: Path) -> None:
    folder = tmp_path / "回答"
    paths = survey(folder)
    [said] = [p for p in planeval.read_workbooks([folder]).problems if p.settings]
    config = tmp_path / "planeval.toml"
    config.write_text(said.settings, encoding="utf-8")
    run_ = ["summarize", str(folder), "--bodies", "file", "--config", str(config), "-f", "json"]
    again = run(*run_, "--keep-going")
    assert again.exit_code == 1
    output = json.loads(again.stdout)
    errors = [(p["file"], p["cell"]) for p in output["problems"] if p["severity"] == "error"]
    assert errors == [(str(paths[3]), "C7"), (str(paths[4]), "C8")]
    slip = output["problems"][-1]["hint"]
    assert slip.startswith(
        "'実施中' の書き間違いではありませんか。そうなら '実施中' に直してください"
    )
    cells = sum((counted_in(path, 2) for path in paths), Counter())
    del cells["実施中み"]
    assert output["total"]["counts"] == dict(cells) and output["total"]["total"] == 28


def test_the_streamed_count_says_it_alike(tmp_path: Path) -> None:
    folder = tmp_path / "回答"
    survey(folder)
    kept = planeval.read_workbooks([folder], bodies="file").problems
    options = ReadOptions()
    _, _, streamed = count_workbooks(
        [folder], by="policy", options=options, bodies="file", stream=True
    )
    assert streamed.problems[0] == kept[0] and streamed.problems[0].settings == kept[0].settings


# ---------------------------------------------------------------------------------------------
# what keeps today's fixes


HEADER = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]


def rows(*statuses: str) -> list[list[object]]:
    return [HEADER] + [
        ["1-1-1 事業" if i == 0 else "", f"{i + 1} 項目", status, "理由"]
        for i, status in enumerate(statuses)
    ]


def test_a_few_slips_among_the_scales_symbols_keep_their_own_fixes(book) -> None:
    result = planeval.read_workbooks([book(rows("◎", "○", "済", "○", "△", "済", "×", "○"))])
    assert not any(problem.settings for problem in result.problems)
    assert [problem.hint for problem in result.problems] == [
        "この尺度の記号のどれかを書いてください。同じ意味で使われている記号なら planeval.toml で"
        "別名（aliases）として追加してください"
    ] * 2


def test_a_status_column_of_sentences_is_no_scale(book) -> None:
    sentences = [f"第{n}期の計画に沿って関係部署と調整しながら実施した" for n in range(8)]
    result = planeval.read_workbooks([book(rows(*sentences, *sentences))])
    assert not any(problem.settings for problem in result.problems)


def test_planeval_own_titles_and_remarks_give_no_wording(book) -> None:
    """A title that is planeval's plain word (実施内容, 達成状況, 課題等) gives no line, a
    remark (「（A～D）」「※必須」) is no part of a word, and 事業名 names a 事業."""
    plain = [["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]]
    block = planeval.read_workbooks([book(plain + rows(*"✔✔✔✔✔未未未")[1:])]).problems[0].settings
    assert "[[scale.status]]" in block and "[wording]" not in block
    titles = ["事業名", "実施内容", "達成状況（A～D）", "課題等 ※必須", "所管課"]
    body = [titles] + [
        ["1 事業" if i == 0 else "", f"{i + 1} 項目", status, "理由", "企画課"]
        for i, status in enumerate("✔✔✔✔✔未未未")
    ]
    settings = planeval.read_workbooks([book(body)]).problems[0].settings
    assert settings.split("[wording]\n")[1].splitlines()[1:] == ['department = "所管課"']


def test_a_value_a_japanese_console_cannot_show_is_written_as_its_escape(book) -> None:
    """✔ (no character of cp932): the block copied from a Windows console still reads it."""
    result = planeval.read_workbooks([book(rows(*["✔"] * 5, *["未"] * 3))])
    block = result.problems[0].settings
    assert 'symbol = "\\u2714"' in block
    block.encode("cp932")
    symbols = [s["symbol"] for s in tomllib.loads(block)["scale"]["status"]]
    assert symbols == ["✔", "未"]


PRESET_OF = {
    "hamura": "hamura",
    "hirakata": "hirakata",
    "nagayo": "nagayo",
    "gunma": "gunma",
    "aichi": "aichi",
    "kawasaki": "kawasaki",
}


@pytest.mark.parametrize("key", list(PRESET_OF))
def test_a_body_of_a_presets_symbols_and_words_is_given_the_preset_line(
    key: str, tmp_path: Path
) -> None:
    """The first runs of tests/other_bodies.py's bodies whose scale is a preset's: the one
    short line naming it, no block (aichi's legend states aichi's labels: aichi alone)."""
    [body] = [body for body in BODIES if body.key == key]
    result = planeval.read_workbooks(body.build(tmp_path))
    unknown = [p for p in result.problems if "はこの評価尺度の記号ではありません" in p.message]
    preset = PRESET_OF[key]
    line = (
        f'この値は preset "{preset}" の評価尺度のものです。planeval.toml に [scale] '
        f'preset = "{preset}" と書いてください'
    )
    assert unknown and {problem.hint for problem in unknown} == {line}
    assert not any(problem.settings for problem in result.problems)


def test_a_planeval_toml_with_its_own_wording_gets_no_second_one(tmp_path: Path) -> None:
    """A planeval.toml with [wording] and no [scale]: the block's own [wording] pasted under
    it would be a second table, which no planeval.toml can hold (review 24's helper)."""
    path = city(tmp_path)
    config = tmp_path / "planeval.toml"
    config.write_text('[wording]\ntitle = "北野市 施策評価"\n', encoding="utf-8")
    settings = planeval.load_config(config)
    read = planeval.read_workbooks([path], settings=config, layout=settings.layout)
    [said] = [p for p in read.problems if p.settings]
    assert "[wording]" not in said.settings and "[[scale.status]]" in said.settings
    config.write_text(config.read_text("utf-8") + said.settings, encoding="utf-8")
    assert planeval.load_config(config).scale.symbols  # (it loads: one [wording], one [scale])


def test_a_wording_written_inline_is_the_settings_wording_too(tmp_path: Path) -> None:
    """``wording = { … }`` is the [wording] table as TOML reads it (config.py, not a scan of
    the file's lines, tells): the block pasted under it would not load with one of its own."""
    path = city(tmp_path)
    config = tmp_path / "planeval.toml"
    config.write_text('wording = { title = "北野市 施策評価" }\n', encoding="utf-8")
    first = run("summarize", str(path), "--config", str(config), "-f", "json")
    assert first.exit_code == 1
    [block] = [p["settings"] for p in json.loads(first.stdout)["problems"] if "settings" in p]
    assert "[wording]" not in block and "[[scale.status]]" in block
    config.write_text(config.read_text("utf-8") + block, encoding="utf-8")
    again = run("summarize", str(path), "--config", str(config), "-f", "json")
    assert again.exit_code == 0, again.output
    assert json.loads(again.stdout)["total"]["total"] == sum(
        n for value, n in counted_in(path, 3).items() if value != "対象外"
    )


def test_a_dash_the_legend_defines_is_in_the_block(tmp_path: Path) -> None:
    """Review 48 (浜松市's KPI): 「－：実績値が把握できないため評価できない（集計に含めない）」 in the
    legend, two cells of －: read as Setagaya's 再掲 (the default scale's -), they were no value
    of the block, which left them out; pasted, it gave a second round of errors. The dash is in
    the block, not counted, and the block pasted reads every cell."""
    legend = (
        "【評価区分】　S：目標を上回って達成　A：目標を達成　B：未達成だが前進　C：横ばい又は後退"
        "　－：実績値が把握できないため評価できない（集計に含めない）"
    )
    statuses = ["S", "A", "B", "－", "A", "C", "B", "A", "－", "S"]
    rows: list[list[object]] = [["成果指標の評価結果"], [legend], ["項目", "指標", "評価"]]
    rows += [[f"(1) 項目{i // 4 + 1}", f"指標{i}", status] for i, status in enumerate(statuses)]
    path = write_book(tmp_path / "KPI評価.xlsx", {"KPI": rows})
    [said] = [p for p in planeval.read_workbooks([path]).problems if p.settings]
    assert "'S' 2 か所・'A' 3 か所・'B' 2 か所・'C' 1 か所）" in said.message  # (no 「'-' 0 か所」)
    block = tomllib.loads(said.settings)
    assert [(s["symbol"], s.get("counted", True)) for s in block["scale"]["status"]] == [
        ("S", True), ("A", True), ("B", True), ("C", True), ("-", False)
    ]  # fmt: skip
    config = tmp_path / "planeval.toml"
    config.write_text(said.settings, encoding="utf-8")
    counted = run("summarize", str(path), "--config", str(config), "-f", "json")
    assert counted.exit_code == 0, counted.stderr
    total = json.loads(counted.stdout)["total"]
    assert (total["counts"], total["uncounted"]) == ({"S": 2, "A": 3, "B": 2, "C": 1}, {"-": 2})


def test_implemented_alone_is_the_furthest_on_of_a_progress_scale(tmp_path: Path) -> None:
    """Review 49 (a prefecture's DX checklist): 実施 / 一部実施 / 検討中 / 未着手 were suggested in the
    order met, 一部実施 as planned; 実施 alone is done, the furthest on."""
    statuses = [
        "一部実施",
        "実施",
        "未着手",
        "検討中",
        "実施",
        "一部実施",
        "実施",
        "検討中",
        "未着手",
    ]
    rows: list[list[object]] = [["自治体DX推進 取組状況"], ["取組分野", "取組", "実施状況"]]
    rows += [["1 窓口", f"1-{i} 取組{i}", status] for i, status in enumerate(statuses, 1)]
    path = write_book(tmp_path / "調査票.xlsx", {"調査票": rows})
    [said] = [p for p in planeval.read_workbooks([path]).problems if p.settings]
    block = tomllib.loads(said.settings)
    assert block["scale"]["as_planned"] == "実施"
    order = [s["symbol"] for s in block["scale"]["status"]]
    assert order == ["実施", "一部実施", "検討中", "未着手"]


def test_a_slip_of_case_or_width_and_a_total_row_make_no_status_of_their_own(
    tmp_path: Path,
) -> None:
    """Review 64: 愛知県's first run offered 「a」 (one cell, A's in lower case) as a status of
    its own and 「Ｂ」 (typed first full-width) as B's symbol, listed A, C, Ｂ, a, D: pasted,
    one A was counted as 「a」, exit 0. 長与町's 計 row 「S：2　A：2　B：4　C：1　計：9」 was read
    as a legend, S labelled 「2件」. Now the slip is named as A's and left out, B is typed as
    the legend has it, and a count is no label."""
    path = city(tmp_path)
    book = load_workbook(path)
    sheet = book.active
    assert (sheet["D6"].value, sheet["D7"].value) == ("B", "A")
    sheet["D6"] = "Ｂ"  # (the sheet's first B, typed full-width)
    sheet["D7"] = "a"
    sheet.append(["", "", "計", "A：5　B：7　C：3　D：1　計：16"])
    book.save(path)
    said, *_ = planeval.read_workbooks([path]).problems
    assert "'a' 1 か所は 'A' の書き間違いとみて、設定例に入れていません" in said.message
    scale = tomllib.loads(said.settings)["scale"]
    assert [(s["symbol"], s["label"]) for s in scale["status"]][:4] == [
        ("A", "順調"),
        ("B", "概ね順調"),
        ("C", "やや遅れ"),
        ("D", "遅れ"),
    ]
    config = tmp_path / "planeval.toml"
    config.write_text(said.settings, encoding="utf-8")
    again = planeval.read_workbooks([path], scale=planeval.load_config(config).scale)
    [slip] = [p for p in again.problems if p.is_error]
    assert (slip.location.cell, slip.message.split("（")[0]) == (
        "D7",
        "'a' はこの評価尺度の記号ではありません",
    )
    assert "'A' の書き間違いではありませんか" in slip.hint


# ---------------------------------------------------------------------------------------------
# 羽村市: phrases as statuses, one 部's file holding only the two of preset "hamura" (review 106)


PHRASES = {
    "企画総務部": ["計画どおり完了", "計画どおり進捗", "一部遅れ", "計画どおり進捗", "未着手"],
    "福祉健康部": ["一部遅れ", "計画どおり進捗", "計画どおり完了", "計画どおり進捗", "事業終了"],
    "都市建設部": ["計画どおり完了", "次年度以降計画を見直す", "計画どおり完了", "計画どおり完了"],
}


def test_a_file_of_a_presets_phrases_alone_is_told_the_reads_block(tmp_path: Path) -> None:
    """都市建設部's cells happen to be only 計画どおり完了 and 次年度以降計画を見直す, preset
    "hamura"'s: it was told to write that preset cell by cell while the other files got the
    block — lacking 次年度以降計画を見直す — and the opening line counted 「14 か所のうち 10
    か所」. One planeval.toml reads every file: the one block, counting every cell."""
    folder = tmp_path / "回答"
    folder.mkdir()
    for department, statuses in PHRASES.items():
        rows: list[list[object]] = [["基本目標", "施策", "事業", "進捗状況", "担当課"]]
        for number, status in enumerate(statuses, start=1):
            rows.append(["1 まち", "1 施策", f"{number} 事業", status, f"{department}課"])
        write_book(folder / f"{department}.xlsx", {"進捗状況": rows})
    result = run("summarize", str(folder))
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0].startswith(f"エラー: {folder}/: 3 ファイルの進捗状況は、{OWN}。14 か所すべて")
    # (the preset its phrases are offered first, the other values added to it: review 121 #2)
    assert '  preset = "hamura"' in lines
    assert 'symbol = "次年度以降計画を見直す"' not in result.stderr
    unknown = planeval.read_workbooks([folder]).problems[1:]
    assert len(unknown) == 14 and {problem.hint for problem in unknown} == {OWN_SCALE_HINT}
