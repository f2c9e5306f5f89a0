"""Drawing a table as a box on a console: the characters, widths and styles of rich's ``Table``
(``box.SQUARE``, the title left-justified, numbers right-justified), written without it.

rich's ``Table`` sends every cell through its general layout machinery (measure, wrap,
justify, pad, style, shape): most of a second for the 1,000 rows of a national roll-up. Almost every
cell fits its column on one line, and such a cell is only padded; that is plain string work
here. The headers, the title and a cell that does not fit (a long name, a cell's own line
breaks) still go through the rich primitives ``Table`` uses for them, so they wrap, fold and
take their styles exactly as before. tests/test_box_drawing.py holds the output, escape
sequences included, byte for byte to rich's own ``Table`` — but for the title, whose lines are
not padded with spaces to the box's width (noise in a table pasted into a mail).

On a console that draws characters wider than rich counts them (a Japanese one: ◎ is two
cells, planeval.report.fold.console_measure), every cell is folded and padded here by that
console's count instead, the headers too, and rich only writes the lines."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.box import Box as Frame
    from rich.console import Console, ConsoleOptions, RenderResult
    from rich.segment import Segment
    from rich.style import Style

    from planeval.report.fold import Measure


class Box:
    """A table for ``console.print``: ``widths`` are each column's room inside its padding
    (one space either side; the table fits the console), ``right`` the right-justified
    columns (numbers: never wrapped). Every text is printed as it is, markup included."""

    def __init__(
        self,
        title: str,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        *,
        widths: Sequence[int],
        right: Sequence[bool],
        measure: Measure | None = None,
        headings: Mapping[int, str] | None = None,
    ) -> None:
        from rich.cells import cell_len

        self.title, self.headers, self.rows = title, headers, rows
        self.headings = headings or {}  # (a heading line above a row: TableData.headings)
        self.widths, self.right = widths, right
        # None: rich's own count, and rich's wrapping for what does not fit
        self.measure = None if measure in (None, cell_len) else measure

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich import box
        from rich.segment import Segment
        from rich.text import Text

        if not self.widths:
            yield Segment("\n")  # as rich's Table without columns: not even the title
            return
        # safe_box as Table does: the legacy Windows console's substitutes, ASCII off UTF-8
        frame = box.SQUARE.substitute(options, safe=console.safe_box)
        if frame is box.ASCII and self.measure is not None:
            frame = (
                box.ASCII2
            )  # (a Japanese console's ASCII box: 「+」 at every joint, top and bottom)
        outer = [width + 2 for width in self.widths]
        options = options.update(width=sum(outer) + len(outer) + 1, highlight=False, height=None)
        new_line = Segment.line()
        if self.title:  # a Text, so (as in Table) without the "table.title" style; not padded
            title = Text(self._title(options.max_width), overflow="fold")
            yield from console.render(title, options.update(justify="default"))
        yield Segment(frame.get_top(outer))
        yield new_line
        yield from self._header(console, options, frame)
        if 0 in self.headings:  # (the line spanning the columns right under the header)
            yield Segment(self._rule(outer, frame, frame.bottom_divider, head=True))
        else:
            yield Segment(frame.get_row(outer, "head", edge=True))
        yield new_line
        last = len(self.rows) - 1
        for index, row in enumerate(self.rows):
            if (heading := self.headings.get(index)) is not None:
                if index:
                    yield Segment(self._rule(outer, frame, frame.bottom_divider))
                    yield new_line
                yield from self._heading(heading, outer, frame, console)
                yield Segment(self._rule(outer, frame, frame.top_divider))
                yield new_line
            if index == last:
                edges = frame.foot_left, frame.foot_vertical, frame.foot_right
            else:
                edges = frame.mid_left, frame.mid_vertical, frame.mid_right
            for line in self._row(console, options, row, edges):
                yield Segment(line)
                yield new_line
        yield Segment(frame.get_bottom(outer))
        yield new_line

    @staticmethod
    def _rule(outer: Sequence[int], frame: Frame, joint: str, *, head: bool = False) -> str:
        """A rule where a heading line spans the columns below it (``joint`` the frame's ┴:
        the dividers end on it) or above them (┬: they start under it)."""
        left, line, right = (
            (frame.head_row_left, frame.head_row_horizontal, frame.head_row_right)
            if head
            else (frame.row_left, frame.row_horizontal, frame.row_right)
        )
        return left + joint.join(line * width for width in outer) + right

    def _heading(
        self, text: str, outer: Sequence[int], frame: Frame, console: Console
    ) -> Iterator[Segment]:
        """A heading line over the rows below it, spanning every column, folded to the box."""
        from rich.cells import cell_len
        from rich.segment import Segment

        from planeval.report.fold import folded

        size_of = self.measure or cell_len
        inner = sum(outer) + len(outer) - 1 - 2
        for line in folded(text, inner, measure=size_of) or [""]:
            pad = " " * (inner - size_of(line))
            yield Segment(f"{frame.mid_left} {line}{pad} {frame.mid_right}")
            yield Segment.line()

    def _title(self, width: int) -> str:
        """The title, each line wider than the box folded to its width where a word ends, a
        heading's number kept with the start of its name (「基本目標2 暮らしを支えるデジタル」
        over 「活用」, not 「基本目標2」 alone over the name: rich wrapped at the space), a
        file's name between its parts (cell_folds.folded_file), as a stacked table's lines are."""
        from rich.cells import cell_len

        size_of = self.measure or cell_len
        lines = self.title.split("\n")
        if all(size_of(line) <= width for line in lines):
            return self.title  # (most titles: nothing to fold)
        from planeval.report.cell_folds import folded_file, is_file_name
        from planeval.report.fold import folded

        return "\n".join(
            piece
            for line in lines
            for piece in (
                [line]
                if size_of(line) <= width
                else (folded_file if is_file_name(line) else folded)(line, width, width, size_of)
            )
        )

    def _options(self, options: ConsoleOptions, column: int) -> ConsoleOptions:
        right = self.right[column]
        return options.update(
            width=self.widths[column] + 2,
            justify="right" if right else "left",
            no_wrap=right,
            overflow="fold",
            height=None,
            highlight=False,
        )

    def _header(self, console: Console, options: ConsoleOptions, frame: Frame) -> Iterator[Segment]:
        """The header row as Table renders it: bold (the console's "table.header" style)
        segment by segment, a folded header's neighbours aligned to its last line."""
        from rich.padding import Padding
        from rich.segment import Segment
        from rich.text import Text

        style = console.get_style("table.header")
        if self.measure is not None:
            yield from self._own_header(frame, style)
            return
        cells = [
            console.render_lines(
                Padding(Text(header, overflow="fold", no_wrap=False), (0, 1, 0, 1)),
                self._options(options, column),
                style=style,
            )
            for column, header in enumerate(self.headers)
        ]
        height = max(1, *(len(cell) for cell in cells))
        cells = [
            Segment.set_shape(Segment.align_bottom(cell, width + 2, height, style), width + 2)
            for cell, width in zip(cells, self.widths, strict=True)
        ]
        for line in range(height):
            yield Segment(frame.head_left)
            for column, cell in enumerate(cells):
                if column:
                    yield Segment(frame.head_vertical)
                yield from cell[line]
            yield Segment(frame.head_right)
            yield Segment.line()

    def _own_header(self, frame: Frame, style: Style) -> Iterator[Segment]:
        """The header row folded and padded by the console's own count, bottom-aligned."""
        from rich.segment import Segment

        cells = [self._padded(header, column) for column, header in enumerate(self.headers)]
        height = max(1, *(len(cell) for cell in cells))
        for line in range(height):
            yield Segment(frame.head_left)
            for column, cell in enumerate(cells):
                if column:
                    yield Segment(frame.head_vertical)
                above = height - len(cell)  # (blank lines above a shorter header)
                text = cell[line - above] if line >= above else " " * (self.widths[column] + 2)
                yield Segment(text, style)
            yield Segment(frame.head_right)
            yield Segment.line()

    def _padded(self, text: str, column: int) -> list[str]:
        """``text`` folded to its column by the console's count, each line padded."""
        from planeval.report.fold import folded

        assert self.measure is not None
        width, measure = self.widths[column], self.measure
        lines = [
            line for part in text.split("\n") for line in folded(part, width, measure=measure)
        ] or [""]
        if self.right[column]:
            return [f"{' ' * (width - measure(line) + 1)}{line} " for line in lines]
        return [f" {line}{' ' * (width - measure(line) + 1)}" for line in lines]

    def _row(
        self,
        console: Console,
        options: ConsoleOptions,
        row: Sequence[str],
        edges: tuple[str, str, str],
    ) -> list[str]:
        """A data row's lines. A cell that fits on one line is padded here, as Text.wrap
        would (a right-justified one loses its trailing spaces); any other is wrapped by
        rich. Cells carry no style, so the lines are plain strings."""
        from rich.cells import cell_len
        from rich.control import strip_control_codes

        size_of = self.measure or cell_len
        left, divider, right = edges
        cells: list[str] = []
        wrapped: dict[int, list[str]] = {}
        for column, (text, width) in enumerate(zip(row, self.widths, strict=True)):
            text = strip_control_codes(text)  # as Text() does
            if (
                "\n" in text
                # a joiner or variation selector 16 changes the width of the character beside
                # it: such a cell is not its text's width plus its padding's (rich measures it
                # segment by segment, and a joiner at its end swallows a space)
                or "\u200d" in text
                or "\ufe0f" in text
                or len(text) > width
                or (size := size_of(text)) > width
            ):
                if self.measure is not None:
                    wrapped[column] = self._padded(text, column)
                else:
                    wrapped[column] = self._wrapped(console, options, text, column)
                cells.append("")
            elif self.right[column]:
                text = text.rstrip()
                cells.append(f"{' ' * (width - size_of(text) + 1)}{text} ")
            else:
                cells.append(f" {text}{' ' * (width - size + 1)}")
        if not wrapped:
            return [f"{left}{divider.join(cells)}{right}"]
        columns = [wrapped.get(column, [cell]) for column, cell in enumerate(cells)]
        height = max(len(lines) for lines in columns)
        for lines, width in zip(columns, self.widths, strict=True):
            lines += [" " * (width + 2)] * (height - len(lines))  # a cell at the top
        return [f"{left}{divider.join(line)}{right}" for line in zip(*columns, strict=True)]

    def _wrapped(
        self, console: Console, options: ConsoleOptions, text: str, column: int
    ) -> list[str]:
        from rich.padding import Padding
        from rich.text import Text

        cell = Padding(Text(text), (0, 1, 0, 1))
        lines = console.render_lines(cell, self._options(options, column))
        return ["".join(segment.text for segment in line) for line in lines]
