"""A policy's or direction's number shown as the body typed it: 浜松市's band row 「1.1　行かない
市役所」 (the direction planeval keys 1-1) and 長与町's headings 「基本方針Ⅰ …」 (the policy 1)
are printed 1.1 and Ⅰ in every heading, table and sentence a reader sees — the clerk looks
them up in the plan — while JSON, CSV and the export's data sheet keep the IDs, which pair
files and rounds. Each body's own: two bodies may number alike and type apart."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from docx import Document
from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.presets import PRESETS
from tests.conftest import write_book
from tests.older_exports import written_before
from tests.test_number_column import _kpi_rows

NAGAYO_SETTINGS = '[scale]\npreset = "nagayo"\n\n[wording]\npolicy = "基本方針"\nproject = "事業"\n'
HAMAMATSU_SETTINGS = (
    '[scale]\npreset = "hamamatsu"\n\n[wording]\npolicy = "基本方針"\ndirection = "施策"\n'
    'project = "取組"\nitem = "KPI"\nstatus = "評価"\n'
)
HEADER = ["番号", "事業名", "主な取組内容", "達成状況", "課題・今後の方向性", "所管課"]


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def _nagayo_rows(numeral: str = "Ⅰ", second: str = "Ⅱ") -> list[list[object]]:
    """長与町's sheet as its clerk types it: a title, then a table under each 基本方針 heading,
    numbered in Roman numerals (``numeral``, ``second``), its 事業 numbered 1.1.1 in 番号."""
    return [
        ["長与町総合計画　施策・事業評価（令和4年度実績）"],
        [],
        [f"基本方針{numeral}　安全・安心に暮らせるまち"],
        HEADER,
        ["1.1.1", "自主防災組織の育成", "訓練の実施", "A", "継続して取り組む。", "総務課"],
        ["1.1.2", "防災情報の多重化", "防災メールの拡充", "C", "登録者が伸びない。", "総務課"],
        [],
        [f"基本方針{second}　健やかに暮らせるまち"],
        HEADER,
        ["2.1.1", "特定健診受診率の向上", "受診勧奨", "B", "未受診者への通知を見直す。", "健康保険課"],
    ]  # fmt: skip


def _settings(folder: Path, text: str) -> str:
    path = folder / "planeval.toml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_reading_records_the_numbers_as_typed_where_they_differ(book) -> None:
    """「基本方針Ⅰ」 is the policy 1, 「1.1　行かない市役所」 the direction 1-1: the IDs as
    before, the typed numbers beside them (where typed as the ID, nothing)."""
    nagayo = planeval.read_workbooks([book(_nagayo_rows())], scale=PRESETS["nagayo"])
    assert nagayo.problems == []
    assert [e.policy_id for e in nagayo.entries] == ["1", "1", "2"]
    assert nagayo.level_labels == {"1": "Ⅰ", "2": "Ⅱ"}
    rows, merges = _kpi_rows(["1.1.1", "1.1.2"])
    path = book(rows, "KPI.xlsx", merges={"第3章": merges})
    hamamatsu = planeval.read_workbooks([path], scale=PRESETS["hamamatsu"])
    assert {(e.policy_id, e.direction_id) for e in hamamatsu.entries} == {("1", "1-1")}
    assert hamamatsu.level_labels == {"1-1": "1.1"}  # (「1　市民サービスのDX」: as its ID)


def test_nagayo_s_headings_tables_and_sentences_show_its_roman_numerals(book, tmp_path) -> None:
    path = str(book(_nagayo_rows()))
    config = _settings(tmp_path, NAGAYO_SETTINGS)
    tables = run("tables", path, "--config", config, "-f", "plain")
    assert tables.exit_code == 0, tables.output
    # (the number once: 「（Ⅰ）基本方針Ⅰ」 repeated it, review 20)
    headings = tables.stdout.splitlines()
    assert "基本方針Ⅰ 安全・安心に暮らせるまち" in headings
    assert "基本方針Ⅱ 健やかに暮らせるまち" in headings
    assert "基本方針1" not in tables.stdout and "（1）" not in tables.stdout
    assert "（Ⅰ）" not in tables.stdout
    summary = run("summarize", path, "--config", config, "--narrative", "-f", "plain")
    assert summary.exit_code == 0, summary.output
    [first, second] = [line.split()[:2] for line in summary.stdout.splitlines()[2:4]]
    assert (first, second) == (["Ⅰ", "安全・安心に暮らせるまち"], ["Ⅱ", "健やかに暮らせるまち"])
    assert "\n基本方針Ⅰ 安全・安心に暮らせるまち\n" in summary.stdout
    assert "基本方針1" not in summary.stdout and "（Ⅰ）" not in summary.stdout


def test_hamamatsu_s_band_row_numbers_its_direction_as_typed(book, tmp_path) -> None:
    rows, merges = _kpi_rows(["1.1.1", "1.1.2"])
    path = str(book(rows, "KPI.xlsx", merges={"第3章": merges}))
    config = _settings(tmp_path, HAMAMATSU_SETTINGS)
    tables = run("tables", path, "--config", config, "-f", "plain")
    assert tables.exit_code == 0, tables.output
    assert "\n施策1.1 行かない市役所\n" in tables.stdout and "1-1 " not in tables.stdout
    by_direction = run("summarize", path, "--config", config, "--by", "direction", "-f", "plain")
    assert by_direction.stdout.splitlines()[2].split()[:2] == ["1.1", "行かない市役所"]
    narrative = run("summarize", path, "--config", config, "--narrative")
    # (the policy the heading above it names, not its 施策 1.1: review 186 #4)
    assert (
        "基本方針1「市民サービスのDX」では、2つの取組の3つのKPIを評価しました" in narrative.stdout
    )
    assert "1-1" not in narrative.stdout
    # (the JSON keeps the ID, its number as typed beside it: 「label」)
    listed = json.loads(run("tables", path, "--config", config, "-f", "json").stdout)
    [direction] = listed["policies"][0]["directions"]
    assert (direction["id"], direction["label"]) == ("1-1", "1.1")
    counted = run("summarize", path, "--config", config, "--by", "direction", "-f", "json")
    first = json.loads(counted.stdout)["groups"][0]
    assert (first["id"], first["label"]) == ("1-1", "1.1")


def test_machine_readable_outputs_keep_the_ids(book, tmp_path) -> None:
    """JSON and CSV are data: 1 and 1-1, as files and rounds are paired by them."""
    path = str(book(_nagayo_rows()))
    config = _settings(tmp_path, NAGAYO_SETTINGS)
    summary = json.loads(run("summarize", path, "--config", config, "-f", "json").stdout)
    assert [group["id"] for group in summary["groups"]] == ["1", "2"]
    listed = json.loads(run("tables", path, "--config", config, "-f", "json").stdout)
    assert [policy["id"] for policy in listed["policies"]] == ["1", "2"]
    counts = run("summarize", path, "--config", config, "-f", "csv").stdout
    assert [row[0] for row in csv.reader(io.StringIO(counts.lstrip("\ufeff")))][1:3] == ["1", "2"]
    flat = run("tables", path, "--config", config, "-f", "csv").stdout
    assert [row[0] for row in csv.reader(io.StringIO(flat.lstrip("\ufeff")))][1:] == ["1", "1", "2"]


def test_the_export_shows_the_typed_numbers_and_keeps_the_ids_in_its_data(book, tmp_path) -> None:
    path = str(book(_nagayo_rows()))
    config = _settings(tmp_path, NAGAYO_SETTINGS)
    out = {kind: tmp_path / f"評価.{kind}" for kind in ("xlsx", "docx", "md", "html")}
    options = [part for kind, where in out.items() for part in (f"--{kind}", str(where))]
    exported = run("export", path, "--config", config, *options)
    assert exported.exit_code == 0, exported.output
    markdown = out["md"].read_text(encoding="utf-8")
    assert "## 基本方針Ⅰ 安全・安心に暮らせるまち\n" in markdown
    assert "| Ⅰ | 安全・安心に暮らせるまち |" in markdown
    assert "基本方針1" not in markdown and "| 1 | 安全" not in markdown
    word = "\n".join(p.text for p in Document(str(out["docx"])).paragraphs)
    assert "\n基本方針Ⅱ 健やかに暮らせるまち\n" in word and "基本方針2" not in word
    assert "（Ⅱ）" not in word
    html = out["html"].read_text(encoding="utf-8")
    assert '<h2 id="policy1">基本方針Ⅰ 安全・安心に暮らせるまち</h2>' in html
    book_out = load_workbook(out["xlsx"])
    assert "基本方針Ⅰ 安全・安心に暮らせるまち" in book_out.sheetnames
    summary_ids = [row[0] for row in book_out["集計"].iter_rows(min_row=5, values_only=True)]
    assert summary_ids[:3] == ["Ⅰ", "Ⅱ", "合計"]
    data = book_out["データ"]
    [column] = [cell.column for cell in data[1] if cell.value == "基本方針番号"]
    # (the IDs, numbers as the item's number is: review 148 #8)
    assert [row[0].value for row in data.iter_rows(min_row=2, min_col=column, max_col=column)] == [
        1, 1, 2,
    ]  # fmt: skip


def test_a_policy_heading_says_a_number_typed_otherwise_once() -> None:
    """Setagaya's 「（1）情報化政策1 …」 stays; 長与町's 「（Ⅰ）基本方針Ⅰ」 repeated its number;
    a body's own heading is as it set it."""
    nagayo = planeval.Wording(policy="基本方針")
    assert planeval.Wording().heading("1", "区民の力を活かす情報化") == (
        "（1）情報化政策1 区民の力を活かす情報化"
    )
    assert nagayo.heading("Ⅰ", "行政のデジタル化") == "基本方針Ⅰ 行政のデジタル化"
    assert nagayo.heading("3", "人材") == "基本方針3 人材"
    own = planeval.Wording(policy="施策", policy_heading="（{id}）{policy}{id}「{name}」")
    assert own.heading("Ⅳ", "都市基盤整備") == "（Ⅳ）施策Ⅳ「都市基盤整備」"


def test_each_body_s_numbers_are_its_own(tmp_path) -> None:
    """Two bodies number their policies alike (1, 2) and type them apart (Ⅰ, 1): each body's
    tables and counts show its own; the counts over both bodies show the ID."""
    folder = tmp_path / "bodies"
    folder.mkdir()
    write_book(folder / "長与町.xlsx", {"評価シート": _nagayo_rows()})
    write_book(folder / "時津町.xlsx", {"評価シート": _nagayo_rows("1", "2")})
    config = _settings(tmp_path, NAGAYO_SETTINGS)
    shared = (str(folder), "--bodies", "file", "--config", config)
    tables = run("tables", *shared, "-f", "plain")
    assert tables.exit_code == 0, tables.output
    togitsu, nagayo = tables.stdout.split("団体：長与町")  # (bodies in Explorer's order)
    assert "団体：時津町" in togitsu
    assert "基本方針Ⅰ 安全" in nagayo and "基本方針1" not in nagayo
    assert "基本方針1 安全" in togitsu and "基本方針Ⅰ" not in togitsu
    each = run("summarize", *shared, "--by", "body-policy", "-f", "plain")
    rows = [line.split()[:2] for line in each.stdout.splitlines()[2:6]]
    assert rows == [["時津町", "1"], ["時津町", "2"], ["長与町", "Ⅰ"], ["長与町", "Ⅱ"]]
    both = run("summarize", *shared, "-f", "plain")
    assert [line.split()[0] for line in both.stdout.splitlines()[2:4]] == ["1", "2"]
    write_book(folder / "時津町.xlsx", {"評価シート": _nagayo_rows()})  # (now typed alike)
    alike = run("summarize", *shared, "-f", "plain")
    assert [line.split()[0] for line in alike.stdout.splitlines()[2:4]] == ["Ⅰ", "Ⅱ"]


def test_check_names_a_roman_numbered_policy_as_the_body_writes_it(book, tmp_path) -> None:
    """「基本方針Ⅰ」 was named 「基本方針I」 with a Latin I (the text read after NFKC) in check's
    table (review 20)."""
    path = str(book(_nagayo_rows()))
    config = _settings(tmp_path, NAGAYO_SETTINGS)
    report = tmp_path / "報告.txt"
    report.write_text(
        "基本方針Ⅰ　安全・安心に暮らせるまち\n3事業のうち、Aが1事業でした。\n", "utf-8"
    )
    checked = run("check", path, "--text", str(report), "--config", config, "-f", "json")
    assert checked.exit_code == 1, checked.output
    [wrong] = json.loads(checked.stdout)["disagreements"]
    assert (wrong["scope"], wrong["stated"], wrong["counted"]) == ("基本方針Ⅰ", 3, 2)


def test_compare_and_rounds_count_the_policies_under_their_typed_numbers(tmp_path) -> None:
    """compare's and rounds' counts per policy printed 長与町's 基本方針Ⅰ as 1 (review 20),
    where summarize prints Ⅰ; their JSON keeps the IDs, as summarize's does."""
    config = _settings(tmp_path, NAGAYO_SETTINGS)
    later = _nagayo_rows()
    later[4] = [*later[4][:3], "S", *later[4][4:]]
    paths = [
        str(write_book(tmp_path / f"長与町_取組評価_令和{year}年度.xlsx", {"評価": rows}))
        for year, rows in ((4, _nagayo_rows()), (5, later))
    ]
    compared = run("compare", *paths, "--config", config, "-f", "plain")
    assert compared.exit_code == 0, compared.output
    lines = compared.stdout.splitlines()
    start = next(n for n, line in enumerate(lines) if line.startswith("基本方針別の件数の変化"))
    assert [line.split()[:2] for line in lines[start + 2 : start + 4]] == [
        ["Ⅰ", "安全・安心に暮らせるまち"],
        ["Ⅱ", "健やかに暮らせるまち"],
    ]
    both = run("rounds", *paths, "--config", config, "-f", "plain").stdout.splitlines()
    start = next(n for n, line in enumerate(both) if line.startswith("基本方針別の件数"))
    table = both[start + 2 : both.index("", start)]  # (the legend after a blank line)
    assert [line.split()[0] for line in table[::2]] == ["Ⅰ", "Ⅱ", "合計"]
    data = json.loads(run("compare", *paths, "--config", config, "-f", "json").stdout)
    assert [group["id"] for group in data["new"]["groups"]] == ["1", "2"]
    data = json.loads(run("rounds", *paths, "--config", config, "-f", "json").stdout)
    assert [policy["id"] for policy in data["policies"]] == ["1", "2", "合計"]
    book = tmp_path / "推移.xlsx"
    assert run("rounds", *paths, "--config", config, "--xlsx", str(book)).exit_code == 0
    counts = load_workbook(book)["基本方針別の件数"]
    ids = [row[0] for row in counts.iter_rows(values_only=True) if row[0] in ("Ⅰ", "1")]
    assert ids == ["Ⅰ", "Ⅰ"]  # (one row per round)


def test_check_names_a_policy_found_by_its_name_as_the_body_numbers_it(book, tmp_path) -> None:
    """A paragraph under a heading naming the policy by its name only (「（2）健やかに暮らせる
    まち」), or quoting it, was scoped 「基本方針2」, the ID, where the body writes Ⅱ (review 20)."""
    path = str(book(_nagayo_rows()))
    config = _settings(tmp_path, NAGAYO_SETTINGS)
    report = tmp_path / "報告.txt"
    report.write_text(
        "（2）健やかに暮らせるまち\n1事業のうち、Aが1事業でした。\n\n"
        "「安全・安心に暮らせるまち」では、Bが1事業でした。\n",
        "utf-8",
    )
    checked = run("check", path, "--text", str(report), "--config", config, "-f", "json")
    wrong = [
        (d["scope"], d["what"], d["stated"]) for d in json.loads(checked.stdout)["disagreements"]
    ]
    assert wrong == [("基本方針Ⅱ", "A", 1), ("基本方針Ⅰ", "B", 1)]


def test_an_export_read_back_keeps_the_numbers_as_typed(book, tmp_path) -> None:
    """長与町's export read back (summarize of the .xlsx) showed 基本方針Ⅰ as 1 (review 20): the
    data sheet records the numbers as typed, each beside its number (review 21: they stood
    after ファイル・シート・セル, far from them), each body's own; an export written with them
    after the source's columns reads them there, and one written before them reads as before,
    by its IDs."""
    config = _settings(tmp_path, NAGAYO_SETTINGS)
    out = tmp_path / "評価.xlsx"
    assert (
        run("export", str(book(_nagayo_rows())), "--config", config, "--xlsx", str(out)).exit_code
        == 0
    )
    data = load_workbook(out)["データ"]
    titles = [cell.value for cell in data[1]]
    assert titles[:3] == ["基本方針番号", "基本方針番号（表記）", "基本方針名"]
    assert not any(str(title).startswith("方向性") for title in titles)  # (no row has one)
    assert titles[-3:] == ["ファイル", "シート", "セル"]
    assert [row[1] for row in data.iter_rows(min_row=2, values_only=True)] == ["Ⅰ", "Ⅰ", "Ⅱ"]
    read = planeval.read_workbooks([out], scale=PRESETS["nagayo"])
    assert read.level_labels == {"1": "Ⅰ", "2": "Ⅱ"}
    source = planeval.read_workbooks([book(_nagayo_rows())], scale=PRESETS["nagayo"])
    assert [e[1:] for e in read.entries] == [e[1:] for e in source.entries]  # (all but the place)
    summary = run("summarize", str(out), "--config", config, "-f", "plain")
    assert [line.split()[0] for line in summary.stdout.splitlines()[2:4]] == ["Ⅰ", "Ⅱ"]
    # review 21's export (every column, each typed number beside its level's), review 20's
    # (the typed numbers after the source's columns), and the export before those
    for typed in ("beside", "after"):
        older = written_before(out, tmp_path / f"{typed}.xlsx", typed=typed)
        after = planeval.read_workbooks([older], scale=PRESETS["nagayo"])
        assert after.level_labels == {"1": "Ⅰ", "2": "Ⅱ"}
        assert [e[1:] for e in after.entries] == [e[1:] for e in read.entries]
    older = written_before(out, tmp_path / "旧.xlsx", typed="none")
    before = planeval.read_workbooks([older], scale=PRESETS["nagayo"])
    assert before.level_labels == {} and len(before.entries) == 3 and not before.has_errors
    assert [e[1:] for e in before.entries] == [e[1:] for e in read.entries]
    # several bodies: each body's numbers its own (時津町 typed 1, 2)
    folder = tmp_path / "bodies"
    folder.mkdir()
    write_book(folder / "長与町.xlsx", {"評価シート": _nagayo_rows()})
    write_book(folder / "時津町.xlsx", {"評価シート": _nagayo_rows("1", "2")})
    both = tmp_path / "両町.xlsx"
    exported = run(
        "export", str(folder), "--bodies", "file", "--config", config, "--xlsx", str(both)
    )
    assert exported.exit_code == 0, exported.output
    read = planeval.read_workbooks([both], scale=PRESETS["nagayo"])
    assert read.level_labels == {"長与町\x1f1": "Ⅰ", "長与町\x1f2": "Ⅱ"}


def _outline_rows() -> list[list[object]]:
    """長与町's 取組評価シート of 令和5年度: one 番号 column typed Ⅰ over 1.1 over the rated
    1.1.1 (the 施策 1.1 is planeval's project 1-1)."""
    return [
        ["長与町DX推進計画　令和5年度　取組評価シート"],
        [],
        ["番号", "取組項目", "取組内容・実績", "評価（S・A・B・C・−）", "評価の理由", "担当課"],
        ["Ⅰ", "行政のデジタル化"],
        ["1.1", "行政手続のオンライン化"],
        ["1.1.1", "電子申請の拡充", "電子申請の拡充に取り組んだ。", "S", None, "企画課"],
        ["1.1.2", "書かない窓口の導入", "窓口の改修。", "B", "改修が遅れている。", "住民課"],
        ["1.2", "業務の効率化"],
        ["1.2.1", "RPA・AI-OCRの活用", "RPAの導入。", "A", None, "健康保険課"],
        ["Ⅱ", "地域社会のデジタル化"],
        ["2.1", "暮らしのデジタル化"],
        ["2.1.1", "町公式LINEの活用", "LINEの活用。", "C", "登録者が伸びない。", "住民課"],
    ]  # fmt: skip


def test_summarize_by_project_shows_the_projects_as_typed(book, tmp_path) -> None:
    """`summarize --by project` printed 長与町's 施策 「1.1」 as 「1-1」 (review 21), where --by
    policy prints its 「Ⅰ」: a person's table shows the number as typed, JSON and CSV the ID."""
    path = str(book({"取組評価": _outline_rows()}))
    config = _settings(tmp_path, '[scale]\npreset = "nagayo"\n\n[wording]\nproject = "施策"\n')
    read = planeval.read_workbooks([path], scale=PRESETS["nagayo"])
    groups = planeval.summarize(read.entries, by="project", scale=PRESETS["nagayo"]).groups
    assert [(g.id, g.shown_id) for g in groups] == [("1-1", "1.1"), ("1-2", "1.2"), ("2-1", "2.1")]
    for fmt in ("plain", "rich"):
        shown = run("summarize", path, "--by", "project", "--config", config, "-f", fmt)
        assert shown.exit_code == 0, shown.output
        rows = [line.strip("│ ").split()[:1] for line in shown.stdout.splitlines()]
        assert [row for [row] in filter(None, rows) if row[:1] in "12"] == ["1.1", "1.2", "2.1"]
        assert "凡例：S 計画以上に達成 ／ A 計画どおり達成" in shown.stdout  # (plain too)
    data = run("summarize", path, "--by", "project", "--config", config, "-f", "json").stdout
    assert [group["id"] for group in json.loads(data)["groups"]] == ["1-1", "1-2", "2-1"]
    counts = run("summarize", path, "--by", "project", "--config", config, "-f", "csv").stdout
    rows = list(csv.reader(io.StringIO(counts.lstrip("\ufeff"))))
    assert [row[0] for row in rows[1:4]] == ["1-1", "1-2", "2-1"]


def _gunma(path: Path, year: int, ratings: list[str]) -> Path:
    """群馬県's 進捗状況 as its clerk lays it out: a sheet per 基本目標, a merged group row
    「(1) 情報モラル教育の推進」 (unrated) over its indicators ア, イ rated 「達成A」 …"""
    book = Workbook()
    book.remove(book.active)
    ratings_left = iter(ratings)
    head = [
        "項目",
        "指標",
        "策定時\n（R1）",
        f"現状値\n（R{year}）",
        "目標値\n（R7）",
        "指標の評価",
    ]
    words = {"A": "達成", "B": "前進", "C": "横ばい", "D": "後退"}
    for goal, name, groups in GUNMA_GOALS:
        sheet = book.create_sheet(goal)
        sheet.append([f"群馬県情報化推進計画　進捗状況（令和{year}年度）"])
        sheet.append([])
        sheet.append([f"{goal}　{name}"])
        sheet.append(head)
        for number, (group, indicators) in enumerate(groups, start=1):
            sheet.append([f"({number}) {group}"])
            row = sheet.max_row
            sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(head))
            for kana, indicator in zip("アイウ", indicators, strict=False):
                rating = next(ratings_left)
                sheet.append([kana, indicator, "62.0%", "76.2%", "90.0%", words[rating] + rating])
    book.save(path)
    return path


GUNMA_GOALS = [
    ("基本目標1", "デジタル社会を支える人づくり", [
        ("情報モラル教育の推進", ["情報モラル教室を実施した学校の割合（％）", "出前講座の受講者数（人）"]),
        ("県民のデジタルリテラシーの向上", ["スマホ教室の参加者数（人）"]),
    ]),
    ("基本目標2", "デジタル化による行政サービスの向上", [
        ("行政手続のオンライン化", ["オンライン化した手続数（手続）", "電子申請の利用件数（件）"]),
    ]),
]  # fmt: skip


def test_gunma_s_groups_typed_1_are_shown_1_not_1_1(tmp_path) -> None:
    """A group row 「(1) 情報モラル教育の推進」 was read as the ID 1-1 and its number as typed
    dropped: tables, summarize --by project, issues, compare and rounds all printed 「1-1」,
    「1-1ア」, a number the clerk finds nowhere in the workbook, where a group numbered (1) in a
    number column of its own (南原市's) is shown (1). The IDs stay in JSON, as every level's."""
    config = _settings(tmp_path, '[scale]\npreset = "gunma"\n')
    paths = [
        str(_gunma(tmp_path / f"進捗状況_R{year}.xlsx", year, ratings))
        for year, ratings in ((4, ["C", "A", "B", "A", "D"]), (5, ["B", "A", "B", "A", "C"]))
    ]
    tables = run("tables", paths[0], "--config", config, "-f", "plain").stdout
    assert "\n(1) 情報モラル教育の推進  " in tables and "1-1" not in tables
    projects = run("summarize", paths[0], "--config", config, "--by", "project", "-f", "plain")
    # (a flat list: (1) of 基本目標1 and (1) of 基本目標2 led by their policy's number)
    ids = [line.split()[0] for line in projects.stdout.splitlines()[2:5]]
    assert ids == ["1-(1)", "1-(2)", "2-(1)"]
    compared = run("compare", *paths, "--config", config, "--all", "-f", "plain").stdout
    ids = [line.split()[0] for line in compared.splitlines()[2:7]]
    assert ids == ["1-(1)ア", "1-(1)イ", "1-(2)ア", "2-(1)ア", "2-(1)イ"]
    rounds = run("rounds", *paths, "--config", config, "-f", "plain").stdout
    assert [line.split()[0] for line in rounds.splitlines()[2:7]] == ids
    issues = run("issues", paths[1], "--config", config, "-f", "plain").stdout
    # (its one row 基本目標2's (1)イ: as compare and rounds show it, 基本目標1 having a (1)イ too)
    listed = (
        "\n2-(1)イ  行政手続のオンライン化  電子申請の利用件数（件）  "  # (its project: 172 #4)
    )
    assert listed in issues and "2-1" not in issues
    out = tmp_path / "比較.xlsx"
    assert run("compare", *paths, "--config", config, "--all", "--xlsx", str(out)).exit_code == 0
    sheet = load_workbook(out)["達成状況の変化"]
    assert [row[0] for row in sheet.iter_rows(min_row=5, max_row=9, values_only=True)] == ids
    data = json.loads(run("compare", *paths, "--config", config, "-f", "json").stdout)
    # (the IDs kept: 1-1 is 基本目標1's (1), 2-1 基本目標2's)
    said = {(m["new"]["project_id"], m["new"]["project_label"]) for m in data["movements"]}
    assert said == {("1-1", "(1)"), ("2-1", "(1)")}


def test_items_of_a_project_numbered_1_in_its_name_are_shown_1(tmp_path) -> None:
    """One column per level, 施策 typed 「(1) 防災」 and 事業 unnumbered (a city's 施策評価): the
    事業's ID was planeval's 1-1 in compare, rounds and the issue list, where its own number
    is none and its 施策's is (1) (an item numbered under it shows its own number alone)."""
    config = _settings(tmp_path, '[scale]\npreset = "hirakata"\n')
    header = ["基本目標", "施策", "事業名", "評価", "今後の方向性", "担当課"]
    plan = [("1 安全なまち", "(1) 防災", "防災訓練"), ("1 安全なまち", "(2) 防犯", "防犯灯"),
            ("2 健康なまち", "(1) 健診", "がん検診")]  # fmt: skip
    paths = []
    for year, ratings in ((4, "ACB"), (5, "BDB")):
        rows = [[f"施策評価結果一覧（令和{year}年度）"], [], header]
        rows += [
            [*levels, rating, "見直す", "市民課"]
            for levels, rating in zip(plan, ratings, strict=True)
        ]
        paths.append(str(write_book(tmp_path / f"施策評価_R{year}.xlsx", {"評価": rows})))
    compared = run("compare", *paths, "--config", config, "--all", "-f", "plain").stdout
    # (each 施策 rated in one row: named as the issue list names it, number and name — review 116)
    assert [line.split()[:3] for line in compared.splitlines()[2:5]] == [
        ["1-(1)", "防災", "防災訓練"], ["1-(2)", "防犯", "防犯灯"], ["2-(1)", "健診", "がん検診"],
    ]  # fmt: skip
    rounds = run("rounds", *paths, "--config", config, "-f", "plain").stdout
    assert [line.split()[0] for line in rounds.splitlines()[2:5]] == ["1-(1)", "1-(2)", "2-(1)"]
    issues = run("issues", paths[1], "--config", config, "-f", "plain").stdout
    # (under 事業, review 92, as its tables name it, number and name: review 98)
    assert "\n1-(2) 防犯  防犯灯" in issues and "1-2" not in issues
    tables = run("tables", paths[1], "--config", config, "-f", "plain").stdout
    assert "\n(1) 防災  防災訓練" in tables  # (as it was: the number in the name, once)
