"""南川崎市's 集中改革プラン said as the city says it (review 195): its rows counted in its own
counter, 「取組項目は全110件（3件再掲のため実質107件）」 with `[wording] counter = "件"`, where
planeval said 「全110項目（3項目再掲のため実質107項目）」 whatever was set (#5); and `check
--keep-going` of a workbook one row of which it left out said 「エラーの 1 行、1 ファイル」 and
「エラーの行・ファイルを除いて集計しました。」, naming a file left out that was not."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from planeval.cli import app
from planeval.config import load_config
from planeval.report.repeat_total import rows_counter
from tests.body_settings import REFORM_CITY, REFORM_HEADER
from tests.conftest import write_book

SETTINGS, HEADER = REFORM_CITY, REFORM_HEADER
WORK, OUTSOURCE = "事務事業の再編・整理", "民間委託等の推進"


def _plan(folder: Path, third: str, settings: str = SETTINGS) -> Path:
    """Five 取組項目, one of them a 再掲; (1)-3 rated ``third``."""
    (folder / "planeval.toml").write_text(settings, encoding="utf-8")
    rows = [
        HEADER,
        ["(1)-1", WORK, "文書管理の効率化", "総務課", "目標達成", None],
        ["(1)-2", WORK, "補助金の総点検", "財政課", "取組中", None],
        ["(1)-3", WORK, "物品調達の一元化", "契約課", third, None],
        ["(2)-1", OUTSOURCE, "窓口業務の民間委託", "市民課", "取組中", None],
        ["(2)-2", OUTSOURCE, "文書管理の効率化", "総務課", "再掲", None],
    ]
    return write_book(folder / "令和6年度.xlsx", {"取組状況": rows})


@pytest.mark.parametrize(
    ("counter", "said"),
    [
        ("", "取組項目は全5項目（1項目再掲のため実質4項目）です。"),  # (川辺市's, review 141 #7)
        ('counter = "件"\n', "取組項目は全5件（1件再掲のため実質4件）です。"),
    ],
)
def test_the_whole_count_is_said_in_the_body_s_counter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, counter: str, said: str
) -> None:
    path = _plan(tmp_path, "取組中", SETTINGS + counter)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["summarize", path.name, "--narrative"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    note = lines.index("計は再掲を除く件数")  # (under the table)
    assert lines[note + 1 : note + 3] == ["", said]
    export = CliRunner().invoke(app, ["export", path.name, "--md", "報告.md"])
    assert export.exit_code == 0
    check = CliRunner().invoke(app, ["check", path.name, "--text", "報告.md"])
    assert check.exit_code == 0, check.stdout  # (planeval's own sentence read back)


def test_check_past_one_row_left_out_names_no_file_left_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _plan(tmp_path, "◇")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "報告書案.txt").write_text(
        "計画全体では、目標達成が1件、取組中が3件でした。\n", encoding="utf-8"
    )
    args = ["check", path.name, "--text", "報告書案.txt", "--keep-going", "-f", "csv"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1
    held = "この範囲に数えなかった行（エラーの 1 行）があるため比べていません"
    assert result.stdout.lstrip("\ufeff").splitlines()[:2] == [
        "範囲,記載,数,理由,記載の場所",
        f"計画全体,取組中が3件,3,{held},報告書案.txt › 1行目",
    ]
    assert result.stderr.splitlines()[-1] == "エラーの行を除いて集計しました。"


@pytest.mark.parametrize(
    ("settings", "counter"),
    [
        ('[scale]\npreset = "hamura"\n[wording]\npreset = "hamura"\n', "事業"),
        ('[scale]\npreset = "hamura"\n[wording]\npreset = "hamura"\ncounter = "件"\n', "件"),
        (SETTINGS + 'counter = "件"\n', "件"),
        (SETTINGS + 'counter = "つ"\n', "項目"),
    ],
)
def test_only_a_counter_the_body_wrote_counts_its_whole(
    tmp_path: Path, settings: str, counter: str
) -> None:
    """A preset's own counter (hamura's 件, for 「5件の事業」) leaves its whole count in its
    word, 「全63事業」: only a [wording] counter the body wrote says it 「全63件」."""
    (tmp_path / "planeval.toml").write_text(settings, encoding="utf-8")
    assert rows_counter(load_config(tmp_path / "planeval.toml").wording) == counter
