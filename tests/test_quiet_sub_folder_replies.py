"""-q hid the warning of replies saved one level too deep (回答/遅れて届いた分/財務部.xlsx, or
a body's 02_川辺町/追加分/福祉部.xlsx): they are not read, so the counts lack them, yet -q said
only 「警告 1 件（-q のため表示していません）」. A reply at the top level that is left out keeps
its warning under -q (test_quiet_partly_counted.py); one in a sub-folder now does too, found by
its Problem.reason (HELD_REPLIES), and -qq still hides it."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.past_errors import HELD_REPLIES
from tests.conftest import write_book
from tests.test_bodies_partly_counted import ANSWERS, _survey

RATED = [["体系", "実施内容", "達成状況"], ["1-1-1 電子申請の拡充", "① 手続の追加", "○"]]


def _late_reply(root: Path) -> Path:
    """A department's folder of replies, 財務部's late reply saved in 遅れて届いた分/."""
    folder = root / "回答"
    folder.mkdir()
    write_book(folder / "総務部.xlsx", {"第3章": RATED})
    (folder / "遅れて届いた分").mkdir()
    write_book(folder / "遅れて届いた分" / "財務部.xlsx", {"第3章": RATED})
    return folder


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "300"})
    return result.exit_code, result.stdout, result.stderr


def test_the_warning_of_a_sub_folder_holding_replies_has_its_reason(tmp_path: Path) -> None:
    folder = _late_reply(tmp_path)
    (late,) = planeval.read_workbooks([folder]).problems
    assert late.severity is planeval.Severity.WARNING and late.reason == HELD_REPLIES
    (folder / "追加").mkdir()  # (several such folders: one warning at the folder, same reason)
    write_book(folder / "追加" / "企画部.xlsx", {"第3章": RATED})
    (several,) = planeval.read_workbooks([folder]).problems
    assert several.location.file == str(folder) and several.reason == HELD_REPLIES


def test_q_says_a_reply_in_a_sub_folder(tmp_path: Path) -> None:
    folder = _late_reply(tmp_path)
    code, out, err = _run("summarize", str(folder), "-q", "-f", "csv")
    assert code == 0, err
    late = folder / "遅れて届いた分"
    assert err.splitlines() == [
        f"警告: {late}: 中に Excel ブックがあるフォルダです（Excel ブック 1 件）。指定したフォルダの"
        "中のフォルダは読まないため、これらのブックは数えていません（数えるなら、このフォルダも"
        f"指定するか（例: … {folder} {late}）、ブックを一つ上のフォルダに移してください。"
        "団体ごとのフォルダなら --bodies folder を使ってください）",
        "警告 1 件",
    ]
    assert out.splitlines()[-1] == "合計,,0,1,0,0,1,0"  # (総務部's one row: counted as before)


def test_qq_hides_it_as_asked(tmp_path: Path) -> None:
    folder = _late_reply(tmp_path)
    code, _out, err = _run("summarize", str(folder), "-qq", "-f", "csv")
    assert code == 0, err
    assert err.splitlines() == ["警告 1 件（-qq のため表示していません）"]


def test_validate_q_says_it_too(tmp_path: Path) -> None:
    folder = _late_reply(tmp_path)
    code, out, _err = _run("validate", str(folder), "-q")
    assert code == 0
    assert out.splitlines()[0].startswith(f"警告: {folder / '遅れて届いた分'}: 中に Excel ブック")


def test_q_says_a_bodys_reply_in_a_folder_inside_its_folder(tmp_path: Path) -> None:
    """--bodies folder: 川辺町's 福祉部 reply saved in 02_川辺町/追加分/ is not counted."""
    folder = _survey(tmp_path, partial=False)
    own = folder / "02_川辺町"
    (own / "追加分").mkdir()
    (own / "福祉部.xlsx").rename(own / "追加分" / "福祉部.xlsx")
    (tmp_path / "planeval.toml").write_text('[scale]\npreset = "aichi"\n', encoding="utf-8")
    config = str(tmp_path / "planeval.toml")
    args = ("summarize", str(folder), "--bodies", "folder", "--config", config)
    code, _out, err = _run(*args, "-q")
    assert code == 0, err
    warned = [line for line in err.splitlines() if line.startswith("警告:")]
    assert len(warned) == 1 and warned[0].startswith(f"警告: {own / '追加分'}: 中に Excel ブック")
    assert "団体「川辺町」の回答なら、団体のフォルダに直接入れてください" in warned[0]
    code, _out, err = _run(*args, "-qq")
    assert code == 0 and "警告:" not in err, err


def _bodies_run(tmp_path: Path, *moved: str) -> tuple[int, str, str]:
    """--bodies folder by body, with each of ``moved`` (02_川辺町's replies) saved in a folder
    追加分 inside 02_川辺町."""
    folder = _survey(tmp_path, partial=False)
    own = folder / "02_川辺町"
    (own / "追加分").mkdir()
    for name in moved:
        (own / name).rename(own / "追加分" / name)
    (tmp_path / "planeval.toml").write_text('[scale]\npreset = "aichi"\n', encoding="utf-8")
    config = str(tmp_path / "planeval.toml")
    args = ("summarize", str(folder), "--bodies", "folder", "--by", "body", "--config", config)
    return _run(*args, "--keep-going", "-f", "plain")


def test_a_body_with_a_reply_in_a_folder_inside_is_counted_in_part(tmp_path: Path) -> None:
    code, out, err = _bodies_run(tmp_path, "福祉部.xlsx")
    assert code == 0, err
    assert "川辺町（一部未集計）" in out
    assert "一部未集計の団体：川辺町（フォルダの中のフォルダに置かれていたため）" in out


def test_a_body_whose_replies_are_all_in_a_folder_inside_is_not_unanswered(
    tmp_path: Path,
) -> None:
    code, out, err = _bodies_run(tmp_path, *(f"{name}.xlsx" for name in ANSWERS["川辺町"]))
    assert code == 1
    errors = [line for line in err.splitlines() if line.startswith("エラー:")]
    assert errors == [
        f"エラー: {tmp_path / '回答' / '02_川辺町' / '追加分'}: 団体「川辺町」のフォルダにブックが"
        "なく、中のフォルダ「追加分」にあります。中のフォルダは読まないため、団体「川辺町」の行は"
        "一つも数えていません（未回答ではありません）（団体の回答なら、団体のフォルダ"
        f"（{tmp_path / '回答' / '02_川辺町'}）に直接入れてください）"
    ]
    assert "警告:" not in err  # (the folder inside said once, in the error)
    assert "川辺町（フォルダの中のフォルダに置かれていたため）" in out.replace("\n  ", "")
    assert "未回答" not in out


def test_compare_says_a_body_whose_replies_sat_in_a_folder_inside_answered(
    tmp_path: Path,
) -> None:
    """Its replies all in 02_川辺町/追加分/ this year: compare said 「回答あり・読めない形式。
    Excel ブック（.xlsx）にすれば数えられます（.xls なら Excel で開いて保存し直し、PDF などなら .xlsx で送ってもらってください）」, a fix for another case."""
    old = _survey(tmp_path / "R5", partial=False)
    new = _survey(tmp_path / "R6", partial=False)
    own = new / "02_川辺町"
    (own / "追加分").mkdir()
    for name in ANSWERS["川辺町"]:
        (own / f"{name}.xlsx").rename(own / "追加分" / f"{name}.xlsx")
    (tmp_path / "planeval.toml").write_text('[scale]\npreset = "aichi"\n', encoding="utf-8")
    args = ["compare", str(old), str(new), "--bodies", "folder", "--keep-going"]
    code, out, err = _run(*args, "--config", str(tmp_path / "planeval.toml"), "-f", "plain")
    assert code == 1, err  # (the error of its replies, counted past)
    [line] = [line for line in out.splitlines() if line.startswith("川辺町：")]
    assert line.startswith("川辺町：今回は回答あり・中のフォルダにあるため読んでいない（前回 ")
    assert line.endswith("。中のフォルダのブックを団体のフォルダに直接入れれば数えられます")


def test_a_folder_named_otherwise_than_its_stated_body_is_told_how_to_fix_it(
    tmp_path: Path,
) -> None:
    """A body's folder named 06_提出分, its workbook stating 団体名 南台市: counted as the
    folder's body, and the fix named only moving it into 南台市's folder — which no one made
    (review 34). Renaming the folder is the other fix."""
    from tests.test_bodies_partly_counted import _form, _rows

    folder = tmp_path / "回答"
    (folder / "06_提出分").mkdir(parents=True)
    _form(folder / "06_提出分" / "総務部.xlsx", "南台市", "総務部", _rows("総務部", "ABC"))
    (tmp_path / "planeval.toml").write_text('[scale]\npreset = "aichi"\n', encoding="utf-8")
    args = ("summarize", str(folder), "--bodies", "folder", "--by", "body")
    code, _out, err = _run(*args, "--config", str(tmp_path / "planeval.toml"), "-f", "plain")
    assert code == 0, err
    [warned] = [line for line in err.splitlines() if line.startswith("警告:")]
    assert (
        "団体名「南台市」と書かれたブックですが、フォルダ「06_提出分」の団体として数えています"
        in warned
    )
    assert "南台市 のフォルダに移すか、フォルダ名を「南台市」に直してください。" in warned


def test_a_folder_of_replies_put_aside_is_a_notice(tmp_path: Path) -> None:
    """Review 66: a replaced reply filed in 旧/ beside its 修正版 was warned of as a reply left out
    (「数えるなら、このフォルダも指定するか…」): the clerk put it aside on purpose."""
    folder = tmp_path / "回答"
    folder.mkdir()
    write_book(folder / "総務部_修正版.xlsx", {"第3章": RATED})
    (folder / "旧").mkdir()
    write_book(folder / "旧" / "総務部.xlsx", {"第3章": RATED})
    (aside,) = planeval.read_workbooks([folder]).problems
    assert aside.severity is planeval.Severity.NOTICE and not aside.reason
    assert aside.message.startswith("別に置いたブックのフォルダのため、中のブックは数えていません")
