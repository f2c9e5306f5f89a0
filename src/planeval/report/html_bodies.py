"""団体別集計 of many bodies on the web page (review 179 #5): a national survey's 1,045 bodies
were 180,000 px of cards on a phone before the 分野 sections and 課題一覧, which a reader who
scrolled never reached. Of more than MANY_BODIES bodies the table comes last, after 課題一覧
(Report.bodies_last: as in the workbook and the Word document),
its rows grouped by 都道府県 — the first two digits of each body's 団体コード (01 北海道 … 47
沖縄県) — each group under a heading row linked from the 目次 and from a line of links under
the table's heading. A table of fewer bodies, or of bodies not coded in two prefectures or
more, is as it was (its place after 集計, one run of rows)."""

from __future__ import annotations

import html

from planeval.report.coded_bodies import body_codes, body_keys, table_codes
from planeval.report.document import Report, total_at
from planeval.report.html_cells import ROW_HEADING, html_text

PREFECTURES = (
    *("北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県"),
    *("栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県"),
    *("石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県"),
    *("滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県"),
    *("岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県"),
    *("佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県"),
)
_UNCODED = "団体コードなし"  # (a body the roster gives no code: its group, last)


def prefecture(code: str) -> str:
    """The prefecture code (「01」) of a 団体コード of 5 or 6 digits, "" of any other."""
    digits = code.strip()
    if len(digits) in (5, 6) and digits.isascii() and digits.isdigit():
        return digits[:2] if 1 <= int(digits[:2]) <= len(PREFECTURES) else ""
    return ""


def _keys(report: Report) -> list[str]:
    """Each row's group up to 合計 (the last but its うち重点 lines): its body's prefecture, a うち重点 line its
    body's; [] unless the bodies are many and of two prefectures or more."""
    table = report.body_table
    if table is None or not report.bodies_last:
        return []
    codes = body_codes(table_codes(table, report.codes), body_keys(table))
    keys: list[str] = []
    for row, code in zip(table.rows[: total_at(table)], codes, strict=False):
        keys.append(keys[-1] if row.sub and keys else prefecture(code))
    return keys if len(set(keys) - {""}) > 1 else []


def _title(key: str) -> str:
    return f"{key} {PREFECTURES[int(key) - 1]}" if key else _UNCODED


def _order(key: str) -> str:
    return key or "99"  # (the bodies of no code last)


def prefecture_links(report: Report) -> list[tuple[str, str]]:
    """Each group's title (「01 北海道」) and anchor, in prefecture order; [] where the rows
    are not grouped."""
    keys = sorted(set(_keys(report)), key=_order)
    return [(_title(key), f"bodies-{key or 'none'}") for key in keys]


def grouped_rows(report: Report, rows: list[str], columns: int) -> list[str]:
    """団体別集計's ``rows`` (HTML, one a table row, 合計 last) in prefecture groups, each
    after a heading row of ``columns`` columns naming it and its number of bodies; ``rows``
    as they are where not grouped."""
    keys = _keys(report)
    if not keys:
        return rows
    table = report.body_table
    assert table is not None
    out: list[str] = []
    for key in sorted(set(keys), key=_order):
        members = [i for i, k in enumerate(keys) if k == key]
        bodies = sum(not table.rows[i].sub for i in members)
        title = html_text(f"{_title(key)}（{bodies:,}団体）")
        anchor = html.escape(f"bodies-{key or 'none'}")
        out += ["</tbody><tbody>"] * bool(out)
        out.append(
            f'<tr><th scope="rowgroup" colspan="{columns}" id="{anchor}" style="{ROW_HEADING}">'
            f"{title}</th></tr>"
        )
        out += [rows[i] for i in members]
    return [*out, "</tbody><tbody>", *rows[len(keys) :]]  # (合計, its うち重点 lines)


def links_html(links: list[tuple[str, str]]) -> list[str]:
    """The line of links to the groups under 団体別集計's heading, each by its name alone
    (「北海道」: 47 on a few lines of a phone), none where not grouped."""
    if not links:
        return []
    linked = "　".join(
        f'<a href="#{a}">{html_text(t.partition(" ")[2] or t)}</a>' for t, a in links
    )
    return [f'<nav aria-label="都道府県"><p>都道府県：{linked}</p></nav>']


def contents_list(links: list[tuple[str, str]]) -> str:
    """The 目次's folded list of the groups, under 団体別集計 (none where not grouped)."""
    if not links:
        return ""
    items = "".join(f'<li><a href="#{a}">{html_text(t)}</a></li>' for t, a in links)
    return f"<details><summary>都道府県の一覧</summary><ol>{items}</ol></details>"
