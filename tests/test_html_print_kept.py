"""The web page printed: a table of a few rows whole on one page with its heading and
caption — 東浜市's 基本方針4-3, three rows, ran onto the next page without its name; 世田谷区's
課題一覧 of ten rows left one on the last page (review 134 #3, #10) —, a longer table's last
row never alone and its header never apart from its caption."""

from __future__ import annotations

import re

import planeval
from planeval.model import Entry, Location
from planeval.report.building import build_report
from planeval.report.html_cells import KEPT_ROWS
from planeval.report.html_export import to_html
from planeval.report.html_style import STYLE


def _page(projects: dict[str, int]) -> str:
    entries, row = [], 5
    for project, items in projects.items():
        for n in range(1, items + 1):
            row += 1
            entries.append(
                Entry(
                    Location("進捗.xlsx", "第3章", f"D{row}"), "1", project[:3], project,
                    f"事業{project}の推進", n, str(n), f"実施内容{project}-{n}の充実", None,
                    "○", "△", "課題が残る。", direction_name=f"施策{project[:3]}の名前",
                    policy_name="政策1の名前",
                )
            )  # fmt: skip
    return to_html(build_report(entries, planeval.DEFAULT_SCALE))


def _boxes(page: str) -> dict[str, str]:
    """Each table's caption id: its box's classes."""
    found = re.findall(r'<div class="([^"]*)">\n<table[^>]*>\n<caption id="([^"]*)"', page)
    return {table: box for box, table in found}


def test_a_table_of_a_few_rows_is_printed_whole_on_one_page() -> None:
    page = _page({"1-1-1": 1, "1-1-2": 1, "1-1-3": 1, "1-2-1": KEPT_ROWS + 1})
    boxes = _boxes(page)
    assert "kept" in boxes["d1-1"].split()  # (three projects of a row each)
    assert "kept" not in boxes["d1-2"].split()  # (longer: its header repeated on each page)
    assert "kept" not in boxes["issues"].split()  # (16 rows)
    printed = STYLE[STYLE.index("@media print") :]
    assert ".table-box.kept{break-inside:avoid}" in printed


def test_a_longer_table_keeps_its_last_row_and_its_caption_company() -> None:
    printed = STYLE[STYLE.index("@media print") :]
    [avoided] = re.findall(r"([^{}]*)\{break-before:avoid\}", printed.split(".kept")[1])
    assert set(avoided.split(",")) == {"thead", "tbody:only-of-type>tr:last-child"}


def test_a_longer_table_names_its_direction_on_every_printed_page() -> None:
    """Its rows run onto the next page under their header only: the direction named in a header
    row printed alone (the browser repeats a table's header on each page), as Word's title row
    and Excel's 「…（続き）」 name it; none on screen, where its heading stands above it."""
    page = _page({"1-1-1": 1, "1-2-1": KEPT_ROWS + 1})
    heads = dict(
        re.findall(
            r'<caption id="([^"]*)">[^\n]*\n(?:<colgroup>.*?</colgroup>)?(<thead>.*?</thead>)', page
        )
    )
    named = re.findall(
        r'<tr class="named"><th scope="colgroup" colspan="(\d+)">(.*?)</th></tr>', heads["d1-2"]
    )
    assert [(int(span), re.sub("<[^>]+>", "", name)) for span, name in named] == [
        (heads["d1-2"].count('<th scope="col"'), "1-2 施策1-2の名前")
    ]
    assert "named" not in heads["d1-1"]  # (kept on one page with its heading)
    screen, printed = STYLE.split("@media print")
    assert "thead tr.named{display:none}" in screen
    assert "thead tr.named{display:table-row}" in printed
