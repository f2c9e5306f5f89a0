"""A prefecture's roll-up by policy where a municipality types its policies as band rows inside
one table — 「基本目標１　便利な行政手続の実現」 across the table, its 施策 numbered 1–6 straight
through beneath them (review 83: 岡谷市, 伊那市, 茅野市 and one more of 20) — or in a 基本目標
column beside such a running No. Their rows are their 基本目標's, counted with the other bodies'
基本目標1, 2, 3, as a body whose 基本目標 heads each table is; they were counted in 区分なし, the
notice saying their plans had no policy level. Only a plan of one level — a bare running
番号 beside its projects, no band row and no level column (森野町) — stays apart."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app

TOML = """[scale]
preset = "aichi"

[wording]
policy = "基本目標"
"""
# 青葉市 and 緑町 number their 事業 1-1-1 under their 基本目標 (番号 | 計画事業 | 実施内容 | 評価)
LEVELLED = {
    "01_青葉市": [
        ("1-1-1", "窓口のデジタル化", "① 端末の更新", "B"),
        ("1-2-1", "テレワークの推進", "① 端末の貸与", "C"),
        ("2-1-1", "オープンデータの推進", "① データの公開", "A"),
        ("3-1-1", "情報セキュリティ", "① 監査の実施", "B"),
    ],
    "02_緑町": [
        ("1-1-1", "電子申請の拡充", "① 様式の見直し", "A"),
        ("2-1-1", "職員研修", "① 研修の実施", "D"),
    ],
}
# 森野町: a plan of one level, its 計画事業 numbered 1–3 in the 番号 column, nothing above them
RUNNING = [
    (1, "AI・RPAの利用推進", "① RPAの導入", "C"),
    (2, "行政手続のオンライン化", "① 申請の拡充", "A"),
    (3, "窓口のデジタル化", "① 業務の見直し", "B"),
]
# 岡谷市: each 基本目標 a band row across the table, its 施策 numbered straight through
Band = tuple[str, list[tuple[str, str]]]
BANDS: list[Band] = [
    (
        "便利な行政手続の実現",
        [("キャッシュレス決済の導入", "Ｄ"), ("マイナンバーカードの普及", "C")],
    ),
    ("暮らしを支えるデジタル活用", [("電子申請の拡充", "A"), ("書かない窓口の導入", "A")]),
    ("安全な情報基盤", [("オープンデータの公開", "D"), ("AI議事録の活用", "Ａ")]),
]
_WIDE = str.maketrans("０１２３４５６７８９ＡＢＣＤ", "0123456789ABCD")


def _levelled(path: Path, rows: list[tuple[str, str, str, str]], year: int = 6) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "調査票"
    sheet.append([f"令和{year}年度 デジタル化推進計画 取組状況調査票"])
    sheet.append([])
    sheet.append(["番号", "計画事業", "実施内容", "評価", "課題等", "所管課"])
    for number, project, item, status in rows:
        sheet.append([number, project, item, status, "予算" if status in "CD" else None, "企画課"])
    book.save(path)


def _one_level(path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "調査票"
    sheet.append(["令和6年度 森野町 デジタル化推進計画 取組状況調査票"])
    sheet.append([])
    sheet.append(["番号", "計画事業", "実施内容", "評価", "課題等", "所管課"])
    for number, project, item, status in RUNNING:
        sheet.append([number, project, item, status, "予算" if status in "CD" else None, "総務課"])
    book.save(path)


def _bands(
    path: Path, body: str = "岡谷市", *, year: int = 6, bands: list[Band] | None = None
) -> None:
    """As 岡谷市's clerk types it: the band row 「基本目標１　…」 (a full-width digit, an
    ideographic space) merged across the table, the No. a number running 1–6 through it."""
    book = Workbook()
    sheet = book.active
    sheet.title = "評価結果"
    sheet.append([f"令和{year}年度 {body} 行政情報化計画 施策評価"])
    sheet.append(["団体名", body])
    sheet.append([])
    sheet.append(["No.", "施策名", "評価 ※必須", "課題・今後の方向性", "所管課"])
    number = 0
    for policy, (name, rows) in enumerate(bands or BANDS):
        sheet.append([f"基本目標{'１２３'[policy]}\u3000{name}"])
        row = sheet.max_row
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=5)
        for project, status in rows:
            number += 1
            issue = "予算の制約により規模を縮小した。" if status in "CDＤ" else None
            sheet.append([number, project, status, issue, "総務課"])
    book.save(path)


def _column(path: Path) -> None:
    """諏訪町: the same plan with its 基本目標 in a column of its own, typed on every row."""
    book = Workbook()
    sheet = book.active
    sheet.title = "評価結果"
    sheet.append(["令和6年度 諏訪町 情報化計画 施策評価"])
    sheet.append([])
    sheet.append(["No.", "基本目標", "施策名", "評価", "所管課"])
    number = 0
    for policy, (name, rows) in enumerate(BANDS):
        for project, status in rows:
            number += 1
            sheet.append(
                [number, f"基本目標{'１２３'[policy]}\u3000{name}", project, status, "総務課"]
            )
    book.save(path)


def _blank_column(path: Path) -> None:
    """森野町 on the prefecture's form, its 基本目標 column left blank: no level above them."""
    book = Workbook()
    sheet = book.active
    sheet.title = "調査票"
    sheet.append(["令和6年度 森野町 デジタル化推進計画 取組状況調査票"])
    sheet.append([])
    sheet.append(["番号", "基本目標", "計画事業", "実施内容", "評価", "所管課"])
    for number, project, item, status in RUNNING:
        sheet.append([number, None, project, item, status, "総務課"])
    book.save(path)


def _replies(tmp_path: Path, *others: str) -> Path:
    folder = tmp_path / "回収"
    folder.mkdir()
    for stem, rows in LEVELLED.items():
        _levelled(folder / f"{stem}.xlsx", rows)
    _one_level(folder / "03_森野町.xlsx")
    if "岡谷市" in others:
        _bands(folder / "04_岡谷市.xlsx")
    if "諏訪町" in others:
        _column(folder / "05_諏訪町.xlsx")
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    return folder


def _expected(*others: str) -> dict[str, Counter[str]]:
    """Each 基本目標's statuses: the levelled bodies', and ``others``' (岡谷市's, 諏訪町's, the
    same plan) under their 基本目標; 森野町's under 区分なし ("")."""
    counts: dict[str, Counter[str]] = {}
    for rows in LEVELLED.values():
        for number, _project, _item, status in rows:
            counts.setdefault(number[0], Counter())[status] += 1
    for _ in others:
        for policy, (_name, rows) in enumerate(BANDS, 1):
            counts[str(policy)].update(status.translate(_WIDE) for _project, status in rows)
    counts[""] = Counter(status for *_, status in RUNNING)
    return counts


def _counts(summary: planeval.Summary) -> dict[str, Counter[str]]:
    return {g.id: Counter({s: n for s, n in g.count.counts.items() if n}) for g in summary.groups}


@pytest.mark.parametrize("stream", [False, True])
@pytest.mark.parametrize("others", [("岡谷市",), ("諏訪町",), ("岡谷市", "諏訪町")])
def test_band_rows_or_a_level_column_over_a_running_number_are_the_policies(
    tmp_path: Path, others: tuple[str, ...], stream: bool
) -> None:
    folder = _replies(tmp_path, *others)
    config = planeval.load_config(tmp_path / "planeval.toml")
    summary, result = planeval.summarize_workbooks(
        [folder], scale=config.scale, wording=config.wording, bodies="file", stream=stream
    )
    assert [group.id for group in summary.groups] == ["1", "2", "3", ""]
    assert _counts(summary) == _expected(*others)
    assert summary.unlevelled == ("森野町",)  # (the one plan of one level, alone)
    [notice] = [p for p in result.problems if "区分なし" in p.message]
    assert notice.message.startswith("森野町の計画は番号が 1 段だけ"), notice.message
    assert notice.location.file.endswith("03_森野町.xlsx")
    for body in others:  # (nothing said of them: their tables read as they always were)
        assert not [p for p in result.problems if body in p.location.file or body in p.message]


def test_a_level_column_left_blank_over_a_one_level_plan_names_no_policy(
    tmp_path: Path,
) -> None:
    folder = _replies(tmp_path, "岡谷市")
    _blank_column(folder / "03_森野町.xlsx")  # (in place of its own form)
    config = planeval.load_config(tmp_path / "planeval.toml")
    summary, _ = planeval.summarize_workbooks(
        [folder], scale=config.scale, wording=config.wording, bodies="file"
    )
    assert summary.unlevelled == ("森野町",)
    assert _counts(summary) == _expected("岡谷市")


def test_each_body_s_own_table_keeps_its_policies_and_names(tmp_path: Path) -> None:
    folder = _replies(tmp_path, "岡谷市", "諏訪町")
    config = planeval.load_config(tmp_path / "planeval.toml")
    summary, _ = planeval.summarize_workbooks(
        [folder], by="body-policy", scale=config.scale, wording=config.wording, bodies="file"
    )
    for body in ("岡谷市", "諏訪町"):
        own = [(g.id, g.name, g.count.total) for g in summary.groups if g.body == body]
        assert own == [(str(n), name, len(rows)) for n, (name, rows) in enumerate(BANDS, 1)]


def test_the_report_holds_their_rows_under_their_policies(tmp_path: Path) -> None:
    """The export's 集計 and Chapter 3 (one report): 岡谷市's rows in 基本目標1–3's sections,
    区分なし's section 森野町's alone."""
    folder = _replies(tmp_path, "岡谷市")
    config = planeval.load_config(tmp_path / "planeval.toml")
    result = planeval.read_workbooks(
        [folder], scale=config.scale, wording=config.wording, bodies="file"
    )
    report = planeval.report_of(result, config.scale, wording=config.wording)
    sections = {section.group.id: section for section in report.policies}
    assert list(sections) == ["1", "2", "3", ""]
    assert sections[""].heading == "区分なし（森野町）"
    assert {entry.body for entry in sections[""].entries} == {"森野町"}
    for policy, (_name, rows) in enumerate(BANDS, 1):
        own = [e.item_name for e in sections[str(policy)].entries if e.body == "岡谷市"]
        assert own == [project for project, _status in rows]


def test_the_command_line_and_the_export_count_them_under_their_policies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _replies(tmp_path, "岡谷市")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    run = runner.invoke(app, ["summarize", "回収", "--bodies", "file", "-f", "csv"])
    assert run.exit_code == 0, run.output
    expected = _expected("岡谷市")
    lines = run.stdout.splitlines()
    for policy in ("1", "2", "3"):
        counts = expected[policy]
        [line] = [line for line in lines if line.startswith(f"{policy},")]
        assert line.split(",")[2:7] == [str(counts[s]) for s in "ABCD"] + [str(counts.total())], (
            line
        )
    assert [line for line in lines if line.startswith("区分なし,")] == ["区分なし,森野町,1,1,1,0,3"]
    said = runner.invoke(app, ["summarize", "回収", "--bodies", "file"])
    assert "森野町の計画は番号が 1 段だけ" in said.output
    assert "岡谷市" not in said.output  # (no notice names it: nothing new said of its file)
    out = tmp_path / "out.xlsx"
    made = runner.invoke(app, ["export", "回収", "--bodies", "file", "--xlsx", str(out)])
    assert made.exit_code == 0, made.output
    book = load_workbook(out)
    rows = [[c for c in row if c is not None] for row in book["集計"].iter_rows(values_only=True)]
    for policy in ("1", "2", "3"):
        [row] = [row for row in rows if row and row[0] == policy]
        assert row[2:7] == [expected[policy][s] for s in "ABCD"] + [expected[policy].total()]
    [apart] = [row for row in rows if row and row[0] == "区分なし"]
    assert apart[1] == "森野町"
    [sheet] = [name for name in book.sheetnames if name.startswith("区分なし")]
    assert sheet == "区分なし（森野町）"
    texts = [str(c) for row in book[sheet].iter_rows(values_only=True) for c in row if c]
    assert not [text for text in texts if "キャッシュレス" in text]
    again = runner.invoke(app, ["summarize", str(out), "-f", "csv"])  # (read back: the same)
    assert again.exit_code == 0, again.output
    assert again.stdout.splitlines()[1:] == lines[1:]
    assert "森野町の計画は番号が 1 段だけ" in again.stderr and "岡谷市" not in again.stderr


def test_check_of_the_export_agrees_with_the_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """check reads the report back: its 基本目標 sentences and tables' captions count 岡谷市's
    rows with their 基本目標, as the report did (check put it in 区分なし: disagreements)."""
    _replies(tmp_path, "岡谷市")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    made = runner.invoke(app, ["export", "回収", "--bodies", "file", "--md", "報告書.md"])
    assert made.exit_code == 0, made.output
    checked = runner.invoke(app, ["check", "回収", "--bodies", "file", "--text", "報告書.md"])
    assert checked.exit_code == 0, checked.output
    assert "すべて集計と一致しています" in checked.output
    assert "比べられなかった" not in checked.output, checked.output


def test_one_body_s_band_rows_read_alone_are_its_policies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Read alone, 岡谷市's workbook is counted and listed by its 基本目標, as before."""
    _bands(tmp_path / "岡谷市.xlsx")
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    run = runner.invoke(app, ["summarize", "岡谷市.xlsx", "--by", "policy", "-f", "csv"])
    assert run.exit_code == 0, run.output
    lines = run.stdout.splitlines()
    for policy, (name, _rows) in enumerate(BANDS, 1):
        assert [line for line in lines if line.startswith(f"{policy},{name},")], run.stdout
    assert not [line for line in lines if "区分なし" in line]
    shown = runner.invoke(app, ["tables", "岡谷市.xlsx"])
    assert shown.exit_code == 0, shown.output
    # (each 基本目標's heading over its own rows; a heading wider than its table is wrapped)
    headings = [line for line in shown.stdout.splitlines() if line.startswith("基本目標")]
    assert [line.split()[0] for line in headings] == ["基本目標1", "基本目標2", "基本目標3"]
    for name, rows in BANDS:  # (a heading folded at its table's width: its lines joined)
        assert name in shown.stdout.replace("\n", "")
        assert all(project in shown.stdout for project, _status in rows)


def test_an_export_of_many_such_bodies_records_them_all_within_excel_s_limits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Excel keeps a document property's text to 255 characters: the export records forty
    such bodies in parts, every one read back (a name with a space in it too)."""
    import warnings

    from planeval.cells import PROPERTY_MOST, policy_words_of, policy_words_parts

    folder = _replies(tmp_path)
    many = [f"第{number:02d}高原市" for number in range(40)] + ["北 高原市"]
    for number, body in enumerate(many, start=10):
        _bands(folder / f"{number}_{body}.xlsx", body)
    words = {body: "基本目標" for body in many}
    parts = policy_words_parts(words)
    assert all(len(text.encode("utf-16-le")) // 2 <= PROPERTY_MOST for _, text in parts)
    assert policy_words_of({name: text.strip() for name, text in parts}) == words
    monkeypatch.chdir(tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # (xlsxwriter warns of a longer text: Excel's limit)
        made = CliRunner().invoke(app, ["export", "回収", "--bodies", "file", "--xlsx", "o.xlsx"])
    assert made.exit_code == 0, made.output
    config = planeval.load_config(tmp_path / "planeval.toml")
    summary, _ = planeval.summarize_workbooks(
        [tmp_path / "o.xlsx"], scale=config.scale, wording=config.wording
    )
    assert summary.unlevelled == ("森野町",)
    assert summary.groups[-1].count.total == len(RUNNING)


# (基本目標1 a year apart: last year 青葉市's B C and 岡谷市's A A, this year B C and Ｄ C)
SENTENCE = "基本目標1は、A 達成率100%以上が0件（前年度比▲2）でした。\n"
# (a year table under 基本目標1's heading, 岡谷市 not answering this year: 青葉市's B C)
YEAR_TABLE = """## 基本目標1

| 年度 | A | B | C | D | 計 |
|---|---|---|---|---|---|
| 令和5年度 | 2 | 1 | 1 | 0 | 4 |
| 令和6年度 | 0 | 1 | 1 | 0 | 2 |
"""


@pytest.mark.parametrize(
    ("text", "answered"), [(SENTENCE, True), (YEAR_TABLE, False)], ids=["sentence", "table"]
)
def test_check_previous_counts_last_year_s_band_rows_under_their_policies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, answered: bool
) -> None:
    """check --previous reads last year's round with its typed levels: 岡谷市's 施策 under its
    band rows 「基本目標１ …」 are last year's 基本目標1's too, so a change stated per 基本目標
    is compared with last year's 基本目標1 (its rows fell in 区分なし, 基本目標1 青葉市's alone:
    「±0（前年度 0 → 今回 0）」 of a right ▲2), and so is a year table's 令和5年度 row under
    基本目標1's heading where 岡谷市 did not answer this year (「記載 2 集計 0」)."""
    for year in (5, 6):
        folder = tmp_path / f"R{year}"
        folder.mkdir()
        _levelled(folder / "01_青葉市.xlsx", LEVELLED["01_青葉市"], year)
        # (last year 岡谷市's 基本目標1 rated A twice, this year Ｄ and C as BANDS)
        last = [(BANDS[0][0], [(project, "A") for project, _ in BANDS[0][1]]), *BANDS[1:]]
        if year == 5 or answered:
            _bands(folder / "04_岡谷市.xlsx", year=year, bands=last if year == 5 else None)
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    (tmp_path / "報告.md").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    run = CliRunner().invoke(
        app, ["check", "R6", "--bodies", "file", "--text", "報告.md", "--previous", "R5"]
    )
    assert run.exit_code == 0, run.output
    assert "すべて集計と一致しています" in run.stdout, run.stdout


def test_a_heading_wider_than_its_table_keeps_its_number_with_its_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """tables at 80 columns: 「基本目標2 暮らしを支えるデジタル活用」 is a cell wider than its
    table of two columns, and is folded at the table's width where a word ends, the number
    with the start of the name — it was 「基本目標2 」 on a line of its own over the name."""
    _bands(tmp_path / "岡谷市.xlsx")
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    shown = CliRunner().invoke(app, ["tables", "岡谷市.xlsx"], env={"COLUMNS": "80"})
    assert shown.exit_code == 0, shown.output
    lines = shown.stdout.splitlines()
    # (its status column titled 評価 as the forms title it, review 131 #7: a table of 31 cells)
    at = lines.index("基本目標2 暮らしを支える")
    assert lines[at + 1] == "デジタル活用"
    assert lines[at + 2] == "┌──────────────────────┬──────┐"  # (31 cells: the heading's 36)
