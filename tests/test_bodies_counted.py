"""A collection of several bodies as a prefecture's clerk reads it: each body's projects and
directions counted within that body, the bodies that gave no counted row named (never a
silent gap), and compare telling a body unreadable last time from progress."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.report.changes import movement_table
from tests.conftest import write_book

HEADER = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]


def _plan(path: Path, project: str, items: list[tuple[int, str, str]]) -> Path:
    """A body's Chapter 3 sheet: policy 1, its direction 1-1 (named by the body), one project
    1-1-1 named ``project`` and its items (number, name, status)."""
    direction = "1-1 窓口" if "窓口" in project else "1-1 基盤"
    rows = [["情報化政策1 くらし"], HEADER, [direction, "", "", ""]]
    for place, (number, name, status) in enumerate(items):
        rows.append([f"1-1-1 {project}" if place == 0 else "", f"({number}) {name}", status, ""])
    path.parent.mkdir(parents=True, exist_ok=True)
    return write_book(path, {"第3章": rows})


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "120"})
    return result.exit_code, result.stdout


def test_several_bodies_projects_and_directions_are_counted_within_each_body(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "県内"
    _plan(folder / "青葉市" / "回答.xlsx", "窓口の電子化", [(1, "申請", "○"), (2, "決済", "△")])
    _plan(folder / "緑町" / "回答.xlsx", "基盤の更新", [(1, "端末", "◎")])
    result = planeval.read_workbooks([folder], bodies="folder")
    for by, name in (("project", "窓口の電子化"), ("direction", "窓口")):
        summary = planeval.summarize(result.entries, by=by)  # type: ignore[arg-type]
        # two bodies' 1-1-1 are two projects: never one row adding them together
        assert [(g.body, g.id, g.count.total) for g in summary.groups] == [
            ("緑町", "1-1", 1) if by == "direction" else ("緑町", "1-1-1", 1),
            ("青葉市", "1-1", 2) if by == "direction" else ("青葉市", "1-1-1", 2),
        ]
        assert summary.groups[1].name == name and summary.total.total == 3
        streamed, _ = planeval.summarize_workbooks(
            [folder],
            by=by,
            bodies="folder",
            stream=True,  # type: ignore[arg-type]
        )
        assert streamed.groups == summary.groups
    # the same policy number of every body is added together, as documented
    [policy] = planeval.summarize(result.entries, by="policy").groups
    assert (policy.body, policy.count.total, policy.projects) == ("", 3, 2)

    args = ("summarize", str(folder), "--bodies", "folder", "--by", "project")
    code, shown = _run(*args)
    assert code == 0
    assert "団体・情報化計画事業別の達成状況" in shown
    assert "│ 青葉市 │ 1-1-1 │ 窓口の電子化" in shown and "│ 緑町   │ 1-1-1 │ 基盤の更新" in shown
    _, flat = _run(*args, "-f", "csv")
    assert flat.lstrip("\ufeff").splitlines()[:3] == [
        "団体,番号,名称,◎,○,△,×,計,-（再掲）,集計の状況",
        "緑町,1-1-1,基盤の更新,1,0,0,0,1,0,",
        "青葉市,1-1-1,窓口の電子化,0,1,1,0,2,0,",
    ]
    _, data = _run(*args[:-1], "direction", "-f", "json")
    groups = json.loads(data)["groups"]
    assert [(g["body"], g["id"], g["total"]) for g in groups] == [
        ("緑町", "1-1", 1),
        ("青葉市", "1-1", 2),
    ]
    # one body's own plan (no --bodies) has no body column
    _, alone = _run("summarize", str(folder / "青葉市"), "--by", "project", "-f", "json")
    assert "body" not in json.loads(alone)["groups"][0]


def _collection(root: Path) -> Path:
    """24 bodies in miniature: one answered, one unanswered (an empty folder), one sent .xls,
    one whose table is not found."""
    folder = root / "県内"
    _plan(folder / "青葉市" / "回答.xlsx", "窓口", [(1, "申請", "○")])
    (folder / "南川村").mkdir()
    (folder / "北山村").mkdir()
    (folder / "北山村" / "回答.xls").write_bytes(b"\xd0\xcf\x11\xe0")  # (Excel 97-2003)
    (folder / "白浜町").mkdir()
    write_book(folder / "白浜町" / "回答.xlsx", {"結果": [["番号", "取組", "評価ランク"]]})
    return folder


def test_bodies_with_no_counted_row_are_named_not_dropped(tmp_path: Path) -> None:
    folder = _collection(tmp_path)
    result = planeval.read_workbooks([folder], bodies="folder")
    assert result.bodies == ["北山村", "南川村", "白浜町", "青葉市"]  # (folders in name order)
    assert result.uncounted_bodies == ["北山村", "南川村", "白浜町"]
    _, streamed = planeval.summarize_workbooks([folder], bodies="folder", stream=True)
    assert streamed.uncounted_bodies == result.uncounted_bodies
    # --bodies file: every workbook given is a body
    files = [folder / "青葉市" / "回答.xlsx", folder / "白浜町" / "回答.xlsx"]
    by_file = planeval.read_workbooks(files, bodies="file")
    assert by_file.uncounted_bodies == ["回答（白浜町）"]
    # every body counted: nothing said
    assert planeval.read_workbooks([folder / "青葉市"], bodies="file").uncounted_bodies == []

    args = ("summarize", str(folder), "--bodies", "folder", "--keep-going", "--by", "body")
    code, shown = _run(*args)
    assert code == 1  # (the bodies' errors)
    lines = shown.splitlines()
    rows = {line.split("│")[1].strip(): line.split("│")[2:-1] for line in lines if "│" in line}
    assert [cell.strip() for cell in rows["青葉市"]] == ["0", "1", "0", "0", "1", "0"]
    # a row for each, named with why (review 60), its counts empty (nothing counted: not 0)
    assert [cell.strip() for cell in rows["南川村（未回答）"]] == [""] * 6
    assert (
        "4団体のうち1団体の回答を集計しました。未集計の団体：北山村（ファイル形式が異なるため）、"
        "南川村（未回答）、白浜町（記入に不備があったため）"  # (each its own reason: review 23)
    ) in shown.replace("\n  ", "")
    _, flat = _run(*args, "-f", "csv")
    assert flat.lstrip("\ufeff").splitlines()[1:] == [
        # (each by its name, as a lookup finds it, with why in 集計の状況: review 78b)
        "北山村,,,,,,,未集計（ファイル形式が異なるため）",
        "南川村,,,,,,,未集計（未回答）",
        "白浜町,,,,,,,未集計（記入に不備があったため）",
        "青葉市,0,1,0,0,1,0,",  # (the bodies' folders' order)
        "合計,0,1,0,0,1,0,",
    ]
    _, data = _run(*args[:-2], "-f", "json")  # (by policy: said too)
    said = json.loads(data)
    assert said["uncounted_bodies"] == ["北山村", "南川村", "白浜町"]
    assert len(said["bodies"]) == 4 and said["total"]["total"] == 1


def test_compare_does_not_call_what_a_round_could_not_count_added(tmp_path: Path) -> None:
    r1, r2 = tmp_path / "R5", tmp_path / "R6"
    # 青葉市's (2) is in R5 twice with different statuses: read, but not counted
    _plan(
        r1 / "青葉市" / "回答.xlsx", "窓口", [(1, "申請", "△"), (2, "決済", "○"), (2, "決済", "△")]
    )
    (r1 / "緑町").mkdir()  # (unanswered in R5)
    _plan(
        r2 / "青葉市" / "回答.xlsx", "窓口", [(1, "申請", "○"), (2, "決済", "○"), (3, "窓口", "◎")]
    )
    _plan(r2 / "緑町" / "回答.xlsx", "基盤", [(1, "端末", "◎")])
    comparison = planeval.compare(
        planeval.read_workbooks([r1], bodies="folder"),
        planeval.read_workbooks([r2], bodies="folder"),
    )
    said = [(m.entry.body, m.label, comparison.describe(m)) for m in comparison.movements]
    assert said == [
        ("青葉市", "1-1-1(1)", "改善"),
        ("青葉市", "1-1-1(2)", "前回未集計"),  # (read in R5, in error)
        ("青葉市", "1-1-1(3)", "追加"),  # (new in R6: added indeed)
    ]  # (緑町 had no workbook in R5: said in one line, not item by item)
    assert [(body.body, body.missing, body.joined) for body in comparison.apart] == [
        ("緑町", (0,), None)
    ]
    assert comparison.not_counted == {"old": ("緑町",)}
    # like for like: R6's counts leave out what R5 could not count
    assert (comparison.old.total.total, comparison.new.total.total) == (1, 2)
    assert movement_table(comparison, include_same=False).rows[1][-1] == "前回未集計"

    args = ("compare", str(r1), str(r2), "--bodies", "folder", "--keep-going")
    code, shown = _run(*args)
    assert code == 0  # (前回's error said once, no error of this comparison: review 180 #6)
    assert "緑町：前回の回答なし（今回 1 件）" in shown  # (its folder was there, empty)
    assert "前回は読んだものの数えなかった（記入に不備のあった）実施内容 1 件も" in shown
    assert (
        "「前回未集計」「今回未集計」の実施内容 1 件は、同じ実施内容どうしを比べるため、"
        "政策別の件数の変化の前回・今回のどちらにも含めていません"
    ) in shown.replace("\n  ", "")  # (the note as folded at 80 columns, put back together)
    _, data = _run(*args, "-f", "json")
    found = json.loads(data)
    assert found["not_counted"] == {"old": ["緑町"], "new": []}
    assert [m["uncounted_in"] for m in found["movements"]] == [None, "old", None]
    assert [body["body"] for body in found["bodies_apart"]] == ["緑町"]
    # the other way round: 今回未集計, and nothing removed
    back = planeval.compare(
        planeval.read_workbooks([r2], bodies="folder"),
        planeval.read_workbooks([r1], bodies="folder"),
    )
    assert [back.describe(m) for m in back.movements] == ["後退", "今回未集計", "削除"]
