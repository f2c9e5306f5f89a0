"""Review 165 (北山県, a prefecture rolling up its municipalities' replies with ``--bodies file``
and a roster ``[bodies] roster``): a body named as the roster and its form name it, whatever
prefecture its file's name adds (#2)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import write_book
from tests.test_prefecture_rollup import form, run

ROSTER = (("491004", "北山市"), ("492019", "南原市"), ("493236", "梅田町"))


def _settings(folder: Path, roster: tuple[tuple[str, ...], ...] = ROSTER) -> list[str]:
    """The prefecture's settings (aichi's A–D) and its roster in ``folder`` (none if empty)."""
    text = '[scale]\npreset = "aichi"\n'
    if roster:
        titles = ["団体コード", "団体名", "回答状況"][: max(map(len, roster))]
        write_book(folder / "団体一覧.xlsx", {"団体一覧": [titles, *roster]})
        text += '\n[bodies]\nroster = "団体一覧.xlsx"\n'
    settings = folder / "planeval.toml"
    settings.write_text(text, "utf-8")
    return ["--config", str(settings)]


def _rows(output: str) -> list[str]:
    """The first column of the terminal's table, a row each."""
    return [line.split("│")[1].strip() for line in output.splitlines() if line.startswith("│")]


def _replies(folder: Path, year: int = 6) -> Path:
    """北山市's reply under its code, 南原市's and 梅田町's under the prefecture's wrapper and its
    own name before theirs (梅田町's form stating no 団体名)."""
    folder.mkdir()
    form(folder / "491004_北山市.xlsx", "北山市", "491004", [["A", "B"]], year=year)
    wrapped = f"【令和{year}年度回答】北山県"
    form(folder / f"{wrapped}南原市.xlsx", "南原市", "492019", [["C", "A"]], year=year)
    form(folder / f"{wrapped}梅田町.xlsx", "", "", [["D"]], year=year)
    return folder


def test_a_prefecture_of_its_own_before_the_name_in_the_file_is_no_part_of_the_body(
    tmp_path: Path,
) -> None:
    """#2: 【令和6年度回答】北山県南原.xlsx was 「北山県南原市」 in every table and export, though
    its form and the roster say 南原市 (the 47 prefectures' names were set aside, not the
    prefecture's own: 北山県 is no 長野県)."""
    options = _settings(tmp_path)
    replies = _replies(tmp_path / "R6")
    said = run("summarize", str(replies), "--bodies", "file", "--by", "body", *options)
    assert said.exit_code == 0, said.stdout
    assert _rows(said.stdout) == ["団体", "北山市", "南原市", "梅田町", "合計"], said.stdout
    assert "北山県" not in said.stdout
    csv = tmp_path / "csv"
    run("export", str(replies), "--bodies", "file", "--csv", str(csv), *options)
    listed = (csv / "団体別集計.csv").read_text("utf-8-sig")
    assert "492019,南原市," in listed and "北山県" not in listed


def test_without_a_roster_the_forms_name_wins_over_the_prefecture_the_file_adds(
    tmp_path: Path,
) -> None:
    """#2: the form's 団体名 南原市 names the body where no roster does; a prefecture of the
    file's name is cut only where the form or the roster names the body without it."""
    from planeval.io.body_name import file_written, prefecture_cuts

    replies = _replies(tmp_path / "R6")
    options = _settings(tmp_path, roster=())
    said = run("summarize", str(replies), "--bodies", "file", "--by", "body", *options)
    assert "南原市" in _rows(said.stdout) and "北山県南原市" not in said.stdout, said.stdout
    assert file_written("北山県南原市", "【令和6年度回答】北山県南原市", "南原市") is None
    # (no municipality's name is cut where it only looks like one after a prefecture's)
    assert prefecture_cuts("北山県南原市") == ["南原市"]
    assert prefecture_cuts("宇都宮市") == prefecture_cuts("山県市") == []
    assert prefecture_cuts("山県郡北広島町") == []


def test_compare_claims_no_rename_of_a_body_its_file_wraps_in_the_prefectures_name(
    tmp_path: Path,
) -> None:
    """#2: compare said 「南原市 → 北山県南原市（団体コード 492019）: …名前の変わった同じ団体と
    して…」 of a body whose name never changed."""
    options = _settings(tmp_path)
    _replies(tmp_path / "R5", year=5)
    (tmp_path / "R5" / "【令和5年度回答】北山県南原市.xlsx").rename(
        tmp_path / "R5" / "492019_南原市.xlsx"
    )
    _replies(tmp_path / "R6")
    said = run("compare", str(tmp_path / "R5"), str(tmp_path / "R6"), "--bodies", "file", *options)
    assert said.exit_code == 0, said.stdout
    assert "北山県" not in said.output and "名前の変わった" not in said.output


def test_a_body_marked_apart_that_sent_nothing_is_out_of_the_count_without_an_error(
    tmp_path: Path,
) -> None:
    """#6: a body the roster marks 「別集計（評価尺度が違う）」 that sent nothing was the error
    「団体一覧の 1 団体から回答のブックがありません（未回答）」, its fix to write 未回答 in the cell
    that holds 別集計: the prefecture had already put it out of this count."""
    apart = "別集計（評価尺度が違う）"
    options = _settings(tmp_path, (*ROSTER[:2], ("493236", "梅田町", apart), ("493414", "小泉村")))
    replies = tmp_path / "R6"
    replies.mkdir()
    form(replies / "491004_北山市.xlsx", "北山市", "491004", [["A", "B"]])
    form(replies / "492019_南原市.xlsx", "南原市", "492019", [["C"]])
    said = run("summarize", str(replies), "--bodies", "file", "--by", "body", *options)
    assert said.exit_code == 1, said.output  # (小泉村, unmarked, is still the roster's error)
    errors = [line for line in said.output.splitlines() if line.startswith("エラー:")]
    assert len(errors) == 1 and "小泉村" in errors[0] and "梅田町" not in errors[0], said.output
    assert f"「{apart}」としているため、梅田町の行は集計に含めていません" in said.output
    kept = run(
        "summarize", str(replies), "--bodies", "file", "--by", "body", "--keep-going", *options
    )
    assert "梅田町（評価尺度が違うため）" in _rows(kept.stdout), kept.output
    assert "小泉村（未回答）" in _rows(kept.stdout), kept.output


def test_the_collectors_own_tally_among_the_replies_is_said_once_as_no_reply(
    tmp_path: Path,
) -> None:
    """#5: 集計用（県使用欄）.xlsx (団体コード | 団体名 | 受付日 | 評価 | 件数 | 備考, a row per
    body of the roster) among the replies was two errors — 「評価の表が見つかりません」 and
    「団体「集計用（県使用欄）」は団体一覧…にない名前です」 — and 「直した後の件数はこの表と
    異なります」, though no count changes without it."""
    options = _settings(tmp_path)
    replies = _replies(tmp_path / "R6")
    tally = [
        ["県使用欄（市町村は記入しないでください）"],
        [],
        ["団体コード", "団体名", "受付日", "評価", "件数", "備考"],
        *([code, name, "11/5", "A", 5, None] for code, name in ROSTER),
    ]
    write_book(replies / "集計用（県使用欄）.xlsx", {"集計": tally})
    args = ("summarize", str(replies), "--bodies", "file", "--by", "body", *options)
    said, alone = run(*args), run(*args[:-2])  # (without the roster: the names' shape)
    assert said.exit_code == 0, said.output
    assert "エラー" not in said.output and "直した後の件数" not in said.output, said.output
    notices = [line for line in said.output.splitlines() if "集計用（県使用欄）" in line]
    assert len(notices) == 1 and notices[0].startswith("お知らせ:"), said.output
    assert f"{len(ROSTER)} 団体）。回答ではないため読んでいません" in notices[0]
    assert _rows(said.stdout) == ["団体", "北山市", "南原市", "梅田町", "合計"], said.stdout
    assert "集計用（県使用欄）" not in said.stdout
    assert "団体ごとの集計表のようです" in alone.output, alone.output


def test_the_terminal_names_every_body_left_out_of_a_reason_of_ten_or_fewer(
    tmp_path: Path,
) -> None:
    """#10: 「評価尺度が違うため（8団体）：湖南市、山吹市、水沢市、花園市、朝日町 ほか 3 団体」 named
    5 of 8 where the exports name all; of more than ten, five are named and the others said to
    be rows of the --by body table."""
    from planeval.report.reason_lists import NAMED_WHOLE, ListNote

    many = [(f"49{n:03d}0", f"第{n}町") for n in range(1, NAMED_WHOLE + 3)]
    for bodies in (many[: NAMED_WHOLE - 2], many):
        folder = tmp_path / str(len(bodies))
        folder.mkdir()
        options = _settings(folder, (*ROSTER, *bodies))
        replies = _replies(folder / "R6")
        args = ("summarize", str(replies), "--bodies", "file", "--by", "body", "--keep-going")
        said = run(*args, *options)
        line = next(line for line in said.stdout.splitlines() if "未回答（" in line)
        names = [name for _code, name in bodies]
        if len(bodies) <= NAMED_WHOLE:
            assert line.endswith("：" + "、".join(names)), said.stdout
        else:
            left = len(names) - 5
            assert line.endswith(f"{names[4]} ほか {left} 団体（すべて上の表の行にあります）")
            assert all(f"{name}（未回答）" in _rows(said.stdout) for name in names)
    # (a table of policies names no body in a row: the others counted, nothing said of rows)
    note = ListNote.of("", {name: "未回答" for _code, name in many})
    assert note.lines_naming(5)[0].endswith(f"ほか {len(many) - 5} 団体")
