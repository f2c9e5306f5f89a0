"""Review 171: a national survey's roster matched by 団体コード.

#1: 髙瀬市's form wrote its name 「高瀬市」 (another form of 髙): its 団体コード, its file's code and
the roster all said 髙瀬市, yet the file 202045_髙瀬市.xlsx was dropped as 「どちらの団体の回答か
分からない」. #2: 﨑坂市's form wrote 「崎坂市」, another body on the roster: it was counted as that
崎坂市, then both were dropped as two of one name, and 﨑坂市 called 未回答. #4: a full-width
団体コード 「０１２１８１」 was said to differ from the roster's 012181."""

from __future__ import annotations

from pathlib import Path

import planeval
from tests.conftest import write_book
from tests.test_roster import _reply

ROSTER = [
    ["団体コード", "団体名"],
    ["012181", "赤井市"],
    ["032115", "﨑坂市"],
    ["082201", "崎坂市"],
    ["202045", "髙瀬市"],
    ["222089", "沢橋市"],
]


def _read(
    tmp_path: Path, replies: dict[str, tuple[str | None, str, list[str]]]
) -> planeval.ReadResult:
    """The survey's read: the roster and each reply (file name → code, 団体名, statuses)."""
    write_book(tmp_path / "団体一覧.xlsx", {"団体一覧": ROSTER})
    (tmp_path / "planeval.toml").write_text('[bodies]\nroster = "団体一覧.xlsx"\n', "utf-8")
    (tmp_path / "R8").mkdir()
    for file, (code, name, statuses) in replies.items():
        _reply(tmp_path / "R8" / file, code, name, statuses)
    roster = planeval.load_config(tmp_path / "planeval.toml").roster
    return planeval.read_workbooks([tmp_path / "R8"], bodies="file", roster=roster)


def _counted(result: planeval.ReadResult) -> dict[str, list[str]]:
    """Each body's statuses counted, from the rows read."""
    counted: dict[str, list[str]] = {}
    for entry in result.entries:
        counted.setdefault(entry.body, []).append(entry.status_text)
    return counted


REPLIES = {
    "012181_赤井市.xlsx": ("012181", "赤井市", ["○"]),
    "032115_﨑坂市.xlsx": ("032115", "崎坂市", ["◎", "◎"]),
    "082201_崎坂市.xlsx": ("082201", "崎坂市", ["×", "×", "×"]),
    "202045_髙瀬市.xlsx": ("202045", "高瀬市", ["△"]),
    "222089_沢橋市.xlsx": ("222089", "澤橋市", ["○", "△"]),
}


def test_a_name_written_in_another_form_of_its_kanji_is_the_code_s_body(tmp_path: Path) -> None:
    """#1, #2: each form counted as its code's body, the one whose name the form's is but for
    a variant kanji (高/髙, 崎/﨑, 澤/沢); 崎坂市's own reply its own, no body 未回答."""
    result = _read(tmp_path, REPLIES)
    assert _counted(result) == {
        "赤井市": ["○"],
        "﨑坂市": ["◎", "◎"],
        "崎坂市": ["×", "×", "×"],
        "髙瀬市": ["△"],
        "沢橋市": ["○", "△"],
    }
    assert result.errors == [] and result.left_out == []
    assert [p for p in result.problems if p.severity.value == "warning"] == []
    # (a notice at the 団体名 cell of each form writing its name otherwise, naming both)
    said = {p.location.file: p for p in result.problems}
    takase = said[str(tmp_path / "R8" / "202045_髙瀬市.xlsx")]
    assert takase.severity.value == "notice" and takase.location.cell == "B3"
    assert "「高瀬市」" in takase.message and "髙瀬市（202045）" in takase.message
    assert {Path(p.location.file).name for p in result.problems} == {
        "032115_﨑坂市.xlsx",
        "202045_髙瀬市.xlsx",
        "222089_沢橋市.xlsx",
    }


def test_a_form_named_only_by_its_code_is_its_code_s_body_too(tmp_path: Path) -> None:
    """The same form named 回答.xlsx: 﨑坂市's, by its code (as before), and the real 崎坂市's its own."""
    result = _read(
        tmp_path,
        {
            "回答.xlsx": ("032115", "崎坂市", ["◎", "◎"]),
            "082201_崎坂市.xlsx": ("082201", "崎坂市", ["×"]),
        },
    )
    assert _counted(result) == {"﨑坂市": ["◎", "◎"], "崎坂市": ["×"]}
    assert result.left_out == [] and [e.message for e in result.errors] == [
        "団体一覧の 3 団体から回答のブックがありません（未回答）: 赤井市、髙瀬市、沢橋市"
    ]


def test_a_full_width_code_is_the_same_code(tmp_path: Path) -> None:
    """#4: 「０１２１８１」 is 012181, said nothing of."""
    replies = {"012181_赤井市.xlsx": ("０１２１８１", "赤井市", ["○"])}
    replies |= {name: reply for name, reply in REPLIES.items() if "赤井市" not in name}
    result = _read(tmp_path, replies)
    assert _counted(result)["赤井市"] == ["○"]
    assert [p for p in result.problems if "赤井市" in p.location.file] == []
    assert result.known_codes["赤井市"] == "012181"


def test_a_file_s_code_names_the_body_where_the_form_states_none(tmp_path: Path) -> None:
    """Its file filed under 髙瀬市's code (in full-width digits too), the form stating 高瀬市
    and no code: 髙瀬市's, the notice naming the file's code."""
    result = _read(tmp_path, {"２０２０４５_髙瀬市.xlsx": (None, "高瀬市", ["△", "○"])})
    assert _counted(result) == {"髙瀬市": ["△", "○"]}
    [said] = [p for p in result.problems if "高瀬市" in p.message]
    assert said.severity.value == "notice" and "ファイル名の団体コード 202045" in said.message


def test_bodies_folders_named_in_variant_kanji_and_full_width_codes(tmp_path: Path) -> None:
    """--bodies folder, each body's sub-folder named in variant kanji or full-width codes, its
    課's form stating its 団体名 otherwise: each body the one its code names, as with --bodies
    file — 032115_﨑坂市/ was named 坂市 and left out, 髙瀬市/'s 高瀬市 and ２２２０８９_沢橋市/'s
    澤橋市 were warnings, ２０２０４５_高瀬市/ was 高瀬市, not the list's 髙瀬市."""
    write_book(tmp_path / "団体一覧.xlsx", {"団体一覧": ROSTER})
    (tmp_path / "planeval.toml").write_text('[bodies]\nroster = "団体一覧.xlsx"\n', "utf-8")
    folders = {
        "012181_赤井市": ("012181", "赤井市", ["○"]),
        "032115_﨑坂市": ("032115", "崎坂市", ["◎", "◎"]),
        "082201_崎坂市": ("082201", "崎坂市", ["×", "×", "×"]),
        "２０２０４５_高瀬市": (None, None, ["△"]),
        "２２２０８９_沢橋市": (None, "澤橋市", ["○", "△"]),
    }
    for folder, (code, name, statuses) in folders.items():
        (tmp_path / "R8" / folder).mkdir(parents=True)
        _reply(tmp_path / "R8" / folder / "企画課.xlsx", code, name, statuses)
    roster = planeval.load_config(tmp_path / "planeval.toml").roster
    result = planeval.read_workbooks([tmp_path / "R8"], bodies="folder", roster=roster)
    assert _counted(result) == {
        "赤井市": ["○"],
        "﨑坂市": ["◎", "◎"],
        "崎坂市": ["×", "×", "×"],
        "髙瀬市": ["△"],
        "沢橋市": ["○", "△"],
    }
    assert result.bodies == ["赤井市", "﨑坂市", "崎坂市", "髙瀬市", "沢橋市"]
    assert result.errors == [] and result.left_out == []
    assert {p.severity.value for p in result.problems} == {"notice"}
    said = {Path(p.location.file).parent.name: p for p in result.problems}
    assert set(said) == {"032115_﨑坂市", "２２２０８９_沢橋市"}
    assert "フォルダ名の団体コード 222089" in said["２２２０８９_沢橋市"].message
    assert "「崎坂市」" in said["032115_﨑坂市"].message


def test_a_body_s_folder_named_as_the_list_its_form_in_variant_kanji(tmp_path: Path) -> None:
    """髙瀬市/ (no code in its name) holding a form stating 高瀬市 and 髙瀬市's code: 髙瀬市's,
    a notice at the 団体名 cell, not 「フォルダ「髙瀬市」の団体として数えています」."""
    write_book(tmp_path / "団体一覧.xlsx", {"団体一覧": ROSTER[:1] + ROSTER[4:5]})
    (tmp_path / "planeval.toml").write_text('[bodies]\nroster = "団体一覧.xlsx"\n', "utf-8")
    (tmp_path / "R8" / "髙瀬市").mkdir(parents=True)
    _reply(tmp_path / "R8" / "髙瀬市" / "企画課.xlsx", "202045", "高瀬市", ["△", "○"])
    roster = planeval.load_config(tmp_path / "planeval.toml").roster
    result = planeval.read_workbooks([tmp_path / "R8"], bodies="folder", roster=roster)
    assert _counted(result) == {"髙瀬市": ["△", "○"]}
    [said] = result.problems
    assert said.severity.value == "notice" and said.location.cell == "B3"
    assert "調査票の団体コード 202045 は団体一覧の髙瀬市（202045）" in said.message
