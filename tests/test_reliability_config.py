"""Reliability, second round: planeval.toml read strictly."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from planeval import ConfigError, load_config
from planeval.cli import app
from planeval.config_read import SCHEMA
from tests.hostile import write_xlsx

STATUS = '[[scale.status]]\nsymbol = "A"\nlabel = "達成"\n'


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (STATUS + "counetd = false\n", ":4 › [scale.status]: counetd という設定はありません（counted のことですか"),
        ('[scale]\nas_planed = "A"\n' + STATUS, ":2 › [scale]: as_planed という設定はありません（as_planned のことですか"),
        ("[limit]\nrows = 5\n", ":1: limit という表はありません（limits のことですか"),
        ("[limits]\nrow = 5\n", ":2 › [limits]: row という上限はありません（rows のことですか"),
        ("[scale.wording]\nx = 1\n", ":1 › [scale]: wording という設定はありません"),
        ("[limits]\nrows = inf\n", ":2 › [limits]: rows は有限の正の数で書いてください（inf）"),
        ("[limits]\nseconds = nan\n", ":2 › [limits]: seconds は有限の正の数で書いてください（nan）"),
        ("[limits]\nrows = 2.5\n", "rows は整数で書いてください（2.5）"),
        ("[limits]\ncolumns = 20000\n", "columns は 16,384 以下で書いてください"),
        ("[limits]\nfile_mb = true\n", "file_mb は正の数で書いてください（True）"),
    ],
)  # fmt: skip
def test_unknown_keys_and_bad_numbers_are_usage_errors_that_name_the_place(
    tmp_path: Path, text: str, message: str
) -> None:
    path = tmp_path / "planeval.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(info.value).startswith(str(path)) and message in str(info.value)
    assert info.value.exit_code == 2


def test_the_cli_says_it_in_one_line_with_exit_code_2(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "planeval.toml").write_text(STATUS + "counetd = false\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    write_xlsx(tmp_path / "x.xlsx")
    result = CliRunner().invoke(app, ["summarize", "x.xlsx"])
    assert result.exit_code == 2 and "Traceback" not in result.stderr
    assert "counted のことですか" in result.stderr


def test_a_bom_and_every_known_key_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "planeval.toml"
    text = (
        '[scale]\nas_planned = "B"\n'
        '[[scale.status]]\nsymbol = "A"\nlabel = "達成"\naliases = ["済"]\ncounted = true\n'
        'in_narrative = "when_used"\nneeds_issue = true\n'
        '[[scale.status]]\nsymbol = "B"\nlabel = "概ね"\n'
        "[limits]\nfile_mb = 10\nzip_entries = 100\npart_mb = 5\ntotal_mb = 9\nratio = 50\n"
        "rows = 1000\ncolumns = 20\nseconds = 1.5\n"
        '[bodies]\nroster = "団体一覧.csv"\n'
        '[columns]\nignore = ["予算額"]\n'
    )
    path.write_bytes(b"\xef\xbb\xbf" + text.encode())
    (tmp_path / "団体一覧.csv").write_text("青葉市\n緑町\n", encoding="utf-8")
    config = load_config(path)
    assert [listed.name for listed in config.roster] == ["青葉市", "緑町"]
    assert config.scale.symbols == ("A", "B") and config.limits.seconds == 1.5
    assert config.limits.rows == 1000 and isinstance(config.limits.rows, int)
    assert config.layout.ignored == ("予算額",)
    assert set(SCHEMA) == {
        "",
        "scale",
        "scale.status",
        "limits",
        "layout",
        "layout.titles",
        "wording",
        "bodies",
        "plan",
        "columns",
    }


def test_every_problem_of_the_file_is_said_in_one_run_in_line_order(
    tmp_path: Path, monkeypatch
) -> None:
    """A clerk fixing one typo should not meet the next only on the next run."""
    (tmp_path / "planeval.toml").write_text(
        '[scale]\npreset = "setagya"\n\n[limits]\nrow = 5000\nseconds = -3\n\n'
        '[wording]\npolcy = "基本目標"\nitem = 3\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    write_xlsx(tmp_path / "x.xlsx")
    result = CliRunner().invoke(app, ["summarize", "x.xlsx"])
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert lines[0] == (
        "エラー: planeval.toml: 設定に 5 件の問題があります。"  # (found here: named as such)
        "すべて直してから実行してください"
    )
    assert [line[:3] for line in lines[1:]] == ["  ・"] * 5
    # (the preset's line too, review 15: it was said last, with none)
    assert [line.split(" › ")[0].rsplit(":", 1)[-1] for line in lines[1:6]] == [
        "2", "5", "6", "9", "10",
    ]  # fmt: skip
    assert "preset = 'setagya' という尺度はありません（setagaya のことですか" in lines[1]
    assert "row という上限" in lines[2] and "seconds は正の数" in lines[3]
    assert "polcy という設定" in lines[4] and "item は文字列" in lines[5]


def test_a_wording_preset_typo_names_its_own_line_not_the_scale_s(tmp_path: Path) -> None:
    """Review 15: a preset typo had no line; [wording]'s must not take [scale]'s preset line."""
    from planeval.config import load_config
    from planeval.errors import ConfigError

    path = tmp_path / "planeval.toml"
    path.write_text('[scale]\npreset = "progress"\n\n[wording]\ntitle = "x"\npreset = "gumma"\n')
    with pytest.raises(ConfigError, match=r"planeval\.toml:6 › \[wording\]: preset = 'gumma'"):
        load_config(path)


def test_a_key_under_another_table_is_told_where_it_belongs(tmp_path: Path, monkeypatch) -> None:
    """`rounding` written under [plan] (review 163 #6): not only 「使えるのは file」, but
    which table it is of and the fix, through the CLI (exit 2)."""
    (tmp_path / "planeval.toml").write_text(
        '[plan]\nfile = "計画.xlsx"\nrounding = "round"\n', encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    write_xlsx(tmp_path / "x.xlsx")
    result = CliRunner().invoke(app, ["summarize", "x.xlsx"])
    assert result.exit_code == 2 and "Traceback" not in result.stderr, result.output
    said = result.stderr.replace("\n", "")
    assert "planeval.toml:3 › [plan]: rounding という設定はありません" in said, said
    assert "rounding は [scale] の設定です。[plan] の下から [scale] の下に移してください" in said
