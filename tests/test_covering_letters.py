"""A covering letter filed with a body's replies under --bodies folder (川辺町's 送付文.pdf and
送付文.docx beside its departments' workbooks) holds no rows: it was a warning, 「川辺町の回答の
ようですが…このファイルの行は数えていません」, and marked 川辺町 「（一部未集計）」 in every table
of bodies though every reply of it was read. It is named once in a notice now, the body counted
whole; a table beside the workbooks (a .csv) still marks it, and a body that sent only a
letter is still 未回答."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import planeval
from planeval.model import Severity
from planeval.past_errors import partly_counted, uncounted_why
from tests.test_bodies_partly_counted import ANSWERS, _counted, _run, _survey

LETTERS = {"送付文.pdf": "PDF ", "送付文.docx": "Word の文書"}  # (file → its kind as said)
SETTINGS = """[scale]
preset = "aichi"

[wording]
policy = "基本方針"
project = "取組項目"
item = "取組内容"
status = "達成度"
issue = "課題"
department = "担当課"
"""


def _with_letters(root: Path, *, only_letter: str = "") -> Path:
    """Every body's replies read in full, 川辺町's sent with a covering letter as a PDF and as
    Word; with ``only_letter``, a body whose folder holds nothing but its letter."""
    folder = _survey(root, partial=False)
    (root / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    for name in LETTERS:
        (folder / "02_川辺町" / name).write_bytes(b"%PDF-1.7\n%%EOF\n")
    if only_letter:
        (folder / f"04_{only_letter}").mkdir()
        (folder / f"04_{only_letter}" / "送付文.pdf").write_bytes(b"%PDF-1.7\n%%EOF\n")
    return folder


def _notice(kind: str) -> str:
    return (
        f"読んでいないファイルです（{kind}は読みません）。川辺町の件数は、このフォルダのブックから"
        "数えました"
    )


def test_a_covering_letter_is_named_and_its_body_counted_whole(tmp_path: Path) -> None:
    folder = _with_letters(tmp_path)
    config = planeval.load_config(tmp_path / "planeval.toml")
    result = planeval.read_workbooks([folder], scale=config.scale, bodies="folder")
    assert partly_counted(result) == {} and result.uncounted_bodies == []
    said = {Path(p.location.file).name: p for p in result.problems}
    assert {name: (p.severity, p.message) for name, p in said.items()} == {
        name: (Severity.NOTICE, _notice(kind)) for name, kind in LETTERS.items()
    }
    summary = planeval.summarize(result.entries, by="body", scale=config.scale)
    assert {g.id: g.count.total for g in summary.groups} == {
        body: len(_counted(body, partial=False)) for body in ANSWERS
    }
    _, streamed = planeval.summarize_workbooks(
        [folder], scale=config.scale, bodies="folder", stream=True
    )
    assert partly_counted(streamed) == {}


def test_a_table_beside_the_workbooks_still_marks_its_body(tmp_path: Path) -> None:
    folder = _with_letters(tmp_path)
    (folder / "02_川辺町" / "福祉部_追加.csv").write_text("基本方針,番号\n", encoding="utf-8")
    config = planeval.load_config(tmp_path / "planeval.toml")
    result = planeval.read_workbooks([folder], scale=config.scale, bodies="folder")
    assert partly_counted(result) == {"川辺町": "ファイル形式が異なるため"}
    severities = {Path(p.location.file).name: p.severity for p in result.problems}
    assert severities == {
        "福祉部_追加.csv": Severity.WARNING,
        **dict.fromkeys(LETTERS, Severity.NOTICE),
    }


def test_a_body_that_sent_only_a_letter_is_still_unanswered(tmp_path: Path) -> None:
    folder = _with_letters(tmp_path, only_letter="北山村")
    config = planeval.load_config(tmp_path / "planeval.toml")
    result = planeval.read_workbooks([folder], scale=config.scale, bodies="folder")
    assert uncounted_why(result) == {"北山村": "未回答"}
    assert partly_counted(result) == {}


def test_cli_names_each_letter_once_and_marks_no_body(tmp_path: Path) -> None:
    folder = _with_letters(tmp_path)
    code, shown, said = _run(
        tmp_path, "summarize", str(folder), "--bodies", "folder", "--by", "body", "-f", "csv"
    )
    assert code == 0
    rows = list(csv.reader(io.StringIO(shown.lstrip("\ufeff"))))
    ratings = {body: _counted(body, partial=False) for body in ANSWERS}
    assert rows == [
        ["団体", "A", "B", "C", "D", "計", "集計の状況"],
        *[
            [body, *(str(got.count(s)) for s in "ABCD"), str(len(got)), ""]
            for body, got in ratings.items()
        ],
        [
            "合計",
            *(str(sum(got.count(s) for got in ratings.values())) for s in "ABCD"),
            str(sum(map(len, ratings.values()))),
            "",
        ],
    ]
    hint = "調査票の回答がこのファイルにしかなければ、Excel ブック（.xlsx）にしてこのフォルダに入れてください"
    assert (
        said.splitlines()
        == [
            *[
                line
                for name in sorted(LETTERS)  # (in Explorer's order)
                for line in (
                    f"お知らせ: {folder / '02_川辺町' / name}: {_notice(LETTERS[name])}（{hint}）",
                    "",
                )
            ][:-1],
            f"お知らせ {len(LETTERS)} 件（{len(LETTERS)} ファイル）",
        ]
    )
