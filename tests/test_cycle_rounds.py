"""Comparing rounds honestly (moved, added, item mappings, the scale's order, ▲, numbers in
the xlsx), several rounds side by side, a co-owner disagreeing, and the command line in
Japanese."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.marks import mark_text
from tests.conftest import REPO, write_book

HEADER = ["情報化計画事業の体系", "実施内容", "所管部", "達成状況", "課題等"]
PLAN = REPO / "data" / "setagaya" / "plan.xlsx"


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def _round(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    return write_book(path, {"表": [HEADER, *([p, i, "", s, ""] for p, i, s in rows)]})


def test_an_item_renumbered_within_its_project_is_found_by_its_name(tmp_path: Path) -> None:
    old = _round(
        tmp_path / "r3.xlsx",
        [("1-1-1 事業", "① 電子申請【拡充】", "△"), ("", "② 窓口", "○"), ("", "③ 地図", "○")],
    )
    new = _round(
        tmp_path / "r4.xlsx",
        [("1-1-1 事業", "① 新しい取組【新規】", "○"), ("", "② 電子申請", "○"), ("", "③ 地図", "○")],
    )
    data = json.loads(run("compare", str(old), str(new), "-f", "json").stdout)
    said = [
        (m["kind"], m["trend"], m["moved"], (m["old"] or {}).get("item_name"),
         (m["new"] or {}).get("item_name"))
        for m in data["movements"]
    ]  # fmt: skip
    assert said == [
        ("added", "", False, None, "新しい取組【新規】"),
        ("changed", "改善", True, "電子申請【拡充】", "電子申請"),
        ("removed", "", False, "窓口", None),
    ]
    text = run("compare", str(old), str(new), "-f", "plain").stdout.splitlines()
    assert "1-1-1① → 1-1-1②" in text[3] and text[3].split()[-1] == "改善（番号変更）"


def test_an_item_missing_where_a_file_could_not_be_read_is_not_said_removed(
    tmp_path: Path,
) -> None:
    """A department's reply saved as .xls this round: its items may be in it, so what is
    missing is 今回未集計 and out of the change per policy, not 削除 (review 9)."""
    old, new = tmp_path / "R4", tmp_path / "R5"
    old.mkdir(), new.mkdir()
    _round(old / "総務部.xlsx", [("1-1-1 事業", "① 一", "○")])
    _round(old / "福祉部.xlsx", [("1-2-1 事業", "① 二", "△")])
    _round(new / "総務部.xlsx", [("1-1-1 事業", "① 一", "◎")])
    (new / "福祉部.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    result = run("compare", str(old), str(new), "--keep-going", "-f", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert [(m["kind"], m["uncounted_in"]) for m in data["movements"]] == [
        ("changed", None),
        ("removed", "new"),
    ]
    assert data["old"]["total"]["total"] == data["new"]["total"]["total"] == 1
    # every file read: what is missing is removed
    (new / "福祉部.xls").unlink()
    data = json.loads(run("compare", str(old), str(new), "-f", "json").stdout)
    assert [m["uncounted_in"] for m in data["movements"]] == [None, None]


def test_map_takes_items_and_uncounted_symbols_are_neither_better_nor_worse(tmp_path: Path) -> None:
    old = _round(tmp_path / "old.xlsx", [("1-1-3 事業", "① 一", "○"), ("", "② 二", "△")])
    new = _round(tmp_path / "new.xlsx", [("1-1-4 事業", "① 一", "-"), ("", "③ 別名", "○")])
    config = tmp_path / "planeval.toml"  # ('-' uncounted and not a repeat listing: 対象外)
    config.write_text(
        '[[scale.status]]\nsymbol = "○"\nlabel = "計画どおり"\n\n'
        '[[scale.status]]\nsymbol = "△"\nlabel = "一部修正"\n\n'
        '[[scale.status]]\nsymbol = "-"\nlabel = "対象外"\ncounted = false\n',
        encoding="utf-8",
    )
    data = json.loads(
        run("compare", str(old), str(new), "-f", "json", "--map", "1-1-3=1-1-4",
            "--map", "1-1-3②=1-1-4③", "--config", str(config)).stdout
    )  # fmt: skip
    assert [(m["kind"], m["trend"], m["moved"]) for m in data["movements"]] == [
        ("changed", "", False),  # ○ → - (uncounted): not 後退
        ("changed", "改善", True),  # paired by the item mapping, whatever its name
    ]


def test_compare_xlsx_holds_numbers_shown_with_a_triangle(tmp_path: Path) -> None:
    old = _round(tmp_path / "old.xlsx", [("1-1-1 事業", "① 一", "△"), ("", "② 二", "△")])
    new = _round(tmp_path / "new.xlsx", [("1-1-1 事業", "① 一", "○"), ("", "② 二", "○")])
    out = tmp_path / "変化.xlsx"
    result = run("compare", str(old), str(new), "--xlsx", str(out))
    assert result.exit_code == 0, result.stderr
    assert "2 → 0（▲2）" in result.stdout
    sheet = load_workbook(out)["政策別の件数の変化"]
    # (under the title: each symbol over its 前回・今回・増減, in one cell over the three)
    over = [c.value for c in sheet[4]]
    change = over.index("△") + 2  # (its 増減)
    assert [c.value for c in sheet[5]][change] == "増減"
    cell = sheet[6][change]
    assert cell.value == -2 and cell.number_format == '+0;"▲"0;"±0"'
    assert sheet["A7"].value == "合計"


def test_compare_and_rounds_workbooks_say_what_and_which_years(tmp_path: Path) -> None:
    """compare's and rounds' workbooks had no title and said 前回/今回 only: printed, a
    director could not tell which years were compared. Each sheet now has the report's
    title, the years its rounds record or state in their titles, and both atop every page."""
    paths = []
    for era, status in (("令和4", "△"), ("令和5", "○")):
        rows = [[f"第3章 情報化計画事業の進捗状況（{era}年度）"], [], HEADER]
        rows.append(["1-1-1 事業", "① 一", "", status, ""])
        paths.append(write_book(tmp_path / f"{era}.xlsx", {"表": rows}))
    out = tmp_path / "変化.xlsx"
    shown = run("compare", *map(str, paths), "--xlsx", str(out))
    assert shown.exit_code == 0, shown.stderr
    assert "達成状況の変化（令和4年度 → 令和5年度）" in shown.stdout
    assert "政策別の件数の変化（令和4年度 → 令和5年度）" in shown.stdout
    years = "前回：令和4年度（2022年度）　今回：令和5年度（2023年度）"
    # (the header rows on every page: the counts' two, each symbol over its 前回・今回・増減)
    for sheet, titles in zip(load_workbook(out), ("$4:$4", "$4:$5"), strict=True):
        assert sheet["A1"].value.startswith("情報化計画事業の進捗状況　")
        assert sheet["A1"].value.endswith("（令和4年度 → 令和5年度）")
        assert sheet["A2"].value == years
        assert years in sheet.oddHeader.right.text
        assert sheet.print_title_rows == titles
    out = tmp_path / "最終評価.xlsx"
    assert run("rounds", *map(str, paths), "--xlsx", str(out)).exit_code == 0
    # (rounds side by side: their years, not compare's 前回・今回 — review 160 #7)
    side_by_side = "令和4年度（2022年度）〜令和5年度（2023年度）（2 回）"
    assert load_workbook(out)["政策別の件数"]["A2"].value == side_by_side
    # (the years on the page header's right only: review 73, the left's ran into them)
    for sheet in load_workbook(out):
        assert "→" not in sheet.oddHeader.left.text and "令和4年度" in sheet.oddHeader.right.text


def test_rounds_side_by_side_with_a_chart(tmp_path: Path) -> None:
    paths = [
        _round(tmp_path / "令和2年度.xlsx", [("1-1-1 事業", "① 一", "×"), ("", "② 二", "○")]),
        _round(tmp_path / "令和3年度.xlsx", [("1-1-1 事業", "① 一", "△"), ("", "② 二", "○")]),
        _round(tmp_path / "令和4年度.xlsx", [("1-1-1 事業", "① 一", "○"), ("", "③ 三", "◎")]),
    ]
    data = json.loads(run("rounds", *map(str, paths), "-f", "json").stdout)
    assert data["rounds"] == ["令和2年度", "令和3年度", "令和4年度"]
    assert [(i["id"], i["statuses"]) for i in data["items"]] == [
        ("1-1-1①", ["×", "△", "○"]),
        ("1-1-1②", ["○", "○", ""]),
        ("1-1-1③", ["", "", "◎"]),
    ]
    assert data["policies"][-1]["id"] == "合計"
    out = tmp_path / "最終評価.xlsx"
    assert run("rounds", *map(str, paths), "--xlsx", str(out)).exit_code == 0
    book = load_workbook(out)
    assert book.sheetnames == ["実施内容別の達成状況", "政策別の件数"]
    counts = book["政策別の件数"]
    # (no 名称 column: the policy has no name, 「1-1-1 事業」 under no policy heading)
    assert [c.value for c in counts[4]] == ["番号", "回", "◎", "○", "△", "×", "計", "-（再掲）"]
    assert [c.value for c in counts[5]] == ["1", "令和2年度", 0, 1, 0, 1, 2, 0]
    import zipfile

    with zipfile.ZipFile(out) as archive:
        chart = next(n for n in archive.namelist() if n.startswith("xl/charts/chart"))
        xml = archive.read(chart).decode()
    # the export's neutral colours, one per counted status, not Excel's default palette
    assert [
        xml.count(f'<a:srgbClr val="{fill}"/>') for fill in ("1F4E79", "577DA0", "8EACC8", "C6DBEF")
    ] == [1, 1, 1, 1]
    one = run("rounds", str(paths[0]))
    assert one.exit_code == 2 and "2 つ以上" in one.stderr


def test_each_table_of_a_csv_has_its_own_headers(tmp_path: Path) -> None:
    """compare's CSV is one table a program reads (review 198 #5: a title line and cells
    「0 → 0（±0）」 under the movements were junk rows): the movements under their headers, or
    with --counts the counts per policy, each count's before, after and change a number
    column of its own; no empty 細目 column where no item has one, nor 名称 where no policy has
    a name. rounds' counts follow its items after a blank line, under their title."""
    old = _round(tmp_path / "前回.xlsx", [("1-1-1 事業", "① 一", "△"), ("", "② 二", "○")])
    new = _round(tmp_path / "今回.xlsx", [("1-1-1 事業", "① 一", "○"), ("", "② 二", "○")])
    import csv

    lines = run("compare", str(old), str(new), "-f", "csv").stdout
    assert lines == "\ufeff番号,実施内容,前回,今回,変化\n1-1-1①,一,△,○,改善\n"
    lines = run("compare", str(old), str(new), "-f", "csv", "--counts").stdout.lstrip("\ufeff")
    assert list(csv.reader(lines.splitlines())) == [
        ["番号", "◎ 前回", "◎ 今回", "◎ 増減", "○ 前回", "○ 今回", "○ 増減", "△ 前回",
         "△ 今回", "△ 増減", "× 前回", "× 今回", "× 増減", "計 前回", "計 今回", "計 増減",
         "-（再掲） 前回", "-（再掲） 今回", "-（再掲） 増減"],
        ["1", "0", "0", "0", "1", "2", "1", "1", "0", "-1", "0", "0", "0", "2", "2", "0",
         "0", "0", "0"],
        ["合計", "0", "0", "0", "1", "2", "1", "1", "0", "-1", "0", "0", "0", "2", "2", "0",
         "0", "0", "0"],
    ]  # fmt: skip
    shown = run("compare", str(old), str(new), "-f", "plain", "--counts").stdout
    assert shown.startswith("政策別の件数の変化（前回 → 今回）\n番号              ◎ ")
    rounds = run("rounds", str(old), str(new), "-f", "csv").stdout
    assert rounds.count("\ufeff") == 1
    assert (
        "\n\n政策別の件数（回ごと）\n番号,回,◎,○,△,×,計,-（再掲）\n1,前回,0,1,1,0,2,0\n" in rounds
    )


def _marked(path: Path, department: str, rows: list[list[str]]) -> Path:
    sheet = [["調査票"], [mark_text(department, 2022)], [], HEADER, *rows]
    return write_book(path, {"実施状況": sheet})


def test_a_co_owners_different_status_names_both_and_the_lead_counts(tmp_path: Path) -> None:
    lead = _marked(
        tmp_path / "a.xlsx",
        "政策経営部",
        [["1-1-2 事業", "① 電子申請", "政策経営部（共管: 財務部）", "○", ""]],
    )
    other = _marked(
        tmp_path / "b.xlsx",
        "財務部",
        [["1-1-2 事業", "① 電子申請", "政策経営部（共管: 財務部）", "△", "遅れ"]],
    )
    result = planeval.read_workbooks([lead, other])
    [entry] = result.entries
    assert (entry.status, entry.department, entry.issue) == (
        "○",
        "政策経営部",
        "（共管 財務部：△）遅れ",  # (its own rating beside its remark: review 23)
    )
    [problem] = result.problems
    assert problem.severity.value == "warning"
    assert problem.message == (
        f"1-1-2① 電子申請 の達成状況が所管部と共管部で違います: 所管部の政策経営部は ○"
        f"（{lead} › 実施状況 › D5）、共管部の財務部は △（{other} › 実施状況 › D5）。"
        "所管部の評価を数えました"
    )
    agreeing = _marked(
        tmp_path / "c.xlsx",
        "財務部",
        [["1-1-2 事業", "① 電子申請", "政策経営部（共管: 財務部）", "○", ""]],
    )
    assert planeval.read_workbooks([lead, agreeing]).problems == []


def test_several_disagreeing_places_are_said_to_be_several(tmp_path: Path) -> None:
    paths = [
        _round(tmp_path / f"{n}.xlsx", [("1-1-1 事業", "① 一", s)]) for n, s in enumerate("○△×○△")
    ]
    [problem] = planeval.read_workbooks(paths).problems
    assert "5 か所にあり" in problem.message and "…ほか 2 か所" in problem.message
    assert problem.hint.startswith("どれが正しいか")
    assert "どちらが" not in problem.hint


# The command line in Japanese ----------------------------------------------------------------


def test_every_help_text_is_japanese() -> None:
    commands = ["summarize", "tables", "issues", "export", "check", "template", "validate",
                "compare", "rounds"]  # fmt: skip
    for command in [*commands, None]:
        result = run(*([command] if command else []), "--help")
        assert result.exit_code == 0
        for line in result.stdout.splitlines():
            words = line.strip()
            if words.startswith("-") and "  " in words:  # "--option TYPE  help text"
                help_text = words.split("  ")[-1].strip()
                assert any(ord(ch) > 0x3000 for ch in help_text), (command, line)
        assert "Show this message" not in result.stdout and "Options" not in result.stdout
        assert "[OPTIONS]" not in result.stdout and "[オプション]" in result.stdout
        arguments = result.stdout.partition("引数:\n")[2].partition("\n\n")[0].splitlines()
        for line in arguments:  # (click 8.5 dropped typer 0.24's argument help: each is said)
            name, _, help_text = line.strip().partition("  ")
            assert any(ord(ch) > 0x3000 for ch in name + help_text.split("[必須]")[0]), line
            assert help_text.strip() != "[必須]", (command, line)
        assert bool(arguments) == (command is not None), command
        # (a value's kind and a number's range in Japanese, and examples: review 37)
        for english in ("TEXT", "PATH", "INTEGER", "<=x", "x>="):
            assert english not in result.stdout, (command, english)
        if command is not None:
            assert f"例:\n    planeval {command} " in result.stdout, command
        assert run(*([command] if command else []), "-h").stdout == result.stdout


def test_a_folder_taken_as_an_option_s_value_is_said_so(tmp_path: Path, monkeypatch) -> None:
    """Review 37: `summarize --by clean` said only that the files were missing."""
    (tmp_path / "clean").mkdir()
    monkeypatch.chdir(tmp_path)
    taken = run("summarize", "--by", "clean")
    assert taken.exit_code == 2
    assert "'clean' は --by の値として読みました。--by に値を書いてから" in taken.stderr
    assert "の値として読みました" not in run("summarize").stderr


def test_usage_errors_are_japanese_sentences() -> None:
    typo = run("sumarize", "x")
    assert typo.exit_code == 2
    assert typo.stderr.count("summarize のことですか") == 1 and "Did you mean" not in typo.stderr
    missing = run("template", str(PLAN))
    assert "必須のオプションがありません: '--fiscal-year'" in missing.stderr
    assert "使い方:" in missing.stderr and "Usage" not in missing.stderr
    unknown = run("summarize", "--nope", "x")
    assert "'--nope' というオプションはありません。" in unknown.stderr
    early = run("-j", "1", "-q", "summarize", "x")  # (a command's option before the command)
    assert early.exit_code == 2
    assert "'-q' は summarize のオプションです。コマンド名の後に付けてください" in early.stderr
    assert "'--nope' というオプションはありません。" in run("--nope", "summarize", "x").stderr


def test_fiscal_years_and_dates_as_people_write_them(tmp_path: Path) -> None:
    for typed in ("2022", "令和4", "R4", "令和4年度"):
        out = tmp_path / f"{typed}.xlsx"
        result = run("template", str(PLAN), "--fiscal-year", typed, "-o", str(out),
                     "--due", "2022/5/31")  # fmt: skip
        assert result.exit_code == 0, result.stderr
        assert load_workbook(out)["実施状況"]["A1"].value.startswith("令和4年度（2022年度）")
    bad = run("template", str(PLAN), "--fiscal-year", "4", "-o", str(tmp_path / "x.xlsx"))
    assert bad.exit_code == 2 and "Traceback" not in bad.stderr + bad.stdout
    assert "年度「4」は読めません" in bad.stderr
    late = run("template", str(PLAN), "--fiscal-year", "2022", "-o", str(tmp_path / "y.xlsx"),
               "--due", "5月31日")  # fmt: skip
    assert late.exit_code == 2 and "日付「5月31日」は読めません" in late.stderr


def test_an_existing_folder_as_output_is_written_into(tmp_path: Path) -> None:
    folder = tmp_path / "調査票"
    folder.mkdir()
    first = run("template", str(PLAN), "--fiscal-year", "2022", "-o", str(folder))
    assert first.exit_code == 0, first.stderr
    assert (folder / "実施状況調査票_2022.xlsx").is_file()
    again = run("template", str(PLAN), "--fiscal-year", "2022", "-o", str(folder))
    assert again.exit_code == 2 and "--force" in again.stderr
    forced = run("template", str(PLAN), "--fiscal-year", "2022", "-o", str(folder), "--force")
    assert forced.exit_code == 0, forced.stderr


def test_an_item_relabelled_under_one_number_is_a_renumbering(tmp_path: Path) -> None:
    """A 大綱's 取組項目 (1)ウ became (1)イ when (1)イ was dropped (review 15): paired, but shown
    only as 2(1)イ beside the dropped 2(1)イ, two rows of one ID and no 番号変更."""
    config = tmp_path / "planeval.toml"
    config.write_text('[scale]\npreset = "progress"\n', encoding="utf-8")

    def reform(path: Path, items: list[tuple[str, str]]) -> Path:
        rows: list[list[object]] = [["改革項目", "取組項目", "実施状況"]]
        rows += [["2 財政の健全化" if not index else "", f"{label} {name}", "取組中"]
                 for index, (label, name) in enumerate(items)]  # fmt: skip
        return write_book(path, {"進捗状況": rows})

    old = reform(tmp_path / "r4.xlsx", [("(1)ア", "補助金の見直し"), ("(1)イ", "イベントの統廃合"),
                                        ("(1)ウ", "使用料の見直し")])  # fmt: skip
    new = reform(tmp_path / "r5.xlsx", [("(1)ア", "補助金の見直し"), ("(1)イ", "使用料の見直し")])
    data = json.loads(
        run("compare", str(old), str(new), "--config", str(config), "-f", "json").stdout
    )
    said = {(m["old"] or {}).get("item_name") or m["new"]["item_name"]: (m["kind"], m["moved"])
            for m in data["movements"]}  # fmt: skip
    assert said == {"イベントの統廃合": ("removed", False), "使用料の見直し": ("same", True)}
    # rounds marks it as compare does, whichever earlier round rated it under the old number
    # (review 20: it showed 2(1)イ twice, the renumbered item under its new number only)
    again = reform(tmp_path / "r6.xlsx", [("(1)ア", "補助金の見直し"), ("(1)イ", "使用料の見直し")])
    paths = [str(old), str(new), str(again), "--config", str(config)]
    lines = run("rounds", *paths, "-f", "plain").stdout.splitlines()
    assert [line.split()[:4] for line in lines[2:5]] == [
        ["2-(1)ア", "補助金の見直し", "取組中", "取組中"],
        ["2-(1)ウ", "→", "2-(1)イ", "使用料の見直し"],
        ["2-(1)イ", "イベントの統廃合", "取組中", "（削除）"],  # (review 136 #5: was blank)
    ]
    items = json.loads(run("rounds", *paths, "-f", "json").stdout)["items"]
    assert [(item["id"], item["former_ids"]) for item in items] == [
        ("2-(1)ア", []),
        ("2-(1)イ", ["2-(1)ウ"]),  # (the JSON keeps the ID; the earlier numbers beside it)
        ("2-(1)イ", []),
    ]


def test_the_same_number_typed_otherwise_is_no_renumbering(tmp_path: Path) -> None:
    """Review 122 #6: a town typing its KPIs 1.1.1 where it typed 1-1-1 last year was
    「1-1-1 → 1.1.1 … 変化なし（番号変更）」 on every row. One number: paired, shown as typed
    this year, listed only where its status changed."""

    def kpis(path: Path, numbers: list[str], statuses: list[str]) -> Path:
        rows: list[list[object]] = [["番号", "施策", "KPI", "達成状況"]]
        rows += [[number, "", name, status] for number, name, status in
                 zip(numbers, ["窓口数", "設置数"], statuses, strict=True)]  # fmt: skip
        return write_book(path, {"調査票": rows})

    old = kpis(tmp_path / "r7.xlsx", ["1-1-1", "1-1-2"], ["△", "○"])
    new = kpis(tmp_path / "r8.xlsx", ["1.1.1", "1.1.2"], ["○", "○"])
    lines = run("compare", str(old), str(new), "--all", "-f", "plain").stdout.splitlines()
    assert [line.split() for line in lines[2:4]] == [
        ["1.1.1", "窓口数", "△", "○", "改善"],
        ["1.1.2", "設置数", "○", "○", "変化なし"],
    ]
    lines = run("rounds", str(old), str(new), "-f", "plain").stdout.splitlines()
    assert [line.split() for line in lines[2:4]] == [
        ["1.1.1", "窓口数", "△", "○"],
        ["1.1.2", "設置数", "○", "○"],
    ]


def test_a_status_that_is_its_own_label_names_its_series_once(tmp_path: Path) -> None:
    """A 大綱's 未着手・取組中・完了 (review 15): the rounds chart's legend read 「未着手 未着手」."""
    import zipfile

    config = tmp_path / "planeval.toml"
    config.write_text('[scale]\npreset = "progress"\n', encoding="utf-8")
    paths = []
    for year, status in (("令和4年度", "取組中"), ("令和5年度", "完了")):
        rows = [
            ["改革項目", "取組項目", "実施状況"],
            ["1 民間委託", "(1)ア 窓口業務の委託", status],
        ]
        paths.append(write_book(tmp_path / f"{year}.xlsx", {"進捗状況": rows}))
    out = tmp_path / "最終評価.xlsx"
    result = run("rounds", *map(str, paths), "--config", str(config), "--xlsx", str(out))
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(out) as archive:
        chart = next(n for n in archive.namelist() if n.startswith("xl/charts/chart"))
        xml = archive.read(chart).decode()
    assert "<c:v>取組中</c:v>" in xml and "取組中 取組中" not in xml


def test_the_comparison_workbook_is_written_before_the_tables_are_printed(tmp_path: Path) -> None:
    """`planeval compare … --xlsx 変化.xlsx | head`: the workbook was written after the tables,
    so a reader of the output gone away (the closed pipe ends the run) left no workbook."""
    import subprocess
    import sys

    old = _round(tmp_path / "old.xlsx", [("1-1-1 事業", "① 一", "△")])
    new = _round(tmp_path / "new.xlsx", [("1-1-1 事業", "① 一", "○")])
    out = tmp_path / "変化.xlsx"
    command = [sys.executable, "-m", "planeval", "compare", str(old), str(new), "--xlsx", str(out)]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL) as run_:
        assert run_.stdout is not None
        first = run_.stdout.readline()  # (as `| head -1` reads, then goes away)
        assert first.strip()
        assert out.exists()  # (written before the first line)
        run_.stdout.close()


def test_rounds_say_an_item_read_but_not_counted_is_uncounted_not_gone(tmp_path: Path) -> None:
    """R5 was counted past two rows in error (--keep-going): 「前身B」 typed for 前進B, and a
    formula that gave #N/A. Those items were read that year; a blank read as "left the plan".
    They are 「未集計」 there, as compare calls them 前回未集計, with a line saying how many."""
    (tmp_path / "planeval.toml").write_text('[scale]\npreset = "gunma"\n', encoding="utf-8")
    statuses = {"R4": ("A", "前進B", "C"), "R5": ("前進B", "前身B", "#N/A"), "R6": ("A", "A", "B")}
    paths = [
        _round(
            tmp_path / f"{label}.xlsx",
            [("1-1-1 事業", "① 一", first), ("", "② 二", second), ("", "③ 三", third)],
        )
        for label, (first, second, third) in statuses.items()
    ]
    args = ["rounds", *map(str, paths), "--config", str(tmp_path / "planeval.toml")]
    # (an earlier round's errors were that year's: said once, no error here — review 180 #6)
    assert run(*args).exit_code == 0
    result = run(*args, "--keep-going", "-f", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    in_error = [n for n, status in enumerate(statuses["R5"]) if status not in ("前進B",)]
    assert [(i["statuses"], i["errors_in"]) for i in data["items"]] == [
        (["A", "B", "A"], []),
        (["B", "", "A"], ["令和5年度"]),  # (the year its file's name R5 states)
        (["C", "", "B"], ["令和5年度"]),
    ]
    # like for like: the two items R5 could not count are in no round's counts, as compare
    # leaves them out of both of its rounds'
    totals = [counts["計"] for counts in data["policies"][-1]["counts"]]
    assert totals == [len(statuses["R5"]) - len(in_error)] * 3 == [1, 1, 1]
    shown = run(*args, "--keep-going").stdout
    rows = [line.split("│")[3:6] for line in shown.splitlines() if "│ 1-1-1" in line][:3]
    assert [[cell.strip() for cell in row] for row in rows] == [
        ["A", "B", "A"],
        ["B", "未集計", "A"],
        ["C", "未集計", "B"],
    ]
    assert (
        f"読んだものの数えなかった（記入に不備のあった）実施内容 {len(in_error)} 件（令和5年度）は、"
        "その回を「未集計」とし、同じ実施内容どうしを比べるため、各回の集計には含め、"
        "「同じ範囲での比較」の表では、どの回の件数にも含めていません"
    ) in shown.replace("\n  ", "")
    # the same rule as compare's, by the same function: R5 against R6 says them 前回未集計
    config = ["--config", str(tmp_path / "planeval.toml")]
    compared = run("compare", str(paths[1]), str(paths[2]), *config, "--keep-going", "-f", "json")
    assert [m["uncounted_in"] for m in json.loads(compared.stdout)["movements"]] == [
        None,
        "old",
        "old",
    ]
    out = tmp_path / "最終評価.xlsx"
    assert run(*args, "--keep-going", "--xlsx", str(out)).exit_code == 0
    cells = [c.value for row in load_workbook(out)["実施内容別の達成状況"].iter_rows() for c in row]
    assert cells.count("未集計") == len(in_error)
    notes = [str(value).splitlines() for value in cells if "読んだものの" in str(value)]
    assert any(line.startswith("読んだものの数えなかった") for line in notes[0])


def test_a_map_over_three_rounds_leaves_the_number_it_frees_to_its_new_item(
    tmp_path: Path,
) -> None:
    """Review 35: 2-1-2 renumbered 2-1-3 in the second round, whose new 2-1-2 is another
    project: `--map 2-1-2=2-1-3` renumbered the second round too, splitting its new item from
    the third round's into two rows. A renumbered item that finds no partner pairs by its own
    number where the same item is there."""
    paths = [
        _round(tmp_path / "令和5年度.xlsx", [("2-1-2 決裁", "① 電子決裁の全庁導入", "○")]),
        _round(
            tmp_path / "令和6年度.xlsx",
            [
                ("2-1-2 分析", "① 庁内データ分析基盤の構築", "△"),
                ("2-1-3 決裁", "① 電子決裁の全庁導入", "○"),
            ],
        ),
        _round(
            tmp_path / "令和7年度.xlsx",
            [
                ("2-1-2 分析", "① 庁内データ分析基盤の構築", "○"),
                ("2-1-3 決裁", "① 電子決裁の全庁導入", "◎"),
            ],
        ),
    ]
    args = ["rounds", *map(str, paths), "--map", "2-1-2=2-1-3", "-f", "json"]
    data = json.loads(run(*args).stdout)
    assert [(i["id"], i["statuses"]) for i in data["items"]] == [
        ("2-1-2①", ["", "△", "○"]),
        ("2-1-3①", ["○", "○", "◎"]),
    ]


def test_an_item_map_over_three_rounds_leaves_a_round_numbering_as_the_last(tmp_path: Path) -> None:
    """Review 59: 1-1-3③ and ④ swapped in the plan's second year; `--map 1-1-3③=1-1-3④ --map
    1-1-3④=1-1-3③` swapped the second round's too, which numbers them so already: each item
    showed the other's status in 令和4, with no word. A round holding the item under the new
    number and its name pairs it so; the first round is renumbered by the map."""
    swapped = [("1-1-3 窓口", "③ チャットボット", "◎"), ("", "④ 相談体制", "○")]
    paths = [
        _round(
            tmp_path / "令和3年度.xlsx",
            [("1-1-3 窓口", "③ 相談体制", "△"), ("", "④ チャットボット", "○")],
        ),
        _round(tmp_path / "令和4年度.xlsx", swapped),
        _round(
            tmp_path / "令和5年度.xlsx",
            [("1-1-3 窓口", "③ チャットボット", "◎"), ("", "④ 相談体制", "×")],
        ),
    ]
    args = ["rounds", *map(str, paths), "--map", "1-1-3③=1-1-3④", "--map", "1-1-3④=1-1-3③"]
    done = run(*args, "-f", "json")
    data = json.loads(done.stdout)
    assert [(i["id"], i["statuses"]) for i in data["items"]] == [
        ("1-1-3③", ["○", "◎", "◎"]),
        ("1-1-3④", ["△", "○", "×"]),
    ]
    # (令和3年度 used the pairs: no warning of a pair unused, cycle/unpaired_map.py)
    assert "使っていません" not in done.stderr, done.stderr


def test_rounds_count_the_items_that_improved_and_fell_at_each_round(tmp_path: Path) -> None:
    """Review 66's compare line at each round (「令和5年度は前の回から改善 1件・後退 1件」): a
    report of a plan's period states it, and the clerk counted the rows by hand. An item
    missing in a round moves neither way; a round where none moved is not named."""
    rows = [
        [("1-1-1 事業", "① 電子申請", "△"), ("", "② 窓口", "○")],
        [("1-1-1 事業", "① 電子申請", "○"), ("", "② 窓口", "×"), ("", "③ 地図", "◎")],
        [("1-1-1 事業", "① 電子申請", "○"), ("", "② 窓口", "×")],
        [("1-1-1 事業", "① 電子申請", "◎"), ("", "② 窓口", "△"), ("", "③ 地図", "○")],
    ]
    files = [str(_round(tmp_path / f"r{n}.xlsx", r)) for n, r in enumerate(rows, start=3)]
    text = run("rounds", *files, "-f", "plain").stdout
    line = next(line for line in text.splitlines() if line.startswith("改善・後退した"))
    assert line == (
        "改善・後退した実施内容: r4は前の回から改善 1件・後退 1件、r6は前の回から改善 2件・後退 0件"
    ), text
    out = tmp_path / "最終評価.xlsx"
    assert run("rounds", *files, "--xlsx", str(out)).exit_code == 0
    cells = [cell.value for row in load_workbook(out).worksheets[0].iter_rows() for cell in row]
    notes = [str(cell).splitlines() for cell in cells if cell]
    assert any(line in lines for lines in notes)  # (under the items in the workbook too)
    flat = [[("1-1-1 事業", "① 電子申請", "○")], [("1-1-1 事業", "① 電子申請", "○")]]
    same = [str(_round(tmp_path / f"s{n}.xlsx", r)) for n, r in enumerate(flat)]
    assert "改善・後退" not in run("rounds", *same, "-f", "plain").stdout
