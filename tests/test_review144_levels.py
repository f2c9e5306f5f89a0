"""川辺市's 令和8年度 replies (review 144 #8): 契約管財課 typed its 柱 as 「柱１」「柱２」 where every
other 課 types 「Ⅰ　市民サービスの向上」 — the same 柱, numbered with its word, not another name; and
a 柱 its files name otherwise is called by its numeral as the tables print it, Ⅰ, not 1."""

from __future__ import annotations

from pathlib import Path

import planeval
from planeval.config import load_config
from tests.conftest import write_book
from tests.kawabe_forms import FORM_TITLES, ITEMS, SETTINGS, _row, kawabe_forms


def _read(tmp_path: Path, policy_of: dict[str, str]) -> planeval.ReadResult:
    """The forms, 情報政策課's 柱 cells typed as ``policy_of`` gives them (by the typed cell)."""
    forms = kawabe_forms(tmp_path / "回答")
    rows = [_row(item) for item in ITEMS if item[2] == "情報政策課"]
    for row in rows:
        row[0] = policy_of.get(str(row[0]), row[0])
    sheet = [["令和7年度"], ["担当課：情報政策課"], [], FORM_TITLES, *rows]
    write_book(forms / "情報政策課.xlsx", {"進捗状況": sheet})
    settings = tmp_path / "planeval.toml"
    settings.write_text(SETTINGS.format(titles=""), encoding="utf-8")
    config = load_config(settings)
    return planeval.read_workbooks(
        [forms], scale=config.scale, layout=config.layout, wording=config.wording
    )


def test_a_policy_typed_with_its_word_and_an_arabic_number_is_that_policy_unwarned(
    tmp_path: Path,
) -> None:
    result = _read(tmp_path, {"Ⅰ　市民サービスの向上": "柱１"})
    assert not [p for p in result.problems if "名称" in p.message], result.problems
    mine = [e for e in result.entries if e.location.file.endswith("情報政策課.xlsx")]
    assert mine and {e.policy_id for e in mine} == {"1"}
    assert result.policy_names["1"] == "市民サービスの向上"


def test_a_policy_named_otherwise_is_said_by_its_roman_numeral(tmp_path: Path) -> None:
    result = _read(tmp_path, {"Ⅰ　市民サービスの向上": "Ⅰ　市民サービスの充実"})
    [said] = [p for p in result.problems if "名称がファイルによって違います" in p.message]
    assert said.message.startswith("Ⅰ の名称がファイルによって違います: 「市民サービスの")
    assert "「市民サービスの充実」" in said.message and "「市民サービスの向上」" in said.message
