"""Several bodies at once (a prefecture's or a national roll-up): every body numbers its plan
from 1-1-1, and items of different bodies are never merged or compared as one."""

from __future__ import annotations

from pathlib import Path

import pytest

import planeval
from planeval.cells import column_letter
from planeval.cycle.compare import Comparison
from planeval.past_errors import uncounted_why
from planeval.report import views
from planeval.report.changes import movement_table
from planeval.report.round_tables import rounds_table
from tests.conftest import write_book

HEADER = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]


def _body(path: Path, statuses: list[str]) -> Path:
    rows = [["情報化政策1 くらし"], HEADER, ["1-1-1 事業"]]
    rows[2] += [f"({n}) 取組{n}" for n in (1,)] + [statuses[0], ""]
    rows += [["", f"({n}) 取組{n}", status, ""] for n, status in enumerate(statuses[1:], start=2)]
    return write_book(path, {"第3章": rows})


def test_each_file_one_body_counted_on_its_own(tmp_path: Path) -> None:
    a = _body(tmp_path / "青葉市.xlsx", ["○", "○", "△"])
    b = _body(tmp_path / "緑町.xlsx", ["◎", "×"])
    mixed = planeval.read_workbooks([a, b])  # read as one body: the same items disagree
    assert mixed.has_errors
    result = planeval.read_workbooks([a, b], bodies="file")
    assert not result.problems
    summary = planeval.summarize(result.entries, by="body")
    assert [(g.id, dict(g.count.counts)) for g in summary.groups] == [
        ("青葉市", {"◎": 0, "○": 2, "△": 1, "×": 0}),
        ("緑町", {"◎": 1, "○": 0, "△": 0, "×": 1}),
    ]
    assert summary.total.total == 5


def test_bodies_read_as_one_are_told_to_be_read_body_by_body(tmp_path: Path) -> None:
    """Several bodies' workbooks, each numbered from 1-1-1, read without --bodies: their items
    are taken as one body's; one warning says so and names the option, and the command line's
    verdict gives it instead of --keep-going (which would count other bodies' items as one)."""
    from typer.testing import CliRunner

    from planeval.cli import app

    folder = tmp_path / "県内"
    folder.mkdir()
    for index, name in enumerate(["青葉市", "緑町", "桜村", "港区"]):
        _body(folder / f"{name}.xlsx", ["○△×◎"[index], "○", "△"])
    read = planeval.read_workbooks([folder])
    [several] = [p for p in read.problems if "--bodies file" in p.hint]
    assert several.severity is planeval.Severity.WARNING
    assert several.location.file == str(folder) and several.location.sheet is None
    assert "(1) は 4 ファイル。" in several.message and "3 件、計 4 ファイル" in several.message
    assert not [p for p in planeval.read_workbooks([folder], bodies="file").problems]

    result = CliRunner().invoke(app, ["summarize", str(folder)], env={"COLUMNS": "200"})
    assert result.exit_code == 1
    last = result.output.strip().splitlines()[-1]
    assert "--bodies file" in last and "--keep-going" not in last


def test_bodies_with_plans_of_their_own_read_as_one_are_told_too(tmp_path: Path) -> None:
    """Each body names its own items: nothing disagrees, and the read would count ① of 1-1-1
    of four plans as four items of one project; the warning is said all the same."""
    for name in ["青葉市", "緑町", "桜村", "港区"]:
        rows = [HEADER, ["1-1-1 事業", f"① {name}の電子申請", "○", ""]]
        rows += [["", f"{mark} {name}の取組{mark}", "△", ""] for mark in "②③"]
        write_book(tmp_path / f"{name}.xlsx", {"第3章": rows})
    read = planeval.read_workbooks([tmp_path])
    assert not read.has_errors and len(read.entries) == 12
    [several] = [p for p in read.problems if "--bodies file" in p.hint]
    assert "1-1-1① は 4 ファイル。" in several.message


def test_no_output_is_written_over_a_bodys_workbook_even_with_force(tmp_path: Path) -> None:
    """With --bodies folder the workbooks read are in the bodies' folders: an output named as
    one of them is refused like any input (a clerk told the file exists adds --force)."""
    from typer.testing import CliRunner

    from planeval.cli import app

    rounds = []
    for year in ("r5", "r6"):
        for name, statuses in (("青葉市", ["○", "△"]), ("緑町", ["◎"])):
            (tmp_path / year / name).mkdir(parents=True)
            _body(tmp_path / year / name / f"{name}.xlsx", statuses)
        rounds.append(tmp_path / year)
    reply = rounds[1] / "緑町" / "緑町.xlsx"
    before = reply.read_bytes()
    run = CliRunner().invoke
    for args in (
        ["export", str(rounds[1]), "--bodies", "folder", "--xlsx", str(reply), "--force"],
        ["compare", *map(str, rounds), "--bodies", "folder", "--xlsx", str(reply), "--force"],
        ["rounds", *map(str, rounds), "--bodies", "folder", "--xlsx", str(reply), "--force"],
    ):
        result = run(app, args, env={"COLUMNS": "200"})
        assert result.exit_code == 2, (args[0], result.output)
        assert "入力ファイルです" in result.output
        assert reply.read_bytes() == before


def test_an_item_co_owned_by_three_departments_is_not_taken_for_bodies(tmp_path: Path) -> None:
    files = [
        write_book(
            tmp_path / f"{department}.xlsx",
            {"第3章": [HEADER, ["1-1-1 事業", f"({n}) 取組{n}", "○", ""], ["", "(9) 共管", s, ""]]},
        )
        for n, (department, s) in enumerate([("総務部", "○"), ("財務部", "△"), ("区民部", "○")])
    ]
    problems = planeval.read_workbooks(files).problems
    assert [p.message for p in problems if "(9) 共管" in p.message]  # (the disagreement, said)
    assert not [p for p in problems if "--bodies" in p.hint]


def test_a_policy_pooled_over_bodies_that_name_it_apart_has_no_one_bodys_name(
    tmp_path: Path,
) -> None:
    """--by policy adds every body's policy 1 together: named as the bodies name it when they
    agree, and by none of them when they do not (it was the first body's name)."""
    for name, policy in (("青葉市", "くらし"), ("緑町", "くらし"), ("桜村", "行政運営")):
        rows = [[f"情報化政策1 {policy}"], HEADER, ["1-1-1 事業", "(1) 取組1", "○", ""]]
        write_book(tmp_path / f"{name}.xlsx", {"第3章": rows})
    agreeing = planeval.read_workbooks(
        [tmp_path / "青葉市.xlsx", tmp_path / "緑町.xlsx"], bodies="file"
    )
    [group] = planeval.summarize(agreeing.entries, by="policy").groups
    assert (group.id, group.name, group.count.total) == ("1", "くらし", 2)
    every = planeval.read_workbooks([tmp_path], bodies="file")
    [group] = planeval.summarize(every.entries, by="policy").groups
    assert (group.id, group.name, group.count.total) == ("1", "", 3)
    by_body = planeval.summarize(every.entries, by="body-policy").groups
    assert sorted((g.body, g.name) for g in by_body) == [
        ("桜村", "行政運営"), ("緑町", "くらし"), ("青葉市", "くらし")
    ]  # fmt: skip


def test_each_sub_folder_one_body_and_duplicates_looked_for_within_it(tmp_path: Path) -> None:
    for body, departments in {"青葉市": ["総務部", "財務部"], "緑町": ["総務課"]}.items():
        (tmp_path / "全国" / body).mkdir(parents=True)
        for department in departments:
            statuses = ["○", "△"] if body == "青葉市" else ["△", "○"]
            _body(tmp_path / "全国" / body / f"{department}.xlsx", statuses)
    result = planeval.read_workbooks([tmp_path / "全国"], bodies="folder")
    assert {e.body for e in result.entries} == {"青葉市", "緑町"}
    # 青葉市's two departments said the same of the same items: counted once, within 青葉市
    assert len(result.entries) == 4
    assert [(p.severity, Path(p.location.file).parent.name) for p in result.problems] == [
        (planeval.Severity.WARNING, "青葉市"),
        (planeval.Severity.WARNING, "青葉市"),
    ]
    summary = planeval.summarize(result.entries, by="body")  # (folders in name order)
    assert [(g.id, g.count.total) for g in summary.groups] == [("緑町", 2), ("青葉市", 2)]


def test_policy_names_stay_with_their_body(tmp_path: Path) -> None:
    a = _body(tmp_path / "青葉市.xlsx", ["○"])
    rows = [["情報化政策1 まちづくり"], HEADER, ["1-1-1 事業", "(1) 取組1", "○", ""]]
    b = write_book(tmp_path / "緑町.xlsx", {"第3章": rows})
    result = planeval.read_workbooks([a, b], bodies="file")
    assert {(e.body, e.policy_name) for e in result.entries} == {
        ("青葉市", "くらし"),
        ("緑町", "まちづくり"),
    }


def test_summarize_by_body_on_the_command_line(tmp_path: Path) -> None:
    import json

    from typer.testing import CliRunner

    from planeval.cli import app

    folder = tmp_path / "全国"
    folder.mkdir()
    for index in range(7):
        _body(folder / f"body_{index:02d}.xlsx", ["○", "△"][: 1 + index % 2])
    run = CliRunner().invoke
    result = run(app, ["summarize", str(folder), "--bodies", "file", "--by", "body", "-f", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [g["id"] for g in data["groups"]] == [f"body_{i:02d}" for i in range(7)]
    assert [g["body"] for g in data["groups"]] == [
        g["id"] for g in data["groups"]
    ]  # (as elsewhere)
    assert [g["total"] for g in data["groups"]] == [1, 2, 1, 2, 1, 2, 1]
    assert data["total"]["total"] == 10
    flat = run(app, ["summarize", str(folder), "--bodies", "file", "--by", "body", "-f", "csv"])
    # a body is its name: one column titled 団体 (it was the name under "番号", and 名称 empty);
    # how it was counted in a column of its own, last, empty for a body counted whole (a
    # column a Power Query names, there whether some body was left out or none: review 78b)
    assert flat.stdout.lstrip("\ufeff").splitlines()[:2] == [
        "団体,◎,○,△,×,計,-（再掲）,集計の状況",
        "body_00,0,1,0,0,1,0,",
    ]
    assert run(app, ["summarize", str(folder), "--by", "body"]).exit_code == 2
    assert run(app, ["summarize", str(folder), "--bodies", "town"]).exit_code == 2


def _dying(path: Path, *args: object) -> planeval.ReadResult:
    """workers._read_one, except that body_3.xlsx kills its process (in a forked worker)."""
    import os

    from planeval.io import workers

    if path.name == "body_3.xlsx":
        os._exit(134)
    return workers._read_file_result(path, *args)  # type: ignore[attr-defined]


def test_a_worker_that_dies_costs_only_its_file(tmp_path: Path, monkeypatch) -> None:
    """A file that kills its worker process (a library aborting, the kernel killing it for
    memory) is named and left out; every other file of the batch is still counted."""
    from planeval.io import workers

    paths = [_body(tmp_path / f"body_{n}.xlsx", ["○"]) for n in range(6)]
    monkeypatch.setattr(workers, "_read_file_result", workers._read_one, raising=False)
    monkeypatch.setattr(workers, "_read_one", _dying)
    result = planeval.read_workbooks(paths, bodies="file", jobs=2)
    assert result.left_out == [str(paths[3])]
    assert "異常終了" in result.errors[0].message
    counted = sorted(e.body for e in result.entries)
    assert counted == ["body_0", "body_1", "body_2", "body_4", "body_5"]
    # counted file by file, the same: the lost file named, every other body counted
    summary, streamed = planeval.summarize_workbooks(
        paths, bodies="file", jobs=2, by="body", stream=True
    )
    assert streamed.left_out == [str(paths[3])] and "異常終了" in streamed.errors[0].message
    assert [g.id for g in summary.groups] == ["body_0", "body_1", "body_2", "body_4", "body_5"]


def test_an_export_of_several_bodies_has_a_sheet_per_body_with_its_chart(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    paths = [_body(tmp_path / f"{name}.xlsx", statuses) for name, statuses in
             (("青葉市", ["○", "△"]), ("緑町", ["◎"]))]  # fmt: skip
    result = planeval.read_workbooks(paths, bodies="file")
    report = planeval.build_report(result.entries)
    [out] = planeval.export(report, xlsx=tmp_path / "out" / "全国.xlsx").files
    book = load_workbook(out)
    sheet = book["団体別集計"]
    # its own heading, not 集計's (it printed under the report's title, as 集計 does)
    assert (sheet["A1"].value, book["集計"]["A1"].value) == ("団体別の達成状況", report.title)
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=4, max_row=6)]
    assert rows[1][:6] == ["青葉市", 0, 1, 1, 0, 2]  # (no empty name column beside it)
    assert rows[2][:6] == ["緑町", 1, 0, 0, 0, 1]
    assert sheet._charts  # (openpyxl keeps the charts it read)
    data = [c.value for c in book["データ"][1]]
    assert "団体" in data


def test_a_body_table_longer_than_a_page_repeats_its_header_when_printed(tmp_path: Path) -> None:
    """A thousand bodies print on thirty pages: each with the header (◎ ○ … 計 割合), not rows
    of bare numbers; a table on one page has nothing to repeat."""
    from openpyxl import load_workbook

    read = planeval.read_workbooks([_body(tmp_path / "青葉市.xlsx", ["○", "△"])], bodies="file")
    for count, repeated in ((3, None), (90, "$4:$4")):
        entries = [e._replace(body=f"団体{n:03d}") for n in range(count) for e in read.entries]
        report = planeval.build_report(entries, bodies=sorted({e.body for e in entries}))
        [out] = planeval.export(report, xlsx=tmp_path / f"{count}.xlsx").files
        assert load_workbook(out)["団体別集計"].print_title_rows == repeated, count


def test_the_report_gives_each_body_its_own_chapter3_tables(tmp_path: Path) -> None:
    # both bodies have a 1-1-1: one project cell over both bodies' rows was one project, and
    # its count line the sum of both
    paths = [_body(tmp_path / f"{name}.xlsx", statuses) for name, statuses in
             (("青葉市", ["○", "△"]), ("緑町", ["◎"]))]  # fmt: skip
    report = planeval.build_report(planeval.read_workbooks(paths, bodies="file").entries)
    [section] = report.policies
    assert [table.name for table in section.tables] == ["青葉市", "緑町"]
    for table, statuses in zip(section.tables, (["○", "△"], ["◎"]), strict=True):
        assert [row.status for row in table.rows] == statuses
        assert table.rows[0].project_rows == len(statuses)
        assert table.group is not None and table.group.count.total == len(statuses)
    assert section.group.count.total == 3  # (the policy's sentence counts every body)
    html = (planeval.export(report, html=tmp_path / "全国.html").files[0]).read_text()
    assert 'id="d1-1_1"' in html and 'id="d1-1_2"' in html  # (ids stay unique)


def test_workers_are_started_for_many_files_or_for_several_large_ones(
    tmp_path: Path, monkeypatch
) -> None:
    from planeval.io import workers

    monkeypatch.setattr(workers.os, "cpu_count", lambda: 4)

    def files(count: int, size: int) -> list[Path]:
        made = []
        for number in range(count):
            path = tmp_path / f"{count}_{size}_{number}.xlsx"
            with path.open("wb") as handle:
                handle.truncate(size)  # (sparse: only its size matters here)
            made.append(path)
        return made

    assert workers.auto_jobs(files(1, 50 * 2**20)) == 1  # one file: nothing to share
    assert workers.auto_jobs(files(10, 20_000)) == 1  # ten small files: a fork costs more
    assert workers.auto_jobs(files(2, 3 * 2**20)) == 2  # two large ones: side by side
    assert workers.auto_jobs(files(10, 3 * 2**20)) == 4  # ten large ones: every core
    assert workers.auto_jobs(files(200, 20_000)) == 4  # many small ones, as before
    assert workers.auto_jobs([tmp_path / "gone.xlsx", *files(1, 20_000)]) == 1


def _two_policies(path: Path, first: list[str], second: list[str]) -> Path:
    rows: list[list[str]] = []
    for policy, name, statuses in ((1, "くらし", first), (2, "まち", second)):
        rows += [[f"情報化政策{policy} {name}"], HEADER]
        for n, status in enumerate(statuses, start=1):
            rows.append([f"{policy}-1-1 事業" if n == 1 else "", f"({n}) 取組{n}", status, ""])
    return write_book(path, {"第3章": rows})


def test_each_bodys_policies_counted_apart_where_the_plans_share_a_structure(
    tmp_path: Path,
) -> None:
    import json

    from typer.testing import CliRunner

    from planeval.cli import app

    folder = tmp_path / "県内"
    folder.mkdir()
    _two_policies(folder / "青葉市.xlsx", ["○", "△"], ["◎"])
    _two_policies(folder / "緑町.xlsx", ["×"], ["○", "○", "△"])
    result = planeval.read_workbooks([folder], bodies="file")
    summary = planeval.summarize(result.entries, by="body-policy")
    assert [(g.body, g.id, g.name, g.count.total, g.projects) for g in summary.groups] == [
        ("緑町", "1", "くらし", 1, 1),
        ("緑町", "2", "まち", 3, 1),
        ("青葉市", "1", "くらし", 2, 1),
        ("青葉市", "2", "まち", 1, 1),
    ]  # (bodies in the order read: files in name order)
    assert summary.total.total == 7
    # the same policy of two bodies is one group by policy, whose projects are two
    by_policy = planeval.summarize(result.entries, by="policy")
    assert [(g.id, g.count.total, g.projects) for g in by_policy.groups] == [
        ("1", 3, 2),
        ("2", 4, 2),
    ]

    run = CliRunner().invoke
    args = ["summarize", str(folder), "--bodies", "file", "--by", "body-policy"]
    data = json.loads(run(app, [*args, "-f", "json"]).stdout)
    assert [(g["body"], g["id"], g["total"]) for g in data["groups"]] == [
        ("緑町", "1", 1), ("緑町", "2", 3), ("青葉市", "1", 2), ("青葉市", "2", 1)
    ]  # fmt: skip
    shown = run(app, args, env={"COLUMNS": "100"})
    assert shown.exit_code == 0, shown.output
    assert "団体・情報化政策別の達成状況" in shown.stdout
    flat = run(app, [*args, "-f", "csv"]).stdout.lstrip("\ufeff").splitlines()
    assert flat[0].startswith("団体,番号,名称,")
    assert flat[2].startswith("緑町,2,まち,0,2,1,0,3") and flat[-1].startswith("合計,,,1,3,2,1,7")
    assert run(app, ["summarize", str(folder), "--by", "body-policy"]).exit_code == 2


def _survey(path: Path, heading: list[list[str]], statuses: list[str]) -> Path:
    """A national survey's form as a body's clerk returns it: the body stated above the table."""
    rows = [*heading, ["情報化政策1 くらし"], HEADER, ["1-1-1 事業"]]
    rows[len(heading) + 2] += ["(1) 取組1", statuses[0], ""]
    rows += [["", f"({n}) 取組{n}", status, ""] for n, status in enumerate(statuses[1:], start=2)]
    return write_book(path, {"調査票": rows})


def test_a_body_is_named_by_the_団体名_its_workbook_states(tmp_path: Path) -> None:
    folder = tmp_path / "回収"
    folder.mkdir()
    _survey(
        folder / "回答_001.xlsx",
        [["令和6年度 調査票"], ["団体名", "青葉市", "団体コード", "041009"]],
        ["○"],
    )
    _survey(folder / "回答_002.xlsx", [["団体名：緑町"]], ["△", "○"])
    _survey(folder / "松原村.xlsx", [["令和6年度 調査票"]], ["◎"])  # states none: its file
    result = planeval.read_workbooks([folder], bodies="file")
    assert not result.problems
    summary = planeval.summarize(result.entries, by="body")
    assert [(g.id, g.count.total) for g in summary.groups] == [
        ("青葉市", 1), ("緑町", 2), ("松原村", 1)
    ]  # fmt: skip


def test_bodies_that_state_their_codes_are_listed_in_code_order(tmp_path: Path) -> None:
    """A prefecture lists its municipalities by 団体コード: 緑町's reply, renamed 回答(1).xlsx
    by a mail client, came last after 花園町 (review 13). A code typed as a number keeps its
    place (083020 → 83020)."""
    folder = tmp_path / "回答"
    folder.mkdir()
    forms = [
        ("01_青葉市.xlsx", "青葉市", "082015"),
        ("02_花園町.xlsx", "花園町", "083411"),
        ("回答(1).xlsx", "緑町", 83020),  # (typed as a number: its leading zero lost)
    ]
    for name, body, code in forms:
        _survey(folder / name, [["団体名", body, "団体コード", code]], ["○"])  # type: ignore[list-item]
    result = planeval.read_workbooks([folder], bodies="file")
    assert not result.problems
    assert result.bodies == ["青葉市", "緑町", "花園町"]
    for stream in (False, True):
        summary, counted = planeval.summarize_workbooks(
            [folder], bodies="file", by="body", stream=stream
        )
        assert counted.bodies == ["青葉市", "緑町", "花園町"]
        assert [group.id for group in summary.groups] == ["青葉市", "緑町", "花園町"]
        body_policy, _ = planeval.summarize_workbooks(
            [folder], bodies="file", by="body-policy", stream=stream
        )
        assert [group.body for group in body_policy.groups] == ["青葉市", "緑町", "花園町"]
    # every output in that order: the Chapter 3 sections too (緑町 came last there, after
    # 花園町, while 団体別集計 had it second: review 17)
    assert [e.body for e in result.entries] == ["青葉市", "緑町", "花園町"]
    report = planeval.build_report(result.entries, bodies=result.bodies)
    [section] = report.policies
    assert [table.body for table in section.tables] == ["青葉市", "緑町", "花園町"]
    # a body stating no code (its form's code cell left blank) stays after the one before it
    _survey(folder / "03_松原村.xlsx", [["団体名", "松原村"]], ["◎"])
    assert planeval.read_workbooks([folder], bodies="file").bodies == [
        "青葉市", "緑町", "花園町", "松原村"
    ]  # fmt: skip


def test_two_workbooks_stating_one_body_are_that_body_twice(tmp_path: Path) -> None:
    folder = tmp_path / "回収"
    folder.mkdir()
    _survey(folder / "回答_001.xlsx", [["団体名", "青葉市"]], ["○"])
    _survey(folder / "回答_001（再送）.xlsx", [["団体名", "青葉市"]], ["△"])
    result = planeval.read_workbooks([folder], bodies="file")
    assert not result.entries  # one body's answer received twice, or two bodies: not counted
    [said] = result.errors
    assert "同じ団体名「青葉市」" in said.message and "古い方を除いて" in said.hint


def test_a_folder_names_its_body_whatever_its_files_state(tmp_path: Path) -> None:
    (tmp_path / "全国" / "青葉市").mkdir(parents=True)
    _survey(tmp_path / "全国" / "青葉市" / "総務部.xlsx", [["団体名", "総務部"]], ["○"])
    result = planeval.read_workbooks([tmp_path / "全国"], bodies="folder")
    assert {entry.body for entry in result.entries} == {"青葉市"}


def _items(path: Path, items: list[tuple[int, str, str]]) -> Path:
    rows = [["情報化政策1 くらし"], HEADER]
    for place, (number, name, status) in enumerate(items):
        rows.append(["1-1-1 事業" if place == 0 else "", f"({number}) {name}", status, ""])
    return write_book(path, {"第3章": rows})


def _compared(
    tmp_path: Path,
    old_items: dict[str, list[tuple[int, str, str]]],
    new_items: dict[str, list[tuple[int, str, str]]],
) -> tuple[Path, Path, Comparison]:
    """Two rounds' folders of bodies' workbooks (file name → items), compared body by body."""
    folders = tmp_path / "R5", tmp_path / "R6"
    for folder, bodies in zip(folders, (old_items, new_items), strict=True):
        folder.mkdir()
        for name, items in bodies.items():
            _items(folder / f"{name}.xlsx", items)
    comparison = planeval.compare(
        *(planeval.read_workbooks([folder], bodies="file") for folder in folders)
    )
    return *folders, comparison


def test_compare_pairs_each_body_with_itself_only(tmp_path: Path) -> None:
    old, new, comparison = _compared(
        tmp_path,
        {"青葉市": [(1, "窓口", "○"), (2, "共通基盤", "○")], "緑町": [(1, "窓口", "○")]},
        # 共通基盤 ended in 青葉市 and began in 緑町
        {"青葉市": [(1, "窓口", "○")], "緑町": [(1, "窓口", "◎"), (3, "共通基盤", "△")]},
    )
    moves = sorted((m.entry.body, m.entry.item_name, m.kind) for m in comparison.movements)
    assert moves == [
        ("緑町", "共通基盤", "added"),
        ("緑町", "窓口", "changed"),
        ("青葉市", "共通基盤", "removed"),
        ("青葉市", "窓口", "same"),
    ]
    # each body's items together, in ID order within it
    assert [m.entry.body for m in comparison.movements] == ["緑町", "緑町", "青葉市", "青葉市"]
    # every body numbers from 1-1-1: the table says whose each row is
    table = movement_table(comparison, include_same=False)
    assert table.headers[0] == "団体"
    assert [(row[0], row[1]) for row in table.rows] == [
        ("緑町", "1-1-1(1)"), ("緑町", "1-1-1(3)"), ("青葉市", "1-1-1(2)")
    ]  # fmt: skip
    runs = planeval.rounds(
        [planeval.read_workbooks([folder], bodies="file") for folder in (old, new)],
        labels=["R5", "R6"],
    )
    assert rounds_table(runs).headers[:2] == ("団体", "番号")


@pytest.mark.parametrize(
    ("renamed", "named"),
    [("南台市（令和6年度回答）", "南台市"), ("南台市_企画課_回答", "南台市_企画課_回答")],
)
def test_compare_pairs_a_body_whose_file_was_renamed_by_the_body_it_names(
    tmp_path: Path, renamed: str, named: str
) -> None:
    """南台市 wrote no 団体名, and its file was renamed between the rounds: it is still 南台市,
    its items paired (they were 今回未集計 and 前回未集計 under two names). A name that only
    wraps the body's (「調査票（…）」「（令和6年度回答）」) names it; any other is paired with a
    notice."""
    _old, _new, comparison = _compared(
        tmp_path,
        {"07_南台市": [(1, "窓口", "○"), (2, "基盤", "△")], "08_北町": [(1, "窓口", "○")]},
        {renamed: [(1, "窓口", "◎"), (2, "基盤", "△")], "08_北町": [(1, "窓口", "○")]},
    )
    moves = sorted((m.entry.body, m.entry.item_name, m.kind) for m in comparison.movements)
    assert moves == [("北町", "窓口", "same"), (named, "基盤", "same"), (named, "窓口", "changed")]
    notices = [said.message for said in comparison.notices]
    if named == "南台市":
        assert notices == []
    else:
        [said] = notices
        assert said.startswith(
            f"前回の「南台市」と今回の「{named}」は、名前からどちらも南台市の回答"
        )


def test_validate_looks_for_gaps_and_repeats_within_each_body(tmp_path: Path) -> None:
    folder = tmp_path / "県内"
    folder.mkdir()
    _items(folder / "青葉市.xlsx", [(1, "窓口", "○"), (2, "共通基盤", "○"), (3, "研修", "○")])
    # 緑町 skips (2) — hidden before by 青葉市's (2) — and repeats an item only 青葉市 has
    _items(folder / "緑町.xlsx", [(1, "窓口", "○"), (3, "研修（1-1-1(2)再掲）", "-")])
    problems = planeval.validate(planeval.read_workbooks([folder], bodies="file"))
    said = [(Path(p.location.file).stem, p.message) for p in problems]
    assert (
        "緑町",
        "1-1-1 の実施内容の番号が (1) の次に (3) になっています（(2)がありません）",
    ) in said
    assert any(body == "緑町" and "再掲とされていますが" in message for body, message in said)
    assert all(body == "緑町" for body, _message in said)  # 青葉市 is whole


def test_tables_and_issues_show_each_body_on_its_own(tmp_path: Path) -> None:
    import csv
    import io

    from typer.testing import CliRunner

    from planeval.cli import app

    folder = tmp_path / "県内"
    folder.mkdir()
    _two_policies(folder / "青葉市.xlsx", ["○", "△"], ["◎"])
    _two_policies(folder / "緑町.xlsx", ["×"], ["○", "○", "△"])
    run = CliRunner().invoke
    args = [str(folder), "--bodies", "file"]
    shown = run(app, ["tables", *args], env={"COLUMNS": "100"}).stdout
    assert shown.index("団体：緑町") < shown.index("団体：青葉市")
    green = shown[: shown.index("団体：青葉市")]
    assert "×" in green and "◎" not in green  # 緑町's rows only under 緑町
    flat = list(
        csv.reader(io.StringIO(run(app, ["tables", *args, "-f", "csv"]).stdout.lstrip("\ufeff")))
    )
    assert flat[0][0] == "団体"
    assert [row[0] for row in flat[1:]] == ["緑町"] * 4 + ["青葉市"] * 3
    issues = list(
        csv.reader(io.StringIO(run(app, ["issues", *args, "-f", "csv"]).stdout.lstrip("\ufeff")))
    )
    assert issues[0][0] == "団体"
    # (青葉市's ◎ has no issue text: no issue)
    assert [row[0] for row in issues[1:]] == ["緑町", "緑町", "青葉市"]
    one = list(
        csv.reader(
            io.StringIO(
                run(app, ["issues", str(folder / "緑町.xlsx"), "-f", "csv"]).stdout.lstrip("\ufeff")
            )
        )
    )
    assert one[0][0] == "番号"  # one body: no 団体 column


def test_a_file_stating_another_body_than_its_folder_is_said(tmp_path: Path) -> None:
    (tmp_path / "全国" / "若葉市").mkdir(parents=True)
    _survey(tmp_path / "全国" / "若葉市" / "回答.xlsx", [["団体名", "青葉市"]], ["○"])
    _survey(tmp_path / "全国" / "若葉市" / "総務部.xlsx", [["団体名", "若葉市役所"]], ["○"])
    result = planeval.read_workbooks([tmp_path / "全国"], bodies="folder")
    assert {entry.body for entry in result.entries} == {"若葉市"}  # (the folder's, as documented)
    # (若葉市役所 is the folder's own body, said otherwise; the two rate one item alike)
    [said] = [p for p in result.problems if "団体名" in p.message]
    assert said.severity == planeval.Severity.WARNING and said.location.file.endswith("回答.xlsx")
    assert "「青葉市」" in said.message and "フォルダ「若葉市」" in said.message


def test_a_collection_by_folder_names_what_it_cannot_count(tmp_path: Path) -> None:
    """A body that never answered (its folder empty) and a folder holding no body's folder:
    each said, none silently a zero; a reply beside the folders is a body of its own (review
    89: a round whose replies came half as files, half as folders is one folder)."""
    collection = tmp_path / "県内"
    (collection / "青葉市" / "旧").mkdir(parents=True)
    (collection / "緑町").mkdir()
    (collection / "北山村").mkdir()
    (collection / "北山村" / "回答.xls").write_bytes(b"\xd0\xcf\x11\xe0")  # (Excel 97-2003)
    _body(collection / "青葉市" / "回答.xlsx", ["○"])
    _body(collection / "松原村.xlsx", ["△"])
    (tmp_path / "空").mkdir()
    result = planeval.read_workbooks([collection, tmp_path / "空"], bodies="folder")
    assert [(e.body, e.status) for e in result.entries] == [("松原村", "△"), ("青葉市", "○")]
    said = {Path(p.location.file).name: p for p in result.problems}
    assert "松原村.xlsx" not in said
    assert said["緑町"].is_error and "団体「緑町」" in said["緑町"].message
    assert "未回答" in said["緑町"].message and "--keep-going" in said["緑町"].hint
    assert said["空"].is_error and "団体ごとのフォルダがありません" in said["空"].message
    # a reply in a form planeval cannot read is an error of its own, not an unanswered body
    assert said["回答.xls"].is_error and "数えていません" in said["回答.xls"].message
    assert "北山村" not in said
    assert "団体「青葉市」の回答なら" in said["旧"].hint  # (not "use --bodies folder")


def test_two_bodies_files_of_one_name_are_two_bodies(tmp_path: Path) -> None:
    for body, statuses in {"青葉市": ["○", "○"], "緑町": ["△", "○"]}.items():
        (tmp_path / body).mkdir()
        _body(tmp_path / body / "回答.xlsx", statuses)
    files = [tmp_path / "青葉市" / "回答.xlsx", tmp_path / "緑町" / "回答.xlsx"]
    result = planeval.read_workbooks(files, bodies="file")
    assert not result.problems
    summary = planeval.summarize(result.entries, by="body")
    assert [(g.id, g.count.total) for g in summary.groups] == [
        ("回答（青葉市）", 2), ("回答（緑町）", 2)
    ]  # fmt: skip


def _reporting(path: Path, statuses: list[str], sentence: str) -> Path:
    rows = [
        ["情報化政策1 くらし"],
        [sentence],
        HEADER,
        ["1-1-1 事業", "(1) 取組1", statuses[0], ""],
    ]
    rows += [["", f"({n}) 取組{n}", s, ""] for n, s in enumerate(statuses[1:], start=2)]
    return write_book(path, {"第3章": rows})


def test_check_compares_a_bodys_paragraph_with_its_own_rows(tmp_path: Path) -> None:
    """Each body's report speaks of that body: compared with the prefecture's rows, every
    right number would be a disagreement."""
    a = _reporting(
        tmp_path / "青葉市.xlsx",
        ["○", "○", "◎"],
        "計画を上回る実施が1件、計画どおり実施が2件でした。",
    )
    b = _reporting(
        tmp_path / "緑町.xlsx",
        ["○", "△"],
        "計画どおり実施が3件、内容を一部修正して実施が1件でした。",
    )
    checked = planeval.check(planeval.read_workbooks([a, b], bodies="file"))
    assert checked.compared == 4
    [wrong] = checked.disagreements  # 緑町 says 3 of its 1 ○ (not of all bodies' 3)
    assert (wrong.stated, wrong.counted) == (3, 1)
    assert wrong.location.file == str(b)
    assert wrong.scope == "緑町 情報化政策1"  # (its scope is the body's: not the plan of all)


def test_workbooks_stating_one_body_with_the_same_items_are_an_error(tmp_path: Path) -> None:
    """Two bodies that left the form's example 団体名 in place, their statuses alike (each
    body numbers from 1-1-1), their files named by the prefecture's list (回答_001 …): never
    one body silently. An error naming the files, the 団体名 and an item they share, their
    rows left out (two bodies, or one body's answer sent twice: which, cannot be told),
    whether the read is kept or counted file by file."""
    folder = tmp_path / "回収"
    folder.mkdir()
    _survey(folder / "回答_001.xlsx", [["団体名：記入例市"]], ["○", "△"])
    _survey(folder / "回答_002.xlsx", [["団体名：記入例市"]], ["○", "△"])
    _survey(folder / "回答_003.xlsx", [["団体名：緑町"]], ["△"])
    read = planeval.read_workbooks([folder], bodies="file")
    [said] = read.problems
    assert said.is_error and said.location.file == str(folder / "回答_002.xlsx")
    assert said.message.startswith(
        "2 つのブック（回答_001.xlsx、回答_002.xlsx）が同じ団体名「記入例市」で、同じ実施内容"
        "（1-1-1(1) 取組1 など）を載せています"
    )
    assert "これらのブックの行は数えていません" in said.message
    assert "団体名をその団体の名前に直してください" in said.hint
    summary = planeval.summarize(read.entries, by="body")
    assert [(g.id, g.count.total) for g in summary.groups] == [("緑町", 1)]
    streamed, counted = planeval.summarize_workbooks(
        [folder], bodies="file", by="body", stream=True
    )
    assert counted.problems == read.problems
    assert streamed == summary


def test_one_bodys_answer_received_twice_is_counted_once(tmp_path: Path) -> None:
    """03_川辺町.xlsx and 回答(2).xlsx, both stating 川辺町 and rating alike: the file's name
    says whose it is, so it is 川辺町's answer received twice — each item counted once, said of
    each (as one body's folder says it), not the body's rows all left out."""
    folder = tmp_path / "回収"
    folder.mkdir()
    _survey(folder / "03_川辺町.xlsx", [["団体名：川辺町"]], ["○", "△"])
    _survey(folder / "回答(2).xlsx", [["団体名：川辺町"]], ["○", "△"])
    read = planeval.read_workbooks([folder], bodies="file")
    assert not read.errors
    assert [p.severity for p in read.problems] == [planeval.Severity.WARNING] * 2
    assert all("達成状況が同じため 1 件として数えました" in p.message for p in read.problems)
    summary = planeval.summarize(read.entries, by="body")
    assert [(g.id, g.count.total) for g in summary.groups] == [("川辺町", 2)]


def test_a_file_named_after_one_body_stating_another_is_not_counted(tmp_path: Path) -> None:
    """川辺町's reply on a form copied from 山田村 (団体名 left as 山田村), or 山田村's reply
    filed under 川辺町: which, cannot be told — added to 山田村's own answer, it was summed
    into another body's counts. An error, its rows not counted, the body named by its file
    among those not counted; a file renamed on its way (回答_003) states its body, as ever."""
    folder = tmp_path / "回収"
    folder.mkdir()
    _survey(folder / "21_川辺町.xlsx", [["団体名：山田村"]], ["○", "△"])
    _survey(folder / "22_山田村.xlsx", [["団体名：山田村"]], ["◎"])
    _survey(folder / "回答_003.xlsx", [["団体名：緑町"]], ["△"])  # (renamed on its way: fine)
    _survey(folder / "市町村DX回答_004.xlsx", [["団体名：青葉市"]], ["×"])  # (no body's name)
    read = planeval.read_workbooks([folder], bodies="file")
    [said] = read.problems
    assert said.is_error and said.location.file == str(folder / "21_川辺町.xlsx")
    assert said.message == (
        "団体名「山田村」と書かれたブックですが、ファイル名は川辺町です。どちらの団体の回答か"
        "分からないため、このブックの行は数えていません"
    )
    assert said.hint.startswith("川辺町の回答なら、団体名のセルを川辺町に直してください")
    summary = planeval.summarize(read.entries, by="body")
    assert sorted((g.id, g.count.total) for g in summary.groups) == [
        ("山田村", 1), ("緑町", 1), ("青葉市", 1)
    ]  # fmt: skip
    assert read.left_out == [str(folder / "21_川辺町.xlsx")]
    assert "川辺町" in read.uncounted_bodies
    streamed, counted = planeval.summarize_workbooks(
        [folder], bodies="file", by="body", stream=True
    )
    assert counted.problems == read.problems and streamed == summary


def test_one_bodys_answer_sent_again_under_a_new_name_is_not_counted_twice(
    tmp_path: Path,
) -> None:
    """03_緑町.xlsx and its corrected 03_緑町_修正版.xlsx, no 団体名 in either: named by their
    files they were two bodies, the town counted twice; then an error, neither counted. Now
    the corrected version is 緑町's and counted in the first's place, one notice, as where both
    state their 団体名 (review 44); two files of one name, neither a corrected version, are
    an error, neither counted; two departments' files of one town (no item shared) are a
    warning, not an error."""
    folder = tmp_path / "回収"
    folder.mkdir()
    _body(folder / "03_緑町.xlsx", ["○", "△", "×"])
    _body(folder / "03_緑町_修正版.xlsx", ["○", "○", "×"])
    _body(folder / "01_青葉市.xlsx", ["◎"])
    read = planeval.read_workbooks([folder], bodies="file")
    [said] = read.problems
    assert said.severity is planeval.Severity.NOTICE
    assert said.message == (
        "「03_緑町_修正版.xlsx」を修正版として数え、同じ団体の元の回答「03_緑町.xlsx」は"
        "数えていません"
    )
    assert sorted((e.body, e.status) for e in read.entries) == [
        ("緑町", "×"), ("緑町", "○"), ("緑町", "○"), ("青葉市", "◎")
    ]  # fmt: skip
    assert read.bodies == ["青葉市", "緑町"] and not read.uncounted_bodies

    (folder / "03_緑町_修正版.xlsx").rename(folder / "03_緑町_再送.xlsx")
    read = planeval.read_workbooks([folder], bodies="file")
    [said] = read.problems
    assert said.is_error and said.location.file == str(folder / "03_緑町_再送.xlsx")
    assert said.message.startswith(
        "2 つのブック（03_緑町.xlsx、03_緑町_再送.xlsx）はファイル名からはどれも緑町の回答で"
    )
    assert {e.body for e in read.entries} == {"青葉市"}
    assert read.bodies == ["青葉市", "緑町"] and read.uncounted_bodies == ["緑町"]

    apart = tmp_path / "部ごと"
    apart.mkdir()
    _body(apart / "朝日町_総務課.xlsx", ["○"])
    write_book(
        apart / "朝日町_教育委員会.xlsx",
        {"第3章": [HEADER, ["1-2-1 学校", "(1) 校務", "△", ""]]},
    )
    read = planeval.read_workbooks([apart], bodies="file")
    [said] = read.problems
    assert said.severity is planeval.Severity.WARNING and "どれも朝日町の回答" in said.message
    assert "--bodies folder" in said.hint and len(read.entries) == 2


def test_a_body_that_replied_in_a_form_not_read_is_a_body_not_counted(tmp_path: Path) -> None:
    """白石町 sent an .xls and 黒川村 a .csv: each named by an error, and a body of the roll-up
    whose rows were not counted — in the table of bodies and in 「N 団体のうち…」 — not one
    that never existed. A .csv named after no body (an output) stays a notice."""
    folder = tmp_path / "回収"
    folder.mkdir()
    _body(folder / "01_青葉市.xlsx", ["○"])
    (folder / "08_白石町.xls").write_bytes(b"\xd0\xcf\x11\xe0" + bytes(508))
    (folder / "09_黒川村.csv").write_text("番号,達成状況\n1-1-1,○\n", encoding="utf-8")
    (folder / "団体別集計.csv").write_text("団体,計\n青葉市,1\n", encoding="utf-8")  # (an output)
    read = planeval.read_workbooks([folder], bodies="file")
    assert read.bodies == ["青葉市", "白石町", "黒川村"]
    assert read.uncounted_bodies == ["白石町", "黒川村"]
    errors = [p for p in read.problems if p.is_error]
    assert [Path(p.location.file).name for p in errors] == ["08_白石町.xls", "09_黒川村.csv"]
    assert errors[1].message.startswith("黒川村の回答のようですが")
    [notice] = [p for p in read.problems if not p.is_error]
    assert Path(notice.location.file).name == "団体別集計.csv"


def test_one_bodys_department_workbooks_stating_its_name_are_one_body(tmp_path: Path) -> None:
    """若葉市's 企画課 and 総務課 each return their own rows, both stating 若葉市: one body,
    nothing said (the same 団体名 on workbooks that share no item)."""

    def department(path: Path, project: str, statuses: list[str]) -> Path:
        rows = [["団体名：若葉市"], ["情報化政策1 くらし"], HEADER, [f"{project} 事業"]]
        rows[3] += ["(1) 取組1", statuses[0], ""]
        rows += [["", f"({n}) 取組{n}", s, ""] for n, s in enumerate(statuses[1:], start=2)]
        return write_book(path, {"調査票": rows})

    files = [
        department(tmp_path / "若葉市_企画課.xlsx", "1-1-1", ["○", "△"]),
        department(tmp_path / "若葉市_総務課.xlsx", "1-1-2", ["◎"]),
    ]
    read = planeval.read_workbooks(files, bodies="file")
    assert read.problems == []
    summary = planeval.summarize(read.entries, by="body")
    assert [(g.id, g.count.total) for g in summary.groups] == [("若葉市", 3)]
    streamed, counted = planeval.summarize_workbooks(files, bodies="file", by="body", stream=True)
    assert (counted.problems, streamed) == ([], summary)


def test_one_bodys_workbook_copied_into_two_folders_is_counted_once(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    _body(tmp_path / "x" / "回答.xlsx", ["○", "△"])
    (tmp_path / "y" / "回答.xlsx").write_bytes((tmp_path / "x" / "回答.xlsx").read_bytes())
    files = [tmp_path / "x" / "回答.xlsx", tmp_path / "y" / "回答.xlsx"]
    result = planeval.read_workbooks(files, bodies="file")
    [said] = result.problems
    assert said.severity == planeval.Severity.WARNING
    assert said.location.file == str(files[1]) and str(files[0]) in said.message
    assert "一度だけ数えました" in said.message
    assert [e.body for e in result.entries] == ["回答", "回答"]
    assert result.files == [str(files[0])]


def test_one_workbook_in_two_bodies_folders_is_said(tmp_path: Path) -> None:
    """青葉市's answer saved into 緑町's folder too counts as 緑町's figures as well: said,
    naming both (two bodies' answers written by one program can be alike, so both count)."""
    for body in ("青葉市", "緑町", "白浜町"):
        (tmp_path / "県内" / body).mkdir(parents=True)
    answer = _body(tmp_path / "県内" / "青葉市" / "回答.xlsx", ["○", "△"])
    copy = tmp_path / "県内" / "緑町" / "回答（青葉市）.xlsx"
    copy.write_bytes(answer.read_bytes())
    _body(tmp_path / "県内" / "白浜町" / "回答.xlsx", ["◎"])
    result = planeval.read_workbooks([tmp_path / "県内"], bodies="folder")
    [said] = result.problems
    assert said.severity == planeval.Severity.WARNING
    assert said.message == (
        f"2 つの団体のフォルダ（緑町、青葉市）に同じ内容のブックがあります（{copy}、{answer}）。"
        "それぞれの団体の回答として数えました"
    )
    assert said.location.file == str(answer)
    assert [e.body for e in result.entries] == ["白浜町", "緑町", "緑町", "青葉市", "青葉市"]


def test_bodies_by_folder_given_a_workbook_reads_it_as_its_own_body(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A workbook's folder names no body (a flat collection's folder 県内/ was taken for one):
    a workbook given with --bodies folder is its own body, named as --bodies file names it,
    beside the bodies of the folders given with it."""
    from typer.testing import CliRunner

    from planeval.cli import app

    (tmp_path / "県内").mkdir()
    _body(tmp_path / "県内" / "中野町.xlsx", ["○", "△"])
    (tmp_path / "全国" / "青葉市").mkdir(parents=True)
    _body(tmp_path / "全国" / "青葉市" / "回答.xlsx", ["○"])
    read = planeval.read_workbooks(
        [tmp_path / "県内" / "中野町.xlsx", tmp_path / "全国"], bodies="folder"
    )
    assert [(e.body, e.status) for e in read.entries] == [
        ("中野町", "○"),
        ("中野町", "△"),
        ("青葉市", "○"),
    ]
    missing = planeval.read_workbooks([tmp_path / "県外"], bodies="folder")
    assert [(p.is_error, p.message) for p in missing.problems] == [
        (True, "フォルダが見つかりません")
    ]
    monkeypatch.chdir(tmp_path)
    run = CliRunner().invoke(
        app, ["summarize", "県内/中野町.xlsx", "--bodies", "folder", "--by", "body", "-f", "csv"]
    )
    assert run.exit_code == 0, run.output
    assert run.stdout.lstrip("\ufeff").splitlines()[1].startswith("中野町,")


def test_a_bodys_own_settings_are_named_in_the_error_they_would_fix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """白浜町 titles its status column 評価ランク and keeps its planeval.toml in its folder."""
    from typer.testing import CliRunner

    from planeval.cli import app

    collection = tmp_path / "県内"
    for body in ("青葉市", "白浜町"):
        (collection / body).mkdir(parents=True)
    _body(collection / "青葉市" / "回答.xlsx", ["○"])
    write_book(
        collection / "白浜町" / "白浜町.xlsx",
        {
            "第3章": [
                ["体系", "実施内容", "評価ランク", "課題等"],
                ["1-1-1 事業", "① 取組", "○", ""],
            ]
        },
    )
    settings = collection / "白浜町" / "planeval.toml"
    settings.write_text('[layout.titles]\nstatus = ["評価ランク"]\n', encoding="utf-8")
    result = planeval.read_workbooks([collection], bodies="folder")
    (said,) = result.problems  # (one problem: the notice is in the error)
    assert said.is_error and said.location.file == str(collection / "白浜町" / "白浜町.xlsx")
    assert said.message.startswith("評価の表が見つかりません")
    assert f"このフォルダの {settings} は使われていません" in said.hint
    assert f"--config {settings}" in said.hint
    monkeypatch.chdir(tmp_path)
    run = CliRunner().invoke(app, ["summarize", "県内", "--bodies", "folder", "--keep-going"])
    assert run.exit_code == 1
    assert run.stderr.count("エラー:") == 1 and "お知らせ" not in run.stderr
    assert "県内/白浜町/planeval.toml は使われていません" in run.stderr
    run = CliRunner().invoke(
        app, ["summarize", "県内", "--bodies", "folder", "--config", "県内/白浜町/planeval.toml"]
    )
    assert run.exit_code == 0 and run.stderr == ""  # (the settings read: not a word of them)


def _collection(root: Path, statuses: dict[str, tuple[list[str], list[str]]]) -> Path:
    """A prefecture's collection by folder: each body's own plan numbered from 1-1-1, its own
    policy names (青葉市's policy 1 is くらし, 緑町's まちづくり)."""
    names = {"青葉市": ("くらし", "まち"), "緑町": ("まちづくり", "行政")}
    for body, (first, second) in statuses.items():
        (root / body).mkdir(parents=True)
        rows: list[list[str]] = []
        for policy, name, rated in ((1, names[body][0], first), (2, names[body][1], second)):
            rows += [[f"情報化政策{policy} {name}"], HEADER]
            for n, status in enumerate(rated, start=1):
                rows.append([f"{policy}-1-1 事業" if n == 1 else "", f"({n}) 取組{n}", status, ""])
        write_book(root / body / "回答.xlsx", {"第3章": rows})
    return root


R5 = {"青葉市": (["○", "△"], ["◎"]), "緑町": (["×", "○"], ["○", "○", "△"])}
R6 = {"青葉市": (["◎", "△"], ["◎"]), "緑町": (["○", "○"], ["○", "○"])}


def test_an_export_of_several_bodies_reads_back_body_by_body(tmp_path: Path) -> None:
    """Every body's 1-1-1(1) is a different item: read back from the export, each row is its
    own body's again (the policy sheets, read as one body's tables, had them as one item
    rated differently in two places), with the same counts and names per body."""
    folder = _collection(tmp_path / "R5", R5)
    inputs = planeval.read_workbooks([folder], bodies="folder")
    report = planeval.build_report(inputs.entries)
    [out] = planeval.export(report, xlsx=tmp_path / "out" / "県.xlsx").files
    for bodies in (None, "file", "folder"):  # (the export's own bodies, however it is given)
        for engine in ("auto", "openpyxl"):
            again = planeval.read_workbooks([out], bodies=bodies, engine=engine)  # type: ignore[arg-type]
            assert again.problems == []  # (read back as written: nothing to say)
            for by in ("body", "body-policy"):
                before = planeval.summarize(inputs.entries, by=by)
                after = planeval.summarize(again.entries, by=by)
                assert after.as_dict() == before.as_dict()
            assert [(e.body, e.shown_id, e.item_name, e.status) for e in again.entries] == [
                (e.body, e.shown_id, e.item_name, e.status) for e in report.entries
            ]
            from openpyxl import load_workbook

            header = [cell.value for cell in load_workbook(out)["データ"][1]]
            status = column_letter(header.index("達成状況"))
            assert again.entries[0].location == planeval.Location(str(out), "データ", f"{status}2")
    summary, streamed = planeval.summarize_workbooks([out], by="body-policy", stream=True)
    assert [(g.body, g.id, g.name, g.count.total) for g in summary.groups] == [
        ("緑町", "1", "まちづくり", 2), ("緑町", "2", "行政", 3),
        ("青葉市", "1", "くらし", 2), ("青葉市", "2", "まち", 1),
    ]  # fmt: skip
    assert not streamed.errors


def test_an_export_of_several_bodies_is_summarized_and_compared_on_the_command_line(
    tmp_path: Path,
) -> None:
    import json

    from typer.testing import CliRunner

    from planeval.cli import app

    old, new = _collection(tmp_path / "R5", R5), _collection(tmp_path / "R6", R6)
    out = tmp_path / "out" / "県.xlsx"
    run = CliRunner().invoke
    exported = run(app, ["export", str(old), "--bodies", "folder", "--xlsx", str(out)])
    assert exported.exit_code == 0, exported.output

    def groups(*args: str) -> list[tuple[str, int]]:
        shown = run(app, ["summarize", *args, "--by", "body", "-f", "json"])
        assert shown.exit_code == 0, shown.output
        return [(g["id"], g["total"]) for g in json.loads(shown.stdout)["groups"]]

    inputs = groups(str(old), "--bodies", "folder")
    assert groups(str(out)) == inputs == [("緑町", 5), ("青葉市", 3)]
    shown = run(app, ["summarize", str(out), "--by", "body", "-f", "csv"])
    assert "エラー" not in shown.stderr and "警告" not in shown.stderr

    def movements(first: Path) -> list[tuple[str, str, str]]:
        args = ["compare", str(first), str(new), "--bodies", "folder", "-f", "json"]
        compared = run(app, args)
        assert compared.exit_code == 0, compared.output
        return sorted(
            ((m["old"] or m["new"])["body"], (m["old"] or m["new"])["item_name"], m["kind"])
            for m in json.loads(compared.stdout)["movements"]
        )

    moved = movements(out)  # last year's export against this year's folders
    assert moved == movements(old)
    assert ("緑町", "取組1", "changed") in moved and ("青葉市", "取組1", "changed") in moved
    assert ("緑町", "取組3", "removed") in moved  # (緑町's policy 2 had three items)
    assert not any(kind == "added" for _body, _item, kind in moved)


def test_an_export_of_several_bodies_read_with_another_scale_names_the_data_cell(
    tmp_path: Path,
) -> None:
    from planeval.presets import PRESETS

    folder = _collection(tmp_path / "R5", R5)
    report = planeval.build_report(planeval.read_workbooks([folder], bodies="folder").entries)
    [out] = planeval.export(report, xlsx=tmp_path / "県.xlsx").files
    again = planeval.read_workbooks([out], scale=PRESETS["gunma"])
    assert again.errors
    assert all(p.location.sheet == "データ" for p in again.errors)
    assert "はこの評価尺度の記号ではありません" in again.errors[0].message


def _directions(path: Path, names: list[str]) -> Path:
    """A body's policy 1 under its own directions (1-1, 1-2 … in its own words)."""
    rows = [["情報化政策1 くらし"], HEADER]
    for number, name in enumerate(names, start=1):
        rows += [[f"1-{number} {name}"], [f"1-{number}-1 事業", "(1) 取組1", "○", ""]]
    return write_book(path, {"第3章": rows})


def test_a_policys_sentence_names_no_bodys_directions_for_every_body(tmp_path: Path) -> None:
    """Each body's 1-1 is its own direction: the policy's sentence, which counts every body,
    names none of them when the bodies' differ (and names them when all share them)."""
    a = _directions(tmp_path / "青葉市.xlsx", ["窓口のデジタル化", "情報セキュリティの確保"])
    b = _directions(tmp_path / "緑町.xlsx", ["防災情報の発信"])
    report = planeval.build_report(planeval.read_workbooks([a, b], bodies="file").entries)
    [section] = report.policies
    assert section.sentence.startswith(
        "2団体それぞれの取り組みの方向性では、延べ3つの計画事業を集計しました。"
    )
    for name in ("窓口のデジタル化", "防災情報の発信"):
        assert name not in section.sentence
    written = planeval.export(
        report, md=tmp_path / "県.md", html=tmp_path / "県.html", docx=tmp_path / "県.docx"
    ).files
    from docx import Document

    texts = [
        "\n".join(p.text for p in Document(str(path)).paragraphs)
        if path.suffix == ".docx"
        else path.read_text(encoding="utf-8")
        for path in written
    ]
    assert len(texts) == 3
    for text in texts:
        assert "2団体それぞれの取り組みの方向性では" in text
        assert "「1-1 窓口のデジタル化」" not in text
    # (each body's own tables still carry its own directions, named with the body)
    assert [t.name for t in section.tables][:1] == ["窓口のデジタル化（青葉市）"]

    c = _directions(tmp_path / "松原村.xlsx", ["窓口のデジタル化", "情報セキュリティの確保"])
    shared = planeval.build_report(planeval.read_workbooks([a, c], bodies="file").entries)
    assert shared.policies[0].sentence.startswith(
        "2団体の「1-1 窓口のデジタル化」「1-2 情報セキュリティの確保」では、延べ4つの計画事業を集計"
    )


def test_bodies_by_folder_given_one_bodys_own_folder_says_so_once(tmp_path: Path) -> None:
    """県内/中野町 given with --bodies folder: one error (give the collection, or --bodies
    file), not an advice to move 中野町's own workbook into 中野町's folder — a usage error
    (review 78: the wrong folder, nothing to count)."""
    (tmp_path / "県内" / "中野町").mkdir(parents=True)
    _body(tmp_path / "県内" / "中野町" / "回答.xlsx", ["○"])
    with pytest.raises(planeval.UsageError) as raised:
        planeval.read_workbooks([tmp_path / "県内" / "中野町"], bodies="folder")
    said = str(raised.value)
    assert said.startswith(
        f"{tmp_path / '県内' / '中野町'}: Excel ブックを直接入れたフォルダです（1 件）"
    )
    assert (
        "一つの団体（中野町）のフォルダなら、その団体だけを数えるには --bodies を付けずに" in said
    )
    assert f"団体ごとのフォルダを集めたフォルダ（{tmp_path / '県内'}）を --bodies folder" in said
    assert "--bodies file" in said


def test_bodies_by_folder_given_a_folder_of_bodies_workbooks_advises_bodies_file(
    tmp_path: Path,
) -> None:
    """Review 12: a flat folder of several bodies' workbooks given with --bodies folder was
    advised its parent (an unrelated working folder) first. Its files name several bodies:
    --bodies file is the advice."""
    _body(tmp_path / "01_青葉市.xlsx", ["○"])
    _body(tmp_path / "02_緑町.xlsx", ["△"])
    with pytest.raises(planeval.UsageError) as raised:
        planeval.read_workbooks([tmp_path], bodies="folder")
    assert str(raised.value).endswith(
        "ブック一つが一つの団体なら --bodies file を使ってください（ファイル名が 2 団体を名指ししています）"
    )


def test_a_direction_two_departments_name_differently_is_said_once(book) -> None:
    """Review 10: direction 1-1 named otherwise in a department's file (last year's template,
    a typo): nothing said so. The reports print the name most files give (review 181 #2)."""
    header = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]

    def department(direction: str, project: str) -> list[list[object]]:
        return [header, [direction, None, None, None], [project, "① 実施", "○", None]]

    first = book(department("1-1 行政サービスの拡充", "1-1-1 電子申請"), name="総務部.xlsx")
    second = book(department("1-1 行政サービスの充実", "1-1-2 窓口"), name="区民部.xlsx")
    same = book(department("1-1 行政サービスの拡充", "1-1-3 広報"), name="広報部.xlsx")
    result = planeval.read_workbooks([first, second, same])
    [warning] = [p for p in result.problems if not p.is_error]
    assert warning.message == (
        f"1-1 の名称がファイルによって違います: 「行政サービスの充実」（{second}）。"
        f"報告書などでは多くのファイル（{first} ほか 1 ファイル）の「行政サービスの拡充」を使います"
    )
    assert len(result.entries) == 3
    # summarize counts file by file (rollup.py): the same one warning
    from typer.testing import CliRunner

    from planeval.cli import app

    said = CliRunner().invoke(app, ["summarize", str(first), str(second), str(same)]).stderr
    assert said.count("の名称がファイルによって違います") == 1 and "「行政サービスの充実」" in said


def test_a_body_named_by_its_file_is_named_without_the_code_before_its_name(
    tmp_path: Path,
) -> None:
    """A prefecture's clerk files the replies by 団体コード: 03_緑町.xlsx is 緑町's, shown as
    緑町 beside 青葉市 (whose form states it), and a national survey's
    131016_東京都千代田区.xlsx and 131024_東京都中央区.xlsx, the same items rated by each, are
    two wards of Tokyo — not one body 東京都 sent twice. A name naming no body keeps its code."""
    folder = tmp_path / "回収"
    folder.mkdir()
    _body(folder / "03_緑町.xlsx", ["○", "△"])
    _survey(folder / "04_回答.xlsx", [["団体名", "青葉市"]], ["◎"])
    _body(folder / "131016_東京都千代田区.xlsx", ["○", "×"])
    _body(folder / "131024_東京都中央区.xlsx", ["○", "×"])
    _body(folder / "2024_回答.xlsx", ["△"])
    read = planeval.read_workbooks([folder], bodies="file")
    assert not read.problems
    # (in the folder's order as Explorer shows it: 03, 04, 2024, 131016, 131024)
    assert read.bodies == ["緑町", "青葉市", "2024_回答", "東京都千代田区", "東京都中央区"]
    summary = planeval.summarize(read.entries, by="body")
    assert [(g.id, g.count.total) for g in summary.groups] == [
        ("緑町", 2), ("青葉市", 1), ("2024_回答", 1), ("東京都千代田区", 2), ("東京都中央区", 2)
    ]  # fmt: skip


def test_two_files_naming_one_body_keep_their_codes(tmp_path: Path) -> None:
    """01_緑町.xlsx and 緑町.xlsx would both be 緑町 without the code: each keeps its file's
    name, and the warning that both name 緑町 says what to do."""
    folder = tmp_path / "回収"
    folder.mkdir()
    _body(folder / "01_緑町.xlsx", ["○"])
    write_book(folder / "緑町.xlsx", {"第3章": [HEADER, ["1-2-1 学校", "(1) 校務", "△", ""]]})
    read = planeval.read_workbooks([folder], bodies="file")
    assert read.bodies == ["01_緑町", "緑町"]
    [said] = read.problems
    assert not said.is_error and "ファイル名からはどれも緑町の回答ですが" in said.message


def test_bodies_keep_the_order_the_clerk_filed_them_in_every_output(tmp_path: Path) -> None:
    """Replies filed by 団体コード (01_…, 02_…): summarize's table, its JSON and the export's
    団体別集計 list the bodies in that order, a body whose reply could not be read (an .xls)
    in its place with an empty row — not last, and not the export's own order."""
    folder = tmp_path / "回収"
    folder.mkdir()
    _body(folder / "01_青葉市.xlsx", ["○"])
    (folder / "02_白石町.xls").write_bytes(b"\xd0\xcf\x11\xe0" + bytes(508))
    write_book(folder / "03_緑町.xlsx", {"第3章": [HEADER, ["1-2-1 学校", "(1) 校務", "△", ""]]})
    _body(folder / "04_赤坂村.xlsx", ["◎"])
    expected = ["青葉市", "白石町", "緑町", "赤坂村"]
    summary, read = planeval.summarize_workbooks([folder], by="body", bodies="file")
    assert read.bodies == expected
    assert [g.id for g in summary.groups] == ["青葉市", "緑町", "赤坂村"]
    table = views.summary_table(summary, uncounted_bodies=read.uncounted_bodies, bodies=read.bodies)
    assert [row[0] for row in table.rows] == [*expected, "合計"]
    assert table.rows[1][1:] == [""] * (len(table.headers) - 1)
    report = planeval.build_report(
        read.entries, bodies=read.bodies, uncounted_bodies=read.uncounted_bodies
    )
    assert report.by_body is not None and report.body_table is not None
    assert [g.id for g in report.by_body.groups] == ["青葉市", "緑町", "赤坂村"]
    assert [row.id for row in report.body_table.rows] == [*expected, "合計"]
    # the bodies not counted are one record, their reasons where given (past_errors'): the
    # names the same either way, in the inputs' order
    why = uncounted_why(read)
    reasoned = planeval.build_report(read.entries, bodies=read.bodies, uncounted_bodies=why)
    assert report.uncounted_bodies == reasoned.uncounted_bodies == ("白石町",)
    assert (report.uncounted_why, reasoned.uncounted_why) == (
        {},
        {"白石町": "ファイル形式が異なるため"},
    )


def test_bodies_folders_filed_by_code_are_named_without_it(tmp_path: Path) -> None:
    """Bodies' folders named 01_青葉市, 02_緑町 … are read in that order and named 青葉市, 緑町;
    an unanswered one is said as 「団体「赤坂村」のフォルダ…」."""
    for name in ("01_青葉市", "02_緑町", "03_赤坂村"):
        (tmp_path / name).mkdir()
    _body(tmp_path / "01_青葉市" / "回答.xlsx", ["○"])
    _body(tmp_path / "02_緑町" / "回答.xlsx", ["△"])
    read = planeval.read_workbooks([tmp_path], bodies="folder")
    assert read.bodies == ["青葉市", "緑町", "赤坂村"]
    assert read.uncounted_bodies == ["赤坂村"]
    [said] = read.problems
    assert said.message.startswith("団体「赤坂村」のフォルダにブックがありません")


def test_rounds_pair_a_body_whose_file_was_renamed_in_a_middle_round(tmp_path: Path) -> None:
    """Three rounds: 南台市's file was 南台市_企画課_回答 in the second. Its items are one row
    each across the three rounds (they were two bodies' rows, each with gaps), with the
    notice compare gives."""
    names = ("南台市", "南台市_企画課_回答", "南台市")
    statuses = ("○", "△", "◎")
    results = []
    for round_, (name, status) in enumerate(zip(names, statuses, strict=True)):
        folder = tmp_path / f"R{round_ + 4}"
        folder.mkdir()
        _items(folder / f"{name}.xlsx", [(1, "窓口", status)])
        _items(folder / "北町.xlsx", [(1, "窓口", "○")])
        results.append(planeval.read_workbooks([folder], bodies="file"))
    runs = planeval.rounds(results, labels=["R4", "R5", "R6"])
    rows = sorted((row.entry.body, row.statuses) for row in runs.rows)
    assert rows == [("北町", ("○", "○", "○")), ("南台市", ("○", "△", "◎"))]
    [said] = runs.notices
    assert said.message.startswith("R5の「南台市_企画課_回答」とR6の「南台市」は")


def test_a_folder_is_read_in_the_order_explorer_shows_it(tmp_path: Path) -> None:
    """Codes without leading zeros (1_青葉市, 2_緑町, 10_大森市): 1, 2, 10 as Windows Explorer
    lists them, not 1, 10, 2 — the codes are not shown, so nothing would tell why."""
    for name, status in (("10_大森市", "○"), ("1_青葉市", "△"), ("2_緑町", "◎")):
        _body(tmp_path / f"{name}.xlsx", [status])
    assert planeval.read_workbooks([tmp_path], bodies="file").bodies == ["青葉市", "緑町", "大森市"]


def test_compare_pairs_a_body_whose_file_name_gained_its_prefecture(tmp_path: Path) -> None:
    """03_緑町.xlsx one year, 043010_宮城県緑町.xlsx the next (the prefecture filing by 団体コード
    and 都道府県名): one body, its items paired, with the notice — not a body that stopped
    answering beside one that began. Two 府中市 of two prefectures pair nothing."""
    _old, _new, comparison = _compared(
        tmp_path,
        {"03_緑町": [(1, "窓口", "○")], "132063_東京都府中市": [(1, "窓口", "○")]},
        {"043010_宮城県緑町": [(1, "窓口", "◎")], "342084_広島県府中市": [(1, "窓口", "○")]},
    )
    assert [(m.entry.body, m.kind) for m in comparison.movements] == [("宮城県緑町", "changed")]
    # (the two 府中市: one that began answering, one that stopped — each one line, no item's move)
    assert [(body.body, body.missing, body.joined) for body in comparison.apart] == [
        ("広島県府中市", (0,), 1),
        ("東京都府中市", (1,), None),
    ]
    [said] = comparison.notices
    assert said.message.startswith("前回の「緑町」と今回の「宮城県緑町」は")


def test_a_report_heads_a_municipality_without_its_prefecture(tmp_path: Path) -> None:
    """Files filed as 242021_三重県四日市市.xlsx name the body 三重県四日市市; the prefecture's
    report heads its paragraphs 「## 四日市市」. That heading scopes them to the body (they
    were compared with every body's rows: 「○ 12」 against 66)."""
    folder = tmp_path / "回収"
    folder.mkdir()
    _body(folder / "242021_三重県四日市市.xlsx", ["○", "○", "△"])
    _body(folder / "141003_神奈川県横浜市中区.xlsx", ["○", "◎"])
    report = tmp_path / "報告.md"
    report.write_text(
        "## 四日市市\n\n計画どおり実施が2件、内容を一部修正して実施が1件でした。\n\n"
        "## 横浜市中区\n\n計画を上回る実施が1件、計画どおり実施が1件でした。\n",
        encoding="utf-8",
    )
    checked = planeval.check(planeval.read_workbooks([folder], bodies="file"), texts=[report])
    assert checked.compared == 4 and not checked.disagreements
    assert {s.scope.split()[0] for s in checked.statements} == {
        "三重県四日市市",
        "神奈川県横浜市中区",
    }


def test_every_output_lists_bodies_in_the_inputs_order(tmp_path: Path) -> None:
    """Review 12: 団体別集計 followed the files' order, but the issue list, each policy's body
    sections (bodies rated per project first) and compare's movements (code-point order) did
    not. 3_赤坂村 rates at the project level (1-1 IDs sort first); the order is 1, 2, 3."""
    folder = tmp_path / "R6"
    folder.mkdir()
    _items(folder / "1_緑町.xlsx", [(1, "窓口", "△")])
    _items(folder / "2_青葉市.xlsx", [(1, "窓口", "×")])
    write_book(
        folder / "3_赤坂村.xlsx",
        {"第3章": [HEADER, ["1-1 くらし", "", "", ""], ["1-1-1 事業", "(1) 窓口", "△", "遅れ"]]},
    )
    read = planeval.read_workbooks([folder], bodies="file")
    order = ["緑町", "青葉市", "赤坂村"]
    assert read.bodies == order
    report = planeval.build_report(read.entries, bodies=read.bodies)
    assert list(dict.fromkeys(e.body for e in report.issues)) == order
    assert list(dict.fromkeys(e.body for e in report.policies[0].entries)) == order
    assert list(dict.fromkeys(e.body for e in report.entries)) == order
    comparison = planeval.compare(read, read)
    assert list(dict.fromkeys(m.entry.body for m in comparison.movements)) == order
    runs = planeval.rounds([read, read], labels=["R5", "R6"])
    assert list(dict.fromkeys(row.entry.body for row in runs.rows)) == order


def test_a_body_s_folder_holding_only_a_csv_is_a_reply_not_read(tmp_path: Path) -> None:
    """Review 12: with --bodies folder, 黒川村's folder holding its reply as a .csv was
    「フォルダにブックがありません（未回答）」 beside a notice — the body did answer. It is the
    error --bodies file gives: its reply, in a form planeval cannot read."""
    (tmp_path / "青葉市").mkdir()
    _body(tmp_path / "青葉市" / "回答.xlsx", ["○"])
    (tmp_path / "黒川村").mkdir()
    (tmp_path / "黒川村" / "回答.csv").write_text("番号,達成状況\n1-1-1,○\n", encoding="utf-8")
    read = planeval.read_workbooks([tmp_path], bodies="folder")
    assert read.uncounted_bodies == ["黒川村"]
    [said] = read.problems
    assert said.is_error and said.location.file == str(tmp_path / "黒川村" / "回答.csv")
    assert said.message.startswith("黒川村の回答のようですが、planeval が読む形式")


def test_two_bodies_of_one_name_filed_under_two_codes_are_not_said_to_be_one(
    tmp_path: Path,
) -> None:
    """Review 12: 132063_府中市 (東京都) and 342084_府中市 (広島県), different 団体コード, were
    told to go in one folder as one body's departments. Filed under different codes, they are
    two bodies: nothing said, each kept under its file's name."""
    folder = tmp_path / "全国"
    folder.mkdir()
    _body(folder / "132063_府中市.xlsx", ["○"])
    write_book(
        folder / "342084_府中市.xlsx", {"第3章": [HEADER, ["1-2-1 学校", "(1) 校務", "△", ""]]}
    )
    read = planeval.read_workbooks([folder], bodies="file")
    assert not read.problems
    assert read.bodies == ["132063_府中市", "342084_府中市"]


def test_a_form_returned_with_its_table_empty_is_an_error(tmp_path: Path) -> None:
    """A body that sent back the prefecture's form as it was sent (the header row, no row
    below it): said, at its header row, and the body is among those not counted — it was
    「数えた行のない団体」 told to see an error that did not exist (review 13), and validate
    passed it. A department's form holding only a note row (no items of its own) is fine."""
    folder = tmp_path / "回収"
    folder.mkdir()
    write_book(
        folder / "05_森野町.xlsx",
        {"回答票": [["令和5年度 進捗状況調査 回答票"], ["団体名"], [], HEADER]},
    )
    _survey(folder / "01_青葉市.xlsx", [["団体名：青葉市"]], ["○"])
    read = planeval.read_workbooks([folder], bodies="file")
    [said] = read.problems
    assert said.is_error
    assert (said.location.file, said.location.sheet, said.location.cell) == (
        str(folder / "05_森野町.xlsx"), "回答票", "A4"
    )  # fmt: skip
    assert said.message.startswith("評価の表に行がありません（4 行目の見出し行の下が空です）")
    assert read.uncounted_bodies == ["森野町"]
    from typer.testing import CliRunner

    from planeval.cli import app

    result = CliRunner().invoke(app, ["validate", str(folder / "05_森野町.xlsx")])
    assert result.exit_code == 1 and "評価の表に行がありません" in result.output
    note = write_book(
        tmp_path / "note.xlsx", {"第3章": [HEADER, ["この部が所管する実施内容はありません"]]}
    )
    assert planeval.read_workbooks([note]).problems == []


@pytest.mark.parametrize(
    ("stem", "named"),
    [
        ("調査票（山梨県甲府市）", "山梨県甲府市"),
        ("【令和6年度回答】大分県大分市", "大分県大分市"),
        ("022012_青森県青森市", "青森県青森市"),
        ("東山市回答", "東山市"),
        ("13_朝日町_総務課", "朝日町_総務課"),
        ("132012_東京都八王子市(1)", "東京都八王子市(1)"),  # (a second copy stays apart)
        ("2024_回答", "2024_回答"),
        ("北区（取組み結果）", "北区"),  # (review 50: the ward's name, not 「北区（取組み結果）」)
        ("中村区 取組み結果", "中村区"),  # (not 中村, 区 left over: 中村区 取組み結果 whole)
    ],
)
def test_a_file_names_its_body_in_a_clerks_wrapping(stem: str, named: str) -> None:
    from planeval.io.body_name import file_named

    assert file_named(stem) == named


def test_an_answer_received_twice_is_one_warning_and_counted_once(tmp_path: Path) -> None:
    """The same reply saved twice by the mail program, 八王子市.xlsx and 八王子市(1).xlsx, byte
    for byte: one warning naming both (it was one warning per item, 15), counted once, the
    copy the one left out."""
    original = _body(tmp_path / "132012_東京都八王子市.xlsx", ["○", "△", "○"])
    copy = tmp_path / "132012_東京都八王子市(1).xlsx"
    copy.write_bytes(original.read_bytes())
    result = planeval.read_workbooks([tmp_path], bodies="file")
    [said] = result.problems
    assert (said.severity.value, said.location.file) == ("warning", str(copy))
    assert said.message.startswith(f"{original} と同じ内容のブック（同じ回答の写し）")
    assert [(e.body, e.status) for e in result.entries] == [("東京都八王子市", s) for s in "○△○"]


def test_a_direction_one_file_leaves_unnamed_takes_the_name_another_gives(book) -> None:
    """A department's file giving direction 1-1 no name (「1-1」 alone) and a later one naming
    it: the name was 「」 in every report, with a warning quoting 「」 as the name used (review
    34). The name given is the direction's, and nothing is said: no two names differ."""
    header = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]

    def department(direction: str, project: str) -> list[list[object]]:
        return [header, [direction, None, None, None], [project, "① 実施", "○", None]]

    first = book(department("1-1", "1-1-1 電子申請"), name="総務部.xlsx")
    second = book(department("1-1 行政サービスの充実", "1-1-2 窓口"), name="区民部.xlsx")
    result = planeval.read_workbooks([first, second])
    assert [p for p in result.problems if not p.is_error] == []
    assert result.direction_names == {"1-1": "行政サービスの充実"}
    directions = planeval.summarize(result.entries, by="direction")
    assert [g.name for g in directions.groups] == ["行政サービスの充実"]


def test_a_roll_up_read_without_bodies_ends_by_advising_them(tmp_path: Path) -> None:
    """Review 49: read without --bodies, five bodies' files rating the same numbers differently
    ended 「…--keep-going で読めた行だけを集計してください」 (which would count them as one
    body's) where the body's [wording] item (取組) reworded the warning's hint it looked for."""
    folder = tmp_path / "回答"
    folder.mkdir()
    for number, town in enumerate(("青葉市", "緑町", "山田村", "川辺町", "森町"), start=1):
        _body(folder / f"{number:02}_{town}.xlsx", ["○◎△×○"[number - 1], "○", "△"])
    (tmp_path / "planeval.toml").write_text('[wording]\nitem = "取組"\n', encoding="utf-8")
    from typer.testing import CliRunner

    from planeval.cli import app

    config = str(tmp_path / "planeval.toml")
    said = CliRunner().invoke(app, ["summarize", str(folder), "--config", config])
    assert said.exit_code == 1
    assert said.stderr.splitlines()[-1].endswith(
        "団体ごとのブックなら --bodies file（団体ごとのフォルダなら --bodies folder）を"
        "付けてもう一度実行してください。"
    )


def test_a_reply_not_read_is_recorded_with_its_body(tmp_path: Path) -> None:
    """Review 49: the export's 集計に含めていない行 listed 三島市's .xls and 富士宮市's .csv with
    their 団体 cell blank, though both bodies were known."""
    from planeval.left_out_items import counted_past

    folder = tmp_path / "回収"
    folder.mkdir()
    _body(folder / "01_青葉市.xlsx", ["○"])
    (folder / "08_白石町.xls").write_bytes(b"\xd0\xcf\x11\xe0" + bytes(508))
    (folder / "09_黒川村.csv").write_text("番号,達成状況\n1-1-1,○\n", encoding="utf-8")
    read = planeval.read_workbooks([folder], bodies="file")
    places = {Path(place.file).name: place.body for place in counted_past(read).places}
    assert places == {"08_白石町.xls": "白石町", "09_黒川村.csv": "黒川村"}
