"""Review 151: the two-scale 行政改革大綱 (実施状況 and 達成度 of the same items, each with its own
planeval.toml) when one 達成度 cell is left blank, and the configs given in a clerk's ways."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.test_two_scales import ACHIEVEMENT, ROWS, _setup


def _one_blank() -> dict:
    """ROWS with 市民課's 完了 row's 達成度 left blank: an error of the 達成度 read only."""
    rows = {**ROWS, "市民課": [*ROWS["市民課"]]}
    rows["市民課"][0] = (*rows["市民課"][0][:4], None, "")
    return rows


def test_check_of_both_scales_holds_the_second_scales_figures_back_as_its_own(
    tmp_path: Path,
) -> None:
    """#1: with both configs given, the 達成度 figures are that scale's, held back for its
    uncounted row as the 達成度 config alone does, never 「その尺度の設定で check してください」."""
    rows = _one_blank()
    inputs = _setup(tmp_path, rows)
    listed = [row for own in rows.values() for row in own]
    part = sum(row[4] == "一部達成" for row in listed)
    # (the share of every rated item, the forgotten one among them: what the 課 will send)
    share = 100 * part / sum(1 for own in ROWS.values() for row in own if row[4])
    text = tmp_path / "報告書.txt"
    said = f"取組項目の達成度は、一部達成が{part}項目（{share:.1f}%）でした。\n"
    text.write_text(said, encoding="utf-8")
    result = CliRunner().invoke(app, ["check", *inputs, "--text", str(text), "--keep-going", "-qq"])
    assert result.exit_code == 1, result.output
    said = "".join(result.output.split())
    assert "その尺度の設定でcheck" not in said, result.output
    assert "別の評価尺度" not in said, result.output
    assert "数えなかった行" in said, result.output


_REPEAT = '\n[[scale.status]]\nsymbol = "再掲"\nlabel = "再掲"\ncounted = false\n'


def _section(markdown: str, heading: str) -> str:
    """The text under ``heading`` (a 「## 」 one) up to the next such heading."""
    return markdown.split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]


def test_export_says_the_plans_size_under_both_scales_and_the_error_under_its_own(
    tmp_path: Path,
) -> None:
    """#2: with one 達成度 blank, 集計（達成度） gave the plan as 「全{n-1}項目」 while 実施状況's
    said 全{n}, and the complete 実施状況 table carried the note of the 達成度 read's error."""
    rows = _one_blank()
    rows["総務課"] = [
        *rows["総務課"],
        (*rows["総務課"][0][:2], "2-1-(4)　窓口の案内（1-1-(3)再掲）", "再掲", "再掲", ""),
    ]
    inputs = _setup(tmp_path, rows)
    for name in ("実施状況.toml", "達成度.toml"):
        path = tmp_path / name
        path.write_text(path.read_text(encoding="utf-8") + _REPEAT, encoding="utf-8")
    md = tmp_path / "報告.md"
    result = CliRunner().invoke(app, ["export", *inputs, "--md", str(md), "--keep-going"])
    assert result.exit_code == 1, result.output
    text = md.read_text(encoding="utf-8")
    items = sum(len(own) for own in rows.values())
    repeats = sum(row[3] == "再掲" for own in rows.values() for row in own)
    left = f"再掲の{repeats}項目を除く{items - repeats}項目を集計しました。"  # (172 #7)
    whole = f"取組項目は全{items}項目で、{left}"
    progress, achievement = _section(text, "集計（実施状況）"), _section(text, "集計（達成度）")
    assert whole in progress, progress
    # (the same whole said once (#7); the second table's net its own, the row in error said:
    # review 154 #1)
    assert whole not in achievement, achievement
    left = f"再掲の{repeats}項目と記入に不備のあった1項目を除く{items - repeats - 1}項目を集計しました。"
    assert f"取組項目は全{items}項目で、{left}" in achievement, achievement
    assert "記入に不備のあった" not in progress, progress
    assert "記入に不備のあった 1 か所の行は集計に含めていません" in achievement, achievement


def test_a_copied_config_still_reading_the_other_column_is_told_its_status_column_line(
    tmp_path: Path,
) -> None:
    """#3: 達成度.toml copied from 実施状況.toml, its [layout] status_column left 実施状況, gave a
    cell error for every 完了 and 取組中 advising to add them to the 達成度 scale or to write
    preset "progress"; now one settings error names the status_column line and the fix."""
    inputs = _setup(tmp_path)
    settings = tmp_path / "達成度.toml"
    text = settings.read_text(encoding="utf-8")
    copied = text.replace('status_column = "達成度"', 'status_column = "実施状況"')
    copied = copied.replace('item = "取組項目"\n', 'item = "取組項目"\nstatus = "達成度"\n')
    settings.write_text(copied, encoding="utf-8")  # (its [wording] made 達成度's, as the city's)
    line = 1 + text.splitlines().index('status_column = "達成度"')
    md = tmp_path / "報告.md"
    for command in (["export", *inputs, "--md", str(md)], ["summarize", inputs[0], *inputs[3:]]):
        result = CliRunner().invoke(app, command)
        assert result.exit_code == 2, result.output
        said = "".join(result.output.split())
        assert f'達成度.toml:{line}›[layout]:status_column="実施状況"' in said, result.output
        assert 'status_column="達成度"に直してください' in said, result.output
        assert 'preset="progress"' not in said, result.output
    assert not md.exists()


def test_the_same_config_given_twice_is_a_usage_error(tmp_path: Path) -> None:
    """#3: the same planeval.toml twice printed 「実施状況 │ 実施状況」 side by side, rc 0."""
    inputs = _setup(tmp_path)
    copy = tmp_path / "実施状況_copy.toml"
    copy.write_bytes((tmp_path / "実施状況.toml").read_bytes())
    for second in (inputs[2], str(copy)):
        result = CliRunner().invoke(app, ["tables", *inputs[:3], "--config", second])
        assert result.exit_code == 2, result.output
        assert "同じ設定です" in result.output, result.output


def _table(part: str) -> list[dict[str, str]]:
    """The Markdown table in ``part``, each row title → cell."""
    lines = [line for line in part.splitlines() if line.startswith("|")]
    titles = [cell.strip() for cell in lines[0].strip("|").split("|")]
    rows = [[cell.strip() for cell in line.strip("|").split("|")] for line in lines[2:]]
    return [dict(zip(titles, row, strict=True)) for row in rows]


def test_the_issue_list_carries_the_second_scales_rating_beside_the_first(tmp_path: Path) -> None:
    """#6: the two-scale report's 課題一覧 showed only the first scale's rating (「完了」 beside an
    unfinished remark, its 一部達成 unsaid); now the second's stands after it, as in Chapter 3."""
    inputs = _setup(tmp_path)
    md = tmp_path / "報告.md"
    result = CliRunner().invoke(app, ["export", *inputs, "--md", str(md)])
    assert result.exit_code == 0, result.output
    listed = _table(_section(md.read_text(encoding="utf-8"), "課題一覧"))
    assert listed, "no issue list"
    titles = list(listed[0])
    assert titles.index("達成度") == titles.index("実施状況") + 1, titles
    rows = [row for own in ROWS.values() for row in own]
    for shown in listed:
        row = next(r for r in rows if r[2].endswith(shown["取組項目"]))
        assert shown["実施状況"] == row[3]
        assert shown["達成度"] == (row[4] or "－"), shown
    rated = [row for row in listed if row["達成度"] not in ("", "－")]
    assert rated, listed  # (a row rated on both scales among them)


def test_help_says_the_order_is_the_configs(tmp_path: Path) -> None:
    """#6: with the configs reversed the columns were 達成度 | 実施状況, with no word of it."""
    said = "".join(CliRunner().invoke(app, ["export", "--help"]).output.split())
    assert "列と集計の順は--configの順です" in said.replace("│", "")


# (a 細目 of 2-1 listed again under 総務課: a 再掲 row of both scales)
AGAIN = ("Ⅱ　効率的な行政運営", "2-1　組織の見直し", "2-1-(4)　窓口（再掲）", "再掲", "再掲", "")


def test_the_whole_count_is_said_once_and_an_unused_sub_item_column_is_left_out(
    tmp_path: Path,
) -> None:
    """#7: 「取組項目は全N項目（…再掲…）」 under the first 集計 alone, not again under the
    second's; 課題一覧.csv without the 細目 column no row fills, as the other formats."""
    rows = {**ROWS, "総務課": [*ROWS["総務課"], AGAIN]}
    inputs = _setup(tmp_path, rows)
    for name in ("実施状況.toml", "達成度.toml"):
        path = tmp_path / name
        path.write_text(path.read_text(encoding="utf-8") + _REPEAT, encoding="utf-8")
    md, folder = tmp_path / "報告.md", tmp_path / "csv"
    result = CliRunner().invoke(app, ["export", *inputs, "--md", str(md), "--csv", str(folder)])
    assert result.exit_code == 0, result.output
    listed = [row for own in rows.values() for row in own]
    whole = f"取組項目は全{len(listed)}項目"
    text = md.read_text(encoding="utf-8")
    assert whole in _section(text, "集計（実施状況）"), text
    assert whole not in _section(text, "集計（達成度）"), text
    header = (folder / "課題一覧.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert not any(row[2].count("　") > 1 for row in listed)  # (no row has a 細目)
    assert "細目" not in header.split(","), header
    assert "達成度" in header.split(","), header


def test_the_legend_both_scales_say_is_said_once_under_the_first_count(tmp_path: Path) -> None:
    """Review 151/152: where both scales' legends are 「※再掲は件数に含めません」, every format
    said it under both 集計 tables; now once, under the first's, as the whole count."""
    import docx
    from openpyxl import load_workbook

    # (川辺市's: every 達成度 typed, its scale's one mark not counted 再掲, as 実施状況's)
    rows = {
        department: [(*row[:4], row[4] or "未達成", row[5]) for row in own]
        for department, own in {**ROWS, "総務課": [*ROWS["総務課"], AGAIN]}.items()
    }
    inputs = _setup(tmp_path, rows)
    (tmp_path / "達成度.toml").write_text(
        ACHIEVEMENT.split("[[scale.status]]")[0] + _REPEAT, encoding="utf-8"
    )
    path = tmp_path / "実施状況.toml"
    path.write_text(path.read_text(encoding="utf-8") + _REPEAT, encoding="utf-8")
    out = {kind: tmp_path / f"報告.{kind}" for kind in ("md", "html", "xlsx", "docx")}
    formats = [arg for kind, path in out.items() for arg in (f"--{kind}", str(path))]
    result = CliRunner().invoke(app, ["export", *inputs, *formats])
    assert result.exit_code == 0, result.output
    legend = "※再掲は件数に含めません"
    text = out["md"].read_text(encoding="utf-8")
    assert legend in _section(text, "集計（実施状況）"), text
    assert legend not in _section(text, "集計（達成度）"), text
    page = out["html"].read_text(encoding="utf-8")
    counts = page.split("集計（実施状況）", 1)[1].split("</table>")[0]
    assert (
        legend in counts
        and legend not in page.split("集計（達成度）</h2>", 1)[1].split("</table>")[0]
    ), page
    book = load_workbook(out["xlsx"])
    said = {
        name: [c.value for row in book[name].iter_rows() for c in row if c.value == legend]
        for name in book.sheetnames
        if name.startswith("集計")
    }
    assert sorted(map(len, said.values())) == [0, 1], said
    document = docx.Document(str(out["docx"]))
    paragraphs = [p.text for p in document.paragraphs]
    # (among the count sections, before the first policy's count sentence: a policy's legend,
    # a paragraph of its own after its sentence since review 183 #1, says it of its table)
    styles = [p.style.name if p.style is not None else "" for p in document.paragraphs]
    assert paragraphs[: styles.index("本文")].count(legend) == 1, paragraphs
