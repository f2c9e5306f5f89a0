"""A prefecture's compiled workbook, a sheet per 柱 ending in its own total row, the count in
the body's counter word and the breakdown in the status cell (review 161):
「合計 | 5取組 | … | A 2件、B 2件、C 1件、D 0件」. It is the sheet's stated total, compared with
the rows above it — never an error 「…の行に名称がありません（「5取組」は下の行をまとめる見出し
の行のようです）」 on every sheet, nor a place 「エラーのあった…」 whose fix would change a count —,
and an error on another sheet no longer hides a disagreement. And 「警察本部所管の2取組は回答が
なかったため評価していません」 is rows not counted, not the whole plan's total."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from openpyxl import Workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.model import Severity
from planeval.stated_totals import STATED_TOTAL
from tests.conftest import Rows
from tests.higashiowari_forms import HEADER

RUNNER = CliRunner()
LEGEND = "※達成状況　A：達成率100%以上　B：80%以上100%未満　C：50%以上80%未満　D：50%未満"
# each 柱's sheet, heading and its 取組 (name, status; "" a 局 that did not answer)
PILLARS = {
    "柱1 行政サービス": ("柱1　行政サービスのデジタル化", ["A", "B", "B", "C", "A"]),
    "柱2 地域DX": ("柱2　地域社会のデジタル化の推進", ["A", "B", "C", "D", "B", "A"]),
}
SETTINGS = """[scale]
preset = "aichi"

[wording]
policy = "柱"
project = "取組"
item = "取組内容"
status = "達成状況"
department = "所管部局"
counter = "{counter}"
"""


def _stated(statuses: list[str]) -> str:
    counts = Counter(statuses)
    return "、".join(f"{symbol} {counts[symbol]}件" for symbol in "ABCD")


def _sheet(number: int, heading: str, statuses: list[str], counter: str, off: bool) -> Rows:
    """The 柱's sheet as ICT推進課 compiles it; its 合計 row's B one more than its rows where
    ``off``."""
    rows: list[list[object]] = [
        ["東尾張県ITプラン2025　進捗状況（令和6年度）"],
        [LEGEND],
        [],
        [heading],
    ]
    rows += [HEADER, ["(1) 取組の方向"]]
    for index, status in enumerate(statuses, 1):
        name = f"取組{number}-{index}"
        rows.append([f"{number}-(1)-{index}", name, f"{name}を進める。", "総務局", "実施した。"])
        rows[-1] += [status or None, None if status else "（回答なし）"]
    rated = [status for status in statuses if status]
    stated = _stated([*rated, "B"] if off else rated)
    rows.append(["合計", f"{len(statuses)}{counter}", None, None, None, stated, None])
    return rows


def _book(
    tmp_path: Path, *, counter: str = "取組", blank_in_first: bool = False, off: bool = True
) -> tuple[Path, dict[str, int]]:
    """The compiled workbook (柱2's 合計 states one B too many where ``off``; 柱1's last 取組
    not answered where ``blank_in_first``) and each sheet's 合計 row."""
    book = Workbook()
    book.remove(book.active)
    totals = {}
    for number, (sheet, (heading, statuses)) in enumerate(PILLARS.items(), 1):
        statuses = [*statuses, ""] if blank_in_first and number == 1 else statuses
        rows = _sheet(number, heading, statuses, counter, off and number == 2)
        for row in rows:
            book.create_sheet(sheet).append(row) if sheet not in book else book[sheet].append(row)
        totals[sheet] = len(rows)
    path = tmp_path / "ITプラン進捗_取りまとめ_R6.xlsx"
    book.save(path)
    return path, totals


def _settings(tmp_path: Path, counter: str = "取組") -> Path:
    path = tmp_path / "planeval.toml"
    path.write_text(SETTINGS.format(counter=counter), encoding="utf-8")
    return path


def _read(path: Path, settings: Path) -> planeval.ReadResult:
    config = planeval.load_config(settings)
    return planeval.read_workbooks(
        [path], scale=config.scale, layout=config.layout, wording=config.wording
    )


def _b_said() -> str:
    """柱2's B as its 合計 states it and as its rows count."""
    counted = PILLARS["柱2 地域DX"][1].count("B")
    return f" {counted + 1}（行は {counted}）"


def test_a_total_row_counted_in_torikumi_is_the_sheet_s_stated_total(tmp_path: Path) -> None:
    path, totals = _book(tmp_path)
    result = _read(path, _settings(tmp_path))
    assert not [p for p in result.problems if p.is_error]
    assert len(result.entries) == sum(len(statuses) for _h, statuses in PILLARS.values())
    stated = [text for text in result.texts if text.text.startswith("合計 ")]
    assert [text.location.cell for text in stated] == [f"B{row}" for row in totals.values()]
    # 柱2's wrong B is said at its 合計 row, and 柱1's, which agrees, not at all
    [said] = [p for p in result.problems if p.reason == STATED_TOTAL]
    assert (said.location.sheet, said.location.cell) == ("柱2 地域DX", f"B{totals['柱2 地域DX']}")
    assert said.message.startswith("合計の行の件数が") and _b_said() in said.message
    # the common counter without [wording] counter too (取組 as bodies spell it)
    plain = tmp_path / "plain.toml"
    plain.write_text('[scale]\npreset = "aichi"\n', encoding="utf-8")
    assert [p.reason for p in _read(path, plain).problems if p.is_error or p.reason] == [
        STATED_TOTAL
    ]


def test_a_count_in_the_body_s_own_counter_is_read_with_its_setting(tmp_path: Path) -> None:
    path, _ = _book(tmp_path, counter="プロジェクト")
    result = _read(path, _settings(tmp_path, "プロジェクト"))
    assert [p.reason for p in result.problems if p.is_error or p.reason] == [STATED_TOTAL]
    # without it, each 合計 row is a warning naming the setting, not an error of a heading
    unread = _read(path, _settings(tmp_path, "件"))
    assert not [p for p in unread.problems if p.is_error]
    warned = [p for p in unread.problems if "合計の行の件数「" in p.message]
    assert [p.location.sheet for p in warned] == list(PILLARS)
    assert all('counter = "プロジェクト"' in p.hint for p in warned)
    assert len(unread.entries) == len(result.entries)


def test_an_error_on_another_sheet_leaves_a_total_compared(tmp_path: Path) -> None:
    path, _ = _book(tmp_path, blank_in_first=True)
    result = _read(path, _settings(tmp_path))
    [blank] = [p for p in result.problems if p.is_error]
    assert blank.location.sheet == "柱1 行政サービス"
    [said] = [p for p in result.problems if p.reason == STATED_TOTAL]
    assert said.location.sheet == "柱2 地域DX" and _b_said() in said.message
    # 柱1's 合計 counts its unanswered row too: its rows would not tell, and it is not said
    whole, _ = _book(tmp_path, blank_in_first=True, off=False)
    assert not [p for p in _read(whole, _settings(tmp_path)).problems if p.reason == STATED_TOTAL]


def test_the_command_line_leaves_out_only_the_row_in_error(tmp_path: Path) -> None:
    path, _ = _book(tmp_path, blank_in_first=True)
    settings = _settings(tmp_path)
    args = ["summarize", str(path), "--config", str(settings), "--keep-going"]
    done = RUNNER.invoke(app, args, env={"COLUMNS": "200"})
    assert done.exit_code == 1, done.output  # (its one error, counted past)
    assert "記入に不備のあった 1 か所の行は集計に含めていません" in done.stdout
    assert "見出しの行" not in done.stderr
    assert "柱2 地域DX" in done.stderr and _b_said() in done.stderr
    clean, _ = _book(tmp_path, off=False)
    done = RUNNER.invoke(app, ["summarize", str(clean), "--config", str(settings)])
    assert (done.exit_code, done.stderr) == (0, "")


PLAN = [  # (柱, No., 取組名, 所管部局)
    ("柱1 行政サービスのデジタル化", "1-(1)-①", "電子申請の拡充", "総務局"),
    ("柱1 行政サービスのデジタル化", "1-(1)-②", "電子納付の推進", "総務局"),
    ("柱2 安全・安心", "2-(1)-①", "サイバー犯罪対策", "警察本部"),
    ("柱2 安全・安心", "2-(1)-②", "交通安全情報の提供", "警察本部"),
    ("柱2 安全・安心", "2-(1)-③", "監査の実施", "総務局"),
]
RATED = {"1-(1)-①": "A", "1-(1)-②": "B", "2-(1)-③": "A"}
UNANSWERED = "警察本部"


def _round(tmp_path: Path) -> tuple[Path, Path, Path]:
    """The plan, its forms made by template, each filled in but 警察本部's, never sent."""
    settings = _settings(tmp_path)
    book = Workbook()
    sheet = book.active
    sheet.append(["柱", "取組の方向", "No.", "取組名", "取組内容", "所管部局", "区分"])
    for pillar, number, name, department in PLAN:
        sheet.append([pillar, "(1) 取組の方向", number, name, f"{name}を進める。", department])
        sheet.cell(sheet.max_row, 7, "継続")
    plan = tmp_path / "計画.xlsx"
    book.save(plan)
    forms = tmp_path / "forms"
    args = ["template", str(plan), "--fiscal-year", "令和6", "-o", str(forms)]
    made = RUNNER.invoke(app, [*args, "--split-by", "department", "--config", str(settings)])
    assert made.exit_code == 0, made.output
    from openpyxl import load_workbook

    for form in forms.iterdir():
        if UNANSWERED in form.name:
            form.unlink()
            continue
        filled = load_workbook(form)
        table = filled["実施状況"]
        rows = list(table.iter_rows())
        status = next(r for r in rows if "達成状況" in [c.value for c in r])
        column = [c.value for c in status].index("達成状況")
        for row in rows:
            if row[0].value in RATED:
                row[column].value = RATED[row[0].value]
        filled.save(form)
    return settings, plan, forms


def test_a_sentence_of_a_department_that_did_not_answer_is_compared_with_its_items(
    tmp_path: Path,
) -> None:
    settings, plan, forms = _round(tmp_path)
    left = sum(department == UNANSWERED for *_, department in PLAN)
    counts = Counter(RATED.values())
    text = tmp_path / "報告書案.txt"
    said = f"なお、{UNANSWERED}所管の{left}取組は回答がなかったため評価していません。"
    text.write_text(
        f"全{len(PLAN)}取組のうち、A評価は{counts['A']}取組、B評価は{counts['B']}取組でした。{said}\n",
        encoding="utf-8",
    )
    config = planeval.load_config(settings)
    planned = planeval.read_plan(plan, layout=config.layout, wording=config.wording)
    read = planeval.read_workbooks(
        [forms], scale=config.scale, wording=config.wording, plan=planned
    )
    checked = planeval.check_under(read, config, texts=[text])
    assert checked.disagreements == () and checked.compared >= 4
    args = [
        "check",
        str(forms),
        "--plan",
        str(plan),
        "--text",
        str(text),
        "--config",
        str(settings),
    ]
    assert RUNNER.invoke(app, args).exit_code == 0
    # one too many: 「集計していない行の数 │ 3 │ 2」, never the whole plan's total 3 of 5
    text.write_text(said.replace(f"の{left}取組", f"の{left + 1}取組") + "\n", encoding="utf-8")
    [wrong] = planeval.check_under(read, config, texts=[text]).disagreements
    assert (wrong.stated, wrong.counted, wrong.policy_id) == (left + 1, left, None)
    done = RUNNER.invoke(app, args, env={"COLUMNS": "200"})
    assert done.exit_code == 1 and "集計していない行の数" in done.stdout
    assert Severity.ERROR not in {p.severity for p in read.problems}
