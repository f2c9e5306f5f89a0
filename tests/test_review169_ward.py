"""Review 169 (緑丘区, a 名古屋市-style 区政運営方針: 運営方針 › 取組み › 事業, the 事業 rated one a row
with no numbers of their own): a 事業 added beside a renamed one was said to be 「番号が同じで名称が
違います」 by its 取組み's number (#5), and a typo of ``preset`` drew a second error that only
followed from it (#7)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from typer.testing import CliRunner

from planeval.cli import app

SETTINGS = """[scale]
preset = "nagoya"

[layout.titles]
level = ["運営方針", "取組み"]
item = ["事業名"]

[wording]
policy = "運営方針"
project = "取組み"
item = "事業"
"""
HEADER = ["運営方針", "取組み", "事業名", "達成状況", "取組み結果・課題", "担当課"]
GROUPS = {1: ("1　安心・安全に暮らせるまち", "(1)　防災力の向上"),
          3: ("1　安心・安全に暮らせるまち", "(3)　生活環境の保全"),
          2: ("4　便利で信頼される区役所", "(3)　情報発信の充実")}  # fmt: skip


def _form(path: Path, rows: list[tuple[int, str, str]]) -> None:
    """A 課's workbook: (group, 事業名, 達成状況) a row, under its 運営方針 and 取組み."""
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    for group, name, status in rows:
        sheet.append([*GROUPS[group], name, status, "目標を達成した。", "区政課"])
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)


def _compare(
    tmp_path: Path, old: list[tuple[int, str, str]], new: list[tuple[int, str, str]]
) -> str:
    (tmp_path / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    _form(tmp_path / "R6" / "区政課.xlsx", old)
    _form(tmp_path / "R7" / "区政課.xlsx", new)
    config = ["--config", str(tmp_path / "planeval.toml")]
    args = ["compare", str(tmp_path / "R6"), str(tmp_path / "R7"), *config]
    result = CliRunner().invoke(app, args, env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    return result.stderr


KEPT = [
    (1, "自主防災組織への活動支援", "A"),
    (1, "地域防災訓練の実施", "B"),
    (3, "ごみ減量の啓発", "A"),
]


def test_an_added_project_beside_a_renamed_one_is_no_rename_by_its_group_s_number(
    tmp_path: Path,
) -> None:
    """#5: ツイッター → SNS and a new 外国人向け情報発信 under 取組み 4-(3): two notices paired the old
    name with each, as 「事業 4-(3) は番号が同じで名称が違います」. 事業 have no numbers; with
    two added and one deleted in the group nothing says which is which: no notice."""
    old = [*KEPT, (2, "区公式ツイッターの運用", "A")]
    new = [*KEPT, (2, "区公式SNSの運用", "A"), (2, "外国人向け情報発信", "B")]
    err = _compare(tmp_path, old, new)
    assert "番号が同じで名称が違います" not in err
    assert "区公式ツイッターの運用" not in err


def test_one_added_and_one_deleted_alone_in_their_group_are_offered_as_a_possibility(
    tmp_path: Path,
) -> None:
    """#5: where one 事業 of the group is gone and one new stands in its place, it may be a
    rename: said as a possibility, naming the 取組み as the group, not as the 事業's number."""
    old = [*KEPT, (2, "区公式ツイッターの運用", "A")]
    new = [*KEPT, (2, "区公式SNSの運用", "A")]
    err = _compare(tmp_path, old, new)
    assert "番号が同じで名称が違います" not in err
    [said] = [line for line in err.splitlines() if "区公式ツイッターの運用" in line]
    assert "取組み 4-(3)（情報発信の充実）" in said
    assert "かもしれません" in said and "区公式SNSの運用" in said


def _summarize(tmp_path: Path, settings: str) -> tuple[int, str]:
    _form(tmp_path / "R7" / "区政課.xlsx", KEPT)
    (tmp_path / "planeval.toml").write_text(settings, encoding="utf-8")
    config = ["--config", str(tmp_path / "planeval.toml")]
    result = CliRunner().invoke(app, ["summarize", str(tmp_path / "R7"), *config])
    return result.exit_code, result.stderr


def test_a_mistyped_preset_is_said_alone(tmp_path: Path) -> None:
    """#7: 「preest … preset のことですか」 was followed by 「[[scale.status]] の表がありません」,
    which only follows from the typo and may send a clerk to write a whole scale."""
    code, err = _summarize(tmp_path, SETTINGS.replace("preset =", "preest ="))
    assert code == 2, err
    assert "preest という設定はありません（preset のことですか。" in err
    assert "planeval.toml:2" in err
    assert "[[scale.status]] の表がありません" not in err and "件の問題" not in err


def test_a_mistyped_symbol_of_a_status_is_said_alone(tmp_path: Path) -> None:
    """#7, the same in a [[scale.status]]: 「symbl … symbol のことですか」 alone, not also
    「symbol（記号）がありません」; a scale truly without statuses is still said."""
    status = '\n[[scale.status]]\nsymbl = "E"\nlabel = "未着手"\n'
    code, err = _summarize(
        tmp_path, SETTINGS.replace("\n[layout.titles]", status + "\n[layout.titles]")
    )
    assert code == 2, err
    assert "symbl という設定はありません（symbol のことですか。" in err
    assert "symbol（記号）がありません" not in err
    code, err = _summarize(tmp_path, '[scale]\norder = "best_first"\n')
    assert code == 2 and "[[scale.status]] の表がありません" in err
