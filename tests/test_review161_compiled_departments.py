"""東尾張県ITプラン2025 (review 161): one workbook the ICT推進課 compiled of every 部局's answers,
one sheet per 柱, a 所管部局 column on each row, beside the plan naming each 取組's 所管部局.

- #5: 警察本部 never answered — its rows are there, 達成状況 blank — and the read stopped on
  them as errors (exit 1, even with --plan), --keep-going's report saying 「エラーのあった 3 か所」:
  a 部局 every row of which is blank is 未提出, said once (the 部局, its items, the sheet and
  rows), as a 部局 that sent no file of a folder is, its items listed 未提出; a co-owned item
  only one co-owner left blank is no such case;
- #7: split refused the compiled book (one body's answer) and named no route to per-部局 files:
  ``split --by department`` writes one workbook per 部局, and those read back count alike."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import Workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.higashiowari_forms import SETTINGS

# (sheet, 柱 heading, direction, [(name, 所管部局, 達成状況)])
BOOK = [
    ("柱1 行政サービス", "柱1　行政サービスのデジタル化", "(1) オンライン手続", [
        ("電子申請システムの拡充", "総務局", "A"),
        ("許認可手続のオンライン化", "建設局", "B"),
        ("オンライン相談窓口の設置", "県民文化局", "C"),
        ("交通安全情報の提供", "警察本部", None),
    ]),
    ("柱2 基盤", "柱2　安全・安心な情報基盤", "(1) 情報セキュリティ", [
        ("情報セキュリティ監査の実施", "総務局", "A"),
        ("サイバー犯罪対策の強化", "警察本部", None),
        ("道路台帳の電子化", "建設局", "D"),
        ("県民文化施設の予約", "県民文化局", "B"),
    ]),
]  # fmt: skip
CIRCLED = "①②③④⑤"


def write(folder: Path, book: list = BOOK) -> tuple[Path, Path]:  # type: ignore[type-arg]
    """The settings, the plan (計画.xlsx) and the compiled workbook; their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    plan, compiled = Workbook(), Workbook()
    listed = plan.active
    listed.title = "計画事業一覧"
    listed.append(["柱", "取組の方向", "No.", "取組名", "取組内容", "所管部局", "区分"])
    compiled.remove(compiled.active)
    for pillar, (sheet_name, heading, direction, rows) in enumerate(book, 1):
        sheet = compiled.create_sheet(sheet_name)
        sheet.append(["東尾張県ITプラン2025　進捗状況（令和6年度）"])
        sheet.append([heading])
        sheet.append(["No.", "取組名", "取組内容", "所管部局", "達成状況"])
        sheet.append([direction])
        for index, (name, department, status) in enumerate(rows):
            number = f"{pillar}-(1)-{CIRCLED[index]}"
            content = f"{name}に係る取組を推進する。"
            listed.append([heading.replace("　", " ", 1), direction, number, name, content,
                           department, "継続"])  # fmt: skip
            sheet.append([number, name, content, department, status])
    plan.save(plan_path := folder / "計画.xlsx")
    compiled.save(book_path := folder / "ITプラン進捗_取りまとめ_R6.xlsx")
    return plan_path, book_path


def run(folder: Path, *args: str) -> tuple[int, str, str]:
    done = CliRunner().invoke(
        app, [*args, "--config", str(folder / "planeval.toml")], env={"COLUMNS": "200"}
    )
    return done.exit_code, done.stdout, done.stderr


def read(folder: Path, plan: Path, book: Path) -> planeval.ReadResult:
    """The compiled workbook as the library reads it with the plan and the settings."""
    config = planeval.load_config(folder / "planeval.toml")
    return planeval.read_workbooks(
        [book],
        scale=config.scale,
        layout=config.layout,
        wording=config.wording,
        plan=planeval.read_plan(plan, wording=config.wording),
    )


def rated(rows: list) -> int:  # type: ignore[type-arg]
    return sum(1 for _sheet, _h, _d, its in rows for _n, _d2, status in its if status)


def test_a_department_that_left_every_row_blank_in_the_compiled_book_is_未提出(
    tmp_path: Path,
) -> None:
    plan, book = write(tmp_path)
    blank = [name for *_, its in BOOK for name, _d, status in its if not status]
    result = read(tmp_path, plan, book)
    assert not result.has_errors, [p.message for p in result.problems if p.is_error]
    assert result.unreturned == {"警察本部": len(blank)}, result.unreturned
    assert [row.item_name for row in result.unreturned_rows] == [
        f"{n}に係る取組を推進する。" for n in blank
    ]
    assert len(result.entries) == rated(BOOK)
    said = [p for p in result.problems if p.reason == "未提出"]
    assert len(said) == 1, said  # (once, naming the 部局, its items, the sheet and its rows)
    assert "警察本部" in said[0].message and f"{len(blank)} 件" in said[0].message, said
    assert "柱1 行政サービス" in said[0].message and "柱2 基盤" in said[0].message, said
    assert "どのファイルにもありません" not in said[0].message, said
    code, shown, errors = run(tmp_path, "summarize", str(book), "--plan", str(plan), "-f", "json")
    assert code == 0, errors
    assert sum(group["total"] for group in json.loads(shown)["groups"]) == rated(BOOK), shown
    code, shown, errors = run(tmp_path, "export", str(book), "--plan", str(plan),
                              "--md", str(tmp_path / "報告.md"))  # fmt: skip
    assert code == 0, errors
    text = (tmp_path / "報告.md").read_text(encoding="utf-8")
    assert f"警察本部の取組内容 {len(blank)} 件は、回答が提出されていないため" in text, text
    assert "記入に不備のあった" not in text, text
    code, shown, errors = run(tmp_path, "validate", str(book), "--plan", str(plan), "-f", "json")
    labels = {s["department"]: s["label"] for s in json.loads(shown)["submissions"]}
    assert labels["警察本部"] == "未提出", labels
    assert code == 1, errors  # (validate: not every 部局 returned, as of a folder)
    assert "空です" not in errors, errors  # (no error per blank row)


def test_a_department_that_rated_one_of_its_rows_is_no_unanswered_one(tmp_path: Path) -> None:
    book_rows = [
        (sheet, heading, direction, [(n, d, "B" if n == "交通安全情報の提供" else s)
                                     for n, d, s in its])
        for sheet, heading, direction, its in BOOK
    ]  # fmt: skip
    plan, book = write(tmp_path, book_rows)
    result = read(tmp_path, plan, book)
    assert result.unreturned == {}, result.unreturned
    blanks = [p for p in result.problems if p.is_error]
    assert len(blanks) == 1 and "警察本部" in blanks[0].message, blanks  # (its one blank: 未記入)
    code, _shown, errors = run(tmp_path, "summarize", str(book), "--plan", str(plan))
    assert code == 1, errors


def counts(folder: Path, *args: str) -> tuple[dict[str, dict[str, int]], list[str]]:
    """Each policy's counts as summarize --plan reads ``args``, and the 未提出 warnings."""
    code, shown, errors = run(folder, "summarize", *args, "-f", "json")
    assert code == 0, errors
    read = json.loads(shown)
    unsent = [p["message"] for p in read["problems"] if "未提出" in p["message"]]
    return {group["id"]: group["counts"] for group in read["groups"]}, unsent


def test_split_names_the_route_by_department_for_one_body_s_compiled_book(tmp_path: Path) -> None:
    _plan, book = write(tmp_path)
    code, _shown, errors = run(tmp_path, "split", str(book), "-o", str(tmp_path / "団体別"))
    assert code == 2, errors
    assert "--by department" in errors, errors


def test_split_by_department_writes_each_department_s_rows_that_count_alike(
    tmp_path: Path,
) -> None:
    plan, book = write(tmp_path)
    folder = tmp_path / "部局別"
    code, shown, errors = run(tmp_path, "split", str(book), "--by", "department", "-o", str(folder))
    assert code == 0, errors
    answered = {d for *_, its in BOOK for _n, d, status in its if status}
    assert {path.stem.rsplit("_", 1)[1] for path in folder.glob("*.xlsx")} == answered, shown
    assert "警察本部の行は達成状況がどれも空欄のため" in shown, shown  # (no blank form written)
    whole, said = counts(tmp_path, str(book), "--plan", str(plan))
    assert counts(tmp_path, str(folder), "--plan", str(plan))[0] == whole
    assert sum(sum(c.values()) for c in whole.values()) == rated(BOOK)
    assert len(said) == 1 and "警察本部" in said[0], said
    # (the library alike: each department's rows in its own workbook)
    config = planeval.load_config(tmp_path / "planeval.toml")
    again = planeval.split_departments(book, tmp_path / "again", scale=config.scale,
                                       layout=config.layout)  # fmt: skip
    assert again.unanswered == ["警察本部"]
    own = {d: sum(1 for *_, its in BOOK for _n, d2, _s in its if d2 == d) for d in answered}
    assert {split.body: split.rows for split in again.written} == own


def test_split_by_department_leaves_a_total_row_out_of_every_department_s_workbook(
    tmp_path: Path,
) -> None:
    from openpyxl import load_workbook

    _plan, book = write(tmp_path)
    compiled = load_workbook(book)
    compiled["柱1 行政サービス"].append(["合計", "4取組", None, None, "A 1件、B 1件、C 1件、D 0件"])
    compiled["柱1 行政サービス"].append(["※「再掲」の取組は件数に含めていません。"])
    compiled.save(book)
    folder = tmp_path / "部局別"
    code, _shown, errors = run(
        tmp_path, "split", str(book), "--by", "department", "-o", str(folder)
    )
    assert code == 0, errors
    for path in folder.glob("*.xlsx"):
        cells = [c for row in load_workbook(path)["柱1 行政サービス"].iter_rows(values_only=True)
                 for c in row if c is not None]  # fmt: skip
        assert "合計" not in cells, (path, cells)  # (the whole table's, no department's)
        assert "※「再掲」の取組は件数に含めていません。" in cells, (path, cells)  # (a note: kept)
