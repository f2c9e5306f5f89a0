"""A 行政改革大綱's form with two status columns, 実施状況 and 達成度, and the note row
「※達成度は完了した項目のみ記入」 (review 114): counted on 達成度, each blank cell of a row not
完了 was an error — exit 1, 「未集計（エラー）」 in every export, compare 「4 → 4」 where the truth
is 4 → 12, a 課 all of whose items are 取組中 「記入前の調査票」 — and a 「－」 typed there was
told to switch the whole scale to Setagaya's. Now ``[[scale.status]] blank = true`` reads a blank
as that uncounted status (対象外（未完了）): shown, not counted, never an error; a row blank in
both columns is still not answered; without the setting each blank whose row fills 実施状況 is
told of it, and a 「－」 is told a status counted = false."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import Workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.config import load_config
from planeval.errors import ConfigError
from planeval.scale import DEFAULT_SCALE, Status
from tests.conftest import write_book

# 課 → (改革項目, its name, item number, item name, 実施状況, 達成度) per round
R5 = {
    "財政課": [(1, "事務事業の見直し", 1, "補助金の見直し", "取組中", None),
               (2, "財政の健全化", 1, "市税収納率の向上", "完了", "達成")],
    "企画課": [(1, "事務事業の見直し", 2, "事務事業評価の実施", "完了", "一部達成"),
               (3, "市民協働の推進", 1, "市民意見の反映", "取組中", None)],
    "福祉課": [(4, "福祉の充実", 1, "扶助費の適正化", "取組中", None),
               (4, "福祉の充実", 2, "健康経営の推進", "未着手", None)],
}  # fmt: skip
R6 = {
    "財政課": [(1, "事務事業の見直し", 1, "補助金の見直し", "完了", "達成"),
               (2, "財政の健全化", 1, "市税収納率の向上", "完了", "達成")],
    "企画課": [(1, "事務事業の見直し", 2, "事務事業評価の実施", "完了", "一部達成"),
               (3, "市民協働の推進", 1, "市民意見の反映", "取組中", None)],
    "福祉課": [(4, "福祉の充実", 1, "扶助費の適正化", "取組中", None),
               (4, "福祉の充実", 2, "健康経営の推進", "取組中", None)],
}  # fmt: skip
SETTINGS = (
    '[scale]\npreset = "achievement"\n\n[layout]\nstatus_column = "達成度"\n\n'
    '[wording]\npolicy = "改革項目"\nitem = "取り組み項目"\nstatus = "達成度"\n'
)
NOT_RATED = '\n[[scale.status]]\nsymbol = "－"\nlabel = "対象外（未完了）"\ncounted = false\n'


def _form(folder: Path, department: str, rows: list[tuple[object, ...]]) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "進捗状況"
    ws["A1"] = "行政改革大綱実施計画　取り組み項目の進捗状況"
    ws["A2"] = "※達成度は完了した項目のみ記入"
    ws.append([])
    ws.append(["改革項目", "取り組み項目", "実施状況", "達成度", "取組内容・課題", "所管課"])
    for policy, name, number, item, stage, rating in rows:
        ws.append([f"{policy}　{name}", f"({number}) {item}", stage, rating, "", department])
    wb.save(folder / f"{department}.xlsx")


def _rounds(tmp_path: Path, settings: str = SETTINGS + NOT_RATED + "blank = true\n") -> Path:
    """Both rounds' forms, the plan (R6's items) and planeval.toml (``settings``) beside."""
    for name, answers in (("R5", R5), ("R6", R6)):
        (tmp_path / name).mkdir()
        for department, rows in answers.items():
            _form(tmp_path / name, department, rows)
    plan = Workbook()
    plan.active.title = "実施計画"
    plan.active.append(["改革項目番号", "改革項目", "取組番号", "取り組み項目", "所管課"])
    for department, rows in R6.items():
        for policy, name, number, item, _stage, _rating in rows:
            plan.active.append([str(policy), name, f"({number})", item, department])
    plan.save(tmp_path / "計画.xlsx")
    settings += '\n[plan]\nfile = "計画.xlsx"\n'
    (tmp_path / "planeval.toml").write_text(settings, encoding="utf-8")
    return tmp_path


def _run(tmp_path: Path, *args: str):
    config = str(tmp_path / "planeval.toml")
    return CliRunner().invoke(app, [*args, "--config", config], env={"COLUMNS": "200"})


def test_a_blank_is_the_not_rated_status_shown_and_not_counted(tmp_path: Path) -> None:
    _rounds(tmp_path)
    result = _run(tmp_path, "summarize", str(tmp_path / "R6"), "-f", "json")
    assert result.exit_code == 0, result.output
    total = json.loads(result.stdout)["total"]
    assert total["counts"] == {"未達成": 0, "一部達成": 1, "達成": 2}
    assert (total["uncounted"], total["total"]) == ({"－": 3}, 3)
    assert "空です" not in result.output


def test_every_output_shows_it_as_the_status_not_an_error(tmp_path: Path) -> None:
    _rounds(tmp_path)
    out = tmp_path / "報告.md"
    result = _run(tmp_path, "export", str(tmp_path / "R6"), "--md", str(out))
    assert result.exit_code == 0, result.output
    report = out.read_text(encoding="utf-8")
    assert "未集計" not in report and "エラー" not in report
    assert "| 市民意見の反映 | － |" in report.replace("(1) ", "")


def test_a_department_whose_items_are_none_completed_has_answered(tmp_path: Path) -> None:
    _rounds(tmp_path)
    result = _run(tmp_path, "validate", str(tmp_path / "R6"))
    assert result.exit_code == 0, result.output
    line = next(line for line in result.stdout.splitlines() if "福祉課" in line)
    assert "提出済" in line and "未記入" not in line


def test_compare_counts_an_item_rated_since_as_a_change_from_not_rated(tmp_path: Path) -> None:
    _rounds(tmp_path)
    result = _run(tmp_path, "compare", str(tmp_path / "R5"), str(tmp_path / "R6"))
    assert result.exit_code == 0, result.output
    total = next(line for line in result.stdout.splitlines() if "合計" in line)
    cells = [cell.strip() for cell in total.split("│")]  # (counts right-aligned: review 148)
    assert cells[-3:-1] == ["2 → 3（+1）", "4 → 3（▲1）"]
    row = next(line for line in result.stdout.splitlines() if "補助金の見直し" in line)
    # (from what: 「対象外から変化」, not a bare 「変化」 — review 175 #3; the label's short
    # form, not 「対象外（未完了）から変化」 — review 197 #4)
    assert "│ －        │ 達成      │ 対象外から変化 │" in row


def test_check_compares_the_figures_once_blanks_are_no_errors(tmp_path: Path) -> None:
    _rounds(tmp_path)
    text = tmp_path / "報告書案.txt"
    text.write_text("達成度は、達成3件、一部達成1件でした。\n", encoding="utf-8")
    result = _run(tmp_path, "check", str(tmp_path / "R6"), "--text", str(text), "-f", "github")
    assert result.exit_code == 1, result.output
    assert "| 計画全体 | 達成   | 3      | 2      |" in result.stdout


def test_a_row_blank_in_both_status_columns_is_still_not_answered(tmp_path: Path) -> None:
    _rounds(tmp_path)
    _form(tmp_path / "R6", "企画課", [(3, "市民協働の推進", 1, "市民意見の反映", None, None)])
    result = _run(tmp_path, "summarize", str(tmp_path / "R6"))
    assert result.exit_code == 1
    assert "企画課.xlsx › 進捗状況 › D5: 取り組み項目「3-(1) 市民意見の反映」の達成度が空です" in (
        result.output
    )


def test_without_the_setting_the_blank_is_told_of_it(tmp_path: Path) -> None:
    _rounds(tmp_path, SETTINGS)
    result = _run(tmp_path, "summarize", str(tmp_path / "R6"))
    assert result.exit_code == 1
    assert "この行の実施状況は記入されています" in result.output
    assert "blank = true" in result.output
    # (福祉課 rated every item in 実施状況: its form was filled in, not returned blank)
    assert "記入前の調査票" not in result.output


def test_a_dash_is_told_a_status_not_counted_not_another_preset(tmp_path: Path) -> None:
    _rounds(tmp_path, SETTINGS)
    rows = [
        (4, "福祉の充実", 1, "扶助費の適正化", "完了", "達成"),
        (4, "福祉の充実", 2, "健康経営の推進", "取組中", "－"),
        (4, "福祉の充実", 3, "介護予防の推進", "取組中", "－"),
    ]
    _form(tmp_path / "R6", "福祉課", rows)
    result = _run(tmp_path, "summarize", str(tmp_path / "R6"))
    assert result.exit_code == 1
    assert 'symbol = "－"・label = "対象外"・counted = false と書いてください' in result.output
    assert "preset" not in result.output


@pytest.mark.parametrize(
    ("added", "said"),
    [
        ('\n[[scale.status]]\nsymbol = "達成"\nblank = true\n', "が数える区分です"),
        (NOT_RATED + 'blank = true\n\n[[scale.status]]\nsymbol = "／"\nlabel = "休止"\n'
         "counted = false\nblank = true\n", "blank = true が 2 つの区分"),
    ],
)  # fmt: skip
def test_blank_is_one_status_not_counted(tmp_path: Path, added: str, said: str) -> None:
    path = tmp_path / "planeval.toml"
    path.write_text(SETTINGS + added, encoding="utf-8")
    with pytest.raises(ConfigError, match=said):
        load_config(path)


def test_in_a_setagaya_table_only_a_line_no_lower_level_rates_is_read_so(tmp_path: Path) -> None:
    """An ID table read with a scale whose blank is a status: ① blank and ③'s sub-item blank
    are that status; ② blank over its ア and イ is no row of its own, as it is no error."""
    scale = replace(
        DEFAULT_SCALE,
        statuses=(*DEFAULT_SCALE.statuses, Status("／", "対象外", counted=False, blank=True)),
    )
    header = ["情報化計画事業の体系", "実施内容", "細目", "達成状況", "課題等"]
    rows: list[list[object]] = [["情報化政策1 区民の力"], header, ["1-1"]]
    rows += [
        ["1-1-1 事業", "① 取組1", None, None, None],
        [None, "② 取組2", None, None, None],
        [None, "\u3000ア 細目A", None, "○", None],
        [None, "\u3000イ 細目B", None, "△", "遅れ"],
        [None, "③ 取組3", "電子化", "◎", None],
        [None, None, "紙の削減", None, None],
    ]
    path = write_book(tmp_path / "進捗.xlsx", {"第3章": rows})
    result = planeval.read_workbooks([path], scale=scale)
    assert [p for p in result.problems if p.is_error] == []
    read = [(e.item_label, e.sub_item, e.status, e.status_text) for e in result.entries]
    assert read == [
        ("①", None, "／", ""),
        ("②", "ア 細目A", "○", "○"),
        ("②", "イ 細目B", "△", "△"),
        ("③", "電子化", "◎", "◎"),
        ("③", "紙の削減", "／", ""),
    ]


def test_a_template_left_blank_is_no_filled_form_to_keep(tmp_path: Path) -> None:
    """template --force over its own forms, still blank: a blank read as 対象外 is no answer."""
    _rounds(tmp_path)
    out = tmp_path / "様式"
    out.mkdir()
    args = ["template", str(tmp_path / "計画.xlsx"), "--fiscal-year", "R7", "-o", str(out)]
    assert _run(tmp_path, *args).exit_code == 0
    again = _run(tmp_path, *args, "--force")
    assert again.exit_code == 0, again.output
    assert "記入済み" not in again.output


# the setting naming the 実施状況 a blank 達成度 may stand beside (review 117 N1): without it a
# 完了 row whose 達成度 was forgotten was read as 対象外 and a 取組中 row rated was counted, silently
BESIDE = SETTINGS + NOT_RATED + 'blank = true\nblank_beside = ["未着手", "取組中"]\n'
SLIPS = {
    "財政課": [(1, "事務事業の見直し", 1, "補助金の見直し", "完了", None),
               (2, "財政の健全化", 1, "市税収納率の向上", "完了", "達成")],
    "企画課": [(1, "事務事業の見直し", 2, "事務事業評価の実施", "完了", "一部達成"),
               (3, "市民協働の推進", 1, "市民意見の反映", "取組中", "一部達成")],
}  # fmt: skip


def _slips(tmp_path: Path, settings: str = BESIDE) -> Path:
    (tmp_path / "R7").mkdir()
    for department, rows in SLIPS.items():
        _form(tmp_path / "R7", department, rows)
    (tmp_path / "planeval.toml").write_text(settings, encoding="utf-8")
    return tmp_path / "R7"


def test_a_blank_beside_a_status_that_needs_a_rating_is_an_error(tmp_path: Path) -> None:
    result = _run(tmp_path, "validate", str(_slips(tmp_path)))
    assert result.exit_code == 1, result.output
    assert (
        "財政課.xlsx › 進捗状況 › D5: 取り組み項目「1-(1) 補助金の見直し」の達成度が空です"
        in result.output
    )
    assert "この行の実施状況（C5）は「完了」です。達成度を記入してください" in result.output
    assert "未着手・取組中の行だけです: planeval.toml の blank_beside" in result.output


def test_a_rating_beside_a_status_that_needs_none_is_a_warning(tmp_path: Path) -> None:
    result = _run(tmp_path, "summarize", str(_slips(tmp_path)), "--keep-going", "-f", "json")
    assert result.exit_code == 1, result.output  # (the blank beside 完了: above)
    read = json.loads(result.stdout)
    warning = next(problem for problem in read["problems"] if problem["severity"] == "warning")
    assert (warning["file"].endswith("企画課.xlsx"), warning["cell"]) == (True, "D6")
    assert (
        warning["message"] == "実施状況が「取組中」の行（C6）に達成度「一部達成」が記入されています"
    )
    assert read["total"]["counts"] == {"未達成": 0, "一部達成": 2, "達成": 1}


def test_a_designed_form_read_with_the_rule_says_nothing(tmp_path: Path) -> None:
    _rounds(tmp_path, BESIDE)
    result = _run(tmp_path, "summarize", str(tmp_path / "R6"), "-f", "json")
    assert result.exit_code == 0, result.output
    assert "警告" not in result.output and "空です" not in result.output
    assert json.loads(result.stdout)["total"]["uncounted"] == {"－": 3}


def test_blank_beside_is_written_with_blank(tmp_path: Path) -> None:
    path = tmp_path / "planeval.toml"
    path.write_text(SETTINGS + NOT_RATED + 'blank_beside = ["取組中"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="blank_beside は blank = true の区分に"):
        load_config(path)


# a slip in blank_beside's status (review 129 N2): 13 rows of 取組中 were told to fill their
# 達成度 and 4 部 called 未記入, nothing saying the setting named a status no column has
def test_a_slip_in_blank_beside_is_a_settings_error_not_the_departments(tmp_path: Path) -> None:
    settings = BESIDE.replace('"取組中"]', '"取り組み中"]')
    result = _run(tmp_path, "validate", str(_slips(tmp_path, settings)))
    assert result.exit_code == 2, result.output
    assert "planeval.toml:17 › [scale]: blank_beside の「取り組み中」はどの評価尺度の区分にも" in (
        result.output
    )
    assert '（「取組中」のことですか）。blank_beside = ["未着手", "取組中"] と直してください' in (
        result.output
    )
    assert "達成度が空です" not in result.output


def test_a_status_of_the_bodys_own_in_blank_beside_loads(tmp_path: Path) -> None:
    path = tmp_path / "planeval.toml"  # (着手済 is near 未着手 but no slip of it)
    path.write_text(BESIDE.replace('"取組中"]', '"着手済"]'), encoding="utf-8")
    assert load_config(path).scale.statuses[-1].blank_beside == ("未着手", "着手済")


# without blank_beside, a 完了 row whose 達成度 was forgotten was counted 対象外 without a word
# (review 119, 117-N1): the blank beside a 実施状況 the other rows beside which are rated
def test_without_blank_beside_a_blank_beside_rated_rows_is_a_warning(tmp_path: Path) -> None:
    _rounds(tmp_path)
    _form(tmp_path / "R6", "財政課", SLIPS["財政課"])  # (補助金の見直し 完了, 達成度 blank)
    result = _run(tmp_path, "summarize", str(tmp_path / "R6"), "-f", "json")
    assert result.exit_code == 0, result.output
    read = json.loads(result.stdout)
    (warning,) = [problem for problem in read["problems"] if problem["severity"] == "warning"]
    assert (warning["file"].endswith("財政課.xlsx"), warning["cell"]) == (True, "D5")
    assert warning["message"] == (
        "実施状況が「完了」の行（C5）の取り組み項目「1-(1) 補助金の見直し」の達成度が空欄で、"
        "－（対象外（未完了））として件数に含めていません。実施状況が「完了」のほかの 2 行には"
        "達成度が記入されています"
    )
    assert 'blank_beside = ["取組中"] と書くと' in warning["hint"]
    assert read["total"]["uncounted"] == {"－": 4}  # (counted as before: only said)


def test_without_blank_beside_a_designed_round_says_nothing(tmp_path: Path) -> None:
    _rounds(tmp_path)  # (blanks beside 取組中 and 未着手 only, every 完了 rated)
    result = _run(tmp_path, "validate", str(tmp_path / "R6"))
    assert result.exit_code == 0, result.output
    assert "警告" not in result.output and "blank_beside" not in result.output
