"""A prefecture's roll-up by policy where one municipality's plan has one level only (review 34:
森野町 numbers its rows 1, 2, 3 … in the 番号 column beside each 計画事業, no 基本目標 above
them). Its 1 is a project, not the others' 基本目標1: its rows are counted in one group of their
own, 区分なし, after the policies, and a notice says why — before, they were added to the
others' 基本目標1…5 and its first project's name became 基本目標1's."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.model import Severity
from tests.conftest import write_book

TOML = """[scale]
as_planned = "B"
[[scale.status]]
symbol = "A"
label = "計画以上"
[[scale.status]]
symbol = "B"
label = "計画どおり"
[[scale.status]]
symbol = "C"
label = "遅れ"
needs_issue = true

[wording]
policy = "基本目標"
project = "計画事業"
item = "実施内容"
"""
TITLES = ["番号", "計画事業", "実施内容", "進捗状況", "課題等", "担当課"]
# each body's rows as its clerk typed them: (番号, 計画事業, 実施内容, 進捗状況)
LEVELLED = {
    "01_青葉市": [
        ("1-1-1", "窓口のデジタル化", "① 端末の更新", "B"),
        ("1-1-1", "窓口のデジタル化", "② 規程の改定", "A"),
        ("1-2-1", "テレワークの推進", "① 端末の貸与", "C"),
        ("2-1-1", "オープンデータの推進", "① データの公開", "B"),
    ],
    "02_緑町": [
        ("1-1-1", "電子申請の拡充", "① 申請様式の見直し", "B"),
        ("2-1-1", "職員研修", "① 研修の実施", "B"),
        ("2-1-2", "情報セキュリティ", "① 監査の実施", "C"),
    ],
}
RUNNING = [  # 森野町: a running No. beside each project, five projects of one item each
    (1, "AI・RPAの利用推進", "① RPAの導入", "C"),
    (2, "行政手続のオンライン化", "① データの公開", "B"),
    (3, "窓口のデジタル化", "① 業務の見直し", "A"),
    (4, "自治体情報システムの標準化", "① 移行計画の策定", "B"),
    (5, "テレワークの推進", "① 端末の更新", "B"),
]


def _form(path: Path, rows: list[tuple[object, str, str, str]]) -> None:
    typed: list[list[object]] = [["令和5年度 デジタル化推進計画 取組状況調査票"], [], TITLES]
    for number, project, item, status in rows:
        typed.append([number, project, item, status, "予算" if status == "C" else "", "企画課"])
    write_book(path, {"調査票": typed})


def _replies(tmp_path: Path, bodies: dict[str, list]) -> Path:
    folder = tmp_path / "回収"
    folder.mkdir(parents=True)
    for stem, rows in bodies.items():
        _form(folder / f"{stem}.xlsx", rows)
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    return folder


def _summarize(tmp_path: Path, folder: Path, by: str = "policy"):
    config = planeval.load_config(tmp_path / "planeval.toml")
    return planeval.summarize_workbooks(
        [folder], by=by, scale=config.scale, wording=config.wording, bodies="file"
    )


def _tally(rows) -> dict[str, int]:
    counted = Counter(status for *_, status in rows)
    return {symbol: counted.get(symbol, 0) for symbol in "ABC"}


def test_a_one_level_plan_is_counted_apart_from_the_policies_it_has_none_of(
    tmp_path: Path,
) -> None:
    folder = _replies(tmp_path, {**LEVELLED, "08_森野町": RUNNING})
    summary, result = _summarize(tmp_path, folder)
    groups = {group.id: group for group in summary.groups}
    assert [group.id for group in summary.groups] == ["1", "2", ""]  # (区分なし last)
    levelled = [row for rows in LEVELLED.values() for row in rows]
    for policy in ("1", "2"):
        rows = [row for row in levelled if row[0].startswith(policy)]
        assert dict(groups[policy].count.counts) == _tally(rows)
        assert groups[policy].name == ""  # (森野町's 計画事業 names no 基本目標)
    assert (groups[""].shown_id, groups[""].name) == ("区分なし", "森野町")
    assert dict(groups[""].count.counts) == _tally(RUNNING)
    assert dict(summary.total.counts) == _tally(levelled + RUNNING)  # (nothing lost)
    assert summary.unlevelled == ("森野町",)
    [notice] = [p for p in result.problems if "区分なし" in p.message]
    assert notice.severity is Severity.NOTICE
    assert notice.message.startswith("森野町の計画は番号が 1 段だけ")
    assert "基本目標" in notice.message and "情報化政策" not in notice.message  # (its words)
    assert notice.location.file.endswith("08_森野町.xlsx")


def test_each_body_by_policy_keeps_the_one_level_plans_own_numbers(tmp_path: Path) -> None:
    folder = _replies(tmp_path, {**LEVELLED, "08_森野町": RUNNING})
    summary, result = _summarize(tmp_path, folder, by="body-policy")
    own = [(g.id, g.name) for g in summary.groups if g.body == "森野町"]
    assert own == [(str(number), project) for number, project, _, _ in RUNNING]
    assert summary.unlevelled == ()
    assert not [p for p in result.problems if "区分なし" in p.message]


def test_one_level_plans_alone_add_their_numbers_as_policies_are(tmp_path: Path) -> None:
    other = [(n, project, item, "A") for n, project, item, _ in RUNNING[:3]]
    folder = _replies(tmp_path, {"08_森野町": RUNNING, "09_西川村": other})
    summary, result = _summarize(tmp_path, folder)
    assert [group.id for group in summary.groups] == ["1", "2", "3", "4", "5"]
    assert summary.groups[0].count.counts["A"] == 1 and summary.groups[0].count.counts["C"] == 1
    assert summary.unlevelled == ()
    assert not [p for p in result.problems if "区分なし" in p.message]


def test_the_report_holds_the_one_level_plans_rows_under_its_own_heading(
    tmp_path: Path,
) -> None:
    folder = _replies(tmp_path, {**LEVELLED, "08_森野町": RUNNING})
    config = planeval.load_config(tmp_path / "planeval.toml")
    result = planeval.read_workbooks(
        [folder], scale=config.scale, wording=config.wording, bodies="file"
    )
    report = planeval.report_of(result, config.scale, wording=config.wording)
    sections = {section.heading: section for section in report.policies}
    apart = sections["区分なし（森野町）"]
    assert {entry.body for entry in apart.entries} == {"森野町"}
    assert len(apart.entries) == len(RUNNING)
    first = next(s for s in report.policies if s.group.id == "1")
    assert "森野町" not in {entry.body for entry in first.entries}
    assert len(first.entries) == sum(
        row[0].startswith("1") for rows in LEVELLED.values() for row in rows
    )


def test_the_command_line_shows_the_group_and_says_why(tmp_path: Path, monkeypatch) -> None:
    folder = _replies(tmp_path, {**LEVELLED, "08_森野町": RUNNING})
    monkeypatch.chdir(tmp_path)
    run = CliRunner().invoke(app, ["summarize", str(folder), "--bodies", "file"])
    assert run.exit_code == 0, run.output
    assert [line for line in run.output.splitlines() if "区分なし" in line and "森野町" in line]
    assert "お知らせ" in run.output and "--by body-policy" in run.output
    csv = CliRunner().invoke(app, ["summarize", str(folder), "--bodies", "file", "-f", "csv"])
    assert "\n区分なし,森野町,1,3,1,5" in csv.stdout  # (a CSV's ID cell says it too)


def test_the_export_names_the_group_and_says_what_it_holds_under_its_table(
    tmp_path: Path, monkeypatch
) -> None:
    from openpyxl import load_workbook

    folder = _replies(tmp_path, {**LEVELLED, "08_森野町": RUNNING})
    monkeypatch.chdir(tmp_path)
    run = CliRunner().invoke(app, ["export", str(folder), "--bodies", "file", "--xlsx", "out.xlsx"])
    assert run.exit_code == 0, run.output
    book = load_workbook(tmp_path / "out.xlsx")
    assert "区分なし（森野町）" in book.sheetnames  # (its rows' sheet: no 「基本目標 」 before it)
    rows = [[c for c in row if c is not None] for row in book["集計"].iter_rows(values_only=True)]
    [apart] = [row for row in rows if row and row[0] == "区分なし"]
    assert apart[:6] == ["区分なし", "森野町", 1, 3, 1, 5]  # (its ID cell, its bodies, counts)
    texts = [c for row in rows for c in row]
    assert any(
        str(t).startswith("区分なし：森野町の計画は番号が 1 段だけで基本目標の段がない")
        for t in texts
    )
    page = CliRunner().invoke(app, ["export", str(folder), "--bodies", "file", "--html", "o.html"])
    assert page.exit_code == 0, page.output  # (a phone's card says 区分なし before its bodies)
    assert 'data-id="区分なし">森野町</th>' in (tmp_path / "o.html").read_text(encoding="utf-8")
    again = CliRunner().invoke(app, ["summarize", "out.xlsx"])  # (read back: its notice placed)
    assert "お知らせ: out.xlsx: 森野町の計画は番号が 1 段だけ" in again.output, again.output


def test_two_one_level_plans_are_one_group_each_bodys_one_table(
    tmp_path: Path, monkeypatch
) -> None:
    other = [(n, project, item, "A") for n, project, item, _ in RUNNING[:3]]
    folder = _replies(tmp_path, {**LEVELLED, "08_森野町": RUNNING, "09_西川村": other})
    config = planeval.load_config(tmp_path / "planeval.toml")
    result = planeval.read_workbooks(
        [folder], scale=config.scale, wording=config.wording, bodies="file"
    )
    report = planeval.report_of(result, config.scale, wording=config.wording)
    apart = report.policies[-1]
    assert apart.heading == "区分なし（森野町・西川村）"
    assert [(table.body, len(table.rows)) for table in apart.tables] == [
        ("森野町", len(RUNNING)),
        ("西川村", len(other)),
    ]
    assert dict(apart.group.count.counts) == _tally(RUNNING + other)
    monkeypatch.chdir(tmp_path)
    run = CliRunner().invoke(
        app, ["export", str(folder), "--bodies", "file", "--docx", str(tmp_path / "out.docx")]
    )
    assert run.exit_code == 0, run.output


def test_the_chart_labels_its_bars_by_number_where_a_policy_has_no_name(
    tmp_path: Path, monkeypatch
) -> None:
    """Policy 1 of bodies that leave it unnamed (or name it apart) has an empty name cell: its
    bar labelled from the ID column, 「1」 and 「区分なし」, not a bar with no label."""
    import zipfile

    folder = _replies(tmp_path, {**LEVELLED, "08_森野町": RUNNING})
    monkeypatch.chdir(tmp_path)
    run = CliRunner().invoke(app, ["export", str(folder), "--bodies", "file", "--xlsx", "o.xlsx"])
    assert run.exit_code == 0, run.output
    with zipfile.ZipFile(tmp_path / "o.xlsx") as book:
        chart = book.read("xl/charts/chart1.xml").decode()
    assert "<c:cat><c:numRef><c:f>集計!$A$" in chart  # (the ID column: 1, 2, 区分なし)


def test_check_reads_the_export_s_区分なし_section_back_as_its_bodies_rows(
    tmp_path: Path, monkeypatch
) -> None:
    """The exported report read back by check: the 区分なし section's sentence and its table's
    caption are its bodies' rows (it said 「森野町 基本目標1」 and 9 disagreements)."""
    other = [(n, project, item, "A") for n, project, item, _ in RUNNING[:3]]
    monkeypatch.chdir(tmp_path)
    for case, bodies in {
        "one": {"08_森野町": RUNNING},
        "two": {"08_森野町": RUNNING, "09_西川村": other},
    }.items():
        folder = _replies(tmp_path / case, {**LEVELLED, **bodies})
        (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
        report = tmp_path / case / "報告書.md"
        run = CliRunner().invoke(
            app, ["export", str(folder), "--bodies", "file", "--md", str(report)]
        )
        assert run.exit_code == 0, run.output
        checked = CliRunner().invoke(
            app, ["check", str(folder), "--bodies", "file", "--text", str(report)]
        )
        assert checked.exit_code == 0, checked.output
        assert "すべて集計と一致しています" in checked.output
        assert "比べられなかった" not in checked.output, checked.output


def test_a_plan_rating_its_jigyo_under_a_policy_column_keeps_its_policies(
    tmp_path: Path,
) -> None:
    """Review 40: 南台市's form 基本目標 | 事業名 | 評価 — 「1 行政サービスのデジタル化」 over its
    事業 「1-1 RPAの導入」, each 事業 rated — was put in 区分なし (its rows are rated as its
    policies' own, as a one-level plan's are), and the notice said its plan had no 基本目標.
    Rows numbered under their policy (1-1 under 1) make it a plan with policies."""
    folder = _replies(tmp_path, {**LEVELLED, "08_森野町": RUNNING})
    rows = [("1 行政サービスのデジタル化", "1-1 RPAの導入", "A"),
            ("1 行政サービスのデジタル化", "1-2 AI議事録の活用", "B"),
            ("2 行政運営の効率化", "2-1 ペーパーレス会議", "C")]  # fmt: skip
    typed: list[list[object]] = [["令和5年度 DX推進計画 実施状況調査票"], [],
                                 ["基本目標", "事業名", "評価", "課題", "担当課"]]  # fmt: skip
    typed += [[policy, project, status, "予算" if status == "C" else "", "政策部"]
              for policy, project, status in rows]  # fmt: skip
    write_book(folder / "06_南台市.xlsx", {"調査票": typed})
    summary, result = _summarize(tmp_path, folder)
    groups = {group.id: group for group in summary.groups}
    assert summary.unlevelled == ("森野町",)  # (南台市 not among them)
    levelled = [row for rows_ in LEVELLED.values() for row in rows_]
    for policy in ("1", "2"):
        expected = [row for row in levelled if row[0].startswith(policy)]
        expected += [(p, "", "", s) for p, _project, s in rows if p.startswith(policy)]
        assert dict(groups[policy].count.counts) == _tally(expected), policy
    [notice] = [p for p in result.problems if "区分なし" in p.message]
    assert "南台市" not in notice.message


def test_each_body_s_groups_name_a_missing_level_without_the_body_word() -> None:
    """Review 40: by body-policy, a body with no policy level was 「（団体・基本目標の段なし）」."""
    from planeval.model import Entry, Location
    from planeval.report.views import summary_table
    from planeval.wording import configured

    config = planeval.load_config(None)
    wording = configured(config.wording, {"policy": "基本目標"})
    rows = [
        Entry(Location("a.xlsx", "s", f"C{n}"), policy, "", project, "事業", 1, "①", "取組",
              None, "○", "○", body=body)
        for n, (body, policy, project) in enumerate(
            [("青葉市", "1", "1-1-1"), ("山田村", "", "")], start=2
        )
    ]  # fmt: skip
    summary = planeval.summarize(rows, by="body-policy")
    table = summary_table(summary, wording)
    assert table.title == "団体・基本目標別の達成状況"
    assert table.rows[1][:3] == ["山田村", "", "（基本目標の段なし）"]


def test_rows_numbered_by_their_no_under_a_policy_heading_are_that_policy_s(
    tmp_path: Path,
) -> None:
    """Review 83: 上田市 types 「基本目標1　市民に身近な行政DX」 above each table and numbers its
    事業 1, 2 … in a No. column under it; its rows were counted in 区分なし (8 of a prefecture's
    20 bodies: the per-policy table short by a quarter). They are its 基本目標's rows; 森野町's
    running 番号 beside its 計画事業 (items ①) stays apart."""
    folder = _replies(tmp_path, {**LEVELLED, "08_森野町": RUNNING})
    typed: list[list[object]] = [["令和5年度 上田市 情報化計画 取組み結果"], []]
    ueda = {"1": [("ガバメントクラウドへの移行", "C"), ("テレワーク環境の整備", "Ａ")],
            "2": [("電子申請の拡充", "B"), ("オープンデータの公開", "A"), ("AI議事録", "B")]}  # fmt: skip
    for policy, rows in ueda.items():
        typed += [[f"基本目標{policy}\u3000目標{policy}"], ["No.", "事業名", "評価", "担当課"]]
        typed += [[number, name, status, "総務課"] for number, (name, status) in enumerate(rows, 1)]
        typed.append([])
    write_book(folder / "09_上田市.xlsx", {"調査票": typed})
    summary, _result = _summarize(tmp_path, folder)
    assert summary.unlevelled == ("森野町",)
    groups = {group.id: group for group in summary.groups}
    for policy, rows in ueda.items():
        levelled = [row for rows_ in LEVELLED.values() for row in rows_ if row[0][0] == policy]
        expected = _tally(levelled)
        for _name, status in rows:
            expected["A" if status == "Ａ" else status] += 1
        assert dict(groups[policy].count.counts) == expected, policy
