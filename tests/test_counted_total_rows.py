"""A prefecture's compiled workbook, a sheet per 柱 ending in its own total row, the count in
the body's counter word and the breakdown in the status cell (review 161):
「合計 | 5取組 | … | A 2件、B 2件、C 1件、D 0件」. It is the sheet's stated total, compared with
the rows above it — never an error 「…の行に名称がありません（「5取組」は下の行をまとめる見出し
の行のようです）」 on every sheet, nor a place 「エラーのあった…」 whose fix would change a count —,
and an error on another sheet no longer hides a disagreement."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from openpyxl import Workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.stated_totals import STATED_TOTAL
from tests.conftest import Rows

RUNNER = CliRunner()
HEADER = [
    "No.",
    "取組名",
    "取組内容",
    "所管部局",
    "令和6年度の実績",
    "達成状況",
    "課題・今後の取組",
]
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
    assert "エラーのあった 1 か所の行は集計に含めていません" in done.stdout
    assert "見出しの行" not in done.stderr
    assert "柱2 地域DX" in done.stderr and _b_said() in done.stderr
    clean, _ = _book(tmp_path, off=False)
    done = RUNNER.invoke(app, ["summarize", str(clean), "--config", str(settings)])
    assert (done.exit_code, done.stderr) == (0, "")
