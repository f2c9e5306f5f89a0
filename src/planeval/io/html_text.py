"""A report page (.html: planeval's export, or a page the body wrote) read as a browser copies
its text, for ``check``: a line per block, a table's cells between tabs, nothing of the page's
head, styles or scripts (their numbers are no report's)."""

from __future__ import annotations

from html.parser import HTMLParser

_BLOCKS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "caption", "tr", "div", "br", "table"}
    | {"section", "header", "footer", "figcaption", "dt", "dd", "blockquote", "pre"}
)
_HIDDEN = frozenset({"head", "script", "style", "template"})
_CELLS = frozenset({"td", "th"})


def is_page(name: str, text: str) -> bool:
    """Whether a report text is an HTML page (by its name, or by how it starts)."""
    start = text.lstrip("\ufeff \t\r\n")[:14].lower()
    return name.lower().endswith((".html", ".htm")) or start.startswith(("<!doctype html", "<html"))


def page_lines(text: str) -> list[tuple[int, str]]:
    """Each line of the page's text as a browser copies it, with the source line it starts on."""
    copy = _BrowserCopy()
    copy.feed(text)
    copy.close()
    lines = []
    for number, parts in copy.lines:
        cells = (" ".join(cell.split()) for cell in "".join(parts).split("\t"))
        if line := "\t".join(cell for cell in cells if cell):
            lines.append((number, line))
    return lines


class _BrowserCopy(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[tuple[int, list[str]]] = [(1, [])]
        self.hidden = 0

    def _new_line(self) -> None:
        if self.lines[-1][1]:
            self.lines.append((self.getpos()[0], []))

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCKS:
            self._new_line()
        elif tag in _CELLS:
            self.lines[-1][1].append("\t")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self._new_line()

    def handle_data(self, data: str) -> None:
        if self.hidden or not data.strip():
            return
        parts = self.lines[-1][1]
        if not "".join(parts).strip():  # (the line starts here: placed by its first text)
            self.lines[-1] = (self.getpos()[0], parts)
        parts.append(data)
