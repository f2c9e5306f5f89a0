"""A 集中改革プラン numbering its 取組項目 「(1)-14」 in a 番号 column, the number already holding
its 改革項目's (1) (南川崎市, review 195 #3): the report's tables printed 「(1)-14」 as typed, but
the issue list, compare and its --map hint printed 「1-(1)-14」 — two numberings of one item —
and `--map (2)-1=(2)-1`, the city's own number, was refused as naming nothing. Every output
now prints the number as typed, and --map takes it."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from planeval.cli import app
from tests.body_settings import REFORM_HEADER, REFORM_WORDING
from tests.conftest import write_book

SETTINGS = '[scale]\npreset = "reform_plan"\nissue_list = "status"\n\n' + REFORM_WORDING
HEADER = REFORM_HEADER
WORK, OUTSOURCE = "事務事業の再編・整理", "民間委託等の推進"


def _round(path: Path, ratings: tuple[str, str, str], window: str) -> Path:
    rows = [
        HEADER,
        ["(1)-1", WORK, "文書管理の効率化", "総務課", ratings[0], None],
        ["(1)-2", WORK, "補助金の総点検", "財政課", ratings[1], "取組を中止する。"],
        ["(2)-1", OUTSOURCE, window, "市民課", ratings[2], None],
    ]
    return write_book(path, {"取組状況": rows})


@pytest.fixture
def rounds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, str]:
    (tmp_path / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    _round(tmp_path / "令和5年度.xlsx", ("取組中", "取組中", "取組中"), "窓口業務の民間委託")
    _round(tmp_path / "令和6年度.xlsx", ("目標達成", "変更・中止", "取組中"), "窓口の包括委託")
    return "令和5年度.xlsx", "令和6年度.xlsx"


def test_issue_list_numbers_items_as_typed(rounds: tuple[str, str]) -> None:
    result = CliRunner().invoke(app, ["issues", rounds[1], "-f", "csv"])
    assert result.exit_code == 0
    assert result.stdout.lstrip("\ufeff").splitlines() == [
        "番号,取組項目,細目,実施結果,今後の方向性,担当課,出典",
        "(1)-2,補助金の総点検,,変更・中止,取組を中止する。,財政課,令和6年度.xlsx › 取組状況 › F3",
    ]


def test_compare_and_its_map_hint_number_items_as_typed(rounds: tuple[str, str]) -> None:
    result = CliRunner().invoke(app, ["compare", *rounds, "-f", "csv"])
    assert result.exit_code == 0
    assert result.stdout.lstrip("\ufeff").splitlines()[:5] == [
        "番号,取組項目,令和5年度,令和6年度,変化",
        "(1)-1,文書管理の効率化,取組中,目標達成,改善",
        "(1)-2,補助金の総点検,取組中,変更・中止,変更・中止に変化",
        "(2)-1,窓口の包括委託,,取組中,追加",
        "(2)-1,窓口業務の民間委託,取組中,,削除",
    ]
    assert "--map (2)-1=(2)-1 を付けて比べ直してください" in result.stderr
    assert "-(1)-" not in result.stdout + result.stderr


def test_map_takes_the_number_as_typed(rounds: tuple[str, str]) -> None:
    result = CliRunner().invoke(app, ["compare", *rounds, "-f", "csv", "--map", "(2)-1=(2)-1"])
    assert result.exit_code == 0
    assert result.stdout.lstrip("\ufeff").splitlines() == [  # (one table: review 198 #5)
        "番号,取組項目,令和5年度,令和6年度,変化",
        "(1)-1,文書管理の効率化,取組中,目標達成,改善",
        "(1)-2,補助金の総点検,取組中,変更・中止,変更・中止に変化",
    ]
    assert result.stderr == ""
