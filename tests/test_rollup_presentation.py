"""A prefecture's roll-up as its reader sees it (review 92 #8, #9): the issue list's department
column titled 所管部 over bodies' 課 (情報推進課, 企画課); the 団体別 chart drawing an empty bar, a
body's name beside it, for each body not counted (another scale's), read as rating nothing; and
compare of two such exports saying 「お知らせ: : 北山市…」, a notice standing at no place."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from planeval.wording import DEFAULT_WORDING
from tests.conftest import rated_entries, write_book

HEADER = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等", "担当課"]
# each body's statuses and its department; 北山市 rates in A–D, another scale: not counted
BODIES = {
    "青葉市": ("○△◎", "情報推進課"),
    "北山市": ("ABCD", "情報推進課"),
    "緑町": ("◎×", "企画課"),
    "大川市": ("○○△", "企画課"),
}


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "120"})


def _replies(folder: Path) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, (statuses, department) in BODIES.items():
        sheet = [["情報化政策1 くらし"], HEADER]
        for number, status in enumerate(statuses, start=1):
            issue = "" if status in "◎○AB" else "予算の確保が課題"
            project = "1-1-1 事業" if number == 1 else ""
            sheet.append([project, f"({number}) 取組{number}", status, issue, department])
        paths.append(str(write_book(folder / f"{name}.xlsx", {"第3章": sheet})))
    return paths


def _export(tmp_path: Path, *outputs: str) -> None:
    paths = _replies(tmp_path / "回答")
    result = run("export", "--bodies", "file", *paths, "--keep-going", *outputs)
    assert result.exit_code == 1, result.output  # (北山市's cells: errors counted past)
    assert "書き出しました" in result.output


def test_the_issue_list_s_department_column_is_titled_as_the_names_end(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _export(tmp_path, "--csv", str(out / "csv"), "--md", str(out / "r.md"))
    text = (out / "csv" / "課題一覧.csv").read_text(encoding="utf-8-sig")
    header = next(csv.reader(io.StringIO(text)))
    # (出典 only with --with-sources: review 137 #11; 細目 only where a row has one, as the
    # other formats: review 151 #7)
    assert header == ["団体", "番号", "実施内容", "達成状況", "課題等", "所管課"]
    assert "| 団体 | 番号 | 実施内容 | 達成状況 | 課題等 | 所管課 |" in (out / "r.md").read_text(
        "utf-8"
    )


def test_planeval_s_department_title_is_kept_beside_a_department_of_a_bu() -> None:
    from planeval.message_words import with_department_title

    entries = rated_entries({"1": {"○": 3}})
    of = [
        e._replace(department=name)
        for e, name in zip(entries, ["企画課", "総務課", ""], strict=True)
    ]
    assert with_department_title(DEFAULT_WORDING, of).department == "所管課"
    assert with_department_title(DEFAULT_WORDING, of, ["福祉部"]).department == "所管部"
    bureaus = [
        e._replace(department=name)
        for e, name in zip(entries, ["財政局", "総務局", "会計室"], strict=True)
    ]
    assert with_department_title(DEFAULT_WORDING, bureaus).department == "所管局"
    own = DEFAULT_WORDING.__class__(department="担当課")  # (a body's [wording]: as it is)
    assert with_department_title(own, bureaus).department == "担当課"


def test_the_chart_of_bodies_leaves_out_the_bodies_not_counted(tmp_path: Path) -> None:
    workbook = tmp_path / "out" / "r.xlsx"
    _export(tmp_path, "--xlsx", str(workbook))
    with zipfile.ZipFile(workbook) as archive:
        charts = [archive.read(n).decode() for n in archive.namelist() if "charts/chart" in n]
    [chart] = [c for c in charts if "団体別集計!" in c]
    # (rows 5–8: 青葉市, 北山市 — 未集計（評価尺度が違うため）, blank —, 緑町, 大川市)
    categories = re.findall(r"<c:cat>.*?<c:f>(.*?)</c:f>", chart, re.S)
    assert set(categories) == {"(団体別集計!$A$5,団体別集計!$A$7:$A$8)"}
    assert "<c:f>(団体別集計!$B$5,団体別集計!$B$7:$B$8)</c:f>" in chart  # (◎'s counts)
    assert "北山市" not in re.sub(r"<c:f>.*?</c:f>", "", chart.split("<c:cat>", 1)[1])


def test_compare_of_exports_says_the_bodies_counted_in_none_at_the_export(
    tmp_path: Path,
) -> None:
    before, after = tmp_path / "out" / "r5.xlsx", tmp_path / "out" / "r6.xlsx"
    _export(tmp_path, "--xlsx", str(before), "--fiscal-year", "令和5")
    _export(tmp_path, "--xlsx", str(after), "--fiscal-year", "令和6")
    for command in ("compare", "rounds"):
        result = run(command, str(before), str(after))
        said = [line for line in result.output.splitlines() if "どの回も数えた行がない" in line]
        assert said == [
            f"お知らせ: {after}: 北山市はどの回も数えた行がないため、比べていません"
            "（各回のエラーを直せば比べられます（summarize の「未集計の団体」も見てください））"
        ], result.output
