"""Review 186 #4 (東三河県ITプラン): under the heading 基本目標1 each export's count sentence
named the 施策 the rows came from, 「「1-1 行政手続のオンライン化」「1-2 県民サービスのデジタル化」
では、5つの項目の11の指標を評価しました。」 — a long list for a 基本目標 of many 施策. The sentence
names the group its heading is about, 「基本目標1「…」では、…」, in every export format."""

from __future__ import annotations

import re
from pathlib import Path

from docx import Document
from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.higashimikawa_forms import SETTINGS, write_round

FIRST = (
    "基本目標1「県民の利便性を高めるデジタル行政の推進」では、2つの項目の4つの指標を評価しました。"
    "個別の指標の評価は、A（達成率100%以上）2指標、B（80%以上100%未満）1指標、"
    "C（50%以上80%未満）1指標でした。"
)
SECOND = (
    "基本目標2「暮らしと産業を支えるデジタル社会の実現」では、1つの項目の2つの指標を評価しました。"
    "個別の指標の評価は、B（80%以上100%未満）1指標、D（50%未満）1指標でした。"
)


def _said(texts: list[str]) -> list[str]:
    return [text for text in texts if "を評価しました" in text and not text.startswith("計画全体")]


def test_each_policy_s_sentence_names_the_policy_in_every_format(tmp_path: Path) -> None:
    (tmp_path / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    write_round(tmp_path / "R6")
    out = {kind: tmp_path / f"r.{kind}" for kind in ("md", "html", "docx", "xlsx")}
    args = [str(tmp_path / "R6"), "--config", str(tmp_path / "planeval.toml")]
    done = CliRunner().invoke(
        app, ["export", *args, *(part for k, p in out.items() for part in (f"--{k}", str(p)))]
    )
    assert done.exit_code == 0, done.output
    md = out["md"].read_text(encoding="utf-8").splitlines()
    assert _said(md) == [FIRST, SECOND]
    html = re.findall(r"<p>([^<]*)</p>", out["html"].read_text(encoding="utf-8"))
    assert _said(html) == [FIRST, SECOND]
    docx = [p.text for p in Document(str(out["docx"])).paragraphs]
    assert _said(docx) == [FIRST, SECOND]
    book = load_workbook(out["xlsx"])
    # (the line breaks the sheet sets for print: report/breaks.py)
    cells = [c.value.replace("\n", "") for s in book for r in s.iter_rows() for c in r
             if isinstance(c.value, str)]  # fmt: skip
    assert _said(cells) == [FIRST, SECOND]
