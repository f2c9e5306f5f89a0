"""A prefecture's two rounds of its municipalities' answers, each municipality's plan numbered
from 1-1-1: 東山市 did not answer this year, 森野町 joined the survey, 青葉市 typed 「前身B」 for
前進B. A body that joined or left is one line (「東山市：今回の回答なし（前回 4 件）」), never
one line per item, and out of the like-for-like counts; the typo's item is 今回未集計 (rounds:
「未集計」), not removed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.presets import PRESETS
from tests.test_bodies_counted import _plan

GUNMA = PRESETS["gunma"]
AOBA_R5 = [(1, "申請", "A"), (2, "決済", "前進B"), (3, "研修", "C")]
AOBA_R6 = [(1, "申請", "A"), (2, "決済", "前身B"), (3, "研修", "前進B")]  # (a typo: not counted)
MIDORI = [(1, "端末", "C"), (2, "基盤", "A")]
HIGASHIYAMA = [(1, "窓口", "A"), (2, "電子申請", "前進B"), (3, "研修", "C"), (4, "基盤", "A")]
MORINO = [(1, "窓口", "前進B"), (2, "基盤", "A")]
R5 = {"青葉市": AOBA_R5, "緑町": MIDORI, "東山市": HIGASHIYAMA}
R6 = {"青葉市": AOBA_R6, "緑町": MIDORI, "森野町": MORINO}


def _rounds(root: Path, by: str) -> tuple[Path, Path]:
    """The two rounds as the clerk files them: a workbook per municipality (by="file") or a
    folder per municipality, 東山市's folder left empty this year (by="folder"). The folders'
    names, R5 and R6, state their years: the rounds are labelled 令和5年度 and 令和6年度."""
    folders = root / "R5", root / "R6"
    for folder, bodies in zip(folders, (R5, R6), strict=True):
        for body, items in bodies.items():
            path = folder / f"{body}.xlsx" if by == "file" else folder / body / "回答.xlsx"
            _plan(path, "窓口の電子化", items)
    if by == "folder":
        (folders[1] / "東山市").mkdir()
    (root / "planeval.toml").write_text('[scale]\npreset = "gunma"\n', encoding="utf-8")
    return folders


def _counted(items: list[tuple[int, str, str]]) -> int:
    return sum(GUNMA.normalise(status) is not None for _n, _name, status in items)


def _run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "80"})


@pytest.mark.parametrize("by", ["file", "folder"])
def test_a_body_that_left_or_joined_is_one_line_not_its_items(tmp_path: Path, by: str) -> None:
    old, new = _rounds(tmp_path, by)
    comparison = planeval.compare(
        planeval.read_workbooks([old], bodies=by, scale=GUNMA),  # type: ignore[arg-type]
        planeval.read_workbooks([new], bodies=by, scale=GUNMA),  # type: ignore[arg-type]
        scale=GUNMA,
    )
    # the items compared are those of the bodies that answered both rounds, and only those
    assert {m.entry.body for m in comparison.movements} == {"青葉市", "緑町"}
    assert len(comparison.movements) == len(AOBA_R5) + len(MIDORI)
    assert not any(
        m.kind in ("added", "removed") and not m.uncounted_in for m in comparison.movements
    )
    [typo] = [m for m in comparison.movements if m.uncounted_in]
    assert (typo.entry.item_name, comparison.describe(typo)) == ("決済", "今回未集計")
    left, joined = sorted(comparison.apart, key=lambda body: body.body != "東山市")
    assert (left.body, left.missing, left.joined) == ("東山市", (1,), None)
    assert left.counts[0] is not None and left.counts[0].total == _counted(HIGASHIYAMA)
    assert (joined.body, joined.missing, joined.joined) == ("森野町", (0,), 1)
    assert joined.counts[1] is not None and joined.counts[1].total == _counted(MORINO)
    # like for like: neither body, nor the typo's item, in either round's counts
    both = _counted(AOBA_R5) + _counted(MIDORI) - 1
    assert comparison.old.total.total == comparison.new.total.total == both

    config = ["--config", str(tmp_path / "planeval.toml")]
    args = ["compare", str(old), str(new), "--bodies", by, *config, "--keep-going"]
    run = _run(*args)
    assert run.exit_code == 1  # (the typo is an error, counted past)
    lines = run.stdout.splitlines()
    assert not [line for line in lines if "│ 東山市" in line or "│ 森野町" in line]
    assert f"東山市：今回の回答なし（前回 {_counted(HIGASHIYAMA)} 件）" in lines
    assert f"森野町：今回から参加（{_counted(MORINO)} 件）" in lines
    assert (
        "今回は読んだものの数えなかった（記入に不備のあった）実施内容 1 件も「今回未集計」です"
        in run.stdout.replace("\n  ", "")  # (the note folded to the width)
    )
    assert "追加" not in run.stdout and "削除" not in run.stdout
    data = json.loads(_run(*args, "-f", "json").stdout)
    assert {(m["old"] or m["new"])["body"] for m in data["movements"]} <= {"青葉市", "緑町"}
    apart = {body["body"]: body for body in data["bodies_apart"]}
    assert apart["東山市"]["unanswered_in"] == ["new"] and apart["東山市"]["joined_in"] is None
    assert apart["東山市"]["counts"]["old"]["total"] == _counted(HIGASHIYAMA)
    assert apart["東山市"]["counts"]["new"] is None
    assert apart["森野町"]["joined_in"] == "new" and apart["森野町"]["unanswered_in"] == []
    assert apart["森野町"]["counts"]["new"]["total"] == _counted(MORINO)
    assert data["old"]["total"]["total"] == data["new"]["total"]["total"] == both
    out = tmp_path / "比較.xlsx"
    assert _run(*args, "--xlsx", str(out)).exit_code == 1
    book = load_workbook(out)
    moved = [c.value for row in book["達成状況の変化"].iter_rows() for c in row]
    assert "東山市" not in moved and "森野町" not in moved
    notes = _lines(book["政策別の件数の変化"])
    assert f"東山市：今回の回答なし（前回 {_counted(HIGASHIYAMA)} 件）" in notes
    # the typo's item said in a public document's words, as 集計's note says its place (it was
    # 「読んだものの数えなかった（エラーのあった）実施内容 1 件」): no 「エラー」 in any sheet
    assert (
        "今回は読んだものの数えなかった（記入に不備のあった）実施内容 1 件も「今回未集計」です"
        in notes
    )
    assert [line for sheet in book for line in _lines(sheet) if "エラー" in line] == []


def _lines(sheet: Worksheet) -> list[str]:
    """Every line of the sheet's texts (the notes under a table are one cell of lines)."""
    return [
        line
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if isinstance(value, str)
        for line in value.splitlines()
    ]


def test_rounds_say_a_body_that_left_or_joined_in_one_line_each(tmp_path: Path) -> None:
    old, new = _rounds(tmp_path, "folder")
    config = ["--config", str(tmp_path / "planeval.toml")]
    args = ["rounds", str(old), str(new), "--bodies", "folder", *config, "--keep-going"]
    run = _run(*args)
    assert run.exit_code == 1
    lines = run.stdout.splitlines()
    assert f"東山市：令和6年度の回答なし（令和5年度 {_counted(HIGASHIYAMA)} 件）" in lines
    assert f"森野町：令和6年度から参加（{_counted(MORINO)} 件）" in lines
    assert (
        "読んだものの数えなかった（記入に不備のあった）実施内容 1 件（令和6年度）は、" in run.stdout
    )
    # each item still has its row (its status in the rounds it answered), 「未集計」 elsewhere
    typo = next(line for line in lines if "│ 決済" in line)
    assert [cell.strip() for cell in typo.split("│")[-3:-1]] == ["B", "未集計"]
    data = json.loads(_run(*args, "-f", "json").stdout)
    apart = {body["body"]: body for body in data["bodies_apart"]}
    assert apart["東山市"]["unanswered_in"] == ["令和6年度"]
    assert apart["東山市"]["counts"]["令和5年度"]["total"] == _counted(HIGASHIYAMA)
    assert apart["森野町"]["joined_in"] == "令和6年度"
    [item] = [i for i in data["items"] if i["body"] == "青葉市" and i["item_name"] == "決済"]
    assert (item["statuses"], item["errors_in"], item["unsent_in"]) == (
        ["B", ""],
        ["令和6年度"],
        [],
    )
    out = tmp_path / "最終評価.xlsx"
    assert _run(*args, "--xlsx", str(out)).exit_code == 1
    cells = _lines(load_workbook(out)["実施内容別の達成状況"])
    assert f"森野町：令和6年度から参加（{_counted(MORINO)} 件）" in cells


def test_a_bodys_line_names_the_rounds_it_joined_in_and_did_not_answer() -> None:
    from planeval.aggregate import Count
    from planeval.cycle.bodies_apart import BodyApart
    from planeval.report.apart import apart_line

    def count(total: int) -> Count:
        return Count({"A": total}, {})

    labels = ("R4", "R5", "R6")
    lines = [
        apart_line(BodyApart("東山市", (1,), None, (count(48), None, count(47))), labels),
        apart_line(BodyApart("森野町", (0, 2), 1, (None, count(52), None)), labels),
        apart_line(BodyApart("森野町", (0,), 1, (None, count(52))), ("前回", "今回")),
        apart_line(BodyApart("緑町", (0,), None, (None, count(3))), ("前回", "今回")),
    ]
    assert lines == [
        "東山市：R5の回答なし（R4 48 件、R6 47 件）",
        "森野町：R5から参加、R6の回答なし（R5 52 件）",
        "森野町：今回から参加（52 件）",
        "緑町：前回の回答なし（今回 3 件）",  # (named last time: its folder was there, empty)
    ]


@pytest.mark.parametrize("by", ["file", "folder"])
def test_a_body_that_sent_an_xls_answered_in_a_form_that_cannot_be_read(
    tmp_path: Path, by: str
) -> None:
    """東山市 sent its reply this year saved as an .xls (review 20): compare and rounds said
    「東山市：今回の回答なし」 — it did answer; what it sent cannot be read, and the fix is to
    save it as .xlsx. Still one line, its items in no movement and out of both counts."""
    old, new = _rounds(tmp_path, by)
    xls = new / ("東山市.xls" if by == "file" else "東山市/回答.xls")
    xls.parent.mkdir(exist_ok=True)
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))  # (an .xls's signature)
    read = planeval.read_workbooks([new], bodies=by, scale=GUNMA)  # type: ignore[arg-type]
    assert read.unread_bodies == {str(xls): "東山市"}
    config = ["--config", str(tmp_path / "planeval.toml")]
    args = ["compare", str(old), str(new), "--bodies", by, *config, "--keep-going"]
    # (80 columns, folded where the phrases allow: compared without the folds' spaces)
    shown = "".join(line.strip() for line in _run(*args).stdout.splitlines())
    said = f"東山市：今回は回答あり・読めない形式（前回 {_counted(HIGASHIYAMA)} 件）。"
    fix = "Excel ブック（.xlsx）にすれば数えられます（.xls なら Excel で開いて保存し直し、PDF などなら .xlsx で送ってもらってください）"
    assert (said + fix).replace(" ", "") in shown.replace(" ", "")
    assert "一方の回だけ数えた団体" in shown and "回答なし" not in shown
    data = json.loads(_run(*args, "-f", "json").stdout)
    apart = {body["body"]: body for body in data["bodies_apart"]}
    assert (apart["東山市"]["unanswered_in"], apart["東山市"]["unreadable_in"]) == ([], ["new"])
    assert {(m["old"] or m["new"])["body"] for m in data["movements"]} <= {"青葉市", "緑町"}
    rounds = _run("rounds", str(old), str(new), "--bodies", by, *config, "--keep-going")
    shown = "".join(line.strip() for line in rounds.stdout.splitlines())
    assert (
        f"東山市：令和6年度は回答あり・読めない形式（令和5年度 {_counted(HIGASHIYAMA)} 件）。"
        in shown
    )


def test_rounds_count_per_policy_the_bodies_counted_in_every_round(tmp_path: Path) -> None:
    """Three years of a prefecture's survey: 東山市 answered R4 and R5 and left, 森野町 joined
    in R6. Counting every body present in each round made R6's totals fall by 東山市's items
    and rise by 森野町's — no change of the plan's progress. Per policy, every round counts the
    bodies counted in all rounds (as compare's like-for-like counts); a line says which are
    left out and why, each with its own counts, and the JSON names the bodies counted."""
    old, new = _rounds(tmp_path, "file")
    first = tmp_path / "R4"
    for body, items in R5.items():
        _plan(first / f"{body}.xlsx", "窓口の電子化", items)
    config = ["--config", str(tmp_path / "planeval.toml")]
    args = ["rounds", str(first), str(old), str(new), "--bodies", "file", *config, "--keep-going"]
    data = json.loads(_run(*args, "-f", "json").stdout)
    assert data["policy_bodies"] == ["緑町", "青葉市"]  # (in the read's order)
    both = _counted(AOBA_R5) + _counted(MIDORI)
    totals = [counts["計"] for counts in data["policies"][-1]["counts"]]
    # (R6: 青葉市's typo, read and not counted, its item in no round's counts: like for like)
    assert totals == [both - 1] * 3
    apart = {body["body"]: body for body in data["bodies_apart"]}
    assert apart["東山市"]["counts"]["令和4年度"]["total"] == _counted(HIGASHIYAMA)
    assert apart["森野町"]["counts"]["令和6年度"]["total"] == _counted(MORINO)
    shown = "".join(line.strip() for line in _run(*args).stdout.splitlines())  # (80 columns)
    assert (
        "回答のない回がある団体（各回の集計には含め、「同じ範囲での比較」の表では、"
        "どの回の件数にも含めていません。"
        "実施内容は回答のない回を「未集計」、参加前の回を「参加前」としています）:"
    ) in shown  # (森野町's R4 and R5: before it joined, review 100 #7)
    assert "東山市：令和6年度の回答なし（令和4年度 4 件、令和5年度 4 件）" in shown
    assert f"森野町：令和6年度から参加（{_counted(MORINO)} 件）" in shown
    out = tmp_path / "最終評価.xlsx"
    assert _run(*args, "--xlsx", str(out)).exit_code == 1
    counts = load_workbook(out)["政策別の件数（同じ範囲での比較）"]
    said = _lines(counts)
    # (under the counts as under the items: the bodies apart, then the items in error)
    at = next(i for i, line in enumerate(said) if line.startswith("回答のない回がある団体（各回の"))
    assert set(said[at + 1 : at + 3]) == {
        "東山市：令和6年度の回答なし（令和4年度 4 件、令和5年度 4 件）",
        "森野町：令和6年度から参加（2 件）",
    }
    assert said[-2].startswith(
        "読んだものの数えなかった（記入に不備のあった）実施内容 1 件（令和6年度）は"
    )
    # (then what each year's own count is, as compare says it: review 132)
    assert said[-1] == (
        "政策別の件数（同じ範囲での比較）の合計は、一部の回だけに回答した団体（2 団体）の行と未集計の実施内容を除いた"
        "件数のため、令和4年度の集計の 9 件ではなく 4 件、令和5年度の集計の 9 件ではなく 4 件、"
        "令和6年度の集計の 6 件ではなく 4 件です。各回の集計どおりの件数は「政策別の件数（各回の集計）」"
        "の表のとおりです"
    )


@pytest.mark.parametrize("by", ["file", "folder"])
def test_compare_needs_no_keep_going_for_a_body_that_sent_nothing(
    tmp_path: Path, by: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A body that did not answer one round (its folder empty, or its file missing and the
    roster naming it) stops a count, not a comparison: compare says it in its line and
    compares the others, exit 0, the round's error said as a notice naming that round."""
    _old, new = _rounds(tmp_path, by)
    aoba = new / "青葉市.xlsx" if by == "file" else new / "青葉市" / "回答.xlsx"
    aoba.unlink()  # (this year's without the typo: nothing else wrong)
    _plan(aoba, "窓口の電子化", AOBA_R5)
    roster = tmp_path / "団体一覧.csv"
    roster.write_text("青葉市\n緑町\n東山市\n森野町\n", encoding="utf-8")
    (tmp_path / "planeval.toml").write_text(
        '[scale]\npreset = "gunma"\n[bodies]\nroster = "団体一覧.csv"\n', encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    run = _run("compare", "R5", "R6", "--bodies", by)
    assert run.exit_code == 0, run.output
    assert "東山市：今回の回答なし（前回 4 件）" in run.output
    assert "森野町：前回の回答なし（今回 2 件）" in run.output  # (the roster names it: not new)
    notices = [line for line in run.output.splitlines() if line.startswith("お知らせ")]
    assert notices and not [line for line in run.output.splitlines() if "エラー" in line]
    assert any("東山市" in line and "未回答" in line for line in notices), notices
    assert all("--keep-going" not in line for line in notices)
    if by == "file":  # (the roster's notice, at the roster: which round lacked the body)
        assert any("森野町（令和5年度の回）" in line for line in notices), notices
    summarize = _run("summarize", "R6", "--bodies", by)  # (a count is still stopped)
    assert summarize.exit_code == 1


def test_a_body_no_round_counted_is_said_not_passed_over(tmp_path: Path) -> None:
    """Review 40: a body whose every reply was in error in both rounds (another scale's
    letters) was in neither compare's nor rounds' tables or lines, and nothing said so."""
    old, new = _rounds(tmp_path, "file")
    for folder in (old, new):
        _plan(folder / "北山村.xlsx", "窓口の電子化", [(1, "申請", "済"), (2, "決済", "済")])
    config = ["--config", str(tmp_path / "planeval.toml")]
    for command in ("compare", "rounds"):
        result = _run(command, str(old), str(new), "--bodies", "file", *config, "--keep-going")
        assert "北山村はどの回も数えた行がないため、比べていません" in result.output, command


def test_the_round_a_body_did_not_answer_is_named_by_its_year() -> None:
    """Review 63: the roster's 未回答 of one round was said 「（../R5/回答 の回）」, a folder's
    path, where the tables name the rounds 令和5年度 → 令和6年度: named so, where each round
    states its year."""
    from planeval.cycle.bodies_apart import answered_apart
    from planeval.model import Location, Problem, Severity, TextCell
    from planeval.past_errors import UNANSWERED
    from planeval.read_records import ReadResult

    rounds = []
    for year in (5, 6):
        result = ReadResult()
        where = Location(f"R{year}/回答/岐阜市.xlsx", "調査票", "A1")
        result.texts = [TextCell(where, f"令和{year}年度 市町村DX推進状況調査票")]
        result.files = [where.file]
        rounds.append(result)
    said = "団体一覧の 1 団体から回答のブックがありません（未回答）: 笠松市"
    unanswered = Location("団体一覧.xlsx", "団体一覧", "B20")
    rounds[0].problems = [Problem(unanswered, Severity.ERROR, said, reason=UNANSWERED)]
    answered_apart(rounds, ["R5/回答", "R6/回答"])
    [notice] = rounds[0].problems
    assert notice.severity is Severity.NOTICE
    assert notice.message == said + "（令和5年度の回）"


def test_the_totals_line_names_the_bodies_that_answered_one_round(tmp_path: Path) -> None:
    """Review 97 #6: the line under compare's counts said its 合計 left out 「未集計の取組内容」
    where it left out the bodies that answered one round only (each its own line above): it
    names them, and the items 未集計 only where some were."""
    from planeval.report.uncompared import totals_lines

    old, new = _rounds(tmp_path, "file")
    read = {name: planeval.read_workbooks([p], bodies="file", scale=GUNMA) for name, p in
            (("old", old), ("new", new))}  # fmt: skip
    both = planeval.compare(read["old"], read["new"], scale=GUNMA)
    [line] = totals_lines(both)
    assert "一方の回だけに回答した団体（2 団体）の行と未集計の実施内容を除いた件数のため" in line
    # (青葉市's typo fixed: the bodies alone)
    fixed = tmp_path / "R6fixed"
    _plan(fixed / "青葉市.xlsx", "窓口の電子化", AOBA_R5)
    for body in ("緑町", "森野町"):
        _plan(fixed / f"{body}.xlsx", "窓口の電子化", R6[body])
    again = planeval.compare(
        read["old"], planeval.read_workbooks([fixed], bodies="file", scale=GUNMA), scale=GUNMA
    )
    [line] = totals_lines(again)
    assert "一方の回だけに回答した団体（2 団体）の行を除いた件数のため" in line
