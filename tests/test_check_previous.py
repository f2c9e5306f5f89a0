"""check --previous (review 25 #1): last year's numbers and the changes a report states
(「前年度の10件から」「完了は▲2件」「4件増加」) compared with last year's round, scoped as this
year's numbers are; without it they are listed, fail nothing, and the verdict says once how to
have them compared. The workbooks are a city's 行政改革大綱 as its clerk keeps them: one sheet,
a 基本方針 heading above each table, No. | 改革項目 (merged down) | 取組項目 | 実施状況 ※必須 |
達成度（３段階） | 取組み状況・課題 | 担当課, the year in the title."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from openpyxl import Workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.config import load_config
from planeval.stated_changes import CHANGE, FALL, PAST

TOML = """\
[scale]
preset = "progress"

[layout]
status_column = "実施状況"

[wording]
title = "第5次行政改革大綱 取り組み項目の進捗状況"
policy = "基本方針"
project = "改革項目"
item = "取組項目"
status = "実施状況"
issue = "取組み状況・課題"
department = "担当課"
"""
PLAN = [
    ("1", "市民サービスの向上", [
        ("1", "窓口サービスの改善", ["(1)ア 証明書コンビニ交付の拡大", "(1)イ 書かない窓口の導入"]),
        ("2", "行政手続のオンライン化", ["(2)ア 電子申請の拡大", "(2)イ キャッシュレス決済の導入"]),
    ]),
    ("2", "効率的な行政運営", [
        ("3", "民間委託等の推進", ["(3)ア 指定管理者制度の活用", "(3)イ 庁舎清掃業務の包括委託",
                                   "(3)ウ 公用車管理の見直し"]),
        ("4", "事務事業の見直し", ["(4)ア 補助金の見直し", "(4)イ 使用料・手数料の見直し"]),
    ]),
    ("3", "持続可能な財政運営", [
        ("5", "公共施設の適正配置", ["(5)ア 公共施設等総合管理計画の推進", "(5)イ 未利用地の売却"]),
        ("6", "財源の確保", ["(6)ア ふるさと納税の推進", "(6)イ 広告収入の確保"]),
    ]),
]  # fmt: skip
# each year's 実施状況, item by item in the plan's order (令和4年度, 令和5年度)
STATUSES = {
    4: "未着手 取組中 取組中 完了 取組中 取組中 完了 完了 取組中 取組中 取組中 完了 取組中",
    5: "未着手 取組中 完了 完了 未着手 取組中 完了 未着手 完了 完了 完了 完了 取組中",
}
ERA = {3: "令和3年度", 4: "令和4年度", 5: "令和5年度"}


def statuses(year: int) -> list[str]:
    return STATUSES[year].split()


def by_policy(year: int) -> dict[str, Counter[str]]:
    """Each 基本方針's count of each 実施状況 (from the rows written)."""
    rated = iter(statuses(year))
    return {
        policy: Counter(next(rated) for _no, _name, items in projects for _item in items)
        for policy, _name, projects in PLAN
    }


def whole(year: int) -> Counter[str]:
    return Counter(statuses(year))


def round_book(folder: Path, year: int, *, name: str = "", rated: int = 0) -> Path:
    """One year's workbook, as the city's 行政改革課 collects it (``rated``: the year whose
    statuses it holds, if not its own)."""
    folder.mkdir(parents=True, exist_ok=True)
    book = Workbook()
    sheet = book.active
    sheet.title = "進捗状況"
    sheet["A1"] = f"第5次行政改革大綱 取り組み項目の進捗状況（{ERA[year]}）"
    rated = iter(statuses(rated or (year if year in STATUSES else 4)))
    row = 3
    for policy, policy_name, projects in PLAN:
        sheet.cell(row, 1, f"基本方針{policy}\u3000{policy_name}")
        row += 1
        header = ["No.", "改革項目", "取組項目", "実施状況\u3000※必須", "達成度（３段階）"]
        for column, title in enumerate([*header, "取組み状況・課題", "担当課"], 1):
            sheet.cell(row, column, title)
        first = row
        row += 1
        for number, project, items in projects:
            top = row
            for item in items:
                status = next(rated)
                sheet.cell(row, 1, row - first)
                sheet.cell(row, 3, item)
                sheet.cell(row, 4, status)
                sheet.cell(row, 5, "達成" if status == "完了" else "未達成")
                sheet.cell(row, 6, "計画に沿って取り組んだ。" if status == "完了" else "調整中。")
                sheet.cell(row, 7, "行政改革課")
                row += 1
            sheet.cell(top, 2, f"{number} {project}")
            sheet.merge_cells(start_row=top, end_row=row - 1, start_column=2, end_column=2)
        row += 2
    path = folder / (name or f"行政改革_進捗状況_{ERA[year]}.xlsx")
    book.save(path)
    return path


def city(tmp_path: Path) -> tuple[Path, Path, Path]:
    """(this year's folder, last year's folder, planeval.toml)."""
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    round_book(tmp_path / "r5", 5)
    round_book(tmp_path / "r4", 4)
    return tmp_path / "r5", tmp_path / "r4", tmp_path / "planeval.toml"


def report(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "報告書.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def overall(change_of_done: str) -> str:
    """The report's paragraph on the whole plan, every number from the rows; the change of
    完了 as ``change_of_done`` words it ({n}: the change the rows give)."""
    now, was = whole(5), whole(4)
    done = now["完了"] - was["完了"]
    return (
        f"取組項目{now.total()}件のうち完了が{now['完了']}件、取組中が{now['取組中']}件、"
        f"未着手が{now['未着手']}件でした。取組中は前年度の{was['取組中']}件から"
        f"{now['取組中']}件に減少（▲{was['取組中'] - now['取組中']}件）しました。"
        + change_of_done.format(n=done)
    )


def checked(tmp_path: Path, text: Path, *, previous: bool = True) -> planeval.CheckResult:
    config = load_config(tmp_path / "planeval.toml")
    read = planeval.read_workbooks([tmp_path / "r5"], scale=config.scale, layout=config.layout)
    before = planeval.read_workbooks([tmp_path / "r4"], scale=config.scale, layout=config.layout)
    return planeval.check(
        read,
        scale=config.scale,
        texts=[text],
        level="基本方針",
        project="改革項目",
        item="取組項目",
        previous=before if previous else None,
    )


def test_the_rows_change_as_the_sentences_say() -> None:
    """(the data: 完了 rose and 取組中 fell, in the whole plan; 未着手 rose in 基本方針2)"""
    now, was = whole(5), whole(4)
    assert now["完了"] > was["完了"] and now["取組中"] < was["取組中"]
    assert by_policy(5)["2"]["未着手"] > by_policy(4)["2"]["未着手"]


def test_a_wrong_fall_is_caught_and_right_changes_agree(tmp_path: Path) -> None:
    """「完了は▲2件でした」 where 完了 rose by 2: with last year's round it is a disagreement,
    stated −2 against +2 (both rounds' counts said); 「取組中は前年度の10件から4件に減少（▲6
    件）」 agrees, the 10 with last year's count and the ▲6 with the change."""
    city(tmp_path)
    done = whole(5)["完了"] - whole(4)["完了"]
    result = checked(tmp_path, report(tmp_path, overall("完了は▲{n}件でした。")))
    (wrong,) = result.disagreements
    assert (wrong.scope, wrong.what, wrong.when) == ("計画全体", "完了", CHANGE)
    assert (wrong.stated, wrong.counted) == (-done, done)
    assert wrong.note == f"（前年度 {whole(4)['完了']} → 今回 {whole(5)['完了']}）"
    right = checked(tmp_path, report(tmp_path, overall("完了は前年度から{n}件増加しました。")))
    assert right.agrees and not right.not_compared and not right.disagreements
    # (every number: this year's, last year's 取組中 and the changes)
    assert right.compared == len(right.statements[0].numbers) == 8


def test_a_wrong_figure_of_last_year_is_caught(tmp_path: Path) -> None:
    city(tmp_path)
    was = whole(4)["取組中"]
    text = overall("").replace(f"前年度の{was}件", f"前年度の{was + 1}件")
    (wrong,) = checked(tmp_path, report(tmp_path, text)).disagreements
    assert (wrong.what, wrong.when, wrong.stated, wrong.counted) == ("取組中", PAST, was + 1, was)


def test_a_clause_that_begins_with_last_year_states_last_year_s_numbers(tmp_path: Path) -> None:
    """「前年度は完了が6件、取組中が3件でしたが、今年度は完了が8件」 (review 27 F3): the clause
    that begins 前年度は says last year's numbers, compared with last year's round (a wrong one
    caught there, not against this year's), until 今年度 names this year again."""
    city(tmp_path)
    now, was = whole(5), whole(4)
    said = "前年度は完了が{}件、取組中が{}件でしたが、今年度は完了が{}件となりました。"
    right = report(tmp_path, said.format(was["完了"], was["取組中"], now["完了"]))
    result = checked(tmp_path, right)
    assert result.agrees and result.compared == 3
    assert [(n.what, n.when) for s in result.statements for n in s.numbers] == [
        ("完了", PAST),
        ("取組中", PAST),
        ("完了", ""),
    ]
    wrong = report(tmp_path, said.format(was["完了"] + 1, was["取組中"], now["完了"]))
    (disagreement,) = checked(tmp_path, wrong).disagreements
    assert (disagreement.what, disagreement.when) == ("完了", PAST)
    assert (disagreement.stated, disagreement.counted) == (was["完了"] + 1, was["完了"])
    # without last year's round: listed, failing nothing
    alone = checked(tmp_path, wrong, previous=False)
    assert alone.agrees and [n.stated for n in alone.not_compared] == [
        was["完了"] + 1,
        was["取組中"],
    ]


def test_a_change_after_last_year_s_figure_is_this_year_s_change_of_it(tmp_path: Path) -> None:
    """「前年度は完了が{was}件でしたので、{up}件増加しました」 (review 28 #5): the change is
    完了's since last year, compared with --previous (a wrong one caught), not left as
    「増減の数は件数ではない」; in the JSON no reason is left on the numbers compared."""
    city(tmp_path)
    was, up = whole(4)["完了"], whole(5)["完了"] - whole(4)["完了"]
    said = "前年度は完了が{}件でしたので、{}件増加しました。"
    result = checked(tmp_path, report(tmp_path, said.format(was, up)))
    assert result.agrees and result.compared == 2 and not result.not_compared
    assert [(n.what, n.when) for s in result.statements for n in s.numbers] == [
        ("完了", PAST),
        ("完了", CHANGE),
    ]
    (wrong,) = checked(tmp_path, report(tmp_path, said.format(was, up + 1))).disagreements
    assert (wrong.what, wrong.when, wrong.stated, wrong.counted) == ("完了", CHANGE, up + 1, up)
    this, last = tmp_path / "r5", tmp_path / "r4"
    text, config = report(tmp_path, said.format(was, up)), tmp_path / "planeval.toml"
    shown = CliRunner().invoke(
        app,
        ["check", str(this), "--config", str(config), f"--text={text}", f"--previous={last}",
         "-f", "json"],
    )  # fmt: skip
    assert shown.exit_code == 0, shown.output
    numbers = json.loads(shown.stdout)["statements"][0]["numbers"]
    assert [(n["value"], n["reason"]) for n in numbers] == [(was, ""), (up, "")]


def test_a_change_under_a_group_s_heading_is_that_group_s(tmp_path: Path) -> None:
    """「基本方針2 …」 then 「未着手は前年度から2件増加し、取組中は1件減少しました」: 基本方針2's
    rows of both rounds, not the whole plan's; a fall said in words (減少) is negative."""
    city(tmp_path)
    now, was = by_policy(5)["2"], by_policy(4)["2"]
    up, down = now["未着手"] - was["未着手"], was["取組中"] - now["取組中"]
    said = f"未着手は前年度から{up}件増加し、取組中は{down}件減少しました。"
    result = checked(tmp_path, report(tmp_path, "基本方針2 効率的な行政運営", said))
    assert result.agrees and result.compared == 2
    assert [(n.what, n.when) for s in result.statements for n in s.numbers] == [
        ("未着手", CHANGE),
        ("取組中", FALL),
    ]
    wrong = said.replace(f"{down}件減少", f"{down + 1}件減少")
    (off,) = checked(tmp_path, report(tmp_path, "基本方針2 効率的な行政運営", wrong)).disagreements
    assert (off.scope, off.what, off.stated, off.counted) == (
        "基本方針2",
        "取組中",
        -down - 1,
        -down,
    )


def test_without_last_year_s_round_they_are_listed_and_the_verdict_says_how_once(
    tmp_path: Path,
) -> None:
    city(tmp_path)
    result = checked(tmp_path, report(tmp_path, overall("完了は▲{n}件でした。")), previous=False)
    assert result.agrees and not result.disagreements
    assert [(n.stated, n.settled, n.when) for n in result.not_compared] == [
        (whole(4)["取組中"], True, PAST),
        (-(whole(4)["取組中"] - whole(5)["取組中"]), True, CHANGE),
        (-(whole(5)["完了"] - whole(4)["完了"]), True, CHANGE),
    ]
    assert result.verdict().count("--previous") == 1
    assert result.verdict().endswith(
        "前年度の数と増減は、前年度の回答を --previous で渡すと照合します"
    )


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def test_the_cli_exits_1_on_a_wrong_change_and_0_on_a_right_one(tmp_path: Path) -> None:
    this, last, config = city(tmp_path)
    wrong = report(tmp_path, overall("完了は▲{n}件でした。"))
    common = (str(this), "--config", str(config), "--text", str(wrong))
    found = run("check", *common, "--previous", str(last))
    assert found.exit_code == 1, found.output
    done = whole(5)["完了"] - whole(4)["完了"]
    (row,) = [line for line in found.stdout.splitlines() if "完了の増減" in line]
    assert [cell.strip() for cell in row.split("│")[1:-1]] == [
        "計画全体",
        "完了の増減",
        f"▲{done}",
        f"+{done}（前年度 {whole(4)['完了']} → 今回 {whole(5)['完了']}）",
        f"{wrong} › 1行目「完了は▲3件」",
    ]
    assert found.stdout.rstrip().endswith("段落のうち、記載と集計の食い違いが 1 件あります")
    unseen = run("check", *common)  # (without last year's round: listed, and no failure)
    assert unseen.exit_code == 0 and "--previous で渡すと照合します" in unseen.stdout
    right = report(tmp_path, overall("完了は前年度から{n}件増加しました。"))
    found = run(
        "check", str(this), "--config", str(config), f"--text={right}", f"--previous={last}",
        "-f", "json",
    )  # fmt: skip
    data = json.loads(found.stdout)
    assert found.exit_code == 0 and data["previous"] is True
    assert (data["disagreements"], data["not_compared"]) == ([], [])
    whens = [n["when"] for s in data["statements"] for n in s["numbers"]]
    assert whens == ["", "", "", "", PAST, "", CHANGE, CHANGE]


def test_a_round_that_is_not_last_year_s_is_refused(tmp_path: Path) -> None:
    this, _last, config = city(tmp_path)
    round_book(tmp_path / "r3", 3)
    text = report(tmp_path, overall("完了は前年度から{n}件増加しました。"))
    common = (str(this), "--config", str(config), "--text", str(text))
    found = run("check", *common, "--previous", str(tmp_path / "r3"))
    assert found.exit_code == 2
    assert "--previous の回答は令和3年度（2021年度）、今回の回答は令和5年度（2023年度）" in (
        found.output
    )
    assert run("check", *common, "--previous", str(this)).exit_code == 2
    missing = run("check", *common, "--previous", str(tmp_path / "r2"))
    assert missing.exit_code == 2 and "--previous" in missing.output


def test_each_body_s_change_is_its_own_a_renamed_file_paired(tmp_path: Path) -> None:
    """Two bodies read with --bodies file: 「南台市」 heads its paragraph, whose change is
    compared with 南台市's rows of both rounds, not both bodies'; 北山町, whose file named its
    prefecture last year (宮城県北山町.xlsx → 北山町.xlsx), is paired as compare pairs it: its
    完了 did not change, and a change stated of it is a disagreement, not 「行がありません」."""
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    round_book(tmp_path / "r5", 5, name="南台市（令和5年度回答）.xlsx")
    round_book(tmp_path / "r5", 5, name="北山町.xlsx", rated=4)  # (its statuses unchanged)
    round_book(tmp_path / "r4", 4, name="07_南台市.xlsx")
    round_book(tmp_path / "r4", 4, name="宮城県北山町.xlsx")
    up = whole(5)["完了"] - whole(4)["完了"]
    said = f"完了は前年度から{up}件増加しました。"
    config = str(tmp_path / "planeval.toml")
    common = ("check", str(tmp_path / "r5"), "--bodies", "file", "--config", config)
    last = f"--previous={tmp_path / 'r4'}"
    found = run(*common, f"--text={report(tmp_path, '南台市', said)}", last, "-f", "json")
    data = json.loads(found.stdout)
    assert found.exit_code == 0, found.output
    assert [s["scope"] for s in data["statements"]] == ["南台市 計画全体"]
    found = run(*common, f"--text={report(tmp_path, '北山町', said)}", last, "-f", "json")
    assert found.exit_code == 1
    (off,) = json.loads(found.stdout)["disagreements"]
    assert (off["scope"], off["what"], off["stated"], off["counted"]) == (
        "北山町 計画全体",
        "完了",
        up,
        0,
    )


def test_a_body_last_year_s_round_has_no_rows_of_is_not_compared(tmp_path: Path) -> None:
    """北山町 sent nothing last year: a change stated of it is a number not compared (last
    year's round does not tell it), and the check fails; 南台市's is compared as before."""
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    round_book(tmp_path / "r5", 5, name="南台市.xlsx")
    round_book(tmp_path / "r5", 5, name="北山町.xlsx")
    round_book(tmp_path / "r4", 4, name="南台市.xlsx")
    up = whole(5)["完了"] - whole(4)["完了"]
    text = report(
        tmp_path, "南台市", f"完了は前年度から{up}件増加しました。", "北山町", "完了は▲1件でした。"
    )
    config = str(tmp_path / "planeval.toml")
    found = run(
        "check", str(tmp_path / "r5"), "--bodies", "file", "--config", config, f"--text={text}",
        f"--previous={tmp_path / 'r4'}", "-f", "json",
    )  # fmt: skip
    data = json.loads(found.stdout)
    assert found.exit_code == 1 and data["disagreements"] == [] and data["compared"] == 1
    assert [(n["scope"], n["stated"], n["reason"], n["settled"]) for n in data["not_compared"]] == [
        ("北山町 計画全体", -1, "前年度の回答に 北山町 の行がありません", False)
    ]


def test_last_year_s_rows_left_out_by_an_error_leave_its_numbers_uncompared(
    tmp_path: Path,
) -> None:
    """A status left blank in last year's workbook (--keep-going): its count may be short by
    that row, so last year's number and the changes are not compared (and the check fails)."""
    from openpyxl import load_workbook

    this, last, config = city(tmp_path)
    (path,) = last.iterdir()
    book = load_workbook(path)
    book.active["D5"] = None  # (its first 取組項目's 実施状況)
    book.save(path)
    text = report(tmp_path, overall("完了は前年度から{n}件増加しました。"))
    found = run(
        "check", str(this), "--config", str(config), f"--text={text}", f"--previous={last}",
        "--keep-going", "-f", "json",
    )  # fmt: skip
    data = json.loads(found.stdout)
    assert found.exit_code == 1 and data["disagreements"] == []
    aside = [(n["when"], n["settled"], n["reason"]) for n in data["not_compared"]]
    why = "前年度の回答に数えなかった行（エラーの行）があるため、比べられません"
    assert aside == [(PAST, False, why), (CHANGE, False, why), (CHANGE, False, why)]
    # (last year's error said once, as compare says it: review 180 #6)
    assert not any(problem["cell"] for problem in data["problems"])
    assert any("前年度のブックの問題（エラー 1 件）" in p["message"] for p in data["problems"])


def test_last_year_s_row_in_error_leaves_only_its_own_policy_s_numbers_uncompared(
    tmp_path: Path,
) -> None:
    """Review 118 #5: one row of 基本方針1 left out by an error last year made every policy's
    change 「エラーの行」 — 基本方針3's too, which had none. A policy none of whose rows was
    left out is compared; the policy of the row in error is not."""
    from openpyxl import load_workbook

    this, last, config = city(tmp_path)
    (path,) = last.iterdir()
    book = load_workbook(path)
    book.active["D6"] = None  # (基本方針1's second 取組項目, between two of its counted rows)
    book.save(path)
    changes = {
        policy: by_policy(5)[policy]["完了"] - by_policy(4)[policy]["完了"] for policy in "13"
    }
    text = report(
        tmp_path,
        "基本方針1\u3000市民サービスの向上",
        f"完了は前年度から{changes['1']}件増加しました。",
        "基本方針3\u3000持続可能な財政運営",
        f"完了は前年度から{changes['3'] + 1}件増加しました。",  # (one more than the rows give)
    )
    found = run(
        "check", str(this), "--config", str(config), f"--text={text}", f"--previous={last}",
        "--keep-going", "-f", "json",
    )  # fmt: skip
    data = json.loads(found.stdout)
    assert [(d["scope"], d["stated"], d["counted"]) for d in data["disagreements"]] == [
        ("基本方針3", changes["3"] + 1, changes["3"])
    ]
    why = "前年度の回答に数えなかった行（エラーの行）があるため、比べられません"
    assert [(n["scope"], n["reason"]) for n in data["not_compared"]] == [("基本方針1", why)]


def test_a_change_said_as_more_or_fewer_and_the_count_after_it(tmp_path: Path) -> None:
    """「完了は前年度より3件多い7件でした」: 3 is the change (it was compared as this year's 完了,
    3 against 7), 7 this year's 完了 (it was 「何の件数か読み取れません」); so is 「2件増の7件」."""
    city(tmp_path)
    now, was = whole(5), whole(4)
    up, fewer = now["完了"] - was["完了"], was["取組中"] - now["取組中"]
    for said, changes in (
        (f"完了は前年度より{up}件多い{now['完了']}件でした。", [up]),
        (
            f"完了は{up}件増の{now['完了']}件、取組中は前年度と比べて{fewer}件少なくなりました。",
            [up, fewer],
        ),
    ):
        result = checked(tmp_path, report(tmp_path, said))
        assert result.agrees and result.compared == len(result.statements[0].numbers), said
        unseen = checked(tmp_path, report(tmp_path, said), previous=False)
        assert unseen.agrees and [n.stated for n in unseen.not_compared] == changes


def test_a_change_of_a_measure_is_that_measure_s_in_both_rounds(tmp_path: Path) -> None:
    """川崎市's 「施策1-3「地域の安全を守る」では、「3」が前年度から1事業減少し…」: 施策1-3's rows
    of both rounds (TableRows.below of each), not 政策1's nor the whole plan's."""
    from tests.test_check_level_words import BUREAUS, bureaus

    last_year = {
        bureau: [
            (number, name, [(p, 3 if number == "1-3" else r) for p, r in projects])
            for number, name, projects in measures
        ]
        for bureau, measures in BUREAUS.items()
    }

    def of(rated: dict, rating: int) -> int:
        return sum(
            r == rating
            for measures in rated.values()
            for number, _name, projects in measures
            if number == "1-3"
            for _p, r in projects
        )

    this = bureaus(tmp_path / "r5")
    bureaus(tmp_path / "r4", last_year, "令和4年度")
    fell, rose = of(last_year, 3) - of(BUREAUS, 3), of(BUREAUS, 4) - of(last_year, 4)
    assert fell > 0 and rose > 0  # (the data: 1-3's 「3」 fell, its 「4」 rose)
    said = f"施策1-3「地域の安全を守る」では、「3」が前年度から{fell}事業減少し、「4」は{rose}事業増加しました。"
    text = report(tmp_path, "政策1 安心・安全で快適に暮らせるまち", said)
    common = ("check", str(this), "--config", str(this / "planeval.toml"), f"--text={text}")
    found = run(*common, f"--previous={tmp_path / 'r4'}", "-f", "json")
    data = json.loads(found.stdout)
    assert found.exit_code == 0 and data["compared"] == 2, data
    wrong = report(tmp_path, "政策1", said.replace(f"{fell}事業減少", f"{fell + 1}事業減少"))
    found = run(*common[:-1], f"--text={wrong}", f"--previous={tmp_path / 'r4'}", "-f", "json")
    (off,) = json.loads(found.stdout)["disagreements"]
    assert (off["scope"], off["what"], off["stated"], off["counted"]) == (
        "施策1-3",
        "3",
        -fell - 1,
        -fell,
    )


def test_this_round_s_year_given_by_the_option_alone_refuses_a_wrong_last_year(
    tmp_path: Path,
) -> None:
    """Review 39: this round's year said only by --fiscal-year (its forms state none), last
    year's round of a known year was compared whatever it was."""
    import pytest

    from planeval.errors import UsageError
    from planeval.last_year import previous_round

    _this, last, config = city(tmp_path)
    settings = load_config(config)
    before = planeval.read_workbooks([last], scale=settings.scale, layout=settings.layout)
    with pytest.raises(
        UsageError, match="--previous の回答は令和4年度（2022年度）、今回の回答は令和3年度"
    ):
        previous_round(before, planeval.ReadResult(), fiscal_year=2021, scale=settings.scale)
    assert previous_round(
        before, planeval.ReadResult(), fiscal_year=2023, scale=settings.scale
    ).entries


def test_a_change_of_a_status_named_with_its_label_is_bracketed() -> None:
    """Review 54: 「4 目標を下回ったの増減」 read as one phrase; 「4（目標を下回った）の増減」, the label
    in brackets as every status check names (review 169 #6)."""
    from planeval.check_result import Disagreement
    from planeval.report.review import check_table
    from planeval.scale import Scale, Status
    from planeval.stated_changes import CHANGE

    kawasaki = Scale((Status("3", "ほぼ目標どおり"), Status("4", "目標を下回った")))
    wrong = Disagreement("4", "4", -2, -1, planeval.Location("r.txt", None, "20行目"), when=CHANGE)
    [row] = check_table([wrong], kawasaki).rows
    assert row[1:4] == ["4（目標を下回った）の増減", "▲2", "▲1"]


def test_a_paragraph_naming_another_year_is_that_year_s(tmp_path: Path) -> None:
    """Review 59: 「なお、令和3年度は…完了が6件…」 in 令和5年度's report was compared with 令和5's
    rows (four false disagreements); 「令和4年度は…」 is last year's, compared with --previous;
    「計画期間を通じて完了した取組項目は…」 counts every round's, no one round's."""
    city(tmp_path)
    was = whole(4)
    lines = [
        "令和5年度 進捗状況",
        f"なお、令和3年度は完了が{was['完了'] + 7}件でした。",
        f"なお、令和4年度は完了が{was['完了']}件でした。",
        "計画期間を通じて完了した取組項目は2件でした。",
    ]
    result = checked(tmp_path, report(tmp_path, *lines))
    assert not result.disagreements
    wrong = checked(
        tmp_path,
        report(tmp_path, *lines[:2], f"なお、令和4年度は完了が{was['完了'] + 1}件でした。"),
    )
    assert [(d.when, d.stated, d.counted) for d in wrong.disagreements] == [
        (PAST, was["完了"] + 1, was["完了"])
    ]
    quiet = checked(tmp_path, report(tmp_path, *lines), previous=False)
    assert not quiet.disagreements and all(n.settled for n in quiet.not_compared)


def test_a_number_changed_from_unsaid_as_last_year_s_is_last_year_s(tmp_path: Path) -> None:
    """Review 62: 「取組中は10件から4件に減少」 — the year left unsaid, as reports write a change
    after 「前年度の…から」 once — compared 10 with this year's 取組中 (exit 1 on a right
    report); it is last year's number, compared with last year's count."""
    city(tmp_path)
    was, now = whole(4)["取組中"], whole(5)["取組中"]
    text = f"計画全体では、取組中は{was}件から{now}件に減少しました。"
    right = checked(tmp_path, report(tmp_path, text))
    assert right.agrees and right.compared == 2, right.disagreements
    (wrong,) = checked(
        tmp_path, report(tmp_path, text.replace(f"{was}件から", f"{was + 1}件から"))
    ).disagreements
    assert (wrong.what, wrong.when, wrong.stated, wrong.counted) == ("取組中", PAST, was + 1, was)
