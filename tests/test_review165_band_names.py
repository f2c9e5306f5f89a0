"""A band row 「1 行政手続のデジタル化」 (merged across the table) over 「1-1 オンライン申請の推進」
in a form whose 計画事業 cells type their IDs, 「1-1-1 ガバメントクラウドへの移行」 (review 165
#8): the policy's name was dropped with no notice — 名称 blank in `--by body-policy`, the tables
headed 「基本方針1」 with no name — while the 1-1 band rows were read with theirs. Its name is
the policy's, as 「情報化政策1 …」 is, alone and among bodies."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.presets import PRESETS
from tests.conftest import write_book

POLICIES = {"1": "行政手続のデジタル化", "2": "デジタル基盤の整備"}
ROWS = [
    ("1-1", "オンライン申請の推進", [("1-1-1 ガバメントクラウドへの移行", "○")]),
    ("1-2", "窓口のデジタル化", [("1-2-1 テレワーク環境の整備", "◎")]),
    ("2-1", "庁内ネットワークの更新", [("2-1-1 ネットワークの更新", "△"), ("2-1-2 無線LAN", "○")]),
]


def form(path: Path, body: str, marks: str = "", legend: str = "") -> Path:
    """A body's form; ``marks`` its statuses in order where not ROWS' (◎ ○ △ ×), ``legend`` a
    line under the table (an A–D body's 「※評価　A：…」)."""
    rows: list[list[object]] = [
        [f"{body}DX推進計画\u3000令和6年度\u3000実施状況調査票"],
        [f"団体名：{body}"],
        [],
        ["計画事業", "実施内容", "達成状況", "課題", "所管課"],
    ]
    bands = []
    for direction, name, items in ROWS:
        policy = direction.split("-")[0]
        if policy not in {band.split(" ")[0] for band in bands}:
            bands.append(f"{policy} {POLICIES[policy]}")
            rows.append([bands[-1]])
        rows.append([f"{direction} {name}"])
        rows += [[item, "進めた。", status, None, "総務課"] for item, status in items]
    for row, mark in zip([row for row in rows[4:] if len(row) == 5], marks, strict=False):
        row[2] = mark
    write_book(path, {"調査票": [*rows, [], [legend]] if legend else rows})
    book = load_workbook(path)
    sheet = book.active
    for number, row in enumerate(rows, start=1):  # (each band row merged A:E, as the form's)
        if len(row) == 1 and number > 4:
            sheet.merge_cells(f"A{number}:E{number}")
    book.save(path)
    return path


def test_a_band_row_names_its_policy_in_one_body_s_form(tmp_path: Path) -> None:
    read = planeval.read_workbooks(
        [form(tmp_path / "北山市.xlsx", "北山市")], scale=PRESETS["setagaya"]
    )
    assert read.policy_names == POLICIES
    assert {entry.policy_id: entry.policy_name for entry in read.entries} == POLICIES


def test_bodies_read_by_file_name_their_policies(tmp_path: Path) -> None:
    folder = tmp_path / "回答"
    folder.mkdir()
    for code, body in (("491004", "北山市"), ("492027", "東浜市")):
        form(folder / f"{code}_{body}.xlsx", body)
    (tmp_path / "planeval.toml").write_text(
        '[scale]\npreset = "setagaya"\n[wording]\npolicy = "基本方針"\n', encoding="utf-8"
    )
    args = ["summarize", str(folder), "--bodies", "file", "--by", "body-policy", "-f", "csv"]
    args += ["--config", str(tmp_path / "planeval.toml")]
    shown = CliRunner().invoke(app, args)
    assert shown.exit_code == 0, shown.output
    lines = [line.split(",") for line in shown.stdout.splitlines()]
    named = {(cells[0], cells[1], cells[2]) for cells in lines[1:] if cells[1] in POLICIES}
    assert named == {
        (body, policy, name) for body in ("北山市", "東浜市") for policy, name in POLICIES.items()
    }, shown.stdout
    tables = CliRunner().invoke(app, ["tables", str(folder), "--bodies", "file", *args[-2:]])
    assert tables.exit_code == 0, tables.output
    headed = [line for line in tables.stdout.splitlines() if line.startswith("基本方針")]
    assert headed == [f"基本方針{p} {name}" for p, name in POLICIES.items()] * 2, tables.stdout
