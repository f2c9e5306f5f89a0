"""A compiled workbook's 合計 row, and a report's figure, over a range holding rows not counted
(review 163 #2, 161 #3: 東尾張県's book, 柱2's 「B 9件」 of 8 rows beside 警察本部's 2 blank rows,
and the report's 「B評価は32取組」 of 31, neither compared, by summarize nor check). A row not
counted can only raise a status's count, and only if it could hold that status: a blank row, or
a 再掲 naming no 再掲元 (「評価のない行」), holds none. A count below the rows counted, or above
them and the rows that could be that status, is wrong whatever those rows are — said by both
commands alike, with both figures and why the rows left out cannot explain it; one they could
make up (a total, or a row typed with no symbol of the scale) stays not compared."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from openpyxl import Workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.stated_totals import STATED_TOTAL
from tests.higashiowari_forms import HEADER, SETTINGS

RUNNER = CliRunner()
POLICE = "警察本部"
# each 柱's sheet and its rows (status; "" 警察本部's, never answered; 「－」 a 再掲 naming no
# 再掲元 — an error, 「評価のない行」)
PILLARS = {
    "柱1 行政サービス": ["A", "B", "－", "B", "C", "A"],
    "柱2 地域DX": ["A", "B", "", "C", "D", "", "B", "A"],
}
REPEAT = '\n[[scale.status]]\nsymbol = "再掲"\nlabel = "再掲"\ncounted = false\naliases = ["－"]\n'


def _stated(statuses: list[str], more: str = "", fewer: str = "") -> str:
    counts = Counter(s for s in statuses if s in "ABCD" and s)
    counts.update(more)
    counts.subtract(fewer)
    return "、".join(f"{symbol} {counts[symbol]}件" for symbol in "ABCD")


def _book(
    tmp_path: Path, more: dict[str, str], typo: str = "", fewer: str = ""
) -> tuple[Path, dict[str, int]]:
    """The book as ICT推進課 compiles it, each 合計 row stating one more of each status of
    ``more`` (by sheet) than its rows — 柱2's one fewer of each of ``fewer`` —, 柱2's first
    blank typed ``typo`` where given; each sheet's 合計 row."""
    book = Workbook()
    book.remove(book.active)
    totals = {}
    for number, (name, statuses) in enumerate(PILLARS.items(), 1):
        sheet = book.create_sheet(name)
        sheet.append(["東尾張県ITプラン2025　進捗状況（令和6年度）"])
        sheet.append([f"柱{number}　{name.split()[1]}の推進"])
        sheet.append(HEADER)
        sheet.append(["(1) 取組の方向"])
        for index, status in enumerate(statuses, 1):
            title = f"取組{number}-{index}"
            owner = POLICE if not status else "総務局"
            typed = typo if not status and typo and index == statuses.index("") + 1 else status
            sheet.append(
                [f"{number}-(1)-{index}", title, f"{title}を進める。", owner, "実施した。"]
            )
            sheet.cell(sheet.max_row, 6, typed or None)
            sheet.cell(sheet.max_row, 7, None if typed else "（回答なし）")
        stated = _stated(statuses, more.get(name, ""), fewer if number == 2 else "")
        sheet.append(["合計", f"{len(statuses)}取組", None, None, None, stated, None])
        totals[name] = sheet.max_row
    path = tmp_path / "ITプラン進捗_取りまとめ_R6.xlsx"
    book.save(path)
    (tmp_path / "planeval.toml").write_text(SETTINGS + REPEAT, encoding="utf-8")
    return path, totals


def _read(path: Path) -> tuple[planeval.ReadResult, planeval.Config]:
    config = planeval.load_config(path.parent / "planeval.toml")
    read = planeval.read_workbooks(
        [path], scale=config.scale, layout=config.layout, wording=config.wording
    )
    return read, config


def _said(path: Path) -> list[planeval.Problem]:
    return [p for p in _read(path)[0].problems if p.reason == STATED_TOTAL]


def _rated(sheet: str, symbol: str) -> int:
    return PILLARS[sheet].count(symbol)


def test_a_total_row_above_its_rows_and_their_blanks_is_said(tmp_path: Path) -> None:
    path, totals = _book(tmp_path, {"柱2 地域DX": "B", "柱1 行政サービス": "A"})
    said = {p.location.sheet: p for p in _said(path)}
    # 柱2: B one more than its rows, its 2 blank rows holding no status; its 合計 of 取組
    # (8 with the blank rows) is not said
    b = _rated("柱2 地域DX", "B")
    police = said["柱2 地域DX"]
    assert police.location.cell == f"B{totals['柱2 地域DX']}"
    assert f"B 80%以上100%未満 {b + 1}（行は {b}。エラーで数えなかった 2 行は評価のない行で" in (
        police.message
    )
    assert "取組（行は" not in police.message
    # 柱1: A one more, beside a 再掲 naming no 再掲元 (「評価のない行」), which holds no A
    a = _rated("柱1 行政サービス", "A")
    assert f"A 達成率100%以上 {a + 1}（行は {a}。エラーで数えなかった 1 行は" in (
        said["柱1 行政サービス"].message
    )


def test_a_count_the_rows_left_out_could_make_up_is_not_said(tmp_path: Path) -> None:
    # 柱2's first 警察本部 row typed 「Ｅ」, no symbol of the scale: it may be a B
    path, _ = _book(tmp_path, {"柱2 地域DX": "B"}, typo="Ｅ")
    assert _said(path) == []
    # … but not two more: one row cannot make up 2
    path, _ = _book(tmp_path, {"柱2 地域DX": "BB"}, typo="Ｅ")
    [said] = _said(path)
    b = _rated("柱2 地域DX", "B")
    assert (
        f"{b + 2}（行は {b}。エラーで数えなかった 2 行を加えても、多くて {b + 1}）" in said.message
    )


def test_a_count_below_its_rows_is_said_whatever_the_rows_left_out(tmp_path: Path) -> None:
    path, _ = _book(tmp_path, {"柱2 地域DX": ""}, fewer="C")
    [said] = _said(path)
    c = _rated("柱2 地域DX", "C")
    assert (
        f"C 50%以上80%未満 {c - 1}（行は {c}。エラーで数えなかった 2 行を加えても、これより少なく"
        in (said.message)
    )


def _report(tmp_path: Path, b_more: int) -> Path:
    """The report's whole-plan paragraph, its B ``b_more`` above the rows."""
    rows = [s for statuses in PILLARS.values() for s in statuses]
    counts = Counter(rows)
    whole = len([s for s in rows if s != "－"])
    text = tmp_path / "報告書案.txt"
    text.write_text(
        f"全{whole}取組のうち、A評価は{counts['A']}取組、B評価は{counts['B'] + b_more}取組、"
        f"C評価は{counts['C']}取組、D評価は{counts['D']}取組でした。\n",
        encoding="utf-8",
    )
    return text


def test_check_compares_what_summarize_says_and_the_report_s_count(tmp_path: Path) -> None:
    path, totals = _book(tmp_path, {"柱2 地域DX": "B"})
    text = _report(tmp_path, 1)
    config = ["--config", str(tmp_path / "planeval.toml")]
    env = {"COLUMNS": "240"}
    summarized = RUNNER.invoke(app, ["summarize", str(path), *config, "--keep-going"], env=env)
    assert "柱2 地域DX › B" in summarized.stderr and "合計の行の件数が" in summarized.stderr
    args = ["check", str(path), "--text", str(text), *config, "--keep-going"]
    checked = RUNNER.invoke(app, args, env=env)
    assert checked.exit_code == 1
    result = planeval.check_under(*_read(path), texts=[text])
    b, own = sum(_rated(sheet, "B") for sheet in PILLARS), _rated("柱2 地域DX", "B")
    wrong = {
        (d.location.sheet or d.location.file[-4:], d.location.cell, d.stated, d.counted)
        for d in result.disagreements
        if d.what == "B"
    }
    # the 合計 row's B, at its cell as summarize says it, and the report's whole-plan B
    assert ("柱2 地域DX", f"B{totals['柱2 地域DX']}", own + 1, own) in wrong
    assert any(
        where == ".txt" and (stated, counted) == (b + 1, b) for where, _c, stated, counted in wrong
    )
    assert all("評価のない" in d.note for d in result.disagreements if d.what == "B")
    # a total the rows left out may make up stays not compared: 柱2's 「合計 8取組」
    held = {(n.phrase, n.stated) for n in result.not_compared}
    assert any(stated == len(PILLARS["柱2 地域DX"]) for _phrase, stated in held), held
    assert "評価のない" in checked.stdout


def test_check_holds_back_what_a_row_of_no_symbol_could_make_up(tmp_path: Path) -> None:
    path, _ = _book(tmp_path, {"柱2 地域DX": "B"}, typo="Ｅ")
    result = planeval.check_under(*_read(path), texts=[_report(tmp_path, 1)])
    assert not [d for d in result.disagreements if d.what == "B"]
    assert {n.stated for n in result.not_compared} >= {
        sum(_rated(sheet, "B") for sheet in PILLARS) + 1,
        _rated("柱2 地域DX", "B") + 1,
    }
