"""A prefecture's HTML report on a phone (review 150 #10): its bodies name 基本方針1 otherwise
(行政のデジタル化, スマート自治体の推進), so the 集計 table gives the policies no name — and a
phone's card, its column titles hidden, said only 「1」「2」. Each such row carries its level's
word (data-word), said before its number on a phone's card: 「基本方針1」, as its headings."""

from __future__ import annotations

import re
from pathlib import Path

import planeval
from planeval.model import Entry, Location
from planeval.wording import configured

# (body, policy, policy's name in that body's plan, status)
ROWS = [
    ("青浜市", "1", "行政のデジタル化", "○"),
    ("青浜市", "2", "地域社会のデジタル化", "◎"),
    ("南台市", "1", "スマート自治体の推進", "△"),
    ("南台市", "2", "暮らしのデジタル化", "○"),
]


def test_a_policy_of_no_name_is_its_word_and_number_on_a_phone(tmp_path: Path) -> None:
    wording = configured(planeval.load_config(None).wording, {"policy": "基本方針"})
    entries = [
        Entry(Location(f"{body}.xlsx", "s", f"E{n}"), policy, "", f"{policy}-1", "施策", 1, "①",
              "取組", None, status, status, body=body, policy_name=name)
        for n, (body, policy, name, status) in enumerate(ROWS, start=2)
    ]  # fmt: skip
    report = planeval.build_report(entries, wording=wording)
    [page] = planeval.export(report, html=tmp_path / "報告.html").files
    text = page.read_text(encoding="utf-8")
    summary = text[text.index('<table class="summary') : text.index("</table>")]
    heads = re.findall(r'<tr><th scope="row"([^>]*)>([^<]*)</th>', summary)
    policies = sorted({policy for _body, policy, _name, _status in ROWS})
    assert [(attrs, shown) for attrs, shown in heads if shown != "合計"] == [
        (' data-word="基本方針"', policy) for policy in policies
    ]
    assert ("", "合計") in heads  # (合計 is no 基本方針)
    # (the card says the word before the number; a wide table keeps its 基本方針番号 column)
    assert "th[data-word]::before{content:attr(data-word)}" in text
