"""Review 159 #2: a 再掲 row pointing at an item renumbered this year — 「1-22 公共施設の統廃合
（4-5再掲）」 where 4-5 is now 下水道使用料の適正化 and 公共施設の統廃合 is 4-6 — was published
without a word. The row names its source's number and (as its own) the source's name: where
the item read at that number has another name, a warning at the row's cell names both, and
the item that has the row's name where one does. The count is unchanged."""

from __future__ import annotations

from pathlib import Path

import planeval
from tests.test_review154 import FORMS, forms, with_status


def _read(folder: Path) -> planeval.ReadResult:
    config = planeval.load_config(folder.parent / "planeval.toml")
    return planeval.read_workbooks([folder], scale=config.scale)


def _said(read: planeval.ReadResult) -> list[planeval.Problem]:
    return [p for p in read.problems if "の再掲とされていますが" in p.message]


def test_a_repeat_pointing_at_an_item_of_another_name_is_warned_at_its_cell(
    tmp_path: Path,
) -> None:
    right = _read(forms(tmp_path / "正", FORMS))
    assert not _said(right)
    # (1-5 庁舎清掃業務の委託 lists 2-1 again; it now says 2-3, 図書館運営の委託)
    read = _read(forms(tmp_path / "回答", with_status("1-5", "再掲", "（2-3再掲）")))
    [warning] = _said(read)
    assert warning.severity is planeval.Severity.WARNING
    assert (Path(warning.location.file).name, warning.location.cell) == (
        "R7_取組状況_教育部.xlsx",
        "D7",
    )
    assert warning.message == (
        "1-5「庁舎清掃業務の委託」は 2-3 の再掲とされていますが、2-3 は「図書館運営の委託」です。"
        "「庁舎清掃業務の委託」は 2-1 です"
    )
    assert warning.hint.startswith("再掲元の番号を 2-1 に直してください")
    scale = planeval.load_config(tmp_path / "planeval.toml").scale
    counted = planeval.summarize(right.entries, scale=scale).total
    assert planeval.summarize(read.entries, scale=scale).total == counted


def test_a_repeat_whose_name_no_item_has_names_both(tmp_path: Path) -> None:
    renamed = {
        dept: [(n, "窓口の一元化" if n == "1-5" else p, i, s) for n, p, i, s in rows]
        for dept, rows in FORMS.items()
    }
    [warning] = _said(_read(forms(tmp_path / "回答", renamed)))
    assert warning.message == (
        "1-5「窓口の一元化」は 2-1 の再掲とされていますが、2-1 は「庁舎清掃業務の委託」です"
    )
    assert warning.hint.startswith("再掲元の番号か名称を確かめてください")
