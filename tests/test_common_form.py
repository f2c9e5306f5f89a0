"""A body whose reply lacks rows of the common form every other body returned (review 126
#5): 岩橋市 deleted 1-3 and 3-5 of a national survey's 30-item form instead of writing 対象外,
and summarize and export counted it as 28 beside everyone's 30 with no word — validate alone
said each gap, at the status cell. One warning per such body in every reading command (validate
not saying its numbers again as gaps), and validate's gaps at the cell of the number."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.cycle.validate import validate
from tests.conftest import write_book

_BODIES = ("青葉市", "緑町", "川辺町", "山田村")
_ITEMS = ("電子申請の拡大", "書かない窓口", "キャッシュレス決済", "オンライン相談")


def _reply(
    folder: Path, body: str, *, deleted: Sequence[str] = (), own: bool = False, year: int = 6
) -> None:
    """A body's reply on the survey's form (``own``: numbered and named by its own plan;
    ``year``: the 令和 year its title states)."""
    rows = [
        [f"令和{year}年度 調査 回答票"],
        ["団体名", body],
        [],
        ["分野", "番号", "調査項目", "取組状況"],
    ]
    for policy, field in ((1, "1 行政手続"), (2, "2 情報システム")):
        for number, name in enumerate(_ITEMS, start=1):
            if f"{policy}-{number}" not in deleted:
                named = f"{body}の{name}" if own else name
                rows.append([field if number == 1 else "", f"{policy}-{number}", named, "○"])
    write_book(folder / f"{body}.xlsx", {"回答": rows})


def _replies(folder: Path, *, deleted: Sequence[str] = (), own: bool = False) -> Path:
    """Every body's reply, 緑町's without the rows ``deleted``."""
    folder.mkdir()
    for body in _BODIES:
        _reply(folder, body, deleted=deleted if body == "緑町" else (), own=own)
    return folder


def test_rows_deleted_from_the_common_form_are_one_warning_in_every_read(tmp_path: Path) -> None:
    folder = _replies(tmp_path / "回答", deleted=("1-3", "2-2"))
    lacking = (
        str(folder / "緑町.xlsx"),
        "warning",
        "緑町の回答に調査項目 1-3・2-2 の行がありません（ほかの 3 団体の回答にはあります）。"
        "この団体はその分を数えずに集計しました",
    )
    for stream in (False, True):  # (a large read is counted file by file: the same)
        _summary, read = planeval.summarize_workbooks(
            [folder], by="body", bodies="file", stream=stream
        )
        assert [(p.location.file, p.severity.value, p.message) for p in read.problems] == [lacking]
    result = planeval.read_workbooks([folder], bodies="file")
    assert len(result.entries) == 30
    # (said once: not again as a gap in 緑町's numbers at B7 and B9, 「2 の次に 4」)
    checked = [(str(p.location), p.message) for p in validate(result, planeval.DEFAULT_SCALE)]
    assert checked == [lacking[::2]]
    said = CliRunner().invoke(app, ["summarize", str(folder), "--bodies", "file", "-q"])
    assert said.exit_code == 0 and said.stderr.count("の行がありません") == 1, said.stderr


def test_last_year_s_form_left_out_is_no_reply_lacking_rows(tmp_path: Path) -> None:
    """Review 133 #6: 藤沢野町 sent last year's form, 2 items short of this year's. Its file was
    left out as another year's, yet a warning said it was counted without those items, and
    compare's footer gave the reason as 番号の抜け. A file left out has no rows said missing,
    and the footer names why it was left out."""
    folder = _replies(tmp_path / "回答")
    _reply(folder, "緑町", deleted=("1-4", "2-4"), year=5)
    left_out = str(folder / "緑町.xlsx")
    for stream in (False, True):
        _summary, read = planeval.summarize_workbooks(
            [folder], by="body", bodies="file", stream=stream
        )
        assert read.left_out == [left_out]
        assert not any("の行がありません" in p.message for p in read.problems), read.problems
    result = planeval.read_workbooks([folder], bodies="file")
    checked = validate(result, planeval.DEFAULT_SCALE)
    assert not any("の行がありません" in p.message for p in checked), checked
    said = CliRunner().invoke(app, ["summarize", str(folder), "--bodies", "file", "--keep-going"])
    assert said.exit_code == 1 and "の行がありません" not in said.stderr, said.stderr
    assert f"数えていないファイル: {left_out}（別の年度の調査票のため）" in said.stderr


def test_complete_replies_and_bodies_own_plans_say_nothing(tmp_path: Path) -> None:
    """The clean run says nothing; nor do bodies that each number their own plan from 1-1 —
    one of them with fewer items is no row deleted from a common form."""
    clean = _replies(tmp_path / "回答")
    own = _replies(tmp_path / "独自", deleted=("1-3", "2-2"), own=True)
    for stream in (False, True):
        for folder in (clean, own):
            _summary, result = planeval.summarize_workbooks(
                [folder], by="body", bodies="file", stream=stream
            )
            assert not result.problems
    assert not validate(planeval.read_workbooks([clean], bodies="file"), planeval.DEFAULT_SCALE)
    # (its own numbering's gaps, validate's as ever: no common form's rows missing)
    checked = validate(planeval.read_workbooks([own], bodies="file"), planeval.DEFAULT_SCALE)
    assert [p.location.cell for p in checked] == ["B7", "B9"]


def test_the_export_marks_the_body_lacking_rows_and_names_its_items(tmp_path: Path) -> None:
    """Review 126 #5: the exported 団体別集計 showed 「緑町 │ 6 │ 6」 beside the others' 8 with no
    word. Its row is marked as counted in part wherever a reader reads it, its state says why in
    the data (CSV, xlsx), and the note under the tables names the items its reply lacks."""
    import openpyxl

    folder = _replies(tmp_path / "回答", deleted=("1-3", "2-2"))
    report = planeval.report_of(planeval.read_workbooks([folder], bodies="file"))
    why = "回答に 1-3・2-2 の行がないため"
    assert report.partly_counted == {"緑町": why}
    out = tmp_path / "出力"
    written = planeval.export(
        report, md=out / "報告.md", csv=out / "csv", xlsx=out / "報告.xlsx"
    ).files
    assert len(written) == 6
    text = (out / "報告.md").read_text(encoding="utf-8")
    assert "| 緑町（一部未集計） | 0 | 6 | 0 | 0 | 6 |" in text
    assert (
        f"一部未集計の団体：緑町（{why}）。回答にない行の分は含まない件数です"
        "（直した後の件数はこの表と異なります）"
    ) in text
    rows = (out / "csv" / "団体別集計.csv").read_text(encoding="utf-8-sig").splitlines()
    assert [row for row in rows if row.startswith("緑町")] == [
        f"緑町,0,6,0,0,6,0.0,100.0,0.0,0.0,一部未集計（{why}）"
    ]  # (no 再掲 row: no 再掲 column, review 179 #7)
    sheet = openpyxl.load_workbook(out / "報告.xlsx")["団体別集計"]
    [green] = [row for row in sheet.iter_rows(values_only=True) if row[0] == "緑町"]
    assert green[-1] == f"一部未集計（{why}）"


def test_bodies_own_plans_make_only_the_first_bodies_items(tmp_path: Path, monkeypatch) -> None:
    """Issue 15: bodies numbering their own plans (a roll-up's usual read) show no common form
    in the first 2 × spared + 1 bodies' items that items_lacking counts through; the others'
    items were made all the same (their names compared: ~0.8 M instructions a body of 50
    rows). Now only the first three of four bodies' are (by the files' order), and nothing is said, as before; a
    common form's reply lacking rows after them is still said (the first test's, last)."""
    from planeval.io import common_form

    made: list[list[str]] = []
    real = common_form.items_held

    def items_held(entries, seen):  # type: ignore[no-untyped-def]
        made.append(list(dict.fromkeys(entry.body for entry in entries)))
        return real(entries, seen)

    monkeypatch.setattr(common_form, "items_held", items_held)
    folder = _replies(tmp_path / "回答", own=True)
    _summary, read = planeval.summarize_workbooks([folder], by="body", bodies="file", stream=False)
    assert read.problems == []
    assert made == [["山田村", "川辺町", "緑町"]]  # (the files' order: 青葉市's is last)
    made.clear()
    common = tmp_path / "共通"
    common.mkdir()
    for body in _BODIES:
        _reply(common, body, deleted=("1-3",) if body == "青葉市" else ())
    _summary, read = planeval.summarize_workbooks([common], by="body", bodies="file", stream=False)
    assert [p.message for p in read.problems] == [
        "青葉市の回答に調査項目 1-3 の行がありません（ほかの 3 団体の回答にはあります）。"
        "この団体はその分を数えずに集計しました"
    ]
    assert made == [["山田村", "川辺町", "緑町"], ["山田村", "川辺町", "緑町", "青葉市"]]
