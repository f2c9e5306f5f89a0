"""南浜市's 集中改革プラン (review 99): its list types a 推進項目 line 「(1)　事務事業の再編・整理」
under each 基本方針 heading, over that 推進項目's table 番号 | 取組項目 | 取組内容 | 担当課, its
取組項目 numbered 1.1 … straight through the 基本方針. Its 課' own forms type the same lines,
which the forms reader reads as the 推進項目 (review 98); the plan reader read none. So a
collection with one 課 missing placed that 課's 未提出 rows under no 推進項目, each 推進項目
broken around them and headed again after each, each piece counted as the whole (#2); the
template wrote no 推進項目, its returns a flat table per 基本方針, --by direction refused and a
推進項目's paragraph compared with its whole 基本方針 by check (#3). The plan's lines are read
by the forms' rule now, the template writes them as band rows read back as the same 推進項目."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from planeval.io.plan_reader import read_plan
from tests.conftest import write_book
from tests.minamihama import TOML

RUNNER = CliRunner()
# 基本方針 → its 推進項目 → (番号, 取組項目, 担当課, 進捗状況 its 課 gives) of each row
PLAN = [
    ("事務事業の見直しと効率化", [
        ("事務事業の再編・整理", [("1.1", "市営住宅の見直し", "企画課", "取組中"),
                                  ("1.2", "文書管理の整理合理化", "総務課", "目標達成")]),
        ("民間委託等の推進", [("1.3", "図書館の見直し", "企画課", "取組中"),
                              ("1.4", "定員の見直し", "総務課", "取組中"),
                              ("1.5", "契約事務の効率化", "企画課", "未着手")]),
    ]),
    ("健全な財政運営", [
        ("歳入の確保", [("2.1", "使用料の見直し", "総務課", "目標達成")]),
        ("歳出の抑制", [("2.2", "公用車の整理合理化", "企画課", "取組中"),
                        ("2.3", "補助金の見直し", "総務課", "変更・中止")]),
    ]),
]  # fmt: skip
TITLE = "南浜市集中改革プラン（令和4年度～令和8年度）取組一覧"
FORM_HEADER = ["番号", "取組項目", "取組内容", "進捗状況", "取組状況・課題", "担当課"]


def _described(item: str) -> str:
    return f"{item}について、段階的に実施する。"


def city_plan(path: Path) -> Path:
    """The list as the city types it: each 基本方針's heading, each 推進項目's line under it over
    its table, a blank row after each table."""
    rows: list[tuple[object, ...]] = [(TITLE,), ()]
    for policy, (policy_name, directions) in enumerate(PLAN, start=1):
        rows.append((f"基本方針{policy}\u3000{policy_name}",))
        for n, (name, items) in enumerate(directions, start=1):
            rows += [(f"({n})\u3000{name}",), ("番号", "取組項目", "取組内容", "担当課")]
            rows += [(no, item, _described(item), ka) for no, item, ka, _ in items]
            rows.append(())
    return write_book(path, {"進捗状況": rows})


def own_form(folder: Path, department: str, *, lines: bool = True) -> Path:
    """The 課's own form, as the city sends it: its rows under each 基本方針's heading and, where
    ``lines``, each 推進項目's line (a form of the 課 typing none: each 基本方針 one table)."""
    rows: list[list[object]] = [["南浜市集中改革プラン　令和6年度 取組状況調査票"], []]
    for policy, (policy_name, directions) in enumerate(PLAN, start=1):
        rows.append([f"基本方針{policy}　{policy_name}"])
        if not lines:
            rows.append(FORM_HEADER)
        for n, (name, items) in enumerate(directions, start=1):
            rows += [[f"({n})　{name}"], FORM_HEADER] if lines else []
            rows += [
                [no, item, _described(item), status, "検討中。", ka]
                for no, item, ka, status in items
                if ka == department
            ]
            rows += [[]] if lines else []
    folder.mkdir(exist_ok=True)
    return write_book(folder / f"集中改革プラン進捗状況_{department}.xlsx", {"進捗状況": rows})


def _run(tmp_path: Path, *args: str):
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    return RUNNER.invoke(
        app, [*args, "--config", str(tmp_path / "planeval.toml")], env={"COLUMNS": "160"}
    )


def test_the_plans_lines_are_its_items_directions(tmp_path: Path) -> None:
    """Each 取組項目 of the list stands under the 推進項目 whose line is above its table: the
    direction 1-2 of 「(2)　民間委託等の推進」 under 「基本方針1」, as the forms read it, shown
    as typed."""
    plan = read_plan(city_plan(tmp_path / "取組一覧.xlsx"))
    assert [
        (i.shown_project, i.direction_id, i.shown_direction, i.direction_name) for i in plan.items
    ] == [
        ("1.1", "1-1", "(1)", "事務事業の再編・整理"),
        ("1.2", "1-1", "(1)", "事務事業の再編・整理"),
        ("1.3", "1-2", "(2)", "民間委託等の推進"),
        ("1.4", "1-2", "(2)", "民間委託等の推進"),
        ("1.5", "1-2", "(2)", "民間委託等の推進"),
        ("2.1", "2-1", "(1)", "歳入の確保"),
        ("2.2", "2-2", "(2)", "歳出の抑制"),
        ("2.3", "2-2", "(2)", "歳出の抑制"),
    ]
    assert plan.problems == []


def _headings(md: str) -> list[str]:
    """The export's headings and the count line under each 推進項目's (its 取組内容 alone where
    each 取組項目 is one: review 161 #11)."""
    lines = md.splitlines()
    return [
        line if line.startswith("#") else f"  {line}"
        for at, line in enumerate(lines)
        if line.startswith(("## 基本方針", "### "))
        or (line.startswith(("取組項目 ", "取組内容 ")) and lines[at - 2].startswith("### "))
    ]


def test_a_missing_departments_rows_stand_in_their_suishin_koumoku(tmp_path: Path) -> None:
    """企画課 has not returned its form: its 取組項目 are listed 未提出 inside their 推進項目's
    table, each 推進項目 once with its own count — not a table of 未提出 rows under the
    基本方針 before it, 「(2) 民間委託等の推進」 headed again after each, every piece counted
    as the whole 推進項目."""
    plan = city_plan(tmp_path / "取組一覧.xlsx")
    returned = own_form(tmp_path / "回収", "総務課").parent
    md = tmp_path / "集計.md"
    exported = _run(tmp_path, "export", str(returned), "--plan", str(plan), "--md", str(md), "-q")
    assert exported.exit_code == 0, exported.stderr
    text = md.read_text(encoding="utf-8")
    assert _headings(text) == [
        "## 基本方針1 事務事業の見直しと効率化",
        "### (1) 事務事業の再編・整理",
        "  取組内容 2件（評価1件：目標達成 1件／未提出 1件）",
        "### (2) 民間委託等の推進",
        "  取組内容 3件（評価1件：取組中 1件／未提出 2件）",
        "## 基本方針2 健全な財政運営",
        "### (1) 歳入の確保",
        "  取組内容 1件（評価1件：目標達成 1件）",
        "### (2) 歳出の抑制",
        "  取組内容 2件（評価1件：変更・中止 1件／未提出 1件）",
    ]
    assert "「(1) 事務事業の再編・整理」「(2) 民間委託等の推進」として、" in text  # (as typed)
    section = text[text.index("### (2) 民間委託等の推進") : text.index("## 基本方針2")]
    assert [line.split(" | ")[0] for line in section.splitlines() if line[:3] == "| 1"] == [
        "| 1.3 図書館の見直し",
        "| 1.4 定員の見直し",
        "| 1.5 契約事務の効率化",
    ]  # (1.3 and 1.5 未提出, in order among the 課's 1.4)
    tables = _run(tmp_path, "tables", str(returned), "--plan", str(plan), "-f", "plain")
    assert [line for line in tables.stdout.splitlines() if line.startswith("(")] == [
        "(1) 事務事業の再編・整理",
        "(2) 民間委託等の推進",
        "(1) 歳入の確保",
        "(2) 歳出の抑制",
    ]


def test_forms_typing_no_suishin_koumoku_keep_one_table_per_kihon_houshin(
    tmp_path: Path,
) -> None:
    """A 課's form that types no 推進項目 lines (one made before they were read) lists its rows
    under its 基本方針 alone: the 未提出 rows of the plan, which has the lines, stand there too,
    not in 推進項目 tables of their own beside the 基本方針's."""
    plan = city_plan(tmp_path / "取組一覧.xlsx")
    returned = own_form(tmp_path / "回収", "総務課", lines=False).parent
    md = tmp_path / "集計.md"
    exported = _run(tmp_path, "export", str(returned), "--plan", str(plan), "--md", str(md), "-q")
    assert exported.exit_code == 0, exported.stderr
    text = md.read_text(encoding="utf-8")
    assert "### " not in text
    section = text[text.index("## 基本方針1") : text.index("## 基本方針2")]
    assert [line.split(" | ")[0] for line in section.splitlines() if line[:3] == "| 1"] == [
        f"| {no} {item}" for no, item, _, _ in PLAN[0][1][0][1] + PLAN[0][1][1][1]
    ]


def _fill(folder: Path, target: Path, department: str) -> None:
    """A 課's template filled in as the 課 would, each status as PLAN gives it."""
    statuses = {no: status for _, directions in PLAN for _, items in directions
                for no, _, _, status in items}  # fmt: skip
    book = load_workbook(folder / f"進捗状況調査票_2024_{department}.xlsx")
    sheet = book["進捗状況"]
    column = [cell.value for cell in sheet[5]].index("進捗状況") + 1
    for row in range(6, sheet.max_row + 1):
        number = str(sheet.cell(row, 1).value or "")
        if number in statuses:
            sheet.cell(row, column).value = statuses[number]
    target.mkdir(exist_ok=True)
    book.save(target / f"{department}_回答.xlsx")


def test_the_template_writes_each_suishin_koumoku_and_its_returns_keep_them(
    tmp_path: Path,
) -> None:
    """The forms carry the plan's 推進項目 lines as band rows, 「(1) 事務事業の再編・整理」 under
    「基本方針1 …」, read back as the same 推進項目: --by direction counts each, and check
    compares a 推進項目's paragraph with its own rows, not its whole 基本方針's (7 false
    disagreements on the city's draft)."""
    plan = city_plan(tmp_path / "取組一覧.xlsx")
    made = _run(
        tmp_path, "template", str(plan), "--fiscal-year", "令和6", "-o", str(tmp_path / "調査票"),
        "--split-by", "department",
    )  # fmt: skip
    assert made.exit_code == 0, made.stderr
    form = load_workbook(tmp_path / "調査票" / "進捗状況調査票_2024_総務課.xlsx")["進捗状況"]
    assert [row[0] for row in form.iter_rows(min_row=6, values_only=True)] == [
        "基本方針1 事務事業の見直しと効率化",
        "(1) 事務事業の再編・整理", "1.2",
        "(2) 民間委託等の推進", "1.4",
        "基本方針2 健全な財政運営",
        "(1) 歳入の確保", "2.1",
        "(2) 歳出の抑制", "2.3",
    ]  # fmt: skip
    returned = tmp_path / "回収"
    for department in ("企画課", "総務課"):
        _fill(tmp_path / "調査票", returned, department)
    counted = _run(tmp_path, "summarize", str(returned), "--plan", str(plan), "--by", "direction",
                   "-f", "csv", "--no-bom")  # fmt: skip
    assert counted.exit_code == 0, counted.stderr
    assert [row.split(",")[:8] for row in counted.stdout.splitlines()] == [
        ["番号", "番号（表記）", "名称", "目標達成", "取組中", "未着手", "変更・中止", "計"],
        ["1-1", "1-(1)", "事務事業の再編・整理", "1", "1", "0", "0", "2"],
        ["1-2", "1-(2)", "民間委託等の推進", "0", "2", "1", "0", "3"],
        ["2-1", "2-(1)", "歳入の確保", "1", "0", "0", "0", "1"],
        ["2-2", "2-(2)", "歳出の抑制", "0", "1", "0", "1", "2"],
        ["合計", "", "", "2", "4", "1", "1", "8"],
    ]
    draft = tmp_path / "報告書案.txt"
    draft.write_text(
        "基本方針1　事務事業の見直しと効率化\n"
        "(2)　民間委託等の推進\n"
        "3件のうち、取組中が2件、未着手が1件でした。\n",
        encoding="utf-8",
    )
    checked = _run(tmp_path, "check", str(returned), "--plan", str(plan), "--text", str(draft))
    assert checked.exit_code == 0, checked.stdout + checked.stderr
    assert "一致しています" in checked.stdout.splitlines()[-1]


def test_the_offered_wording_has_a_line_for_the_suishin_koumoku(tmp_path: Path) -> None:
    """A first run with the preset and no [wording] offers the forms' words; the 推進項目, read
    from lines that type no word, 「(1)　事務事業の再編・整理」, get a commented line to name
    them as the plan does — nothing suggested it, and the report said 「取り組みの方向性」."""
    returned = own_form(tmp_path / "回収", "総務課").parent
    (tmp_path / "planeval.toml").write_text(TOML.split("[wording]")[0], encoding="utf-8")
    counted = RUNNER.invoke(
        app, ["summarize", str(returned), "--config", str(tmp_path / "planeval.toml")]
    )
    assert counted.exit_code == 0, counted.stderr
    block = counted.stderr.splitlines()
    assert block[block.index("  [wording]") :] == [
        "  [wording]",
        "  # 報告書の表題です（調査票の表題から）",
        '  title = "南浜市集中改革プラン　取組状況"',
        "  # 表の列の言葉です。報告書の言葉を変えるなら書き換えてください",
        '  policy = "基本方針"',
        '  project = "取組項目"',
        '  item = "取組内容"',
        '  status = "進捗状況"',
        '  issue = "取組状況・課題"',
        '  department = "担当課"',
        "  # 「事務事業の再編・整理」などの段を報告書で呼ぶ言葉です。計画での呼び方にして # を外して"
        "ください（このままなら「方向性」）",
        '  # direction = "推進項目"',
        "お知らせ 1 件",
    ]


def test_a_plan_numbering_its_items_1_1_1_keeps_its_lines_numbers_in_the_template(
    tmp_path: Path,
) -> None:
    """A list numbering each 取組項目 1.1.1 — 基本方針, 推進項目, its own — under the same lines
    「(1)　事務事業の再編・整理」: the template's band rows type the 推進項目 as the list does,
    not 「1.1 事務事業の再編・整理」 made of the numbers (review 116 #6), and read back as the
    same 推進項目."""
    rows: list[tuple[object, ...]] = [(TITLE,), ()]
    for policy, (policy_name, directions) in enumerate(PLAN, start=1):
        rows.append((f"基本方針{policy}\u3000{policy_name}",))
        for n, (name, items) in enumerate(directions, start=1):
            rows += [(f"({n})\u3000{name}",), ("番号", "取組項目", "取組内容", "担当課")]
            rows += [
                (f"{policy}.{n}.{k}", item, _described(item), ka)
                for k, (_, item, ka, _) in enumerate(items, start=1)
            ]
            rows.append(())
    plan = write_book(tmp_path / "取組一覧.xlsx", {"進捗状況": rows})
    assert [i.shown_direction for i in read_plan(plan).items][:3] == ["(1)", "(1)", "(2)"]
    made = _run(
        tmp_path, "template", str(plan), "--fiscal-year", "令和6", "-o", str(tmp_path / "調査票"),
        "--split-by", "department",
    )  # fmt: skip
    assert made.exit_code == 0, made.stderr
    form = load_workbook(tmp_path / "調査票" / "進捗状況調査票_2024_総務課.xlsx")["進捗状況"]
    assert [row[0] for row in form.iter_rows(min_row=6, values_only=True)] == [
        "基本方針1 事務事業の見直しと効率化",
        "(1) 事務事業の再編・整理", "1.1.2 文書管理の整理合理化",
        "(2) 民間委託等の推進", "1.2.2 定員の見直し",
        "基本方針2 健全な財政運営",
        "(1) 歳入の確保", "2.1.1 使用料の見直し",
        "(2) 歳出の抑制", "2.2.2 補助金の見直し",
    ]  # fmt: skip
    for department in ("企画課", "総務課"):
        book = load_workbook(tmp_path / "調査票" / f"進捗状況調査票_2024_{department}.xlsx")
        for row in book["進捗状況"].iter_rows(min_row=6):
            if row[1].value:
                row[3].value = "取組中"
        book.save(tmp_path / "調査票" / f"進捗状況調査票_2024_{department}.xlsx")
    counted = _run(tmp_path, "summarize", str(tmp_path / "調査票"), "--plan", str(plan),
                   "--by", "direction", "-f", "csv", "--no-bom")  # fmt: skip
    assert counted.exit_code == 0, counted.stderr
    assert [row.split(",")[:3] + row.split(",")[7:8] for row in counted.stdout.splitlines()] == [
        ["番号", "番号（表記）", "名称", "計"],
        ["1-1", "1-(1)", "事務事業の再編・整理", "2"],
        ["1-2", "1-(2)", "民間委託等の推進", "3"],
        ["2-1", "2-(1)", "歳入の確保", "1"],
        ["2-2", "2-(2)", "歳出の抑制", "2"],
        ["合計", "", "", "8"],
    ]
