"""Counting without keeping the rows (planeval.rollup, what `summarize` does with large
workbooks) gives what reading everything and counting gives: the same groups, counts, names
and projects, and the same problems, on the workflows of the other tests — departments'
returned templates with a co-owner's remark, other bodies' layouts with their settings,
several bodies at once, the same item in two files (agreeing and not), files that cannot be
read."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.aggregate import GROUP_LEVELS
from planeval.api import summarize_workbooks
from planeval.cli import app
from tests.conftest import REPO, SEED_WORKBOOK, write_book
from tests.cycle_fill import fill_workbook
from tests.other_bodies import BODIES
from tests.test_other_bodies import built

PLAN = REPO / "data" / "setagaya" / "plan.xlsx"


def _problems(result: planeval.ReadResult) -> Counter[tuple[str, str, str]]:
    return Counter((str(p.location), p.severity.value, p.message) for p in result.problems)


def assert_same(paths: list[Path], **options: object) -> planeval.Summary:
    """Both ways give the same summary at every level (each group numbered as typed) and the
    same problems; the rows are let go when streamed."""
    read = planeval.read_workbooks(paths, **options)  # type: ignore[arg-type]
    levels = [by for by in GROUP_LEVELS if options.get("bodies") or "body" not in by]
    for by in levels:
        whole = planeval.summarize(
            read.entries,
            by=by,
            scale=options.get("scale", planeval.DEFAULT_SCALE),  # type: ignore[arg-type]
            labels=read.level_labels,  # (the numbers as typed, which both ways show)
            marks=read.marks,  # (the rows a column marks, うち重点: counted both ways)
        )
        streamed, result = summarize_workbooks(paths, by=by, stream=True, **options)  # type: ignore[arg-type]
        assert streamed == whole, by
        assert result.entries == []
        assert _problems(result) == _problems(read), by
        assert (result.files, result.left_out) == (read.files, read.left_out)
        kept, _ = summarize_workbooks(paths, by=by, stream=False, **options)  # type: ignore[arg-type]
        assert kept == whole, by
    return whole


@pytest.fixture(scope="module")
def returned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Departments' returned templates: leads rate, a co-owner adds a remark, a co-owner's
    copy of an item rated differently."""
    folder = tmp_path_factory.mktemp("rollup") / "調査票"
    result = CliRunner().invoke(
        app,
        ["template", str(PLAN), "--fiscal-year", "令和4", "-o", str(folder),
         "--split-by", "department"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    for path in sorted(folder.glob("*.xlsx")):
        remarks = (
            {"1-1-2①": "窓口での案内も強化した"} if path.name.endswith("_財務部.xlsx") else None
        )
        fill_workbook(path, {"1-1-1②": ("△", "統一化が必要")}, remarks)
    return folder


def test_departments_returned_templates_with_a_co_owners_remark(returned: Path) -> None:
    summary = assert_same([returned])
    assert summary.total.total > 0


def test_the_same_item_in_two_files_agreeing_and_not(tmp_path: Path) -> None:
    header = ("情報化計画事業の体系", "実施内容", "達成状況", "課題等")
    rows = [header, ("1-1-1 事業", "① 項目", "○", ""), ("", "② 項目", "△", "遅れ")]
    other = [header, ("1-1-1 事業", "① 項目", "○", ""), ("", "② 項目", "×", "中止")]
    alone = [header, ("2-1-1 別の事業", "① 項目", "◎", "")]
    paths = [
        write_book(tmp_path / "a.xlsx", {"第3章": rows}),
        write_book(tmp_path / "b.xlsx", {"第3章": alone}),
        write_book(tmp_path / "c.xlsx", {"第3章": other}),
        write_book(tmp_path / "d.xlsx", {"第3章": rows + rows[1:]}),  # also twice within itself
    ]
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 not a workbook")
    summary = assert_same([*paths, tmp_path / "broken.xlsx"])
    assert summary.total.counts["◎"] == 1  # 2-1-1 is in a file no other shares


def test_several_bodies_each_numbered_from_1_1_1(tmp_path: Path) -> None:
    for name in ("青葉市", "緑町", "港区"):
        shutil.copy(SEED_WORKBOOK, tmp_path / f"{name}.xlsx")
    summary = assert_same([tmp_path], bodies="file")
    assert summary.total.total > 0
    folders = tmp_path / "folders"
    for name in ("青葉市", "緑町"):
        (folders / name).mkdir(parents=True)
        shutil.copy(SEED_WORKBOOK, folders / name / "情報政策課.xlsx")
    assert_same([folders], bodies="folder")


def test_workbooks_stating_one_body(tmp_path: Path) -> None:
    """Two bodies that kept the form's example 団体名 (the same items: an error, not counted)
    beside one body's two departments stating its name (no item shared: one body)."""
    header = ("情報化計画事業の体系", "実施内容", "達成状況", "課題等")

    def survey(name: str, body: str, project: str, statuses: str) -> Path:
        rows = [(f"団体名：{body}",), header]
        rows += [
            (project if n == 0 else "", f"({n + 1}) 項目", s, "") for n, s in enumerate(statuses)
        ]
        return write_book(tmp_path / f"{name}.xlsx", {"調査票": rows})

    survey("北町", "記入例市", "1-1-1 事業", "○△")
    survey("南町", "記入例市", "1-1-1 事業", "○×")
    survey("若葉市_企画課", "若葉市", "1-1-1 事業", "◎○")
    survey("若葉市_総務課", "若葉市", "2-1-1 事業", "△")
    assert assert_same([tmp_path], bodies="file").total.total == 3  # (若葉市's rows only)


def test_a_run_of_numbers_through_the_plan_in_no_file(tmp_path: Path) -> None:
    """枚方市's 施策 numbered 1–40 through the plan, each 部 a run of them, one 部 never
    answering: its run is said missing counted file by file too (only the policies' and
    projects' gaps were: 「計画事業 1-3 …」 for 「番号 9～12 …」), and once, not again by its
    project; in a body's folder, of that body."""
    from tests.test_missing_numbers import _dept

    for folder in (tmp_path / "枚方市", tmp_path / "全体" / "枚方市"):
        folder.mkdir(parents=True)
        _dept(folder, "01_総務部", "1-1 防災", range(1, 5))
        _dept(folder, "02_福祉部", "1-2 福祉", range(5, 9))
        _dept(folder, "04_環境部", "1-4 環境", range(13, 17))
    assert_same([tmp_path / "枚方市"])
    _, result = summarize_workbooks([tmp_path / "枚方市"], stream=True)
    assert [p.message for p in result.problems] == [
        "番号 9～12 の行がどのファイルにもありません（番号は計画全体の通し番号のようです。"
        "1～8・13～16 はあります）"
    ]
    (tmp_path / "全体" / "緑町").mkdir()
    _dept(tmp_path / "全体" / "緑町", "01_総務部", "1-1 防災", range(1, 3))
    assert_same([tmp_path / "全体"], bodies="folder")
    _, result = summarize_workbooks([tmp_path / "全体"], bodies="folder", stream=True)
    assert [(p.location.file, p.message[:11]) for p in result.problems] == [
        ("枚方市", "番号 9～12 の行が")
    ]


@pytest.mark.parametrize("body", BODIES, ids=[body.key for body in BODIES])
def test_other_bodies_layouts_with_their_settings(body, tmp_path: Path) -> None:
    paths, config = built(body, tmp_path)
    assert_same(paths, scale=config.scale, layout=config.layout)


def test_a_bodys_folder_of_returned_templates_keeps_its_co_owners_remark(
    returned: Path, tmp_path: Path
) -> None:
    # each body's departments in a folder of its own: the co-owner's remark is found on its
    # lead's item within the body (it was keyed without the body, and said to be unmatched)
    shutil.copytree(returned, tmp_path / "全体" / "青葉区")
    shutil.copytree(returned, tmp_path / "全体" / "緑町")
    read = planeval.read_workbooks([tmp_path / "全体"], bodies="folder")
    # (each of the one folder's workbooks is in both bodies' folders: said, and nothing else)
    copies = len(list(returned.glob("*.xlsx")))
    assert len(read.problems) == copies
    assert all("同じ内容のブック" in problem.message for problem in read.problems)
    remarked = [e for e in read.entries if "（共管 財務部）窓口での案内も強化した" in e.issue]
    assert sorted(e.body for e in remarked) == ["緑町", "青葉区"]
    assert_same([tmp_path / "全体"], bodies="folder")


def test_the_command_streams_from_a_size_on_and_says_the_same(
    returned: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    import planeval.file_counts
    import planeval.rollup

    def summarize(*args: str) -> dict:
        done = CliRunner().invoke(app, ["summarize", str(returned), "-f", "json", *args])
        assert done.exit_code == 0, done.output
        data = json.loads(done.stdout)
        data["problems"] = sorted(data["problems"], key=json.dumps)
        return data

    kept = {by: summarize("--by", by) for by in ("policy", "project")}
    monkeypatch.setattr(planeval.rollup, "STREAM_FROM", 0)  # (every read streamed)
    calls: list[int] = []
    count_file = planeval.file_counts.count_file
    monkeypatch.setattr(
        planeval.file_counts, "count_file", lambda *a, **k: calls.append(1) or count_file(*a, **k)
    )
    assert {by: summarize("--by", by) for by in ("policy", "project")} == kept
    assert calls  # (the files were counted one by one)


def test_a_file_changed_between_its_two_reads_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    import planeval.rollup

    header = ("情報化計画事業の体系", "実施内容", "達成状況", "課題等")
    rows = [header, ("1-1-1 事業", "① 項目", "○", "")]
    a = write_book(tmp_path / "a.xlsx", {"第3章": rows})
    b = write_book(tmp_path / "b.xlsx", {"第3章": rows})  # (shares 1-1-1: read again)
    read_bodies = planeval.rollup.read_bodies

    def saved_meanwhile(files, *args, **kwargs):  # type: ignore[no-untyped-def]
        os.utime(b, ns=(os.stat(b).st_atime_ns, os.stat(b).st_mtime_ns + 10**9))
        return read_bodies(files, *args, **kwargs)

    monkeypatch.setattr(planeval.rollup, "read_bodies", saved_meanwhile)
    _, result = summarize_workbooks([a, b], stream=True)
    [error] = result.errors
    assert error.location.file == str(b) and "集計中にファイルが変更されました" in error.message


def test_headings_of_a_word_planeval_does_not_know_read_again_file_by_file_too(
    tmp_path: Path,
) -> None:
    """Review 187 #1 / 188 #1's 「運営方針1　…」 over each table (and 「運営方針 1」, 「【運営方針1】」),
    its 取組み numbered from 1 again under each: read as the top level streamed too, each file
    and the read's files numbering the word; a word numbered once offered its line once."""
    from planeval.presets import PRESETS
    from tests.test_review187_headings import HEAD, RATED, _write

    for shape in ("{word}{number}　{name}", "{word} {number}　{name}", "【{word}{number}】{name}"):
        _write(tmp_path / shape, RATED, shape=shape)
        summary = assert_same([tmp_path / shape], scale=PRESETS["nagoya"])
        ids = [group.id for group in summary.groups]  # (by project)
        assert ids == ["1-1", "1-2", "2-1", "2-2", "3-1", "3-2", "3-3"]
    once = tmp_path / "once"  # (市民課 under 運営方針3 alone: a level by 総務課's 1 … 3)
    _write(once, {**RATED, "市民課": [(3, 2, "D"), (3, 3, "A")]})
    assert_same([once], scale=PRESETS["nagoya"])
    offered = tmp_path / "offered"  # (重点取組1 over each file's one table: no level)
    _write(offered, {"総務課": [(1, 1, "A"), (1, 2, "B")], "市民課": [(1, 3, "C")]}, "重点取組")
    assert_same([offered], scale=PRESETS["nagoya"])
    bodies = tmp_path / "bodies"  # (--bodies file: one body's reply headed so, one's not)
    _write(bodies, {"東山市": RATED["総務課"]})
    rows = [["令和6年度 取組み結果"], HEAD, ["1-1 防災訓練", "内容", "A", "総務課"]]
    write_book(
        bodies / "西川町.xlsx", {"取組み結果": [*rows, ["1-2 見守り", "内容", "B", "福祉課"]]}
    )
    summary = assert_same([bodies], scale=PRESETS["nagoya"], bodies="file")
    assert [(group.body, group.id, group.name) for group in summary.groups] == [  # (by body)
        ("東山市", "1", "安心・安全に暮らせるまち"),
        ("東山市", "2", "健やかに支え合うまち"),
        ("東山市", "3", "魅力と活力あふれるまち"),
        ("西川町", "1", ""),
    ]


def test_a_rating_its_figures_contradict_is_warned_file_by_file_too(tmp_path: Path) -> None:
    """Review 186 #2's 34件 of 40件 typed C under aichi: warned at its cell streamed too, in a
    file counted alone, in files read again jointly (their projects named, not numbered: as
    the joint read numbers them) and of each body's replies."""
    from planeval.presets import PRESETS
    from tests.test_review186_rating_figures import HEADER, ROWS, _form

    aichi = PRESETS["aichi"]
    paths = [_form(tmp_path / "R6_建設局.xlsx", ROWS), _form(tmp_path / "R6_教育局.xlsx", ROWS[2:])]
    assert_same(paths, scale=aichi)
    (named := tmp_path / "named").mkdir()
    for name, project, rows in (("建設局", "インフラ", ROWS[:2]), ("教育局", "学校", ROWS[2:])):
        lines = [["施策2-2　建設・交通分野のデジタル化"], HEADER, [f"{project}のデジタル化"], *rows]
        write_book(named / f"R6_{name}.xlsx", {"進捗状況": lines})
    assert_same([named], scale=aichi)
    bodies = tmp_path / "bodies"
    for body in ("東山市", "西川町"):
        _form(bodies / f"{body}.xlsx", ROWS)
    assert_same([bodies], scale=aichi, bodies="file")
    warned = {
        named: [("R6_建設局.xlsx", "G4")],
        bodies: [("東山市.xlsx", "G7"), ("西川町.xlsx", "G7")],
    }
    for given, cells in warned.items():
        _, result = summarize_workbooks([given], scale=aichi, bodies="file", stream=True)
        said = [p.location for p in result.problems if "85.0% は B" in p.message]
        assert [(Path(place.file).name, place.cell) for place in said] == cells


def test_a_streamed_file_looks_for_its_templates_mark_once(
    returned: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Counted where it was read, a department's template is looked at for its mark once (not
    again by combining it), and no other round is looked for among its one mark (perf 58e)."""
    import planeval.combine
    import planeval.file_counts
    import planeval.marks
    from planeval.file_counts import count_file
    from planeval.io.workbook import ReadOptions, read_workbook

    path = next(p for p in sorted(returned.glob("*.xlsx")) if p.name.endswith("_財務部.xlsx"))
    looked: list[str] = []
    for module in (planeval.file_counts, planeval.combine):
        found = module.recorded_marks
        monkeypatch.setattr(
            module, "recorded_marks", lambda *a, f=found, **k: looked.append("mark") or f(*a, **k)
        )
    rounds = planeval.marks.the_rounds
    monkeypatch.setattr(
        planeval.marks, "the_rounds", lambda *a, **k: looked.append("rounds") or rounds(*a, **k)
    )
    counted = count_file(read_workbook(path, "", ReadOptions()), "policy")
    assert looked == ["mark"]
    assert counted.mark is not None and counted.mark.department == "財務部"
    assert counted.mark.fiscal_year == 2022
