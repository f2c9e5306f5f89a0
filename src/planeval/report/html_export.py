"""The report as one self-contained web page, for every reader (JIS X 8341-3 / WCAG 2.1 AA).

- ``lang="ja"``; headings h1–h4 in order (several bodies: h3 a body's, h4 its directions);
  the legend first, every symbol in a header or status cell spelled out (``<abbr>○</abbr>``);
- each table has a caption saying what it holds in numbers (the heading above names it);
  header cells have ``scope``; a project cell is a row header spanning its items' rows;
- it reflows down to 320 px: on a phone every table stacks each row as labelled lines
  (「達成状況：○（計画どおり実施）」), and so does one too wide for a wider screen even set
  tight (html_style.SCRIPT), else scrolls in its own box (a focusable region), never the page;
  IDs never break inside; printed, it is A4 (html_style);
- a contents list (目次) after the title links every section; with several bodies each body's
  row in 団体別集計, and its line in the 目次's folded list of bodies, links to its first tables;
- text contrast above 7:1, and no meaning carried by colour alone.
"""

from __future__ import annotations

import html

from planeval.report.chapter3_rows import Chapter3Row, DirectionTable
from planeval.report.coded_bodies import table_leads
from planeval.report.count_captions import issues_caption, summary_caption
from planeval.report.document import BODIES_TITLE, CountSection, Report
from planeval.report.html_bodies import (
    contents_list,
    grouped_rows,
    links_html,
    prefecture_links,
)
from planeval.report.html_cells import (
    NAME,
    ROW_HEADING,
    TEXT,
    WORD,
    boxed,
    data_label,
    head_html,
    html_text,
    id_html,
    legend_html,
    named_html,
    row_header,
    short_class,
    symbol_html,
    value_td,
)
from planeval.report.html_columns import colgroups
from planeval.report.html_phrases import phrased, title_html
from planeval.report.html_style import SCRIPT, STYLE
from planeval.report.html_titles import summary_head
from planeval.report.issue_figures import FIGURE
from planeval.report.reason_lists import notes_under
from planeval.report.text_export import direction_caption, rated_word
from planeval.scale import Scale
from planeval.wording import worded_number


def _counts(report: Report, anchors: dict[str, str], *, bodies: bool | None = None) -> list[str]:
    """集計 (and 団体別集計): heading, legend, the table, the note on rounding under it; a
    body's name links to ``anchors[body]``, its first tables. ``bodies``: 団体別集計 alone
    (True), all but it (False), all (None) — of many bodies it is last (Report.bodies_last)."""
    out, whole = [], report
    for number, section in enumerate(whole.count_sections):
        if bodies is not None and (section.title == BODIES_TITLE) != bodies:
            continue
        report = whole.of_section(section)  # (another scale's 集計: its own legend, statuses)
        scale, table = report.scale, section.table
        table_id = _count_id(section, number)
        titles = [html_text(h) for h in (table.id_headers if table.named else table.id_headers[:1])]
        # (団体別集計: each body's 団体コード first, as the CSVs have it; on a phone's card before
        # the name, 「052019　星野市」, as at 1280 px: review 157 #7)
        # (… and its 都道府県 after it, where the list gives it: review 179 #4)
        leads = table_leads(table, report.codes, report.prefectures)
        titles = [title for title, _values in leads] + titles
        statuses = [
            symbol_html(symbol, scale, title)
            for symbol, title in zip(table.counted, table.count_titles, strict=True)
        ]
        titles += [*statuses, "計", *(html_text(h) for h in table.uncounted)]
        # (the names' column as wide as its longest name: review 152 #9)
        names = (len(leads) + 1, [row.name for row in table.rows]) if table.named else None
        head = summary_head(titles, statuses, names=names)
        body = []
        # (a phone's 「◎：4」; a numeric status with its word, 「達成度1：1」, its share's
        # 「達成度1 割合（%）」, as the table titles them: review 54, 125 #3)
        labels = [data_label(h) for h in table.headers[2:]]
        # (on a phone the counts on one line, 計 and the uncounted on the next — 「計画どおり進捗
        # ：0　計：7」 read as one — and the shares on the one after)
        kinds = ["number"] * len(table.counted)
        kinds += ["number sum"] * (len(labels) - len(table.counted) - len(table.share_headers))
        kinds += ["number share"] * len(table.share_headers)
        above = None  # (the row a うち重点 line is of)
        leading = [values for _title, values in leads]
        for at, (row, group, texts) in enumerate(
            zip(table.rows, table.groups, table.text_rows(), strict=True)
        ):
            numbers = "".join(
                f'<td class="{kind}"{label}>{n}</td>'
                for kind, label, n in zip(kinds, labels, texts[2:], strict=True)
            )
            if row.blank:  # (not counted: said, its why too, not empty labels on a phone; a
                # うち重点 line's not known, sub_note)
                said = "数えていません" if row.sub else html_text(row.state or "未集計")
                numbers = f'<td class="uncounted" colspan="{len(labels)}">{said}</td>'

            of = _of_group(worded_number(section.per, above.shown_id)) if row.sub and above else ""
            above = above if row.sub else row
            if row.name:  # (on a phone the ID, or 区分なし, is said before the name, on its line,
                # after its level's word as the headings number it: 「柱1」 — review 121 #7)
                shown = worded_number(section.per, group.shown_id)
                data = f' data-id="{html.escape(shown)}"' if group.shown_id and not of else ""
                named = f"{of}{html_text(row.name)}"
                cells = (
                    f'<td class="id">{id_html(row.shown_id)}</td><th scope="row"{data}>{named}</th>'
                )
            else:
                span = ' colspan="2"' if table.named else ""
                named = of + html_text(row.named_id)  # (its state in a cell of its own)
                if table_id == "bodies" and row.id in anchors:  # (団体別集計: to the body's tables)
                    named = f'<a href="#{anchors[row.id]}">{named}</a>'
                # (a group of no name — its bodies name it otherwise — is on a phone's card its
                # level's word and number, 「基本方針1」, as its headings: not 「1」 alone under
                # no column title, review 150 #10)
                worded = "" if row.sub else worded_number(section.per, row.shown_id)
                word = worded.removesuffix(row.shown_id) if worded != row.shown_id else ""
                span += f' data-word="{html.escape(word)}"' if word else ""
                said = "　".join(value for one in leading if (value := one[at]))  # (052019　秋田県)
                span += f' data-code="{html.escape(said)}"' if said else ""
                cells = f'<th scope="row"{span}>{named}</th>'
                lead = "".join(f'<td class="id">{html_text(one[at])}</td>' for one in leading)
                cells = lead + cells
            body.append(f"<tr>{cells}{numbers}</tr>")
        caption = summary_caption(scale, report.wording, per=section.per)
        out += [f'<h2 id="{table_id}-h">{html_text(section.title)}</h2>']
        if table_id == "bodies":  # (many bodies: by 都道府県, each linked — review 179 #5)
            body = grouped_rows(whole, body, head.count("<th "))
            out += links_html(prefecture_links(whole))
        out += legend_html(report.legend_over(section))
        out += boxed(table_id, caption, "summary", head, body, stacked=True)
        out += [f'<p class="note">{html_text(note)}</p>' for note in notes_under(table)]
    return out


def _count_id(section: CountSection, number: int) -> str:
    """A count table's id: 集計's, 団体別集計's, another scale's 集計 (summary2: beside.py)."""
    if section.title == BODIES_TITLE:
        return "bodies"
    return "summary" if not number else f"summary{number + 1}"


def _of_group(shown: str) -> str:
    """A うち重点 line's group, read before it (「政策1-1　うち重点」): on a phone its card's title;
    in a table, beneath its group's row, read only (html_style's .group) — a screen reader said
    「うち重点、達成度2、2」 of each of five, and a phone's card 「うち重点」 (review 125 #3)."""
    return f'<span class="group">{html.escape(shown)}　</span>' if shown else ""


def _chapter3_row(row: Chapter3Row, scale: Scale, table: DirectionTable, report: Report) -> str:
    """A row of a direction's table, each cell labelled by its column's title (a phone's
    stacked rows); 体系, the mark column (重点) and 課題等 where its table has them
    (DirectionTable.columns, its body's)."""
    entry, cells, columns = row.entry, [], table.columns
    project, issue = columns.with_project, columns.with_issue
    built = columns.built(table.headers(report.wording))  # (each title as its cell is)
    department = data_label(built.pop()) if columns.with_department else ""  # (担当課, last)
    padded = ("",) * (not project) + tuple(built) + ("",) * (not issue)
    _project, item, *figures, status_label, _issue = (data_label(label) for label in padded)
    issue_label = data_label(padded[-1], entry.issue)  # (none over its own titled lines)
    marked = figures[:1] if columns.mark else []
    figures = figures[len(marked) :]
    if project and row.project_rows:
        span = f' rowspan="{row.project_rows}"' if row.project_rows > 1 else ""
        named = named_html(entry.project_shown_id, entry.project_name, cell=True)
        short = short_class(f"{entry.project_shown_id} {entry.project_name}", NAME)
        cells.append(f'<th scope="row" class="project{short}"{span}>{named}</th>')
    if row.item_rows:
        span = f' rowspan="{row.item_rows}"' if row.item_rows > 1 else ""
        named = named_html(entry.item_label, entry.item_name, cell=True)
        short = short_class(f"{entry.item_label} {entry.item_name}", NAME)
        cells.append(f'<td class="item{short}"{span}{item}>{named}</td>')
    cells += [f'<td class="mark"{label}>{html_text(row.mark)}</td>' for label in marked]  # (重点 ○)
    rated = len(row.values) - columns.after  # (another scale's rating: Chapter3Columns.after)
    # (an indicator's figures, 策定時 | 現状値 | 目標値, right-aligned as elsewhere)
    cells += [
        value_td(value, label)
        for label, value in zip(figures[:rated], row.values[:rated], strict=True)
    ]
    valued = [  # (… after the rating, 実施状況 | 達成度, set as it is: its 「－」 not a figure's)
        f'<td class="status{short_class(value, WORD)}"{label}>{html_text(value)}</td>'
        for label, value in zip(figures[rated:], row.values[rated:], strict=True)
    ]
    # (a status written with its word, 「前進B」, says its meaning: no abbreviation to explain)
    shown = symbol_html(entry.status, scale) if row.shown == entry.status else html_text(row.shown)
    if entry.sub_item:
        status = f'<td class="status sub"{status_label}>{phrased(entry.sub_item)} {shown}</td>'
    else:
        status = f'<td class="status{short_class(row.shown, WORD)}"{status_label}>{shown}</td>'
    cells += [status, *valued]
    if issue:
        short = short_class(entry.issue, TEXT)
        cells.append(f'<td class="issue{short}"{issue_label}>{phrased(entry.issue)}</td>')
    if columns.with_department:  # (長瀬町's 担当課: review 175 #6)
        # (one name whole; several broken after a 「、」: html_columns' least width)
        short = "" if "、" in entry.department else short_class(entry.department, NAME)
        named = html_text(entry.department) if short else phrased(entry.department)
        cells.append(f'<td class="dept{short}"{department}>{named}</td>')
    return "<tr>" + "".join(cells) + "</tr>"


def _direction(
    table: DirectionTable, report: Report, table_id: str, rated: str, widths: tuple[str, float]
) -> list[str]:
    """A direction's heading and table; a policy's rows under no direction: the table alone
    (its caption's rated rows in ``rated``'s word: text_export.rated_word), its columns'
    ``widths`` those of every table of its columns (html_columns: review 201 #6)."""
    scale, wording = report.scale, report.wording
    body: list[str] = []
    projects = table.columns.with_project
    headers = table.headers(wording)
    for row in table.rows:  # (each project a <tbody> of its own, printed whole where it fits)
        starts = (projects and row.project_rows) or row.heading  # (a heading: its rows' <tbody>)
        body += ["</tbody><tbody>"] * bool(starts and body)
        if row.heading:  # (a line typed above the table of its rows: their heading, no row)
            body.append(
                f'<tr><th scope="rowgroup" colspan="{len(headers)}" style="{ROW_HEADING}">'
                f"{html_text(row.heading)}</th></tr>"
            )
        body.append(_chapter3_row(row, scale, table, report))
    head = widths[0] + head_html([html_text(h) for h in headers])  # (its body's own columns)
    caption = direction_caption(table, scale, wording, rated)
    level = 4 if table.body else 3  # (under its body's heading)
    heading = (
        [f"<h{level}>{named_html(table.numbered, table.own_name)}</h{level}>"]
        if table.heading
        else []
    )
    named = table.title or table.body_heading
    notes = [f'<p class="note">{html_text(note)}</p>' for note in table.notes]  # (as typed)
    boxed_table = boxed(
        table_id, caption, "chapter3", head, body, stacked=True, named=named, least=widths[1]
    )
    return [*heading, *boxed_table, *notes]


def _issues(report: Report, *, with_sources: bool) -> list[str]:
    table = report.issue_table(with_sources=with_sources)
    note = [f"<p>{html_text(report.issues_note)}</p>"] if report.issues_note else []  # (survey)
    if not table.rows:  # (「一覧は0件です」 over a header of nothing, as Word's: review 137)
        return [f'<p id="issues">{html_text(issues_caption(report))}</p>', *note]
    css = dict(item="item", status="status", issue="issue", body="body", department="dept")
    css |= {"project": "item"}  # (an indicator's project: a name, as its item)
    body = []
    for row in table.rows:
        cells, lead = [], dict(zip(table.roles, row, strict=True)).get("body", "")
        for role, header, value in zip(table.roles, table.headers, row, strict=True):
            if role == "id":  # (the row's header, its body's name before it on a phone's card)
                cells.append(row_header(value, lead))
                continue
            text = symbol_html(value, report.scale) if role == "status" else html_text(value)
            text = phrased(value) if css.get(role, "text") in _PHRASED else text
            label = data_label(header, value if role == "issue" else "")
            if role == FIGURE:  # (an indicator's, as Chapter 3's: review 172 #4)
                cells.append(value_td(value, label))
                continue
            cells.append(f'<td class="{css.get(role, "text")}"{label}>{text}</td>')
        body.append("<tr>" + "".join(cells) + "</tr>")
    head = head_html([html_text(h) for h in table.headers])
    return [*boxed("issues", issues_caption(report), "issues", head, body, stacked=True), *note]


_PHRASED = ("item", "issue", "dept")  # (the issue list's cells of names and free text)


def _contents(report: Report, anchors: dict[str, str]) -> list[str]:
    """目次: every section's heading, linked, in the page's order; with several bodies, under
    団体別集計 each body's name linked to its first tables (``anchors``), folded in one line
    until opened: a national survey's 150 bodies were reached only through 団体別集計's table
    (review 125 #9); of many bodies, its 都道府県 so (html_bodies: review 179 #5)."""
    linked = [(s.title, f"{_count_id(s, n)}-h") for n, s in enumerate(report.count_sections)]
    late = [link for link in linked if link[1] == "bodies-h"] if report.bodies_last else []
    linked = [link for link in linked if link not in late]
    linked += [(s.heading, f"policy{n}") for n, s in enumerate(report.policies, start=1)]
    linked += [(report.wording.issues_title, "issues-h"), *late]
    bodies = "".join(
        f'<li><a href="#{a}">{html_text(body)}</a></li>' for body, a in anchors.items()
    )
    # (none where no body has tables of its own: a survey's, review 171 #6)
    folded = f"<details><summary>団体の一覧</summary><ol>{bodies}</ol></details>" if bodies else ""
    folded += contents_list(prefecture_links(report))
    items = "".join(
        f'<li><a href="#{anchor}">{html_text(text)}</a>{folded * (anchor == "bodies-h")}</li>'
        for text, anchor in linked
    )
    return [
        '<nav class="contents" aria-labelledby="contents-h">',
        '<h2 id="contents-h">目次</h2>',
        f"<ol>{items}</ol>",
        "</nav>",
    ]


def to_html(report: Report, *, with_sources: bool = False) -> str:
    """The whole Chapter 3 section as one page; ``with_sources`` adds each issue's file,
    sheet and cell (for internal use only)."""
    year = report.year_beside(report.title)
    # (「…の進捗状況 令和元年度（2019年度）」: the label has brackets of its own)
    title = f"{report.title} {year}" if year else report.title
    out = [
        "<!DOCTYPE html>",
        '<html lang="ja">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{html_text(title)}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        "<main>",
        f"<h1>{title_html(report.title)}</h1>",  # (broken between its words: review 164 #8)
    ]
    if year:
        out.append(f"<p>{html_text(year)}</p>")
    wording = report.wording
    anchors: dict[str, str] = {}  # each body's first heading
    sections = []
    rated = rated_word((t for section in report.policies for t in section.tables), wording)
    widths = colgroups(report)  # (one set of widths for each set of columns: review 201 #6)
    for index, section in enumerate(report.policies, start=1):
        sections += [f'<h2 id="policy{index}">{html_text(section.heading)}</h2>']
        said = report.policy_legend(section)  # (none where 集計's says it: review 193 #9)
        sections += [f"<p>{html_text(section.sentence)}</p>", *legend_html(said)]
        for number, table in enumerate(section.tables):
            if section.body_starts(number):
                anchor = f"policy{index}-body{number + 1}"
                anchors.setdefault(table.body, anchor)
                sections.append(
                    f'<h3 class="body" id="{anchor}">{html_text(table.body_heading)}</h3>'
                )
            table_id = f"d{table.id}" if table.id else f"p{section.group.id}"
            if len(section.tables) > len({t.id for t in section.tables}):
                table_id += f"_{number + 1}"  # (several bodies' tables of one direction)
            sections += _direction(table, report, table_id, rated, widths[table.columns])
    out += _contents(report, anchors)
    late = report.bodies_last  # (団体別集計 of many bodies: last, review 179 #5)
    out += [*_counts(report, anchors, bodies=False if late else None), *sections]
    out += [f'<h2 id="issues-h">{html_text(wording.issues_title)}</h2>']
    out += _issues(report, with_sources=with_sources)
    out += _counts(report, anchors, bodies=True) if late else []
    out += ["</main>", f"<script>{SCRIPT}</script>", "</body>", "</html>", ""]
    return "\n".join(out)
