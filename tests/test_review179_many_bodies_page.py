"""Review 179 #5: the national export's web page was 190,000 px tall on a phone, 団体別集計's
1,045 cards before the 分野 sections and 課題一覧, which a reader who scrolled never reached.
Of more than MANY_BODIES bodies 団体別集計 is now the page's last section, its rows grouped by
都道府県 — the first two digits of each 団体コード — each group under a heading row that the
目次 and a line under the section's heading link to; of fewer, the page is as it was."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import planeval
from planeval.model import Entry, Location
from planeval.report.document import MANY_BODIES
from planeval.report.html_bodies import PREFECTURES

PLACES = ("01", "13", "47")  # 北海道, 東京都, 沖縄県


def _entry(body: str, item: int, status: str) -> Entry:
    return Entry(
        Location(f"{body}.xlsx"), "1", "1-1", "1-1-1", "", item, str(item), f"取組{item}",
        None, status, status, issue="遅れ" if status == "×" else "", body=body,
    )  # fmt: skip


def _page(tmp_path: Path, bodies: int) -> tuple[str, dict[str, str]]:
    """The page of ``bodies`` bodies in three prefectures (the last of no code), and the codes."""
    names = [f"町{n:03d}" for n in range(bodies)]
    codes = {name: f"{PLACES[n % 3]}{n:03d}1" for n, name in enumerate(names[:-1])}
    entries = [_entry(name, k, "◎○△×"[(n + k) % 4]) for n, name in enumerate(names) for k in (1, 2)]
    report = planeval.build_report(entries, bodies=names, codes=codes)
    planeval.export(report, html=tmp_path / "報告.html")
    return (tmp_path / "報告.html").read_text("utf-8"), codes


def _sections(page: str) -> list[str]:
    return re.findall(r'<h2 id="([^"]+)"', page)


def test_many_bodies_come_last_grouped_by_prefecture(tmp_path: Path) -> None:
    page, codes = _page(tmp_path, MANY_BODIES + 2)
    assert _sections(page) == ["contents-h", "summary-h", "policy1", "issues-h", "bodies-h"]
    contents = page[page.index("<nav") : page.index("</nav>")]
    assert re.findall(r'<li><a href="#([^"]+)">', contents)[-1] == "bodies-none"
    assert contents.index('href="#issues-h"') < contents.index('href="#bodies-h"')
    # (each group a heading row, its bodies under it, linked from the 目次 and the section)
    table = page[page.index('id="bodies-h"') :]
    wanted = Counter(code[:2] for code in codes.values())
    headings = re.findall(r'<th scope="rowgroup"[^>]* id="bodies-(\w+)"[^>]*>([^<]*)</th>', table)
    titles = [f"{key} {PREFECTURES[int(key) - 1]}（{wanted[key]}団体）" for key in PLACES]
    assert headings == [*zip(PLACES, titles, strict=True), ("none", "団体コードなし（1団体）")]
    for key, _title in headings:
        assert f'href="#bodies-{key}"' in contents and table.count(f'href="#bodies-{key}"') == 1
    parts = re.split(r'<th scope="rowgroup"[^>]* id="bodies-(\w+)"', table)[1:]
    for key, part in zip(parts[::2], parts[1::2], strict=True):
        shown = re.findall(r'<td class="id">(\d*)</td>', part)
        if key == "none":  # (the body of no code, then 合計)
            assert shown == ["", ""]
        else:
            assert shown and all(code[:2] == key for code in shown)
            assert len(shown) == wanted[key]
    assert table.index("団体コードなし") < table.index(">合計</th>")


def test_a_hundred_bodies_are_as_they_were(tmp_path: Path) -> None:
    page, _codes = _page(tmp_path, MANY_BODIES)
    assert _sections(page) == ["contents-h", "summary-h", "bodies-h", "policy1", "issues-h"]
    assert 'scope="rowgroup"' not in page and "都道府県の一覧" not in page
