"""A prefecture's report over bodies whose tables have other levels (review 150 #9): bodies on
the prefecture's form (基本方針 | 施策 | 取組（KPI） | 評価: 施策 the project, no direction) and a
town on its own form (基本方針N and 施策N-N headings above each table, a row per 取組: 施策 a
direction, each 取組 a project). The policy's count sentence said 「延べ…の施策」, one form's
施策 added to the other's 取組 — neither count; it now counts what every table has, the rated
rows, and names no level that only some bodies have."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book

TOML = """[scale]
preset = "aichi"

[wording]
policy = "基本方針"
project = "施策"
item = "取組（KPI）"
status = "評価"
"""
# (policy, 施策, KPI, 評価): each sample-form body's rows
SAMPLE = {
    "01_青浜市": [(1, 1, "電子申請件数", "A"), (1, 1, "窓口予約率", "B"), (1, 2, "RPA導入数", "C"),
                  (2, 1, "公衆Wi-Fi箇所数", "A")],
    "02_浜浦市": [(1, 1, "電子申請件数", "D"), (1, 2, "RPA導入数", "A"), (1, 2, "テレワーク率", "A")],
}  # fmt: skip
OWN = [(1, 1, "電子申請件数", "B"), (1, 1, "キャッシュレス率", "A"), (1, 2, "RPA導入数", "A"),
       (1, 2, "AI議事録利用数", "C"), (2, 1, "公衆Wi-Fi箇所数", "B")]  # fmt: skip
POLICIES = {1: "行政のデジタル化", 2: "地域社会のデジタル化"}
MEASURES = {(1, 1): "手続のオンライン化", (1, 2): "業務の効率化", (2, 1): "地域のデジタル活用"}


def _sample(path: Path, name: str, rows: list[tuple[int, int, str, str]]) -> None:
    sheet: list[list[object]] = [
        ["令和7年度 東海県ITプラン 市町村進捗状況調査票"],
        [],
        ["団体名", name],
        [],
        ["番号", "基本方針", "施策", "取組（KPI）", "評価（A～D）", "課題・今後の方向性", "担当課"],
    ]
    for n, (p, s, kpi, status) in enumerate(rows, start=1):
        sheet.append([f"{p}-{s}-{n}", f"{p} {POLICIES[p]}", f"{p}-{s} {MEASURES[p, s]}", kpi,
                      status, "" if status == "A" else "周知を強化する。", "企画課"])  # fmt: skip
    path.parent.mkdir(parents=True)
    write_book(path, {"調査票": sheet})


def _own(path: Path) -> None:
    sheet: list[list[object]] = [["竹田町 ITプラン　令和7年度 進捗状況（企画課）"], []]
    seen: set[object] = set()
    no = 0
    for p, s, kpi, status in OWN:
        if p not in seen:
            sheet.append([f"基本方針{p}　{POLICIES[p]}"])
        if (p, s) not in seen:
            sheet += [
                [f"施策{p}-{s}　{MEASURES[p, s]}"],
                ["No.", "取組", "指標", "評価", "今後の方向性", "担当課"],
            ]
            no = 0
        seen |= {p, (p, s)}
        no += 1
        sheet.append([no, kpi.removesuffix("数").removesuffix("率") + "の推進", kpi, status,
                      "" if status == "A" else "引き続き取り組む。", "企画課"])  # fmt: skip
    path.parent.mkdir(parents=True)
    write_book(path, {"進捗状況": sheet})


def test_the_count_sentence_counts_the_rated_rows_of_bodies_of_other_levels(
    tmp_path: Path,
) -> None:
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    for folder, rows in SAMPLE.items():
        _sample(tmp_path / "回答" / folder / "企画課.xlsx", folder[3:], rows)
    _own(tmp_path / "回答" / "03_竹田町" / "企画課.xlsx")
    config = ["--config", str(tmp_path / "planeval.toml")]
    runner = CliRunner()
    md = tmp_path / "報告.md"
    run = runner.invoke(app, ["export", str(tmp_path / "回答"), "--bodies", "folder",
                              "--md", str(md), *config])  # fmt: skip
    assert run.exit_code == 0, run.output
    text = md.read_text(encoding="utf-8")
    every = [*((body, *row) for body, rows in SAMPLE.items() for row in rows)]
    every += [("03_竹田町", *row) for row in OWN]
    for policy in POLICIES:
        kpis = [row[0] for row in every if row[1] == policy]
        n = f"{len(kpis)}{'つ' if len(kpis) < 10 else ''}"  # (2つの, but 10の)
        said = f"{len(set(kpis))}団体それぞれの計画では、延べ{n}の取組（KPI）を集計しました。"
        assert said in text, policy
    # (the whole plan's sentence, review 148 #7, counts the rated rows alike)
    n = f"{len(every)}{'つ' if len(every) < 10 else ''}"
    assert f"3団体全体では、延べ{n}の取組（KPI）を集計しました。" in text, text  # (204 #5)
    assert "の施策を集計しました" not in text and "それぞれの方向性" not in text
    # (check reads the export's own sentence back and finds it true: neither at odds with the
    # counts nor set aside — the issue list's 「一覧は6件です」 is set aside on its own)
    check = runner.invoke(app, ["check", str(tmp_path / "回答"), "--bodies", "folder",
                                "--text", str(md), *config])  # fmt: skip
    assert "食い違い" not in check.output and "延べ" not in check.output, check.output
    assert "3 段落、表の 7 行" in check.output  # (the policies' two and the whole's)
    # (each table's caption, 「2施策・取組（KPI） 3件（内訳 …）」 with its counters (review 172 #2)
    # and a word with its own brackets, is read as a caption and compared, no paragraph: a
    # sample body's table per policy, the town's per 施策)
    tables = len({(body, row[0]) for body, rows in SAMPLE.items() for row in rows})
    tables += len({row[:2] for row in OWN})
    assert f"表の説明 {tables} 件" in check.output, check.output
