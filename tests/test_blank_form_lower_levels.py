"""A form sent back blank lists each of its rows 「未集計（エラー）」 where its body is counted from
another file (error_rows.rows_in_error) — its items as a filled form counts them: an item line
over its lower levels (② over ア, イ) is no row of its own, its ア and イ are (the reader makes a
blank item line's row only where no lower level follows it, io/left_rows.wait_blank)."""

from __future__ import annotations

from pathlib import Path

import planeval
from planeval.error_rows import rows_in_error
from tests.conftest import write_book

HEADER = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等", "所管部"]


def _form(path: Path, project: str, statuses: list[str | None]) -> None:
    """A department's form: project ``project`` with ① rated, ② over its ア and イ, and ③."""
    items = ["① 取組1", "② 取組2", "\u3000ア 細目A", "\u3000イ 細目B", "③ 取組3"]
    rows: list[list[object]] = [["情報化政策1 区民の力"], HEADER, [project.rsplit("-", 1)[0]]]
    for n, (item, status) in enumerate(zip(items, statuses, strict=True)):
        rows.append([f"{project} 事業" if n == 0 else None, item, status, None, "総務部"])
    path.parent.mkdir(parents=True, exist_ok=True)
    write_book(path, {"進捗状況": rows})


def test_a_blank_forms_item_line_over_its_lower_levels_is_no_row_of_its_own(
    tmp_path: Path,
) -> None:
    _form(tmp_path / "県" / "山田村" / "企画課.xlsx", "1-1-1", ["○", None, "○", "△", "◎"])
    _form(tmp_path / "県" / "山田村" / "総務課.xlsx", "1-2-1", [None] * 5)
    result = planeval.read_workbooks([tmp_path / "県"], bodies="folder")
    listed = [(row.project_id, row.item_label, row.sub_item) for row in rows_in_error(result)]
    assert listed == [
        ("1-2-1", "①", None),
        ("1-2-1", "②", "ア 細目A"),
        ("1-2-1", "②", "イ 細目B"),
        ("1-2-1", "③", None),
    ]
