"""Review 197 #4: 東浜名市's KPI labels carry a remark in brackets, 「D 評価できない（実績値未確定
など）」. The count sentences dropped it from A–C only (「…未達成6指標、評価できない（実績値未確定
など）4指標」), the issue list's lead nested brackets and lumped D with B and C
(「A（目標達成（達成率100%以上））以外と評価された指標」), compare said 「評価できない（実績値
未確定など）から変化」, and the tables' captions counted the statuses in 件 beside 15指標 with
counter = "指標" set. Each now names a status by its short label (legend_labels.short_label),
D apart in the lead, the caption's statuses in the sentences' counter; check reads them back."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book
from tests.test_review149_legend_thresholds import TOML as THRESHOLDS
from tests.test_review149_other_table import KPI_LEGEND

# (149's A–C labels with thresholds; D with its remark, as 東浜名市 sets it)
TOML = (
    THRESHOLDS.partition("[wording]")[0]
    + """[[scale.status]]
symbol = "D"
label = "評価できない（実績値未確定など）"

[wording]
policy = "基本方針"
item = "指標"
counter = "指標"
status = "評価"
issue = "課題・今後の方向性"
"""
)


NAMES = ("オンライン申請の件数", "窓口の待ち時間", "コンビニ交付の利用率", "相談の件数")


def _kpi(path: Path, statuses: str, names: tuple[str, ...] = NAMES) -> Path:
    header = ["番号", "指標", "目標値", "実績値", "評価", "課題・今後の方向性"]
    rows = [
        [f"1-{i + 1}", name, "100", "90", status, "" if status == "A" else "周知する。"]
        for i, (name, status) in enumerate(zip(names, statuses, strict=True))
    ]
    title = "令和6年度　東浜名市DX推進計画　KPI進捗状況"
    sheet = [[title], [KPI_LEGEND], [], header, ["基本方針1　市民サービスのデジタル化"], *rows]
    return write_book(path, {"KPI進捗": sheet})


def _config(tmp_path: Path) -> list[str]:
    config = tmp_path / "planeval.toml"
    config.write_text(TOML, encoding="utf-8")
    return ["--config", str(config)]


def test_the_sentence_caption_and_lead_name_each_status_by_its_short_label(
    tmp_path: Path,
) -> None:
    book, given = _kpi(tmp_path / "市民課.xlsx", "ABCD"), _config(tmp_path)
    report = tmp_path / "報告.md"
    runner = CliRunner()
    exported = runner.invoke(app, ["export", str(book), "--md", str(report), *given])
    assert exported.exit_code == 0, exported.output
    lines = report.read_text(encoding="utf-8").splitlines()
    sentence = next(line for line in lines if "個別の" in line)
    assert sentence.endswith("目標達成1指標、概ね達成1指標、未達成1指標、評価できない1指標でした。")
    assert "4指標（A 1指標、B 1指標、C 1指標、D 1指標）" in lines
    assert (
        "概ね達成（B）・未達成（C）と評価された指標、評価できない（D）とされた指標、"
        "または課題・今後の方向性の記載がある指標。一覧は3指標です。"
    ) in lines
    legend = "※A：目標達成（達成率100%以上）、B：概ね達成（80%以上100%未満）、C：未達成（80%未満）"
    assert any(line.startswith(legend) for line in lines)  # (the legend keeps the remarks)
    checked = runner.invoke(app, ["check", str(book), "--text", str(report), *given])
    assert checked.exit_code == 0, checked.output
    said = checked.output.replace("\n  ", "")
    assert "表の説明 1 件と一覧の説明 1 件の記載件数はすべて集計と一致しています" in said


def test_compare_says_the_status_not_rated_by_its_short_label(tmp_path: Path) -> None:
    given = _config(tmp_path)
    before, after = tmp_path / "R5", tmp_path / "R6"
    before.mkdir()
    after.mkdir()
    _kpi(before / "市民課.xlsx", "ABCD")
    _kpi(after / "市民課.xlsx", "ABDA")
    result = CliRunner().invoke(
        app, ["compare", str(before), str(after), "-f", "plain", "--all", *given]
    )
    assert result.exit_code == 0, result.output
    rows = [line.split() for line in result.stdout.splitlines()]
    assert ["1-3", "コンビニ交付の利用率", "C", "D", "評価できないに変化"] in rows
    assert ["1-4", "相談の件数", "D", "A", "評価できないから変化"] in rows


def test_the_items_not_returned_and_the_chart_count_in_the_counter(tmp_path: Path) -> None:
    """Review 200 #4: with counter = "指標", the notes of a department that returned nothing
    said 「産業振興課の指標 6 件は…」 and 「その指標6件は…」, the chart 「基本方針別の評価（件）」
    — each now in the rows' counter, as the captions (entries_counter)."""
    from planeval import load_config
    from planeval.report.table_notes import unreturned_line
    from planeval.unanswered_words import unanswered_sentence

    config = tmp_path / "planeval.toml"
    config.write_text(TOML + 'department = "担当課"\n', encoding="utf-8")
    wording = load_config(config).wording
    assert unreturned_line({"産業振興課": 6}, wording) == (
        "産業振興課の6指標は、回答が提出されていないため集計に含めていません（未提出）。"
    )
    assert unanswered_sentence((1, 6), wording, rows=False) == (
        "なお、計画にはこのほか担当課の回答が提出されていない事業があり、"
        "その6指標は集計に含めていません。"
    )
    book, given = _kpi(tmp_path / "市民課.xlsx", "ABCD"), _config(tmp_path)
    out = tmp_path / "報告.xlsx"
    result = CliRunner().invoke(app, ["export", str(book), "--xlsx", str(out), *given])
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(out) as written:
        chart = written.read("xl/charts/chart1.xml").decode()
    assert re.findall(r"<a:t>([^<]*)</a:t>", chart)[0] == "基本方針別の評価（指標）"
