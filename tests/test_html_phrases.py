"""The web page's table cells of names and free text broken only between their phrases
(review 134 #7: the browser's own phrases broke 「周知方／法の見直しが課題。」 at 1280 px,
「成年後／見制度利用促進事業」 and 「健康診断対象者データの管理方／法を調整中」 printed)."""

from __future__ import annotations

from pathlib import Path

import pytest

import planeval
from planeval.report.building import build_report
from planeval.report.html_export import to_html
from planeval.report.html_phrases import phrased
from tests.conftest import SEED_WORKBOOK
from tests.test_outputs_browser import CHROMIUM, laid_out

browser = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")


def test_a_cell_s_text_has_a_break_only_between_its_phrases() -> None:
    assert phrased("周知方法の見直しが課題。") == "周知<wbr>方法の<wbr>見直しが<wbr>課題。"
    assert phrased("健康診断対象者データの管理方法を調整中") == (
        "健康<wbr>診断<wbr>対象者<wbr>データの<wbr>管理<wbr>方法を<wbr>調整中"
    )
    # (a long run of kanji, where the guess of its words goes wrong: whole, as the browser
    # kept it; a last character with the phrase before it, no 「データセット／数」)
    assert phrased("成年後見制度利用促進事業") == "成年後見制度利用促進事業"
    assert phrased("公開データセット数") == "公開<wbr>データセット数"
    assert phrased("1-1-1 ICTの高度化\n（再掲）") == (
        '<span class="id">1-1-1</span> ICTの<wbr>高度化<br>（再掲）'
    )


# each line break inside a table's cell of names or free text, where it is not at a <wbr>, a
# <br> or a space, nor inside a phrase wider than the cell
BROKEN = """
window.addEventListener("load", () => setTimeout(() => {
  const doc = document.querySelector("iframe").contentDocument;
  const cells = doc.querySelectorAll(
    ":is(table.chapter3,table.issues) :is(th[scope=row],td.item,td.issue)");
  const found = [];
  let lines = 0;
  for (const cell of cells) {
    const room = cell.clientWidth;
    const walker = doc.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    let top = null, node;
    while ((node = walker.nextNode())) {
      const range = doc.createRange();
      range.selectNodeContents(node);
      const wide = range.getBoundingClientRect().width >= room - 16;
      for (let at = 0; at < node.length; at++) {
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        const rect = range.getClientRects()[0];
        if (!rect) continue;
        if (top !== null && rect.top > top + 2) {
          lines++;
          const before = at ? node.data[at - 1] : "";
          const after = node.data[at];
          if (at && before !== " " && after !== " " && !wide) {
            found.push(node.data.slice(0, at) + "／" + node.data.slice(at));
          }
        }
        top = rect.top;
      }
    }
  }
  document.body.setAttribute("data-laid-out", JSON.stringify({lines, found}));
}, 100));
"""


@browser
@pytest.mark.parametrize("width", [390, 1280])
def test_no_cell_of_the_page_breaks_inside_a_phrase(tmp_path: Path, width: int) -> None:
    entries = planeval.read_workbooks([SEED_WORKBOOK]).entries
    page = tmp_path / "第3章.html"
    page.write_text(to_html(build_report(entries, planeval.DEFAULT_SCALE, fiscal_year=2021)))
    seen = laid_out(page, width, BROKEN)
    assert isinstance(seen, dict)
    assert seen["lines"] > 20 and seen["found"] == [], seen
