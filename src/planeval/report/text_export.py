"""The report as Markdown, one accessible HTML page, CSV files and JSON, for the website."""

from __future__ import annotations

import csv
import html
import io
import json
import re
from collections.abc import Sequence

from planeval.model import entry_record
from planeval.report.document import PolicySection, Report, percentages
from planeval.report.safety import csv_text
from planeval.report.views import (
    CHAPTER3_HEADERS,
    ISSUE_HEADERS,
    chapter3_flat,
    chapter3_rows,
    issue_rows,
)

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|#])")


def _summary_rows(report: Report) -> tuple[list[str], list[list[str]]]:
    scale = report.scale
    headers = [
        "政策番号",
        "政策名",
        *scale.counted,
        "計",
        *(f"{s}（{scale.label(s)}）" for s in scale.uncounted),
        *(f"{s} 割合（%）" for s in scale.counted),
    ]
    rows = []
    for identifier, name, count in [
        *((g.id, g.name, g.count) for g in report.summary.groups),
        ("合計", "", report.summary.total),
    ]:
        numbers = [
            *(count.counts[s] for s in scale.counted),
            count.total,
            *(count.uncounted[s] for s in scale.uncounted),
            *percentages(count).values(),
        ]
        rows.append([identifier, name, *map(str, numbers)])
    return headers, rows


def _issue_rows(report: Report) -> list[list[str]]:
    return issue_rows(report.issues, full_source=True)


def _direction_title(section: PolicySection, index: int) -> str:
    direction = section.directions[index]
    return f"{direction.id} {direction.name}".strip()


# Markdown ------------------------------------------------------------------------------


def md_cell(text: str) -> str:
    """A Markdown table cell: special characters escaped, line breaks as <br>, no raw HTML."""
    text = html.escape(text, quote=False)
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    return text.replace("\r\n", "\n").replace("\n", "<br>")


def md_text(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def _md_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(md_cell(h) for h in headers) + " |"]
    lines.append("|" + "|".join("---" for _ in headers) + "|")
    lines += ["| " + " | ".join(md_cell(c) for c in row) + " |" for row in rows]
    return lines


def to_markdown(report: Report) -> str:
    lines = [f"# {md_text(report.title)}", ""]
    if report.fiscal_label:
        lines += [md_text(report.fiscal_label), ""]
    lines += ["## 集計", "", *_md_table(*_summary_rows(report)), ""]
    for section in report.policies:
        lines += [f"## {md_text(section.heading)}", "", md_text(section.sentence), ""]
        lines += [md_text(report.scale.legend()), ""]
        for index, direction in enumerate(section.directions):
            lines += [f"### {md_text(_direction_title(section, index))}", ""]
            rows = chapter3_rows(section.direction_entries(direction.id))
            lines += [*_md_table(CHAPTER3_HEADERS, rows), ""]
    lines += ["## 課題一覧", "", *_md_table(ISSUE_HEADERS, _issue_rows(report)), ""]
    return "\n".join(lines)


# HTML ----------------------------------------------------------------------------------

_STYLE = """body{font-family:"Hiragino Sans","Yu Gothic","Meiryo",sans-serif;line-height:1.7;
max-width:72em;margin:1em auto;padding:0 1em;color:#1a1a1a}
table{border-collapse:collapse;margin:0 0 1.5em;width:100%}
caption{text-align:left;font-weight:bold;padding:.3em 0}
th,td{border:1px solid #555;padding:.3em .5em;vertical-align:top;text-align:left}
thead th{background:#ddebf7}td.number{text-align:right}"""


def _h(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _html_table(
    caption: str, headers: Sequence[str], rows: Sequence[Sequence[str]], numeric: int = 99
) -> list[str]:
    out = ["<table>", f"<caption>{_h(caption)}</caption>", "<thead><tr>"]
    out += [f'<th scope="col">{_h(h)}</th>' for h in headers]
    out += ["</tr></thead>", "<tbody>"]
    for row in rows:
        cells = [
            f'<td class="number">{_h(c)}</td>' if index >= numeric else f"<td>{_h(c)}</td>"
            for index, c in enumerate(row)
        ]
        out.append("<tr>" + "".join(cells) + "</tr>")
    out += ["</tbody>", "</table>"]
    return out


def to_html(report: Report) -> str:
    title = f"{report.title}（{report.fiscal_label}）" if report.fiscal_label else report.title
    out = [
        "<!DOCTYPE html>",
        '<html lang="ja">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_h(title)}</title>",
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body>",
        "<main>",
        f"<h1>{_h(report.title)}</h1>",
    ]
    if report.fiscal_label:
        out.append(f"<p>{_h(report.fiscal_label)}</p>")
    out += [
        "<h2>集計</h2>",
        *_html_table("情報化政策別の達成状況（件・%）", *_summary_rows(report), 2),
    ]
    out.append(f"<p>{_h(report.scale.legend())}</p>")
    for section in report.policies:
        out += [f"<h2>{_h(section.heading)}</h2>", f"<p>{_h(section.sentence)}</p>"]
        for index, direction in enumerate(section.directions):
            caption = _direction_title(section, index)
            rows = chapter3_rows(section.direction_entries(direction.id))
            out += [f"<h3>{_h(caption)}</h3>", *_html_table(caption, CHAPTER3_HEADERS, rows)]
    out += ["<h2>課題一覧</h2>", *_html_table("課題一覧", ISSUE_HEADERS, _issue_rows(report))]
    out += ["</main>", "</body>", "</html>", ""]
    return "\n".join(out)


# CSV and JSON --------------------------------------------------------------------------


def _csv(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """CSV that Japanese Excel opens correctly: UTF-8 with BOM (added by the writer), CRLF,
    and no cell Excel would run as a formula."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([csv_text(h) for h in headers])
    writer.writerows([[csv_text(c) for c in row] for row in rows])
    return buffer.getvalue()


def to_csv_files(report: Report) -> dict[str, str]:
    """File name → contents: 集計.csv, 進捗状況.csv (one row per entry, one value per cell),
    課題一覧.csv."""
    flat = chapter3_flat(report.entries)
    return {
        "集計.csv": _csv(*_summary_rows(report)),
        "進捗状況.csv": _csv(flat.headers, flat.rows),
        "課題一覧.csv": _csv(ISSUE_HEADERS, _issue_rows(report)),
    }


def to_json(report: Report) -> str:
    data = {
        "title": report.title,
        "fiscal_year": report.fiscal_year,
        "fiscal_year_label": report.fiscal_label,
        "summary": report.summary.as_dict(),
        "policies": [
            {
                "id": s.group.id,
                "name": s.group.name,
                "narrative": s.sentence,
                "percentages": percentages(s.group.count),
                "directions": [
                    {
                        "id": d.id,
                        "name": d.name,
                        "entries": [entry_record(e) for e in s.direction_entries(d.id)],
                    }
                    for d in s.directions
                ],
            }
            for s in report.policies
        ],
        "issues": [entry_record(e) for e in report.issues],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
