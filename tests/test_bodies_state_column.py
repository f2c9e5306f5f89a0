"""A prefecture's roll-up as data (review 78b #11): the CSV's 団体 column held 「北原市（一部
未集計）」, 「青葉市（記入に不備があったため）」, and a clerk's VLOOKUP or Power Query join on the body's
name found neither. In a table of bodies as data — summarize's CSV by body and by body-policy,
the export's 団体別集計.csv and its xlsx sheet 団体別集計 — a body is named by its name alone
and how it was counted is said in a column of its own, 集計の状況 (empty for a body counted
whole); the terminal and the printed tables keep the mark after the name, for reading."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from openpyxl import load_workbook

from tests.test_bodies_other_scale import replies, run, settings

# 青葉市 rates in ◎○△×, 北原市 and 東山町 in nagayo's S A B C −: none of their rows counted;
# 南台市's E and 梅野市's ５ are slips, those cells in error: counted in part
STATES = {
    "青葉市": "未集計（評価尺度が違うため）",
    "星野市": "",
    "北原市": "未集計（評価尺度が違うため）",
    "東山町": "未集計（評価尺度が違うため）",
    "南台市": "一部未集計（記入に不備があったため）",
    "梅野市": "一部未集計（記入に不備があったため）",
}


def _summarize(tmp_path: Path, *more: str) -> str:
    folder = replies(tmp_path / "回答")
    args = ("summarize", str(folder), "--bodies", "file", "--keep-going", *more)
    result = run(*args, "--config", str(settings(tmp_path)))
    assert result.exit_code == 1  # (the slips: errors, counted past)
    return result.stdout


def test_a_csv_by_body_names_each_body_alone_and_says_its_state(tmp_path: Path) -> None:
    rows = list(csv.reader(io.StringIO(_summarize(tmp_path, "--by", "body", "-f", "csv"))))
    assert rows[0] == ["\ufeff団体", "A", "B", "C", "D", "計", "集計の状況"]
    assert {row[0]: row[-1] for row in rows[1:-1]} == STATES
    assert rows[-1][0] == "合計" and rows[-1][-1] == ""
    assert rows[2] == ["星野市", "2", "2", "1", "1", "6", ""]  # (its counts where they were)


def test_a_csv_by_body_policy_names_each_body_alone_in_every_row(tmp_path: Path) -> None:
    text = _summarize(tmp_path, "--by", "body-policy", "-f", "csv")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert rows[0] == ["団体", "番号", "名称", "A", "B", "C", "D", "計", "集計の状況"]
    assert {row[0]: row[-1] for row in rows[1:-1]} == STATES
    assert not any("（" in row[0] for row in rows)


def test_the_terminal_keeps_the_mark_after_the_name(tmp_path: Path) -> None:
    lines = _summarize(tmp_path, "--by", "body").splitlines()
    assert any(line.startswith("│ 南台市（一部未集計）") for line in lines)
    assert not any("集計の状況" in line for line in lines)


def test_the_json_names_each_body_alone(tmp_path: Path) -> None:
    data = json.loads(_summarize(tmp_path, "--by", "body", "-f", "json"))
    assert [group["body"] for group in data["groups"]] == list(STATES)
    assert data["partly_counted_bodies"] == {
        "南台市": "記入に不備があったため",
        "梅野市": "記入に不備があったため",
    }


def test_the_export_s_tables_of_bodies_as_data(tmp_path: Path) -> None:
    folder = replies(tmp_path / "回答")
    out, csvs = tmp_path / "県集計.xlsx", tmp_path / "csv"
    args = ("export", str(folder), "--bodies", "file", "--keep-going", "-q")
    result = run(*args, "--xlsx", str(out), "--csv", str(csvs), "--config", str(settings(tmp_path)))
    assert result.exit_code == 1, result.output
    sheet = load_workbook(out)["団体別集計"]
    header = next(r for r in sheet.iter_rows(values_only=True) if r[0] == "団体")
    assert header[-1] == "集計の状況" and header[-2] == "D\n割合（%）"
    rows = [r for r in sheet.iter_rows(values_only=True) if r[0] in STATES]
    assert {row[0]: row[-1] or "" for row in rows} == STATES
    text = (csvs / "団体別集計.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][-1] == "集計の状況"
    assert {row[0]: row[-1] for row in rows[1:-1]} == STATES
