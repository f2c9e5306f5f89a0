"""Bodies that number their rated 施策 through the whole plan (reviews 81, 82): 枚方市's 施策評価,
施策 No. 1–40 under 基本目標 Ⅰ–Ⅴ typed as Roman numerals, and 羽村市's, 施策 No. 27 under
基本目標Ⅳ. The issue list, compare and rounds showed 「2-14」「4-27」, IDs the body never wrote;
each is its own number, 「14」「27」 — and where a body numbers them anew under each policy, led
by the policy as typed, 「Ⅱ-1」. The IDs that pair and the machine-readable fields are as they
were (Entry.shown_id, policy_id, item_label)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.distinct_ids import listed_ids
from tests.conftest import write_book

runner = CliRunner()

GOALS = ["Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ"]
HIRAKATA_TOML = '[scale]\npreset = "hirakata"\n'
HAMURA_TOML = '[scale]\npreset = "hamura"\n'


def _hirakata(path: Path, year: str = "令和5年度", *, fourteen: str = "D") -> Path:
    """枚方市's 評価結果一覧 as its clerk types it: a band row 「基本目標Ⅱ　…」 over each goal's
    施策, numbered 1–40 down the whole list in the No. column."""
    rows: list[list[object]] = [
        [f"{year}　枚方市施策評価　評価結果一覧"],
        ["評価　A：効果的　B：おおむね効果的　C：改善に向けた検討を要する　D：課題の検証を要する"],
        [],
        ["No.", "施策名", "評価", "今後の方向性", "担当部"],
    ]
    number = 0
    for goal in GOALS:
        rows.append([f"基本目標{goal}　基本目標{goal}のまち"])
        for _ in range(8):
            number += 1
            status = fourteen if number == 14 else "A"
            issue = "手法を見直して実施する。" if status != "A" else ""
            rows.append([number, f"施策{number}の推進", status, issue, "総合政策部"])
    return write_book(path, {"施策評価一覧": rows})


def _hamura(path: Path) -> Path:
    """羽村市's 施策評価: a heading 「基本目標Ⅳ …」 above each table, its 施策 numbered through
    the plan (No. 26–28, then 29–30 under Ⅴ), whole phrases as statuses."""
    rows: list[list[object]] = [["羽村市長期総合計画　施策評価（令和4年度）"], []]
    plan = [
        ("Ⅳ", "活力とにぎわいのあるまち", [(26, "公園・緑地の整備"), (27, "都市基盤整備"), (28, "道路・交通網の整備")]),
        ("Ⅴ", "環境と共生するまち", [(29, "環境保全"), (30, "ごみの減量")]),
    ]  # fmt: skip
    for goal, name, measures in plan:
        rows += [
            [f"基本目標{goal}　{name}"],
            ["No.", "施策名", "評　価", "評価の理由・今後の方向性", "担当課"],
        ]
        for number, measure in measures:
            review = number == 27
            rows.append([
                number,
                measure,
                "次年度以降計画を見直す" if review else "計画どおり完了",
                "用地取得に時間を要している。" if review else "",
                "都市計画課",
            ])  # fmt: skip
        rows.append([])
    return write_book(path, {"施策評価": rows})


def _run(tmp_path: Path, toml: str, *args: str):
    (tmp_path / "planeval.toml").write_text(toml, encoding="utf-8")
    return runner.invoke(app, [*args, "--config", str(tmp_path / "planeval.toml")],
                         env={"COLUMNS": "160"})  # fmt: skip


def _read(tmp_path: Path, toml: str, book: Path) -> planeval.ReadResult:
    (tmp_path / "planeval.toml").write_text(toml, encoding="utf-8")
    config = planeval.load_config(tmp_path / "planeval.toml")
    return planeval.read_workbooks([book], scale=config.scale, layout=config.layout)


def test_hirakatas_issue_list_shows_the_bodys_own_numbers(tmp_path: Path) -> None:
    book = str(_hirakata(tmp_path / "枚方市.xlsx"))
    issues = _run(tmp_path, HIRAKATA_TOML, "issues", book, "-f", "csv", "--no-bom", "-qq")
    assert issues.exit_code == 0, issues.output
    assert issues.stdout.splitlines()[1].split(",")[:2] == ["14", "施策14の推進"]
    terminal = _run(tmp_path, HIRAKATA_TOML, "issues", book, "-qq").stdout
    assert "│ 14 " in terminal and "2-14" not in terminal


def test_hirakatas_exports_show_the_bodys_own_numbers(tmp_path: Path) -> None:
    book = str(_hirakata(tmp_path / "枚方市.xlsx"))
    out = tmp_path / "out"
    out.mkdir()
    exported = _run(tmp_path, HIRAKATA_TOML, "export", book, "-qq", "--md", str(out / "r.md"),
                    "--html", str(out / "r.html"), "--docx", str(out / "r.docx"),
                    "--csv", str(out))  # fmt: skip
    assert exported.exit_code == 0, exported.output
    md = (out / "r.md").read_text(encoding="utf-8")
    assert "| 14 | 施策14の推進 | D | 手法を見直して実施する。 | 総合政策部 |" in md
    assert "2-14" not in md
    assert "2-14" not in (out / "r.html").read_text(encoding="utf-8")
    csv = (out / "課題一覧.csv").read_text(encoding="utf-8-sig").splitlines()
    assert csv[1].split(",")[:2] == ["14", "施策14の推進"]
    from docx import Document

    cells = {c.text for t in Document(str(out / "r.docx")).tables for r in t.rows for c in r.cells}
    assert "14" in cells and "2-14" not in cells


def test_hamuras_issue_list_shows_the_bodys_own_number(tmp_path: Path) -> None:
    book = str(_hamura(tmp_path / "羽村市.xlsx"))
    issues = _run(tmp_path, HAMURA_TOML, "issues", book, "-qq")
    assert issues.exit_code == 0, issues.output
    assert "│ 27 " in issues.stdout and "4-27" not in issues.stdout


def test_compare_and_rounds_list_the_bodys_own_numbers(tmp_path: Path) -> None:
    old = str(_hirakata(tmp_path / "r4.xlsx", "令和4年度", fourteen="C"))
    new = str(_hirakata(tmp_path / "r5.xlsx", "令和5年度", fourteen="D"))
    compared = _run(tmp_path, HIRAKATA_TOML, "compare", old, new, "-f", "csv", "-qq")
    assert compared.exit_code == 0, compared.output
    assert compared.stdout.lstrip("\ufeff").splitlines()[1].startswith("14,施策14の推進,C,D")
    rounds = _run(tmp_path, HIRAKATA_TOML, "rounds", old, new, "-f", "csv", "-qq")
    assert rounds.exit_code == 0, rounds.output
    assert any(line.startswith("14,") for line in rounds.stdout.splitlines())
    assert "2-14" not in rounds.stdout


def test_the_ids_that_pair_and_the_data_are_as_they_were(tmp_path: Path) -> None:
    result = _read(tmp_path, HIRAKATA_TOML, _hirakata(tmp_path / "枚方市.xlsx"))
    fourteen = next(e for e in result.entries if e.item_no == 14)
    assert (fourteen.policy_id, fourteen.project_id, fourteen.item_label) == ("2", "2", "14")
    assert fourteen.shown_id == "2-14"  # (Entry's own: keys and the data sheet's fields)
    assert listed_ids(result.entries, result.level_labels)(fourteen) == "14"
    issues = _run(tmp_path, HIRAKATA_TOML, "issues", str(tmp_path / "枚方市.xlsx"), "-f", "json")
    [record] = json.loads(issues.stdout)["issues"]
    assert (record["policy_id"], record["project_id"], record["item_label"]) == ("2", "2", "14")


def test_numbers_restarting_under_each_policy_are_led_by_the_policy_as_typed(
    tmp_path: Path,
) -> None:
    """A body numbering its 施策 1, 2 … anew under each 基本目標 keeps the lead a flat list
    needs, in the numerals typed: 「Ⅱ-1」, not 「2-1」."""
    rows: list[list[object]] = [["令和5年度　施策評価　評価結果一覧"], [], ["No.", "施策名", "評価", "今後の方向性", "担当部"]]  # fmt: skip
    for goal in GOALS[:2]:
        rows.append([f"基本目標{goal}　基本目標{goal}のまち"])
        for number in (1, 2, 3):
            rows.append([number, f"施策{goal}{number}", "C", "検討する。", "総務部"])
    book = write_book(tmp_path / "within.xlsx", {"評価": rows})
    result = _read(tmp_path, HIRAKATA_TOML, book)
    listed = listed_ids(result.entries, result.level_labels)
    assert [listed(e) for e in result.entries] == ["Ⅰ-1", "Ⅰ-2", "Ⅰ-3", "Ⅱ-1", "Ⅱ-2", "Ⅱ-3"]


WORDED = '\n[wording]\npolicy = "基本目標"\nproject = "基本目標"\nitem = "施策"\nstatus = "評価"\n'


def test_validate_names_a_gap_under_the_policy_as_typed(tmp_path: Path) -> None:
    """「基本目標4 の施策の番号が…」 named a 基本目標 the body types Ⅳ."""
    book = _edited(_hamura(tmp_path / "羽村市.xlsx"), 27, lambda sheet, row: sheet.delete_rows(row))
    validated = _run(tmp_path, HAMURA_TOML + WORDED, "validate", str(book))
    assert "基本目標Ⅳ の施策の番号が 26 の次に 28 になっています（27がありません）" in (
        validated.output
    ), validated.output
    assert "基本目標4" not in validated.output


def test_messages_name_an_item_by_the_number_its_row_holds(tmp_path: Path) -> None:
    """A D with no text: 「14 施策14の推進 は D…」, not 「2-14 …」."""

    def blank_status(sheet: Any, row: int) -> None:
        sheet.cell(row=row, column=4).value = None

    book = _edited(_hirakata(tmp_path / "枚方市.xlsx"), 14, blank_status)
    validated = _run(tmp_path, HIRAKATA_TOML + WORDED, "validate", str(book))
    assert "C20: 14 施策14の推進 は D（課題の検証を要する）ですが" in validated.output, (
        validated.output
    )
    assert "2-14" not in validated.output


def test_summarize_by_item_shows_the_bodys_own_numbers(tmp_path: Path) -> None:
    """summarize --by item listed 「4-26」「4-27」 (planeval's joined IDs) for 羽村市's 施策
    26 and 27: each by its own number, as the issue list shows it; its JSON id as it was."""
    book = str(_hamura(tmp_path / "羽村市.xlsx"))
    plain = _run(tmp_path, HAMURA_TOML, "summarize", book, "--by", "item", "-f", "plain", "-qq")
    assert plain.exit_code == 0, plain.output
    assert [line.split()[0] for line in plain.stdout.splitlines()[2:7]] == [
        "26", "27", "28", "29", "30"
    ]  # fmt: skip
    assert "4-2" not in plain.stdout
    # (the CSV keeps the ID, the number as typed beside it, as by policy: 「ID（表記）」)
    csv = _run(tmp_path, HAMURA_TOML, "summarize", book, "--by", "item", "-f", "csv", "-qq")
    rows = [line.split(",") for line in csv.stdout.lstrip("\ufeff").splitlines()]
    assert rows[0][:2] == ["番号", "番号（表記）"] and rows[2][:2] == ["4-27", "27"]
    data = json.loads(
        _run(tmp_path, HAMURA_TOML, "summarize", book, "--by", "item", "-f", "json").stdout
    )
    assert [g["id"] for g in data["groups"]][:2] == ["4-26", "4-27"]


def test_summarize_by_item_leads_numbers_restarting_with_the_policy_as_typed(
    tmp_path: Path,
) -> None:
    """Numbered anew under each 基本目標, an item is led by its 基本目標 as typed, 「Ⅱ-1」, as
    the issue list leads it — one read at once or file by file (rollup's tallies merged)."""
    books = []
    for goal in GOALS[:2]:
        rows: list[list[object]] = [["令和5年度　施策評価"], [], ["No.", "施策名", "評価", "今後の方向性", "担当部"]]  # fmt: skip
        rows.append([f"基本目標{goal}　基本目標{goal}のまち"])
        rows += [[n, f"施策{goal}{n}", "A", "", "総務部"] for n in (1, 2)]
        books.append(write_book(tmp_path / f"{goal}.xlsx", {"評価": rows}))
    (tmp_path / "planeval.toml").write_text(HIRAKATA_TOML, encoding="utf-8")
    config = planeval.load_config(tmp_path / "planeval.toml")
    read = planeval.read_workbooks(books, scale=config.scale, layout=config.layout)
    summary = planeval.summarize(
        read.entries, by="item", scale=config.scale, labels=read.level_labels
    )
    assert [g.shown_id for g in summary.groups] == ["Ⅰ-1", "Ⅰ-2", "Ⅱ-1", "Ⅱ-2"]
    rolled, _read_too = planeval.summarize_workbooks(
        books, by="item", scale=config.scale, layout=config.layout, stream=True
    )
    assert [g.shown_id for g in rolled.groups] == ["Ⅰ-1", "Ⅰ-2", "Ⅱ-1", "Ⅱ-2"]


def test_the_json_gives_each_level_its_number_as_typed(tmp_path: Path) -> None:
    """A plan of two levels (羽村市: 基本目標Ⅳ › 施策 27) gave its JSON the IDs alone (policy
    「4」), where every table, the CSV and the data sheet show Ⅳ: each policy, direction and
    counted group has its ``label`` beside its ``id`` ("" where typed as the ID), the keys that
    were there as they were."""
    book = str(_hamura(tmp_path / "羽村市.xlsx"))
    tables = json.loads(_run(tmp_path, HAMURA_TOML, "tables", book, "-f", "json").stdout)
    assert [(p["id"], p["label"], p["name"]) for p in tables["policies"]] == [
        ("4", "Ⅳ", "活力とにぎわいのあるまち"), ("5", "Ⅴ", "環境と共生するまち")
    ]  # fmt: skip
    assert [(d["id"], d["label"]) for d in tables["policies"][0]["directions"]] == [("", "")]
    summary = json.loads(_run(tmp_path, HAMURA_TOML, "summarize", book, "-f", "json").stdout)
    assert [(g["id"], g["label"]) for g in summary["groups"]] == [("4", "Ⅳ"), ("5", "Ⅴ")]
    out = tmp_path / "r.json"
    assert _run(tmp_path, HAMURA_TOML, "export", book, "--json", str(out), "-qq").exit_code == 0
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert [(p["id"], p["label"]) for p in exported["policies"]] == [("4", "Ⅳ"), ("5", "Ⅴ")]
    assert [(g["id"], g["label"]) for g in exported["summary"]["groups"]] == [
        ("4", "Ⅳ"), ("5", "Ⅴ")
    ]  # fmt: skip
    assert exported["policies"][0]["directions"][0]["label"] == ""
    again = _hamura(tmp_path / "羽村市_再.xlsx")
    rounds = _run(tmp_path, HAMURA_TOML, "rounds", book, str(again), "-f", "json", "-qq")
    assert rounds.exit_code == 0, rounds.output
    assert [(p["id"], p["label"]) for p in json.loads(rounds.stdout)["policies"]] == [
        ("4", "Ⅳ"), ("5", "Ⅴ"), ("合計", "")
    ]  # fmt: skip


def _edited(book: Path, number: int, edit: Callable[[Any, int], object]) -> Path:
    """``book`` with ``edit`` done to the sheet at the row whose first cell is ``number``."""
    from openpyxl import load_workbook

    workbook = load_workbook(book)
    sheet = workbook.active
    assert sheet is not None
    [row] = [cells[0].row for cells in sheet.iter_rows() if cells[0].value == number]
    edit(sheet, row)
    workbook.save(book)
    return book
