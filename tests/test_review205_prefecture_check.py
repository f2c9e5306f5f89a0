"""check of planeval's own export of a national survey did not say it agreed (review 205 #2):
each row of its 都道府県別集計, its 合計 and the rounding note's 「北海道は 99.9%」 were 「planeval
の集計表の行ですが、「北海道」の行がないため比べていません」, each 団体別集計 row was read by its
都道府県 cell, and the page's 「01 北海道（2団体）」 was a count of bodies not compared: ~300
numbers and exit 1. Now a 都道府県's row is its bodies' rows added up, as the export counts them
(body_groups.by_prefecture, the one grouping of --by prefecture and check's scopes), and a body's
row its own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_review179_prefectures import survey_of
from tests.test_roster import run

LISTED = [  # (code, prefecture, name, mark): 岩手県's between 北海道's, 本津町 declined
    ("012025", "北海道", "岩里市", ""),
    ("032018", "岩手県", "原沢市", ""),
    ("012033", "北海道", "金尾市", ""),
    ("035017", "岩手県", "本津町", "辞退"),
    ("042021", "宮城県", "浜浦市", ""),
]
# (北海道 1/1/1/0: shares 33.3 ×3 = 99.9, named in the rounding note)
SENT = {"岩里市": ["◎", "○"], "原沢市": ["△", "○"], "金尾市": ["△"], "浜浦市": ["○", "×", "○"]}
AGREE = {  # (every row of 集計, 都道府県別集計 and 団体別集計: 2 + 4 + 5)
    "md": "4 段落、表の 11 行、表の説明 4 件と一覧の説明 1 件の記載件数はすべて集計と一致しています",
    "docx": "4 段落、表の 11 行と一覧の説明 1 件の記載件数はすべて集計と一致しています",
    "html": "4 段落、表の 11 行、表の説明 4 件と一覧の説明 1 件の記載件数はすべて集計と一致しています",
}


def _exported(tmp_path: Path, *formats: str) -> Path:
    replies = survey_of(tmp_path, LISTED, SENT)
    out = tmp_path / "出力"
    out.mkdir()
    args = [arg for fmt in formats for arg in (f"--{fmt}", str(out / f"報告.{fmt}"))]
    done = run(tmp_path, "export", str(replies), "--bodies", "file", "-q", *args)
    assert done.exit_code == 0, done.output
    return out


def _check(tmp_path: Path, text: Path, *more: str):  # type: ignore[no-untyped-def]
    replies = tmp_path / "回答"
    return run(tmp_path, "check", str(replies), "--bodies", "file", "--text", str(text), *more)


@pytest.mark.parametrize("fmt", ["md", "docx", "html"])
def test_check_of_the_survey_s_own_export_agrees(tmp_path: Path, fmt: str) -> None:
    out = _exported(tmp_path, fmt)
    if fmt == "md":  # (the tables read back: 都道府県別集計 and its note, 団体別集計)
        page = (out / "報告.md").read_text("utf-8")
        assert "| 北海道 | 2団体 | 1 | 1 | 1 | 0 | 3 |" in page
        assert "（北海道は 99.9%）" in page
        assert "| 012025 | 北海道 | 岩里市 | 1 | 1 | 0 | 0 | 2 |" in page
    done = _check(tmp_path, out / f"報告.{fmt}")
    assert done.exit_code == 0, done.output
    assert "比べていません" not in done.output
    assert done.stdout.splitlines()[-1] == AGREE[fmt]


def test_a_prefecture_s_number_changed_in_the_export_is_a_disagreement_of_its_row(
    tmp_path: Path,
) -> None:
    out = _exported(tmp_path, "md")
    page = (out / "報告.md").read_text("utf-8")
    changed = page.replace(
        "| 北海道 | 2団体 | 1 | 1 | 1 | 0 | 3 |", "| 北海道 | 2団体 | 2 | 1 | 1 | 0 | 3 |"
    )
    changed = changed.replace("（北海道は 99.9%）", "（北海道は 99.8%）")
    changed = changed.replace("| 北海道 | 岩里市 | 1 | 1 |", "| 北海道 | 岩里市 | 1 | 2 |")
    assert changed.count("\n") == page.count("\n") and changed != page
    (out / "報告.md").write_text(changed, "utf-8")
    done = _check(tmp_path, out / "報告.md", "-f", "json")
    assert done.exit_code == 1, done.output
    said = json.loads(done.stdout)
    wrong = [(d["scope"], d["what"], d["stated"], d["counted"]) for d in said["disagreements"]]
    assert wrong == [
        ("表の「北海道」の行", "◎", 2, 1),
        ("表の「岩里市」の行", "○", 2, 1),
        ("北海道", "share sum", 99.8, 99.9),
    ]
    assert said["not_compared"] == []


def test_the_page_s_heading_of_a_prefecture_s_bodies_is_compared(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("planeval.report.document.MANY_BODIES", 2)  # (grouped by 都道府県)
    out = _exported(tmp_path, "html")
    page = (out / "報告.html").read_text("utf-8")
    assert ">01 北海道（2団体）</th>" in page and ">03 岩手県（2団体）</th>" in page
    done = _check(tmp_path, out / "報告.html")
    assert done.exit_code == 0, done.output
    assert "比べていません" not in done.output
    (out / "報告.html").write_text(
        page.replace("01 北海道（2団体）", "01 北海道（3団体）"), "utf-8"
    )
    done = _check(tmp_path, out / "報告.html", "-f", "json")
    assert done.exit_code == 1, done.output
    [wrong] = json.loads(done.stdout)["disagreements"]
    assert (wrong["scope"], wrong["stated"], wrong["counted"]) == ("北海道 計画全体", 3, 2)
    assert wrong["note"] == "（団体一覧の北海道の 2 団体）"


def test_one_grouping_by_prefecture_for_the_counts_and_check_s_scopes() -> None:
    from planeval.body_groups import NO_PREFECTURE, by_prefecture, prefecture_groups

    bodies = ["岩里市", "原沢市", "北海道", "金尾市", "無所属町"]
    prefectures = {"岩里市": "北海道", "原沢市": "岩手県", "北海道": "北海道", "金尾市": "北海道"}
    placed = by_prefecture([*bodies, "後着村"], prefectures)
    assert placed == {
        "北海道": ("岩里市", "北海道", "金尾市"),
        "岩手県": ("原沢市",),
        NO_PREFECTURE: ("無所属町", "後着村"),
    }
    groups = prefecture_groups(bodies, prefectures)  # (北海道 a body itself: its own rows)
    assert dict(groups.members) == {"岩手県": frozenset({"原沢市"})}
    assert groups.placed == by_prefecture(bodies, prefectures)
    assert groups.unknown.endswith("（都道府県が空の団体: 無所属町）")
