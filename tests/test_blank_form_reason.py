"""A body whose form came back as it was given (every status blank: blanks.unanswered_forms)
is named with that reason wherever bodies are listed — 「緑町（未記入の調査票）」, a body counted
in part 「山田村（未記入の調査票）」 — not 「記入に不備があったため」 (review 34), which stays the reason of a
body whose rows are in error."""

from __future__ import annotations

from pathlib import Path

import planeval
from planeval.past_errors import partly_counted, uncounted_why
from tests.conftest import write_book

HEADER = ["番号", "計画事業", "実施内容", "達成状況", "課題等"]


def _form(path: Path, project: str, statuses: list[str]) -> None:
    rows: list[list[object]] = [["令和5年度 取組状況調査票"], HEADER]
    for number, status in enumerate(statuses, start=1):
        rows.append([f"{project}-{number}", "電子化の推進", f"① 取組{number}", status, ""])
    path.parent.mkdir(parents=True, exist_ok=True)
    write_book(path, {"調査票": rows})


def test_a_body_that_sent_its_form_back_blank_is_named_so(tmp_path: Path) -> None:
    _form(tmp_path / "回収" / "青葉市.xlsx", "1-1", ["◎", "○", "○"])
    _form(tmp_path / "回収" / "緑町.xlsx", "1-1", ["", "", "", ""])
    _form(tmp_path / "回収" / "西川村.xlsx", "1-1", ["○", "まる"])  # (a typo: an error)
    result = planeval.read_workbooks([tmp_path / "回収"], bodies="file")
    assert uncounted_why(result) == {"緑町": "未記入の調査票"}
    assert partly_counted(result) == {"西川村": "記入に不備があったため"}


def test_a_department_that_sent_its_form_back_blank_leaves_its_body_counted_in_part(
    tmp_path: Path,
) -> None:
    _form(tmp_path / "県" / "山田村" / "企画課.xlsx", "1-1", ["○", "○", "△"])
    _form(tmp_path / "県" / "山田村" / "総務課.xlsx", "1-2", ["", "", "", ""])
    _form(tmp_path / "県" / "青葉市" / "企画課.xlsx", "1-1", ["◎", "○"])
    result = planeval.read_workbooks([tmp_path / "県"], bodies="folder")
    assert partly_counted(result) == {"山田村": "未記入の調査票"}
    assert uncounted_why(result) == {}
