"""A national survey's bodies by the ministry's list (review 156 #5): a form stating
「佐賀県若之岡市」 put that name in the body table, the list's 若之岡市 nowhere, and compare
called it another body's; 372145_青根X市_回答.xlsx, stating 青根市 and the list's 372145, was
counted without a word of its file's name."""

from __future__ import annotations

from pathlib import Path

import planeval
from tests.test_roster import _reply

_LIST = "団体コード,団体名\n372145,青根市\n412040,若之岡市\n"


def _read(tmp_path: Path, replies: dict[str, tuple[str, str]]) -> planeval.ReadResult:
    folder = tmp_path / "R7回答"
    folder.mkdir()
    for file, (code, name) in replies.items():
        _reply(folder / file, code, name, ["○", "△"])
    (tmp_path / "団体一覧.csv").write_text(_LIST, "utf-8")
    listed = planeval.read_roster(tmp_path / "団体一覧.csv", planeval.Limits())
    return planeval.read_workbooks([folder], bodies="file", roster=listed)


def test_a_name_stated_after_its_prefecture_is_the_list_s_name(tmp_path: Path) -> None:
    read = _read(
        tmp_path,
        {
            "372145_青根市.xlsx": ("372145", "青根市"),
            "【令和7年度DX調査】佐賀県若之岡市.xlsx": ("412040", "佐賀県若之岡市"),
        },
    )
    assert read.bodies == ["青根市", "若之岡市"]
    summary = planeval.summarize(read.entries, by="body")
    assert [(group.id, group.count.total) for group in summary.groups] == [
        ("青根市", 2),
        ("若之岡市", 2),
    ]
    assert read.known_codes == {"青根市": "372145", "若之岡市": "412040"}
    assert read.problems == []


def test_a_file_named_otherwise_than_its_code_s_body_is_said(tmp_path: Path) -> None:
    read = _read(
        tmp_path,
        {
            "372145_青根X市_回答.xlsx": ("372145", "青根市"),
            "412040_若之岡市.xlsx": ("412040", "若之岡市"),
        },
    )
    assert read.bodies == ["青根市", "若之岡市"]
    file = str(tmp_path / "R7回答" / "372145_青根X市_回答.xlsx")
    assert [(p.location.file, p.severity.value, p.message, p.hint) for p in read.problems] == [
        (
            file,
            "notice",
            "ファイル名の「青根X市」は、団体一覧にない団体名です。ファイル名の団体コード 372145 と"
            "調査票の団体名「青根市」はどちらも団体一覧の青根市（372145）のため、青根市の回答として"
            "数えました",
            "ファイル名の「青根X市」を「青根市」に直してください。青根X市の回答なら、調査票の団体名と"
            "団体コードを直してください",
        )
    ]
