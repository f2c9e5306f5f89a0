"""A prefecture's two rounds of its municipalities' replies, each on the prefecture's 回答票
(団体コード, 団体名, 記入者 above a table 番号 | 計画事業名 | 実施内容 | 達成状況 …), filed
under the code: this year 西川町 typed 「済」 in every status cell, and 川辺町 sent back its own
department form instead of the prefecture's. Each sent a workbook and nothing of it could be
counted: like a body that did not answer, it is one line with its counts (「西川町：今回は回答
あり・数えた行なし（前回 4 件）」), not its items one by one as 今回未集計 — in workbooks and in
planeval's exports read back alike (review 21)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.conftest import write_book

HEADER = ["番号", "計画事業名", "実施内容", "達成状況\n（◎○△×）", "課題等", "担当課"]
ITEMS = [
    ("1-1-1", "オープンデータの推進", "① システム更新"),
    ("1-1-1", "オープンデータの推進", "② 職員研修の実施"),
    ("1-2-1", "自治体システムの標準化", "① ガイドラインの策定"),
    ("2-1-1", "庁内ネットワークの更新", "① システム更新"),
]
CODES = {
    "青葉市": "082015",
    "緑町": "083020",
    "川辺町": "084000",
    "西川町": "085006",
    "森野町": "086002",
}
R5 = {"青葉市": "○△○×", "緑町": "◎○○○", "川辺町": "○○△○", "西川町": "△△○○"}
R6 = {"青葉市": "○○○△", "緑町": "◎◎○○", "川辺町": "○○○○", "西川町": "済済済済"}


def _reply(
    path: Path, year: int, body: str, statuses: str, items: list[tuple[str, str, str]] = ITEMS
) -> Path:
    """A municipality's 回答票 (or a department's, with its ``items``) as its clerk returns it:
    the project's number and name on its first item only."""
    rows: list[list[object]] = [
        [f"令和{year}年度 市町村情報化計画 進捗状況調査 回答票"],
        ["団体コード", CODES[body]],
        ["団体名", body],
        ["記入者", "情報政策担当"],
        ["※達成状況は ◎／○／△／×／- から選んでください。"],
        [],
        HEADER,
    ]
    previous = None
    for (project, name, item), status in zip(items, statuses, strict=True):
        first = project != previous
        rows.append(
            [project if first else None, name if first else None, item, status, None, "総務課"]
        )
        previous = project
    path.parent.mkdir(parents=True, exist_ok=True)
    return write_book(path, {"回答票": rows})


def _rounds(root: Path) -> tuple[Path, Path]:
    """令和5年度 and 令和6年度's inboxes, a file per municipality named 01_青葉市.xlsx …; this
    year 川辺町's file is its own 進捗 sheet (No. | 取組名 | 所管課 | 備考), no status column."""
    folders = root / "R5", root / "R6"
    for year, folder, answers in ((5, folders[0], R5), (6, folders[1], R6)):
        folder.mkdir(parents=True)
        for number, (body, statuses) in enumerate(answers.items(), start=1):
            _reply(folder / f"{number:02d}_{body}.xlsx", year, body, statuses)
    own_form = [
        ["令和6年度 川辺町DX推進計画 進捗状況"],
        [],
        ["No.", "取組名", "所管課", "備考"],
        [1, "オープンデータの推進", "総務課", "順調"],
        [2, "窓口のデジタル化", "住民課", None],
    ]
    write_book(folders[1] / "03_川辺町.xlsx", {"進捗": own_form})
    return folders


def _run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "120"})


SAID = [
    "川辺町：今回は回答あり・数えた行なし（前回 4 件）。ブックのエラーを直せば数えられます",
    "西川町：今回は回答あり・数えた行なし（前回 4 件）。ブックのエラーを直せば数えられます",
]


def test_a_body_that_sent_a_workbook_nothing_of_which_counted_is_one_line(tmp_path) -> None:
    old, new = _rounds(tmp_path)
    before = planeval.read_workbooks([old], bodies="file")
    after = planeval.read_workbooks([new], bodies="file")
    assert after.uncounted_bodies == ["川辺町", "西川町"]
    comparison = planeval.compare(before, after)
    assert {m.entry.body for m in comparison.movements} == {"青葉市", "緑町"}
    assert [(b.body, b.missing, b.joined, b.uncounted) for b in comparison.apart] == [
        ("川辺町", (1,), None, (1,)),
        ("西川町", (1,), None, (1,)),
    ]
    assert comparison.old.total.total == comparison.new.total.total == 8  # (like for like)
    args = ["compare", str(old), str(new), "--bodies", "file", "--keep-going"]
    for fmt in ("rich", "plain"):
        shown = _run(*args, "-f", fmt)
        assert shown.exit_code == 1  # (the errors, counted past)
        lines = shown.stdout.splitlines()
        assert [line for line in lines if line.startswith(("川辺町：", "西川町："))] == SAID
        assert "今回未集計" not in shown.stdout and "未集計の団体" not in shown.stdout
        assert not [line for line in lines if "川辺町 " in line or "│ 川辺町" in line]
    data = json.loads(_run(*args, "-f", "json").stdout)
    apart = {body["body"]: body for body in data["bodies_apart"]}
    assert apart["西川町"]["not_counted_in"] == ["new"] and apart["西川町"]["unanswered_in"] == []
    assert apart["川辺町"]["counts"]["old"]["total"] == 4
    assert {(m["old"] or m["new"])["body"] for m in data["movements"]} == {"青葉市", "緑町"}


def test_rounds_keep_two_bodies_items_apart_and_say_the_body_in_one_line(tmp_path) -> None:
    """Two bodies' items gone from the last round were one row (「川辺町」 with 西川町's
    statuses): every body numbers its plan from 1-1-1. Each body's items are 「未集計」 in the
    round that counted nothing of it, and the body is said in one line — in plain text too."""
    old, new = _rounds(tmp_path)
    args = ["rounds", str(old), str(new), "--bodies", "file", "--keep-going"]
    data = json.loads(_run(*args, "-f", "json").stdout)
    gone = [
        (item["body"], item["item_name"], item["statuses"], item["unsent_in"])
        for item in data["items"]
        if item["body"] in ("川辺町", "西川町")
    ]
    r5 = [
        (body, item, [R5[body][n], ""])
        for body in ("川辺町", "西川町")
        for n, (*_, item) in enumerate(ITEMS)
    ]
    assert [(body, item, statuses) for body, item, statuses, _ in gone] == [
        (body, item.split(" ", 1)[1], statuses) for body, item, statuses in r5
    ]
    assert {tuple(unsent) for *_, unsent in gone} == {("令和6年度",)}
    for fmt in ("rich", "plain"):
        out = _run(*args, "-f", fmt).stdout
        lines = out.replace("\n  ", "").splitlines()  # (a long line wrapped, indented)
        assert (
            "回答を数えられない回がある団体（各回の集計には含め、「同じ範囲での比較」の表では、"
            "どの回の件数にも含めていません。実施内容はその回を「未集計」としています）:" in lines
        )
        assert [line for line in lines if line.startswith(("川辺町：", "西川町："))] == [
            said.replace("今回", "令和6年度").replace("前回", "令和5年度") for said in SAID
        ]
        assert not [line for line in lines if "読んだものの数えなかった" in line]


def test_exports_read_back_say_such_bodies_in_one_line_too(tmp_path) -> None:
    """Rounds given as the exports each year's count was published from: an export records no
    files, so a body it has no row of is told by the errors it records (sent, nothing counted),
    else did not answer, or, named by no round before, joined."""
    old, new = _rounds(tmp_path)
    this_year = tmp_path / "R6b"
    this_year.mkdir()
    for number, body in ((1, "青葉市"), (2, "緑町"), (3, "川辺町")):
        _reply(this_year / f"{number:02d}_{body}.xlsx", 6, body, R6["青葉市"])
    _reply(this_year / "05_森野町.xlsx", 6, "森野町", "○○△○")
    exports = {}
    for name, folder in (("R5", old), ("R6", new), ("R6b", this_year)):
        exports[name] = str(tmp_path / f"{name}.xlsx")
        written = _run(
            "export", str(folder), "--bodies", "file", "--keep-going", "--xlsx", exports[name]
        )
        assert Path(exports[name]).is_file(), written.output
    compared = _run("compare", exports["R5"], exports["R6"])
    lines = compared.stdout.splitlines()
    assert [line for line in lines if line.startswith(("川辺町：", "西川町："))] == SAID
    assert "今回未集計" not in compared.stdout
    compared = _run("compare", exports["R5"], exports["R6b"], "-f", "plain")
    lines = compared.stdout.splitlines()
    assert (
        "森野町：今回から参加（4 件）" in lines and "西川町：今回の回答なし（前回 4 件）" in lines
    )
    assert "前回未集計" not in compared.stdout and "今回未集計" not in compared.stdout
    data = json.loads(
        _run("rounds", exports["R5"], exports["R6"], exports["R6b"], "-f", "json").stdout
    )
    apart = {body["body"]: body for body in data["bodies_apart"]}
    assert apart["西川町"]["not_counted_in"] == ["R6"] and apart["西川町"]["unanswered_in"] == [
        "R6b"
    ]
    assert apart["森野町"]["joined_in"] == "R6b"


def test_a_body_whose_reply_arrived_broken_answered_and_its_items_are_not_removed(
    tmp_path,
) -> None:
    """緑町's reply arrived cut off (a mail attachment truncated): compare said 「緑町：今回の
    回答なし」, and where a body's folder held two departments' workbooks and one arrived
    broken, that department's items were 「削除」 — it may hold them."""
    old, new = _rounds(tmp_path)
    whole = (new / "02_緑町.xlsx").read_bytes()
    (new / "02_緑町.xlsx").write_bytes(whole[: len(whole) // 2])
    args = ["compare", str(old), str(new), "--bodies", "file", "--keep-going", "-f", "json"]
    apart = {body["body"]: body for body in json.loads(_run(*args).stdout)["bodies_apart"]}
    assert (apart["緑町"]["not_counted_in"], apart["緑町"]["unanswered_in"]) == (["new"], [])
    folders = tmp_path / "団体別_令和5年度", tmp_path / "団体別_令和6年度"
    for folder in folders:  # (青葉市's two departments each return the form for their items)
        for department, statuses, items in (
            ("総務部", "○○△", ITEMS[:3]),
            ("企画部", "○", ITEMS[3:]),
        ):
            _reply(folder / "青葉市" / f"{department}.xlsx", 6, "青葉市", statuses, items)
        _reply(folder / "緑町" / "回答.xlsx", 6, "緑町", R6["緑町"])
    planning = folders[1] / "青葉市" / "企画部.xlsx"
    planning.write_bytes(planning.read_bytes()[:1000])
    args = ["compare", *map(str, folders), "--bodies", "folder", "--keep-going", "-f", "json"]
    data = json.loads(_run(*args).stdout)
    [gone] = [m for m in data["movements"] if m["new"] is None]
    assert (gone["old"]["item_name"], gone["kind"], gone["uncounted_in"]) == (
        "システム更新", "removed", "new",  # (今回未集計, not 削除)
    )  # fmt: skip
