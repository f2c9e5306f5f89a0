"""The report as Markdown, CSV files and JSON (the web page: html_export.py).

Public formats carry what the public reads: no file, sheet or cell unless ``with_sources``
(internal use), no column that no row uses.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence

from planeval.cells import CSV_FILES
from planeval.count import Count
from planeval.item_groups import items_listed, unrated_counts
from planeval.report.chapter3_flat import chapter3_flat
from planeval.report.chapter3_rows import DirectionTable
from planeval.report.coded_bodies import body_keys, table_codes, with_codes
from planeval.report.count_captions import issues_caption, summary_caption
from planeval.report.count_rows import states_apart
from planeval.report.document import Report, percentages
from planeval.report.indicator_values import with_figures
from planeval.report.issue_list import csv_issues
from planeval.report.json_text import json_text
from planeval.report.reason_lists import notes_under
from planeval.report.render import csv_document
from planeval.report.repeat_total import counted_in, rated_rows, rows_counter
from planeval.scale import Scale
from planeval.status_runs import project_of, rated_as_project
from planeval.unanswered_words import entries_counter
from planeval.wording import DEFAULT_WORDING, Wording, grouped

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|#])")
# a project or item ID wherever it stands, names included: 1-1-1, 1-1-1⑤, 2-1
ID_PATTERN = re.compile(r"(?<![\d-])\d+(?:-\d+)+[\u2460-\u2473]?(?![\d-])")


# wording of the captions ---------------------------------------------------------------


def direction_caption(
    table: DirectionTable, scale: Scale, wording: Wording = DEFAULT_WORDING, rated: str = ""
) -> str:
    """What the table holds, in numbers, as a report writes it: 「3計画事業・実施内容 13件（◎ 2件、
    ○ 5件、△ 6件）」 (only the items' number where the projects are the items: a body rated at
    that level, or each project holds one item); the rated rows where not the items, or
    ``rated``'s always, before the statuses — 「5施策（評価4施策：A 2件、B 1件、C 1件／評価対象外
    1件）」, not 「5施策・評価した施策：4施策（内訳 A 2、B 1、C 1。ほかに評価対象外 1）」 (review 193 #8).

    ``planeval check`` reads it whole as a caption (captions.read_caption), never as a
    policy's stated count (its counters, 「2項目・5指標」, review 172 #2: repeat_total.counted_in)."""
    # (as the sentence counts them: a project listed only as a 再掲 is counted where it is
    # worked on, not here — 「17の改革項目」 above 「改革項目 19」, review 154 #9)
    projects = len(
        {project_of(row.entry) for row in table.rows if row.entry.status != scale.repeat_symbol}
    )
    total, items = _totals(table)
    parts = [counted_in(wording.item_counted, items)]  # (「5指標」: review 172 #2)
    rows_are_projects = all(rated_as_project(row.entry) for row in table.rows)
    # (each project one item: the same rows counted once, 「取組内容 8」, not 「取組 8・取組内容
    # 8」 — review 161 #11)
    if (
        wording.project_counted != wording.item_counted
        and not rows_are_projects
        and projects != items
    ):
        parts.insert(0, counted_in(wording.project_counted, projects))
    holds = "・".join(parts)
    head = ""
    if rated or items != total:
        # (as a public document counts, 「評価した実施内容と細目16件」: 「実施内容と細目 16」 read
        # as 細目 16, review 152 #12; the body's counter, 「評価17項目」)
        said = rated or _rated_word(table, wording)
        said = "評価" if said == f"評価した{wording.item_counted}" else said
        head = f"{said}{grouped(total)}{rows_counter(wording)}"
    # (an item whose lead returned nothing, 未提出, is in no count: said after the others)
    unrated = unrated_counts(row.entry for row in table.rows)  # (in the rated's unit: 184 #6)
    count = table.group.count if table.group is not None else Count({}, {})
    # (a bare mark among words by its label, as the sentence says it: 「事業中止 1件」, review 143 #7)
    counter = entries_counter(wording)  # (the count sentences' counter: 「A 7指標」)
    said = "、".join(
        _breakdown(scale.by_label(s) or s, n, wording.status, counter)
        for s, n in count.counts.items()
        if n
    )
    others = "、".join(
        [f"{_named(s, scale)} {grouped(n)}{counter}" for s, n in count.uncounted.items() if n]
        + [f"{why} {grouped(n)}{counter}" for why, n in unrated.items()]
    )
    head = "：".join(part for part in (head, said) if part)
    inner = f"{head}／{others}" if head and others else head or (others and f"ほかに{others}")
    return f"{holds}（{inner}）" if inner else holds


def rated_word(tables: Iterable[DirectionTable], wording: Wording) -> str:
    """The word every caption of ``tables`` (a report's) counts its rated rows in, where one
    says them: 1-1's 「評価した実施内容と細目：10件」, 1-2's 「評価した実施内容：5件」 and 2-1's
    nothing were three styles (review 183 #7); 「…と細目」 of all where any rates sub-items."""
    words = {_rated_word(table, wording) for table in tables if len(set(_totals(table))) > 1}
    most = [word for word in (rated_rows(wording), wording.status) if word in words]
    return (most or sorted(words) or [""])[0]


def _totals(table: DirectionTable) -> tuple[int, int]:
    """The rated rows a direction's caption counts and its items."""
    rated = sum(1 for row in table.rows if row.entry.status)  # (not an item 未提出)
    total = rated if table.group is None else table.group.count.total
    return total, items_listed(row.entry for row in table.rows)


def _rated_word(table: DirectionTable, wording: Wording) -> str:
    """The word a direction's caption counts its rated rows in where they are not its items
    (「評価した取組項目 17」 of 18 with a 再掲, not 「実施状況 17」: review 141 #8): with sub-items
    rated of their own, 「評価した実施内容と細目 16」 beside 「実施内容 12」, not 「達成状況 16」
    (review 145 #6); never a bare status word where the items are more, 「評価 4」 beside a
    survey's 「調査項目 6」 read as a score (review 134 #9)."""
    if any(row.entry.sub_item for row in table.rows if row.entry.status):
        return rated_rows(wording)
    total, items = _totals(table)
    return wording.status if total > items else f"評価した{wording.item_counted}"


def _breakdown(symbol: str, count: int, word: str, counter: str = "件") -> str:
    """ "◎ 2件"; a symbol that is a number (Kawasaki's 1–5) after the status's ``word``, as the
    tables title it, 「達成度2が3件」: a rating read as what it is, not 「1が2」 (one is two),
    "1 2", nor a bare 「「2」が3件」 (review 134 #8). (planeval check reads the caption whole.)"""
    if any(character.isdigit() for character in symbol):
        said = f"{word}{symbol}" if word else f"「{symbol}」"
        return f"{said}が{grouped(count)}{counter}"
    return f"{symbol} {grouped(count)}{counter}"


def _named(symbol: str, scale: Scale) -> str:
    return scale.label(symbol) or symbol


# Markdown ------------------------------------------------------------------------------


def md_cell(text: str) -> str:
    """A Markdown table cell: special characters escaped, line breaks as <br>, no raw HTML."""
    text = html.escape(text, quote=False)
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    return text.replace("\r\n", "\n").replace("\n", "<br>")


def _md_paragraph(text: str) -> list[str]:
    """A paragraph's lines, none for no text (a legend that would explain nothing)."""
    return [md_text(text), ""] if text else []


def md_text(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def _md_table(headers: Sequence[str], rows: Sequence[Sequence[str]], *heads: str) -> list[str]:
    """A Markdown table; ``heads``: each row's heading line, a bold row above it (review 166 #3)."""
    lines = ["| " + " | ".join(md_cell(h) for h in headers) + " |"]
    lines.append("|" + "|".join("---" for _ in headers) + "|")
    for index, row in enumerate(rows):
        if heads and heads[index]:
            lines.append(f"| **【{md_cell(heads[index])}】** |" + " |" * (len(headers) - 1))
        lines.append("| " + " | ".join(md_cell(c) for c in row) + " |")
    return lines


def _md_counts(report: Report) -> list[str]:
    """集計 (and 団体別集計): heading, legend, caption, the table and the note on rounding."""
    lines = []
    for section in report.count_sections:
        own = report.of_section(section)  # (another scale's 集計: its own legend and titles)
        table, scale = section.table, own.scale
        caption = summary_caption(scale, own.wording, per=section.per)
        headers = table.headers if table.named else (table.id_headers[0], *table.headers[2:])
        texts = states_apart(table.rows, table.text_rows())  # (「西川町｜未集計（未回答）」)
        rows = [row if table.named else row[:1] + row[2:] for row in texts]
        # (団体別集計: each body's 団体コード, and 都道府県 where the list gives it)
        codes, named = table_codes(table, report.codes), table_codes(table, report.prefectures)
        headers, rows = with_codes(headers, rows, codes, keys=body_keys(table), prefectures=named)
        lines += [
            f"## {md_text(section.title)}",
            "",
            *_md_paragraph(report.legend_over(section)),
        ]
        lines += [md_text(caption), "", *_md_table(headers, rows), ""]
        for note in notes_under(table):  # (a long list of bodies by reason)
            lines += [md_text(note), ""]
    return lines


def to_markdown(report: Report, *, with_sources: bool = False) -> str:
    """The report as Markdown; IDs as they are (no invisible characters to hold them
    together: a pasted or searched "1-1-2" is found)."""
    scale, wording = report.scale, report.wording
    lines = [f"# {md_text(report.title)}", ""]
    if year := report.year_beside(report.title):
        lines += [md_text(year), ""]
    lines += _md_counts(report)
    rated = rated_word((t for section in report.policies for t in section.tables), wording)
    for section in report.policies:
        lines += [f"## {md_text(section.heading)}", "", md_text(section.sentence), ""]
        lines += _md_paragraph(report.policy_legend(section))
        for index, table in enumerate(section.tables):
            if section.body_starts(index):
                lines += [f"### {md_text(table.body_heading)}", ""]
            if table.heading:  # (under a body's heading, without the body's name again)
                lines += [f"{'####' if table.body else '###'} {md_text(table.heading)}", ""]
            lines += [md_text(direction_caption(table, scale, wording, rated)), ""]
            rows = [row.cells(table.columns) for row in table.rows]  # (its body's columns)
            heads = [row.heading for row in table.rows]  # (a line heading its rows)
            lines += [*_md_table(table.headers(wording), rows, *heads), ""]
            for note in table.notes:  # (as typed under its rows, not counted)
                lines += [md_text(note), ""]
    issues = report.issue_table(with_sources=with_sources)
    lines += [f"## {md_text(wording.issues_title)}", "", md_text(issues_caption(report)), ""]
    if report.issues_note:  # (a survey's rows with no issue text: counted, not listed)
        lines += [md_text(report.issues_note), ""]
    if issues.rows:  # (「一覧は0件です」 over a header of nothing, as Word's: review 137)
        lines += [*_md_table(issues.headers, issues.rows), ""]
    return "\n".join(lines)


# CSV and JSON --------------------------------------------------------------------------


def to_csv_files(report: Report, *, bom: bool = True, with_sources: bool = False) -> dict[str, str]:
    """File name → contents: 集計.csv, 進捗状況.csv (one row per entry, one value per cell, as
    Chapter 3's tables list them: a body none of whose rows was counted has none, 団体別集計.csv
    saying why), 課題一覧.csv (every column, its source — file › sheet › cell — only
    ``with_sources``, as the other formats: review 137 #11), and with several bodies
    団体別集計.csv. UTF-8 with a byte order mark
    (Japanese Excel reads the file as UTF-8 only then), CRLF, no data cell Excel would run."""
    flat = chapter3_flat(  # (as `tables -f csv`: the rows not counted too, labelled why)
        report.chapter3_rows,
        report.wording,
        report.scale,
        report.values,
        labels=report.labels,
        marks=report.marks,
    )
    summary = report.summary_table
    issue_headers, issues = csv_issues(report, with_sources=with_sources)
    totals, progress, listed, by_body = CSV_FILES
    codes = report.codes  # (each body's 団体コード before its name: coded_bodies.py)
    named = report.prefectures  # (… and its 都道府県 after it, where the list gives it)
    files = {
        totals: csv_document(*summary.data(), bom=bom),
        progress: csv_document(
            *with_codes(flat.headers, flat.rows, codes, prefectures=named), bom=bom
        ),
        listed: csv_document(*with_codes(issue_headers, issues, codes, prefectures=named), bom=bom),
    }
    for section in report.more_counts:  # (another scale's 集計: 集計（達成度）.csv, beside.py)
        files[f"{section.title}.csv"] = csv_document(*section.table.data(), bom=bom)
    if report.body_table is not None:  # (a roll-up: the table a prefecture works on most)
        bodies = report.body_table
        # (a body has no name column; its name alone, its state last: 集計の状況)
        headers = (bodies.data_headers[0], *bodies.data_headers[2:])
        rows = [[row[0], *row[2:]] for row in bodies.text_rows(separated=False)]
        coded = with_codes(headers, rows, codes, prefectures=named)  # (都道府県 too)
        files[by_body] = csv_document(*coded, bom=bom)
    return files


def to_json(report: Report) -> str:
    data: dict[str, object] = {
        "title": report.title,
        "fiscal_year": report.fiscal_year,
        "fiscal_year_label": report.fiscal_label,
        "summary": report.summary.as_dict(),
        "policies": [
            {
                "id": s.group.id,
                "label": s.group.label,
                "name": s.group.name,
                "narrative": s.sentence,
                "percentages": {}
                # (none of its rows counted, or 計 0: no shares — reviews 88, 191 #2)
                if not s.group.count.total
                else percentages(s.group.count, report.summary.percent_decimals),
                "directions": [
                    {
                        "id": table.id,
                        "label": table.label,
                        "name": table.name,
                        "entries": [with_figures(row.entry, report.values) for row in table.rows],
                    }
                    for table in s.tables
                ],
            }
            for s in report.policies
        ],
        "issues": [with_figures(e, report.values) for e in report.issues],
    }
    if report.more_counts:  # (another scale's counts, rated beside: beside.py)
        data["other_scales"] = [
            {"title": section.title, "headers": headers, "rows": rows}
            for section in report.more_counts
            for headers, rows in [section.table.data()]
        ]
    if report.issue_statuses:  # (the issue list holds these ratings only: export --status)
        data["issue_statuses"] = list(report.issue_statuses)
    if report.by_body is not None:  # (several bodies: each one's counts, and those not counted)
        data["by_body"] = report.by_body.as_dict()
        data["uncounted_bodies"] = list(report.uncounted_bodies)
        data["partly_counted_bodies"] = dict(report.partly_counted)
        if report.codes:  # (as summarize's JSON gives them)
            data["body_codes"] = dict(report.codes)
        if report.prefectures:  # (… and each one's 都道府県, where the list gives it)
            data["body_prefectures"] = dict(report.prefectures)
    return json_text(data)
