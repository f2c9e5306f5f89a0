"""A national survey's 団体名 typed otherwise than the file's (or folder's) name of the same
body (review 29 #2): 白鳥ヶ丘市 for 015_白鳥ケ丘市.xlsx, 「白石 野市」, 「柏　木川村」,
柏木田村役場, 「架空県 川辺崎市」 are each that body — counted, named as the file (the folder)
names it in either mode, with a notice where the writing itself differs; a 団体名 of another
body (山田村 in 21_川辺町.xlsx) is still not counted, and the summary says why."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.io.body_name import same_body
from planeval.model import Severity
from tests.conftest import write_book

TOML = """[scale]
as_planned = "B"
[[scale.status]]
symbol = "A"
label = "計画以上に進捗"
[[scale.status]]
symbol = "B"
label = "計画どおり進捗"
[[scale.status]]
symbol = "C"
label = "遅れている"
needs_issue = true
[[scale.status]]
symbol = "D"
label = "未着手"
needs_issue = true
"""
TITLES = ["番号", "取組項目", "取組内容", "達成状況", "課題", "担当課"]
# each body's file, the 団体名 its clerk typed, its statuses
REPLIES = {
    "003_川辺崎市": ("架空県 川辺崎市", "ABBC"),
    "004_柏木田村": ("柏木田村役場", "BBD"),
    "008_白石野市": ("白石 野市", "AB"),
    "015_白鳥ケ丘市": ("白鳥ヶ丘市", "CBBBA"),
    "021_川辺町": ("山田村", "AA"),  # (a form copied from 山田村: another body's name)
    "173_柏木川村": ("柏\u3000木川村", "DCB"),
}
NAMED = ["川辺崎市", "柏木田村", "白石野市", "白鳥ケ丘市", "川辺町", "柏木川村"]


def _form(path: Path, stated: str, statuses: str) -> Path:
    rows: list[list[object]] = [
        ["令和5年度 自治体DX推進計画 進捗状況調査"],
        ["団体名", stated],
        TITLES,
    ]
    for number, status in enumerate(statuses, start=1):
        issue = "" if status in "AB" else "予算の確保"
        rows.append(
            [f"1-1-{number}", "電子申請", f"電子申請の取組{number}", status, issue, "企画課"]
        )
    return write_book(path, {"調査票": rows})


def _replies(tmp_path: Path, *, folders: bool) -> Path:
    top = tmp_path / ("団体別" if folders else "回収")
    for stem, (stated, statuses) in REPLIES.items():
        folder = top / stem if folders else top
        folder.mkdir(parents=True, exist_ok=True)
        _form(folder / f"{stem}.xlsx", stated, statuses)
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    return top


def _notice(file: Path, stated: str, name: str, where: str) -> tuple[str, str, str]:
    return (
        str(file),
        f"団体名のセルは「{stated}」ですが、{where}名の「{name}」と同じ団体の書き方の違いとみて、"
        f"{name}の回答として数えました",
        f"別の団体の回答なら、団体名のセルか{where}名を直してください",
    )


def test_one_body_typed_otherwise_is_counted_as_its_file_names_it(tmp_path: Path) -> None:
    top = _replies(tmp_path, folders=False)
    scale = planeval.load_config(tmp_path / "planeval.toml").scale
    read = planeval.read_workbooks([top], bodies="file", scale=scale)
    summary = planeval.summarize(read.entries, by="body", scale=scale)
    counted = {stem[4:]: statuses for stem, (_, statuses) in REPLIES.items()}
    del counted["川辺町"]
    assert [(g.id, g.count.total) for g in summary.groups] == [
        (name, len(statuses)) for name, statuses in counted.items()
    ]
    assert read.bodies == NAMED and read.uncounted_bodies == ["川辺町"]
    notices = [(p.location.file, p.message, p.hint) for p in read.problems if not p.is_error]
    assert notices == [
        _notice(top / "008_白石野市.xlsx", "白石 野市", "白石野市", "ファイル"),
        _notice(top / "015_白鳥ケ丘市.xlsx", "白鳥ヶ丘市", "白鳥ケ丘市", "ファイル"),
        _notice(top / "173_柏木川村.xlsx", "柏\u3000木川村", "柏木川村", "ファイル"),
    ]  # (柏木田村役場 and 架空県 川辺崎市 hold the file's name as written: nothing to say)
    [error] = read.errors
    assert error.location.file == str(top / "021_川辺町.xlsx")
    assert error.message.startswith(
        "団体名「山田村」と書かれたブックですが、ファイル名は川辺町です"
    )
    assert read.left_out == [str(top / "021_川辺町.xlsx")]


def test_a_body_is_one_name_by_file_and_by_folder(tmp_path: Path) -> None:
    by_file = _replies(tmp_path, folders=False)
    by_folder = _replies(tmp_path, folders=True)
    scale = planeval.load_config(tmp_path / "planeval.toml").scale
    files = planeval.read_workbooks([by_file], bodies="file", scale=scale)
    folders = planeval.read_workbooks([by_folder], bodies="folder", scale=scale)
    by_body = planeval.summarize(folders.entries, by="body", scale=scale).groups
    # (21_川辺町 stating 山田村: its folder says whose it is — counted there, with a warning)
    assert [g for g in by_body if g.id != "川辺町"] == list(
        planeval.summarize(files.entries, by="body", scale=scale).groups
    )
    assert folders.bodies == NAMED
    notices = [
        (p.location.file, p.message, p.hint)
        for p in folders.problems
        if p.severity is Severity.NOTICE
    ]
    assert notices == [
        _notice(
            by_folder / "008_白石野市" / "008_白石野市.xlsx", "白石 野市", "白石野市", "フォルダ"
        ),
        _notice(
            by_folder / "015_白鳥ケ丘市" / "015_白鳥ケ丘市.xlsx",
            "白鳥ヶ丘市",
            "白鳥ケ丘市",
            "フォルダ",
        ),
        _notice(
            by_folder / "173_柏木川村" / "173_柏木川村.xlsx",
            "柏\u3000木川村",
            "柏木川村",
            "フォルダ",
        ),
    ]


def test_the_roster_finds_a_body_written_otherwise(tmp_path: Path) -> None:
    """A file named 15_白鳥ヶ丘市 and a form stating 柏木田村役場 in a file named by number only
    are the roster's 白鳥ケ丘市 and 柏木田村: no 「団体一覧にない名前」, and named as the list names
    them (the ministry's names: review 156 #5, 佐賀県若之岡市 in the body table)."""
    folder = tmp_path / "回収"
    folder.mkdir()
    _form(folder / "15_白鳥ヶ丘市.xlsx", "", "AB")
    _form(folder / "回答_004.xlsx", "柏木田村役場", "C")
    roster = tmp_path / "団体一覧.csv"
    roster.write_text("団体名\n白鳥ケ丘市\n柏木田村\n", encoding="utf-8")
    (tmp_path / "planeval.toml").write_text(
        TOML + f'[bodies]\nroster = "{roster.name}"\n', encoding="utf-8"
    )
    result = CliRunner().invoke(
        app,
        ["summarize", str(folder), "--bodies", "file", "--by", "body", "-f", "csv",
         "--config", str(tmp_path / "planeval.toml")],
    )  # fmt: skip
    assert result.exit_code == 0 and "団体一覧" not in result.stderr  # (no 一覧にない名前)
    assert [line.split(",")[0] for line in result.stdout.splitlines()[1:3]] == [
        "白鳥ケ丘市",
        "柏木田村",
    ]  # (each as the list names it, in the list's order)


def test_only_a_writing_of_one_body_is_one_body() -> None:
    assert same_body("白鳥ヶ丘市", "白鳥ケ丘市") and same_body("ﾊｸﾁｮｳｹ丘市", "ハクチョウヶ丘市")
    assert same_body("架空県 川辺崎市", "川辺崎市") and same_body("三重県津市", "津市")
    assert same_body("柏木田村役場", "柏木田村") and same_body("東山郡川辺町", "川辺町")
    assert not same_body("白石野市", "白石市") and not same_body("大和郡山市", "山市")
    assert not same_body("府中市", "中市") and not same_body("", "")


def test_the_summary_says_why_a_file_read_was_not_counted(tmp_path: Path) -> None:
    top = _replies(tmp_path, folders=False)
    result = CliRunner().invoke(
        app,
        ["summarize", str(top), "--bodies", "file", "--by", "body", "--keep-going", "--config",
         str(tmp_path / "planeval.toml")],
    )  # fmt: skip
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == (
        f"  数えていないファイル: {top / '021_川辺町.xlsx'}（団体名「山田村」と書かれたブック"
        "ですが、ファイル名は川辺町です）"
    )


def test_a_body_with_nothing_counted_is_in_every_output(tmp_path: Path) -> None:
    """Review 29 #6: 21_川辺町 (not counted) was only in JSON's uncounted_bodies, and in no row
    of --by body-policy's CSV. Now a group (JSON) or a row (CSV) with empty counts in its
    place, its reason in JSON; the total the counted rows' alone."""
    top = _replies(tmp_path, folders=False)
    config = ["--config", str(tmp_path / "planeval.toml"), "--keep-going"]

    def run(by: str, fmt: str) -> str:
        args = ["summarize", str(top), "--bodies", "file", "--by", by, "-f", fmt, *config]
        return CliRunner().invoke(app, args).stdout

    statuses = {stem[4:]: s for stem, (_, s) in REPLIES.items() if stem != "021_川辺町"}
    data = json.loads(run("body", "json"))
    assert [(g["body"], g["total"], g.get("not_counted")) for g in data["groups"]] == [
        (body, None, "記入に不備があったため")
        if body == "川辺町"
        else (body, len(statuses[body]), None)
        for body in NAMED
    ]
    assert data["total"]["total"] == sum(map(len, statuses.values()))
    by_policy = json.loads(run("body-policy", "json"))["groups"]
    assert [g["body"] for g in by_policy] == NAMED  # (one policy each: 1-1-n)
    [blank] = [g for g in by_policy if g["body"] == "川辺町"]
    assert (blank["id"], blank["counts"], blank["total"]) == ("", None, None)
    rows = run("body-policy", "csv").lstrip("\ufeff").splitlines()
    assert rows[0] == "団体,番号,名称,A,B,C,D,計,集計の状況"
    # (a body with nothing counted: its name alone, why in 集計の状況 — review 78b)
    assert [row.split(",")[0] for row in rows[1:]] == [*NAMED, "合計"]
    assert (
        rows[1 + NAMED.index("川辺町")] == "川辺町" + "," * 8 + "未集計（記入に不備があったため）"
    )


def test_a_stray_symbol_is_no_other_preset(tmp_path: Path) -> None:
    """Review 29 #7: one 'E' among a survey's A–D was told to switch to preset "hirakata"."""
    top = tmp_path / "回収"
    top.mkdir()
    _form(top / "011_西川浦村.xlsx", "西川浦村", "ABECD")
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    scale = planeval.load_config(tmp_path / "planeval.toml").scale
    [said] = planeval.read_workbooks([top], bodies="file", scale=scale).errors
    assert said.location.cell == "D6" and said.hint.startswith(
        "この尺度の記号のどれかを書いてください"
    )
