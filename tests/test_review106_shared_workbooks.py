"""羽村市-style 事務事業の進捗状況 (review 106): one shared workbook per 部, several 課 on one sheet,
titled 「令和6年度　…事務事業の進捗状況（都市建設部）」, or one workbook every 課 edits; the
plan numbers its 施策 and its 事業 straight through (事業番号 1 … 56), as the forms do.

- #3: a 部 whose workbook did not come back was read as having had its 事業 removed (削除, the
  total falling) — the 部 its title names in brackets is its writer, so its 事業 are 今回未集計;
  read with the plan, its 課 are said once, not the 部 beside them;
- #6: a 課 whose rows in the one shared workbook are all blank was 未提出 「回答がどのファイルにも
  ありません」 beside its blank-cell errors, though its rows were there: it is 未提出 said once,
  naming those rows, no error each (review 161 #5: a 部局 that never answered a compiled book);
- #5: template wrote the plan's 事業番号 as ④ … ㊿ and then 「(56)」: it writes them as the plan
  types them, and the forms read back."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

from planeval import read_workbooks
from planeval.cli import app
from planeval.config import load_config
from planeval.distinct_ids import listed_ids

GOALS = {1: "安全で快適に暮らせるまち", 2: "市民とともに歩むまち"}
# (基本目標, 施策番号, 施策名, 事業番号, 事業名, 担当課, 部)
PLAN = [
    (1, 1, "防災・減災対策", 1, "防災訓練の実施", "生活環境課", "市民生活部"),
    (1, 1, "防災・減災対策", 2, "木造住宅耐震化助成", "都市計画課", "都市建設部"),
    (1, 1, "防災・減災対策", 3, "雨水排水施設の整備", "土木課", "都市建設部"),
    (1, 2, "都市基盤整備", 4, "市道の舗装補修", "土木課", "都市建設部"),
    (1, 2, "都市基盤整備", 5, "空き家対策の推進", "都市計画課", "都市建設部"),
    (2, 3, "市民参加と協働", 6, "市民意識調査", "生活環境課", "市民生活部"),
    (2, 3, "市民参加と協働", 56, "行政手続のオンライン化", "市民課", "市民生活部"),
]
STATUS = {6: ("計画どおり完了", "一部遅れ"), 56: ("一部遅れ", "計画どおり進捗")}
SETTINGS = """[scale]
preset = "hamura"

[[scale.status]]
symbol = "計画どおり進捗"
label = "計画どおり進捗"
after = "計画どおり完了"

[[scale.status]]
symbol = "一部遅れ"
label = "一部遅れ"
after = "計画どおり進捗"

[wording]
policy = "基本目標"
project = "施策"
item = "事業"
status = "進捗状況"
issue = "課題・今後の方向性"
department = "担当課"
"""


def run(folder: Path, *args: str) -> tuple[int, str, str]:
    done = CliRunner().invoke(
        app, [*args, "--config", str(folder / "planeval.toml")], env={"COLUMNS": "200"}
    )
    return done.exit_code, done.stdout, done.stderr


def write_plan(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    book = Workbook()
    sheet = book.active
    sheet.title = "計画事業一覧"
    sheet.append(["基本目標", "施策番号", "施策名", "事業番号", "事業名", "区分", "担当課"])
    for goal, project, name, number, item, section, _bu in PLAN:
        sheet.append([f"{goal} {GOALS[goal]}", project, name, number, item, "継続", section])
    book.save(path := folder / "計画.xlsx")
    return path


def shared_form(path: Path, title: str, rows: list[tuple[object, ...]], year: int) -> None:
    """A workbook of several 課' rows on one sheet, under 基本目標 and 施策 headings; each row
    rated as ``year`` (0 or 1) rates it, or blank where its 課 filled nothing (``None``)."""
    book = Workbook()
    sheet = book.active
    sheet.title = "進捗状況"
    sheet.append([f"令和{6 + year}年度\u3000羽村市長期総合計画 実施計画\u3000{title}"])
    goal = project = None
    for row in rows:
        (new_goal, new_project, name, number, item, section, _bu), status = row[:7], row[7]
        if new_goal != goal:
            sheet.append([])
            sheet.append([f"基本目標{new_goal}\u3000{GOALS[int(str(new_goal))]}"])
        if new_project != project:
            sheet.append([f"施策{new_project}「{name}」"])
            sheet.append(["番号", "事業名", "担当課", "進捗状況", "課題・今後の方向性"])
        goal, project = new_goal, new_project
        sheet.append([number, item, section, status, None])
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)


def bu_round(folder: Path, year: int, bureaus: tuple[str, ...]) -> Path:
    """One workbook per 部 of ``bureaus``, titled 「…事務事業の進捗状況（部）」."""
    for bu in bureaus:
        rows = [
            (*row, STATUS.get(row[3], ("計画どおり完了", "計画どおり完了"))[year])
            for row in PLAN
            if row[6] == bu
        ]
        shared_form(folder / f"{bu}_事務事業進捗.xlsx", f"事務事業の進捗状況（{bu}）", rows, year)
    return folder


def test_a_bureau_s_workbook_missing_leaves_its_items_uncounted_not_removed(
    tmp_path: Path,
) -> None:
    plan = write_plan(tmp_path)
    before = bu_round(tmp_path / "R6", 0, ("市民生活部", "都市建設部"))
    after = bu_round(tmp_path / "R7", 1, ("市民生活部",))  # (都市建設部's never came back)
    code, shown, said = run(tmp_path, "compare", str(before), str(after), "-f", "json")
    assert code == 0, said
    gone = {
        m["old"]["item_name"]: m["uncounted_in"]
        for m in json.loads(shown)["movements"]
        if m["kind"] == "removed"
    }
    # (今回未集計, each of the 部's four 事業: none removed)
    assert gone == dict.fromkeys(["木造住宅耐震化助成", "雨水排水施設の整備", "市道の舗装補修",
                                  "空き家対策の推進"], "new"), gone  # fmt: skip
    messages = [problem["message"] for problem in json.loads(shown)["problems"]]
    assert any("都市建設部は前回だけ回答しています" in m for m in messages), messages
    # (read with the plan: its 課 said once each, by the plan's names, not the 部 beside them)
    code, shown, said = run(tmp_path, "compare", str(before), str(after), "--plan", str(plan))
    assert code == 0, said
    assert "今回は調査票の提出がなかった課: 都市計画課、土木課。" in shown, shown
    assert "都市建設部は前回だけ" not in said, said
    # (the 課 answered in their own 部's workbook: 提出済, not 「…のブックで回答」 as if renamed)
    code, shown, said = run(tmp_path, "validate", str(before), "--plan", str(plan), "-f", "json")
    assert code == 0, said
    labels = {s["department"]: s["label"] for s in json.loads(shown)["submissions"]}
    assert set(labels.values()) == {"提出済"}, labels
    # (番号 5 is the plan's 事業番号 5, typed alike: no 「事業の番号が計画と違う」 — #4)
    assert json.loads(shown)["problems"] == [], shown


def test_a_section_that_filled_none_of_its_rows_in_the_shared_workbook_is_未提出_there(
    tmp_path: Path,
) -> None:
    plan = write_plan(tmp_path)
    rows = [(*row, None if row[5] == "都市計画課" else "計画どおり完了") for row in PLAN]
    shared_form(tmp_path / "全課" / "事務事業進捗_全課共用.xlsx", "事務事業の進捗状況（全課共用）",
                rows, 0)  # fmt: skip
    code, shown, said = run(
        tmp_path, "validate", str(tmp_path / "全課"), "--plan", str(plan), "-f", "json"
    )
    assert code == 1, said
    labels = {s["department"]: s["label"] for s in json.loads(shown)["submissions"]}
    assert labels["都市計画課"] == "未提出", labels
    messages = [problem["message"] for problem in json.loads(shown)["problems"]]
    assert not any("どのファイルにもありません" in m for m in messages), messages
    assert any("都市計画課の行は進捗状況がどれも空欄です" in m for m in messages), messages
    assert not any("が空です" in m for m in messages), messages  # (one warning: no error each)


def test_template_writes_the_plan_s_numbers_as_typed_and_reads_them_back(tmp_path: Path) -> None:
    plan = write_plan(tmp_path)
    forms = tmp_path / "調査票"
    code, _shown, said = run(tmp_path, "template", str(plan), "--fiscal-year", "令和7",
                             "-o", str(forms), "--split-by", "department")  # fmt: skip
    assert code == 0, said
    book = load_workbook(forms / "進捗状況調査票_2025_市民課.xlsx")
    sheet = book["進捗状況"]
    rows = [row for row in sheet.iter_rows(values_only=True) if row[3] == "行政手続のオンライン化"]
    assert [row[2] for row in rows] == ["56"], rows
    numbers = set()
    for path in forms.glob("*.xlsx"):
        book = load_workbook(path)
        sheet = book["進捗状況"]
        [header] = [r for r in sheet.iter_rows(max_row=6) if r[0].value == "施策番号"]
        titles = {cell.value: cell.column - 1 for cell in header}
        for row in sheet.iter_rows(min_row=header[0].row + 1):
            if row[titles["事業"]].value:
                numbers.add(row[titles["事業番号"]].value)
                row[titles["進捗状況"]].value = "計画どおり完了"
        book.save(path)
    assert numbers == {str(row[3]) for row in PLAN}, numbers
    code, shown, said = run(tmp_path, "validate", str(forms), "--plan", str(plan), "-f", "json")
    assert code == 0, said
    assert json.loads(shown)["problems"] == [], shown


def test_a_title_names_its_writer_in_brackets_at_its_end(tmp_path: Path) -> None:
    """「…（都市建設部）」 states the workbook's 部, as 「担当部局：都市建設部」 does; 「（全課共用）」 and
    「（案）」 name nobody."""
    config = load_config(write_plan(tmp_path).parent / "planeval.toml")
    rows = [(*row, "計画どおり完了") for row in PLAN]
    for title in (
        "事務事業の進捗状況（都市建設部）",
        "事務事業の進捗状況（全課共用）",
        "進捗状況（案）",
    ):
        shared_form(tmp_path / "form" / f"{title}.xlsx", title, rows, 0)
    read = read_workbooks([tmp_path / "form"], scale=config.scale, layout=config.layout)
    named = {Path(file).stem: department for file, department in read.file_departments.items()}
    assert named == {"事務事業の進捗状況（都市建設部）": "都市建設部"}, named


def test_a_shared_workbook_titled_without_its_bureau_missing_leaves_its_sections_uncounted(
    tmp_path: Path,
) -> None:
    """No title nor file name names the 部: the 課 its rows' 担当課 column names, with a row last
    round and none this round, did not answer — their 事業 今回未集計, the counts like for like —
    while a 課 that answered and dropped a 事業 has it 削除."""
    write_plan(tmp_path)
    for year, bureaus in ((0, ("市民生活部", "都市建設部")), (1, ("市民生活部",))):
        for index, bu in enumerate(bureaus, 1):
            rows = [
                (*row, STATUS.get(row[3], ("計画どおり完了", "計画どおり完了"))[year])
                for row in PLAN
                if row[6] == bu and (year == 0 or row[3] != 6)  # (市民意識調査 dropped)
            ]
            shared_form(tmp_path / f"R{6 + year}" / f"回答{index}.xlsx", "事務事業の進捗状況",
                        rows, year)  # fmt: skip
    rounds = [str(tmp_path / "R6"), str(tmp_path / "R7")]
    code, shown, said = run(tmp_path, "compare", *rounds, "-f", "json")
    assert code == 0, said
    found = json.loads(shown)
    gone = {
        m["old"]["item_name"]: m["uncounted_in"]
        for m in found["movements"]
        if m["kind"] == "removed"
    }
    assert gone == {"市民意識調査": None, **dict.fromkeys(["木造住宅耐震化助成", "雨水排水施設の整備",
                    "市道の舗装補修", "空き家対策の推進"], "new")}, gone  # fmt: skip
    # (計 2 → 2: the 4 事業 left out of both rounds, 市民意識調査 a fall; 前回 counted 7)
    totals = [found[side]["total"]["total"] for side in ("old", "new")]
    assert (totals, found["counted"]) == ([3, 2], {"old": 7, "new": 2}), (totals, found["counted"])
    code, shown, said = run(tmp_path, "compare", *rounds, "-f", "plain")
    assert "今回は調査票の提出がなかった課: 土木課、都市計画課。" in shown, shown
    assert "土木課は前回だけ回答しています" in said, said
    code, shown, said = run(tmp_path, "rounds", *rounds, "-f", "plain")
    assert code == 0, said
    assert "調査票の提出がない回がある課: 土木課（令和7年度）、都市計画課（令和7年度）" in shown, (
        shown
    )


def test_projects_and_items_are_shown_by_the_body_s_own_numbers(tmp_path: Path) -> None:
    """Review 106 #10: 施策 headed 「施策3「市民参加と協働」」 under 「基本目標2 …」, numbered
    straight through the plan, were shown by planeval's 2-3, and the issue list's 事業 番号 56
    (numbered through the plan too) as 2-3-56: numbers the body never typed. Each is shown by
    its own number, 3 and 56, as the forms type them."""
    write_plan(tmp_path)
    replies = bu_round(tmp_path / "R7", 1, ("市民生活部", "都市建設部"))
    out = tmp_path / "報告.md"
    code, _shown, said = run(tmp_path, "export", str(replies), "--md", str(out))
    assert code == 0, said
    lines = out.read_text(encoding="utf-8").splitlines()
    # (each 事業's 担当課 last, as the forms name it: review 175 #6)
    assert "| 3 市民参加と協働 | 6 市民意識調査 | 一部遅れ | 生活環境課 |" in lines, lines
    assert "| 1 防災・減災対策 | 1 防災訓練の実施 | 計画どおり完了 | 生活環境課 |" in lines, lines
    config = load_config(tmp_path / "planeval.toml")
    read = read_workbooks([replies], scale=config.scale, wording=config.wording)
    listed = listed_ids(read.entries, read.level_labels)  # (the issue list's, compare's IDs)
    shown = {e.item_name: listed(e) for e in read.entries}
    assert shown["行政手続のオンライン化"] == "56", shown
    assert shown["市道の舗装補修"] == "4", shown
