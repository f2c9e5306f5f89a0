"""Review 121 #3 and #5: 枚方市's 施策評価 over two years, the later plan inserting a 施策 so that
every 施策 after it is numbered one on. Some 部's forms head their 施策 under 基本目標 headings,
others list 施策番号 | 施策名 with no 基本目標 (each 施策 read as its own policy without a plan),
and 教育委員会 leaves the 事業 it shares with 子ども未来部 blank for its lead.

Without a plan, compare stopped at that blank (an error, its 施策5 read as its own policy apart
from the lead's Ⅲ › 5), and past it paired the policies read from 施策番号 by number: last
year's 施策4 「人権」 against this year's 施策4, another 施策. With the plan, it listed every
事業 of a renumbered 施策 「Ⅱ-2-3 → Ⅱ-4 変化なし（番号変更）」, numbers the body never typed,
and said last year's valid rows were errors against this year's plan."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book

SETTINGS = """\
[scale]
preset = "hirakata"

[layout.titles]
item = ["事務事業名"]

[wording]
preset = "hirakata"
policy = "基本目標"
project = "施策"
item = "事務事業"
status = "評価"
department = "担当課"
"""
HEADED = ("No.", "事務事業名", "評価", "今後の方向性", "担当課")
OWN = ("施策番号", "施策名", "事務事業名", "評価（A～E）", "今後の方向性", "担当課")
GOALS = {"1": "Ⅰ　安全なまち", "2": "Ⅱ　健やかなまち", "3": "Ⅲ　子どものまち"}


def _round(folder: Path, *, later: bool) -> Path:
    """One year's replies and its plan; ``later``: the year whose plan inserts 施策2 「見守り」,
    every 施策 after it numbered one on, and 交通安全教育事業 rated B (A last year)."""
    n = 1 if later else 0
    watch = [("施策2「見守り」",), (1, "見守り事業", "B", "継続", "危機課")] if later else []
    crisis = [HEADED, ("基本目標Ⅰ　安全なまち",), ("施策1「防災」",)]
    crisis += [(1, "防災訓練事業", "A", "継続", "危機課"), *watch]
    traffic = [HEADED, ("基本目標Ⅰ　安全なまち",), (f"施策{2 + n}「交通安全」",)]
    traffic += [(1, "交通安全教育事業", "B" if later else "A", "継続", "交通課")]
    traffic += [(2, "通学路対策事業", "B", "継続", "交通課")]
    health = [HEADED[1:], ("基本目標Ⅱ　健やかなまち",), (f"施策{3 + n}「健康」",)]
    health += [("健診事業", "B", "継続", "健康課"), ("がん検診事業", "C", "継続", "健康課")]
    rights = [OWN, (4 + n, "人権", "人権啓発事業", "D", "継続", "人権課")]
    rights += [(4 + n, "人権", "平和事業", "B", "継続", "人権課")]
    children = [HEADED, ("基本目標Ⅲ　子どものまち",), (f"施策{5 + n}「子育て」",)]
    children += [(1, "放課後児童事業", "E", "見直し", "子育て課")]
    children += [(2, "一時預かり事業", "D", "継続", "子育て課")]
    school = [OWN, (5 + n, "子育て", "放課後児童事業", None, "", "教育政策課")]
    school += [(6 + n, "学校教育", "学力向上事業", "A", "継続", "学校課")]
    replies = folder / "回答"
    replies.mkdir(parents=True, exist_ok=True)
    forms = {
        "危機管理部": crisis,
        "都市整備部": traffic,
        "健康福祉部": health,
        "市民生活部": rights,
        "子ども未来部": children,
        "教育委員会": school,
    }
    for department, rows in forms.items():
        write_book(replies / f"{department}.xlsx", {"評価調査票": rows})
    plan: list[tuple[object, ...]] = [("基本目標", "施策番号", "施策名", "事務事業名", "所管部")]
    plan += [("1", 1, "防災", "防災訓練事業", "危機管理部")]
    plan += [("1", 2, "見守り", "見守り事業", "危機管理部")] if later else []
    plan += [
        ("1", 2 + n, "交通安全", "交通安全教育事業", "都市整備部"),
        ("1", 2 + n, "交通安全", "通学路対策事業", "都市整備部"),
        ("2", 3 + n, "健康", "健診事業", "健康福祉部"),
        ("2", 3 + n, "健康", "がん検診事業", "健康福祉部"),
        ("2", 4 + n, "人権", "人権啓発事業", "市民生活部"),
        ("2", 4 + n, "人権", "平和事業", "市民生活部"),
        ("3", 5 + n, "子育て", "放課後児童事業", "子ども未来部、教育委員会"),
        ("3", 5 + n, "子育て", "一時預かり事業", "子ども未来部"),
        ("3", 6 + n, "学校教育", "学力向上事業", "教育委員会"),
    ]
    rows = [(GOALS[goal], *rest) for goal, *rest in plan[1:]]
    write_book(folder / "計画.xlsx", {"事務事業一覧": [plan[0], *rows]})
    return replies


def _compare(tmp_path: Path, *more: str, plan: bool = False) -> tuple[int, str, str]:
    old, new = _round(tmp_path / "R7", later=False), _round(tmp_path / "R8", later=True)
    settings = tmp_path / "planeval.toml"
    with_plan = f'\n[plan]\nfile = "{(tmp_path / "R8" / "計画.xlsx").as_posix()}"\n'
    settings.write_text(SETTINGS + (with_plan if plan else ""), encoding="utf-8")
    said = CliRunner().invoke(
        app,
        ["compare", str(old), str(new), "--config", str(settings), *more],
        env={"COLUMNS": "160"},
    )
    return said.exit_code, said.stdout, said.stderr


def test_without_the_plan_a_co_owners_blank_under_no_policy_is_left_to_its_lead(
    tmp_path: Path,
) -> None:
    """#3: 教育委員会's 施策5 (施策番号, no 基本目標) read as its own policy; the lead's row
    rates the same 事業 under Ⅲ › 5. Its blank is a notice, as a co-owner's blank beside its
    lead's row is with a plan, and the rounds are compared."""
    code, _out, err = _compare(tmp_path, "-f", "plain")
    assert code == 0, err
    assert "評価が空です" not in err
    assert "教育委員会.xlsx › 評価調査票: 評価が空欄の 1 行（D2）は、ほかのファイル" in err
    assert "子ども未来部.xlsx）で記入された同じ事務事業を数えました" in err


def test_without_the_plan_policies_read_from_projects_pair_by_their_items(tmp_path: Path) -> None:
    """#3: 市民生活部's 施策4 「人権」 is 施策5 this year and 教育委員会's 施策6 「学校教育」 施策7.
    Their counts per policy (each 施策 read as its own policy) pair by their 事業, not by a
    number that names another 施策 now: 「4 人権 D 1 → 0」 beside 「5 人権 D 0 → 1」 was no
    change at all."""
    code, out, err = _compare(tmp_path, "-f", "json")
    assert code == 0, err
    said = json.loads(out)
    old, new = (
        {g["label"] or g["id"]: g["counts"] for g in said[r]["groups"]} for r in ("old", "new")
    )
    del old["Ⅰ"], new["Ⅰ"]  # (見守り事業 added, 交通安全教育事業 A → B)
    assert old == new
    assert list(new) == ["Ⅱ", "Ⅲ", "5", "7"]
    assert new["5"] == {"A": 0, "B": 1, "C": 0, "D": 1, "E": 0}  # (人権: no 4 in either)


def test_a_renumbered_project_is_said_once_by_the_numbers_the_body_types(tmp_path: Path) -> None:
    """#5: with the later plan, each 事業 of a 施策 numbered one on was listed 「Ⅱ-2-3 → Ⅱ-4
    変化なし（番号変更）」 and last year's rows said to be errors against this year's plan. The
    list holds the 事業 whose 評価 moved, by the 施策 numbers as typed (a moved one with its
    old number too); the renumbering of the others is one line, and none of last year's rows is
    called an error."""
    code, out, err = _compare(tmp_path, "-f", "plain", plan=True)
    assert code == 0, err
    table = out.split("\n\n")[0].splitlines()
    assert table[2:] == [
        "2       見守り事業                B       追加",
        "2 → 3   交通安全教育事業  A       B       後退（番号変更）",
    ], out
    assert (
        "施策の番号が前回から変わった事務事業 8 件（施策 2 → 3、3 → 4、4 → 5 ほか 2 施策）は、"
        "評価が変わらないため表に載せていません（--all で表示します）"
    ) in out
    assert "記入に不備のあった行" not in out
    code, out, err = _compare(tmp_path, "-f", "plain", "--all", plan=True)
    assert "3 → 4   健診事業          B       B       変化なし（番号変更）" in out
    assert "番号が前回から変わった" not in out
