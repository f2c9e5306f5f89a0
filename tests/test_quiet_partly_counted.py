"""-q hid the warning of a reply left out of the count (川辺町's 福祉部 sent .csv): the counts by
policy were then printed with a third of one body missing and only 「警告 1 件」 said. A body or
department counted in part changes the counts: -q says it, with the errors; -qq, asked for
explicitly, hides it too. Other warnings and notices stay hidden under -q."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.test_bodies_partly_counted import ANSWERS, _form, _rows, _survey

CSV_SAID = (
    "川辺町の回答のようですが、planeval が読む形式（.xlsx・.xlsm）ではないため読んでいません"
    "（.csv）。このファイルの行は数えていません"
)


def _replies(root: Path) -> Path:
    """The prefecture's survey with one body counted in part: 川辺町's 福祉部 as .csv (南台市's
    broken workbook sent again whole: no error, so the run is clean)."""
    folder = _survey(root)
    own = folder / "03_南台市"
    _form(own / "企画部.xlsx", "南台市", "企画部", _rows("企画部", ANSWERS["南台市"]["企画部"]))
    return folder


def _run(root: Path, *args: str, columns: int = 300) -> tuple[int, str, str]:
    folder, config = _replies(root), str(root / "planeval.toml")
    result = CliRunner().invoke(
        app,
        ["summarize", str(folder), "--bodies", "folder", "--config", config, *args],
        env={"COLUMNS": str(columns)},
    )
    return result.exit_code, result.stdout, result.stderr


def test_q_says_a_body_counted_in_part(tmp_path: Path) -> None:
    code, out, err = _run(tmp_path, "-q")
    assert code == 0, err
    lines = err.splitlines()
    csv_reply = tmp_path / "回答" / "02_川辺町" / "福祉部.csv"
    assert lines[0].startswith(f"警告: {csv_reply}: {CSV_SAID}"), err
    # (the notice of the table's words, and nothing else, hidden)
    assert lines[-1] == "警告 1 件。ほかに警告・お知らせ 1 件（-q のため表示していません）", err
    assert "お知らせ:" not in err
    assert "│ 合計" in out  # (the counts printed as before)


def test_qq_hides_it_as_asked(tmp_path: Path) -> None:
    code, out, err = _run(tmp_path, "-qq")
    assert code == 0, err
    assert err.splitlines() == ["警告 1 件・お知らせ 1 件（-qq のため表示していません）"], err
    assert "│ 合計" in out


def test_qq_s_count_of_what_it_hides_fits_a_narrow_terminal_and_its_help_says_it(
    tmp_path: Path,
) -> None:
    """Review 121: -qq's 「エラーだけを表示します」 and then a line of counts, the one line of a
    run at 40 columns wider than 40; its help now says the counts are given."""
    from planeval.cli.examples import columns

    code, _out, err = _run(tmp_path, "-qq", columns=40)
    assert code == 0, err
    assert err.splitlines() == ["警告 1 件・お知らせ 1 件", "（-qq のため表示していません）"], err
    assert max(map(columns, err.splitlines())) <= 40
    shown = CliRunner().invoke(app, ["summarize", "--help"], env={"COLUMNS": "300"}).stdout
    assert (
        "-qqでエラーだけを表示します。出さなかった警告・お知らせは件数だけを最後に示します。"
        in ("".join(shown.split()))
    )


def test_without_q_everything_is_said(tmp_path: Path) -> None:
    code, _out, err = _run(tmp_path)
    assert code == 0, err
    assert CSV_SAID in err and "お知らせ:" in err


def test_q_says_a_department_that_returned_nothing(tmp_path: Path) -> None:
    """A city's round counted with its plan, 総務部's form never returned: its items are not in
    the counts, which -q says; -qq does not."""
    from tests.test_unreturned_departments import WARNING, _round
    from tests.test_unreturned_departments import _run as run_city

    city, folder = _round(tmp_path)
    code, _out, err = run_city(city, "summarize", str(folder), "-q")
    assert code == 0, err
    assert [line for line in err.splitlines() if line.startswith("警告:")] == [
        line for line in err.splitlines() if WARNING in line
    ]
    assert any(WARNING in line for line in err.splitlines()), err
    code, _out, err = run_city(city, "summarize", str(folder), "-qq")
    assert code == 0 and WARNING not in err, err


def test_qq_with_errors_names_qq_for_what_it_hides(tmp_path: Path) -> None:
    """Review 89: a -qq run with errors ended 「…（-q のため表示していません）」."""
    folder = _replies(tmp_path)
    (folder / "03_南台市" / "財政部.xls").write_bytes(b"\xd0\xcf\x11\xe0")  # (Excel 97-2003)
    config = str(tmp_path / "planeval.toml")
    result = CliRunner().invoke(
        app,
        ["summarize", str(folder), "--bodies", "folder", "--keep-going", "-qq", "--config", config],
        env={"COLUMNS": "300"},
    )
    assert result.exit_code == 1, result.stderr
    [tallied] = [line for line in result.stderr.splitlines() if line.startswith("エラー 1 件")]
    assert tallied == "エラー 1 件。ほかに警告・お知らせ 2 件（-qq のため表示していません）"


def test_validate_s_verdict_names_qq_too(tmp_path: Path) -> None:
    import planeval
    from planeval.report.review import validate_verdict

    result = planeval.read_workbooks([_replies(tmp_path)], bodies="folder")
    said = validate_verdict(result, hidden=2, quiet=2)
    assert said.endswith("ほかに警告・お知らせ 2 件（-qq のため表示していません）")
