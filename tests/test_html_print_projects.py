"""The web page printed and read, review 130: a project's rows kept on one page where they fit,
and one longer than a page leaving no shading of its name's cell below the table (#1); texts
broken between their phrases, never inside a word nor a 【拡充】 (#3)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

import planeval
from planeval.model import Entry, Location
from planeval.report.building import build_report
from planeval.report.html_export import to_html
from tests.test_html_print_and_widths import _printed
from tests.test_outputs_browser import CHROMIUM, laid_out

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")


def _page(folder: Path, projects: dict[str, int], *, issue: str = "課題が残る。") -> Path:
    """Each policy's one direction of ``projects`` (its number: its items), an issue text
    beside every other item (rows of one and two lines)."""
    entries, row = [], 5
    for project, items in projects.items():
        policy = project.split("-")[0]
        for n in range(1, items + 1):
            row += 1
            entries.append(
                Entry(
                    Location("進捗.xlsx", "第3章", f"D{row}"), policy, f"{policy}-1", project,
                    f"事業{project}の推進", n, str(n), f"実施内容{project}-{n}の充実", None,
                    "○", "○", issue * (n % 2 * 3), direction_name=f"施策{policy}-1の名前",
                    policy_name=f"政策{policy}の名前",
                )
            )  # fmt: skip
    page = folder / "計画.html"
    page.write_text(to_html(build_report(entries, planeval.DEFAULT_SCALE)), encoding="utf-8")
    return page


def test_printed_a_project_s_rows_are_on_one_page(tmp_path: Path) -> None:
    """世田谷区's 1-1-1, its policy's first project, ran from page 1 to page 2, ④⑤ under an
    empty cell naming nothing (review 130 #1): each project's rows that fit a page are
    printed on one."""
    projects = {f"{p}-1-{j}": 5 for p in (1, 2, 3, 4) for j in (1, 2, 3)}
    _pdf, pages = _printed(_page(tmp_path, projects), tmp_path)
    printed = [(n, line) for n, lines in enumerate(pages) for line in lines]
    chapter3 = printed[: printed.index(next(p for p in printed if p[1] == "課題一覧"))]
    for project in projects:
        on = {n for n, line in chapter3 if f"実施内容{project}-" in line}
        assert len(on) == 1, (project, sorted(on))


def _shaded(pdf: Path, page: int) -> int:
    """The pixels of ``page`` (from 1) printed in a pale blue (a row header's shading)."""
    ppm = subprocess.run(
        ["pdftoppm", "-r", "30", "-f", str(page), "-l", str(page), str(pdf)],
        capture_output=True,
        check=True,
    ).stdout
    _magic, size, _most, data = ppm.split(b"\n", 3)
    width, height = map(int, size.split())
    pixels = zip(data[0 : 3 * width * height : 3], data[2 : 3 * width * height : 3], strict=True)
    return sum(red >= 235 and blue - red >= 5 for red, blue in pixels)


def test_printed_a_project_longer_than_a_page_leaves_no_shading_below_its_table(
    tmp_path: Path,
) -> None:
    """A project cell printed over a page break was shaded a centimetre below its table's last
    row, and its rows on the next page sat under an empty shaded cell (review 130 #1)."""
    _pdf, pages = _printed(_page(tmp_path, {"1-1-1": 3, "1-1-2": 60}, issue=""), tmp_path)
    pdf = tmp_path / "印刷.pdf"
    of_project = [
        number
        for number, lines in enumerate(pages, start=1)
        if any("実施内容1-1-2-" in line for line in lines)
    ]
    assert len(of_project) >= 2
    for number in of_project:
        assert "集計" not in pages[number - 1], number  # (集計's row headers are shaded)
        assert _shaded(pdf, number) == 0, number


BREAKS = """
window.addEventListener("load", () => setTimeout(() => {
  const doc = document.querySelector("iframe").contentDocument;
  const out = [];
  for (const cell of doc.querySelectorAll("h1, tbody td, tbody th")) {
    if (!cell.getClientRects().length) continue;
    const text = cell.textContent, tops = [];
    const walker = doc.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < node.data.length; i++) {
        const range = doc.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = [...range.getClientRects()].find((r) => r.width > 0);
        tops.push(rect ? rect.top : null);
      }
    }
    const at = [];
    let last = null;
    tops.forEach((top, i) => {
      if (top === null) return;
      if (last !== null && top - last > 4) at.push(i);
      last = top;
    });
    if (at.length) out.push([text, at]);
  }
  document.body.setAttribute("data-laid-out", JSON.stringify(out));
}, 100));
"""

# words a line broke inside (review 130 #3: 「検討／し」「実／施する。」「推／進」「【拡／充】」「集／計結果」)
WORDS = ("検討し", "実施する", "推進", "【拡充】", "【新規】", "集計結果", "方針", "廃止")


def _broken_inside(seen: object) -> list[str]:
    assert isinstance(seen, list)
    broken = []
    for text, at in seen:
        for word in WORDS:
            start = text.find(word)
            while start >= 0:
                broken += [text] * any(start < i < start + len(word) for i in at)
                start = text.find(word, start + 1)
    assert seen, "no text broke over lines: the page tests nothing"
    return broken


def _reform_page(folder: Path) -> Path:
    """A 集中改革プラン's texts (緑ヶ丘市's 「…について検討し、実施する。」 beside a wide
    目標) and 世田谷区's 「…の推進【拡充】」 names, under a survey's title."""
    entries = []
    for n in range(1, 13):
        entries.append(
            Entry(
                Location("進捗.xlsx", "進捗状況", f"E{n + 4}"), "1", "1-1", f"1-1-{n % 4 + 1}",
                ["行政手続のオンライン化の推進【拡充】", "庁内のデジタル化の推進【新規】",
                 "公共施設の在り方の見直しと廃止検討の推進", "窓口サービスの推進"][n % 4],
                n, str(n),
                ["スポーツ施設の廃止検討について検討し、実施する。",
                 "保育所運営の在り方について検討し、実施する。",
                 "関係機関と協議を進め、方針を変更して実施する。"][n % 3],
                None, "○", "○",
                "計画どおり進めたが、目標を達成しなかったため方針を変更して検討し、実施する。",
                direction_name="施策1-1の名前", policy_name="政策1の名前",
            )
        )  # fmt: skip
    report = build_report(
        entries, planeval.DEFAULT_SCALE, title="令和6年度 自治体DX推進状況調査 集計結果"
    )
    page = folder / "改革.html"
    page.write_text(to_html(report), encoding="utf-8")
    return page


@pytest.mark.parametrize("width", [1280, 390])
def test_texts_break_between_their_phrases(tmp_path: Path, width: int) -> None:
    """At 1280 px 緑ヶ丘市's 取組内容 broke 「検討／し」「実／施する。」 beside a wide column,
    at 390 px the title 「…調査 集／計結果」, and printed 「推進【拡／充】」 (review 130 #3)."""
    seen = laid_out(_reform_page(tmp_path), width, BREAKS)
    assert _broken_inside(seen) == [], json.dumps(seen, ensure_ascii=False)[:2000]
