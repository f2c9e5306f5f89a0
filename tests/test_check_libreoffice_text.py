"""A report saved as text by LibreOffice writes each table cell on a line of its own, an empty
cell an empty line, no tabs: check puts such a table back into its rows and compares them as
it compares a table Word saved as text, and says of one whose rows it cannot tell that it did
not compare it, where, and how to give it.

The texts are tests/libreoffice/*.txt, made once by tests/libreoffice/make_texts.py (the test
suite never runs LibreOffice): nagayo_export.txt is planeval's own `export --docx` of 長与町's
workbook (tests/other_bodies.py) saved by `soffice --headless --convert-to txt:Text`;
gunma_report.txt a report 群馬県's clerk typed in Word (python-docx), with a one-row table of
each 基本目標's 指標 and one whose 計 is merged down over a two-row header, saved the same way."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.agreement import check
from planeval.cell_lines import UNREAD
from planeval.cli import app
from planeval.io.text_files import line_number, text_paragraphs
from planeval.model import Location
from planeval.scale import DEFAULT_SCALE
from tests.conftest import rated_entries
from tests.other_bodies import BODIES
from tests.test_check_phrasings import cells
from tests.test_other_bodies import CONFIGS

TEXTS = Path(__file__).resolve().parent / "libreoffice"


def _inputs(key: str, folder: Path) -> list[str]:
    """The body's workbooks, built as its clerk builds them, and its planeval.toml."""
    workbooks = next(body for body in BODIES if body.key == key).build(folder)
    settings = folder / "planeval.toml"
    settings.write_text(CONFIGS[key], encoding="utf-8")
    return [*map(str, workbooks), "--config", str(settings)]


def _run(inputs: list[str], text: Path, *more: str) -> tuple[int, str]:
    found = CliRunner().invoke(
        app, ["check", *inputs, "--text", str(text), *more], env={"COLUMNS": "200"}
    )
    return found.exit_code, found.stdout


def _copy(name: str, folder: Path, line: int, old: str, new: str) -> Path:
    """The text ``name`` with line ``line`` (1-based) ``old`` edited to ``new``."""
    lines = (TEXTS / name).read_text(encoding="utf-8").split("\n")
    assert lines[line - 1].strip() == old, lines[line - 1]
    lines[line - 1] = new
    edited = folder / name
    edited.write_text("\n".join(lines), encoding="utf-8")
    return edited


def test_planeval_s_export_saved_by_libreoffice_is_compared_row_by_row(tmp_path: Path) -> None:
    """Every row of 集計 (its two header rows, 件数 and 割合 merged across, −（評価できない）
    down) is compared: one per policy and 合計, each with the counts of its rows."""
    inputs = _inputs("nagayo", tmp_path)
    config = planeval.load_config(Path(inputs[-1]))
    result = planeval.read_workbooks([Path(inputs[0])], scale=config.scale)
    text = TEXTS / "nagayo_export.txt"
    checked = planeval.check(result, scale=config.scale, texts=[text], project="事業")
    summary = planeval.summarize(result.entries, scale=config.scale, labels=result.level_labels)
    rows = [s for s in checked.statements if s.pasted]
    assert [(s.policy_id, s.counts) for s in rows] == [
        *((g.id, {**g.count.counts, "total": g.count.total, **g.count.uncounted}) for g in summary.groups),
        (None, {**summary.total.counts, "total": summary.total.total, **summary.total.uncounted}),
    ]  # fmt: skip
    assert checked.agrees and not checked.not_compared
    code, shown = _run(inputs, TEXTS / "nagayo_export.txt")
    assert (code, shown) == (
        0,
        "報告書 5 段落、ブックの文章 1 段落、表の 6 行と一覧の説明 1 件の記載件数はすべて集計と一致しています\n",
    )


def test_a_cell_edited_in_the_libreoffice_text_is_named(tmp_path: Path) -> None:
    """基本方針Ⅰ's A (its row starts on line 23: Ⅰ, its name, S, then A on line 26) typed 5
    for the 4 its rows give."""
    inputs = _inputs("nagayo", tmp_path)
    edited = _copy("nagayo_export.txt", tmp_path, 26, "4", "5")
    code, shown = _run(inputs, edited)
    assert code == 1
    assert (
        shown.splitlines()[4]
        == f"│ 政策Ⅰ │ A（計画どおり達成） │ 5    │ 4    │ {edited} › 23行目「A 5」 │"
    )
    assert (
        shown.splitlines()[-1]
        == "報告書 5 段落、ブックの文章 1 段落、表の 6 行と一覧の説明 1 件のうち、記載と集計の食い違いが 1 件あります"
    )


def test_a_clerk_s_table_is_read_and_one_whose_rows_cannot_be_told_is_said(
    tmp_path: Path,
) -> None:
    """The clerk's first table (基本目標 | 達成A … 後退D | 計) is compared row by row; the second,
    計 merged down beside a title over the statuses, is said as not compared at its first
    status's line, with how to give it — the check does not pass on it."""
    inputs = _inputs("gunma", tmp_path)
    code, shown = _run(inputs, TEXTS / "gunma_report.txt", "-f", "json")
    data = json.loads(shown)
    assert code == 1 and not data["disagreements"]
    rows = [s for s in data["statements"] if s["table"] and not s["source"]["sheet"]]
    assert [s["scope"] for s in rows] == [  # (the clerk's own words: kept as written)
        "表の「基本目標1」の行", "表の「基本目標2」の行", "表の「基本目標3」の行", "表の「合計」の行"
    ]  # fmt: skip
    # (the workbook's own 集計 sheet, statuses down its first column, compared too: its 計's
    # share listed, settled)
    sheet = [s["scope"] for s in data["statements"] if s["scope"].startswith("集計の表")]
    assert sheet == ["集計の表の「指標数」の列"]
    ((unread),) = [n for n in data["not_compared"] if not n["settled"]]
    assert (unread["scope"], unread["phrase"], unread["stated"], unread["reason"]) == (
        "表",
        "達成A・前進B・横ばいC・後退D",
        4,
        UNREAD,
    )
    assert unread["source"] == {
        "file": str(TEXTS / "gunma_report.txt"),
        "sheet": None,
        "cell": "41行目",
    }
    code, shown = _run(inputs, TEXTS / "gunma_report.txt")
    assert code == 1
    assert shown.splitlines()[-1] == (
        "報告書 1 段落、ブックの文章 3 段落、表の 4 行と表の 1 列のうち、比べられなかった数が 1 件あります"
    )
    said = [line.split("│")[1:4] for line in shown.splitlines() if "達成A・前進B" in line]
    assert [[cell.strip() for cell in cells] for cells in said] == [
        ["表", "達成A・前進B・横ばいC・後退D", "4"]
    ]


def test_a_wrong_total_in_the_clerk_s_table_is_caught(tmp_path: Path) -> None:
    """合計's 計 (line 33) typed 31 for the 30 指標 rated."""
    inputs = _inputs("gunma", tmp_path)
    edited = _copy("gunma_report.txt", tmp_path, 33, "30", "31")
    code, shown = _run(inputs, edited, "-f", "json")
    (wrong,) = json.loads(shown)["disagreements"]
    assert code == 1
    assert (wrong["scope"], wrong["what"], wrong["stated"], wrong["counted"]) == (
        "表の「合計」の行",
        "total",
        31,
        30,
    )
    assert wrong["source"]["cell"] == "28行目"  # (the row's first cell: 合計)


def test_only_a_text_s_own_lines_are_read_as_cells() -> None:
    """A page's lines are placed by the source line they start on, its empty cells left out:
    no line of its is a cell of its own."""
    assert line_number(Location("報告.txt", None, "12行目")) == 12
    assert line_number(Location("報告.html", None, "12行目")) is None
    assert line_number(Location("調査票.xlsx", "第3章", "A12")) is None


def test_a_project_id_with_word_s_non_breaking_hyphens_is_no_count() -> None:
    """LibreOffice keeps Word's non-breaking hyphens (U+2011) of 「1‑1‑1 事業者向け…」 in a
    chapter 3 table's cell: an ID, not 「‑1 事業」 read as a count of 再掲."""
    entries = rated_entries({"1": {"◎": 1, "○": 1, "△": 1}})
    found = check(cells("1\u20111\u20111 事業者向け電子申請の拡充"), entries, scale=DEFAULT_SCALE)
    assert not found.statements and not found.disagreements


def _lines(*lines: str) -> list:
    """A text's lines as check reads them: the empty ones left out, each placed by its line."""
    found = cells(*lines)
    return [text for text in found if text.text]


def test_a_row_with_no_number_is_passed_over_to_the_rows_below_it() -> None:
    """A row whose cells are all empty (a group no row was counted of) is a row of the table
    when a row with numbers follows it: 合計 below it is still compared."""
    entries = rated_entries({"1": {"◎": 1, "○": 2, "△": 1}})
    header = ["政策番号", "◎", "○", "△", "×", "計"]
    rows = [["1", "1", "2", "1", "0", "4"], ["2", "", "", "", "", ""], ["合計", "1", "2", "1", "0"]]
    for total, wrong in (("4", []), ("5", [("表の「合計」の行", "total", 5, 4)])):
        text = _lines("集計", *header, *(cell for row in rows for cell in row), total, "以上。")
        found = check(text, entries, scale=DEFAULT_SCALE)
        assert [s.scope for s in found.statements if s.pasted] == [
            "情報化政策1",
            "表の「合計」の行",
        ]
        assert [(d.scope, d.what, d.stated, d.counted) for d in found.disagreements] == wrong
        assert [d.location.cell for d in found.disagreements] == ["20行目"] * len(wrong)


def test_a_page_s_table_a_cell_per_line_is_said_never_read(tmp_path: Path) -> None:
    """LibreOffice's HTML of a Word table puts each cell's text in a paragraph of its own: a
    browser's copy has a cell per line, its empty cells left out, so no row can be told —
    the table is said as not compared, at its first status's source line."""
    entries = rated_entries({"1": {"◎": 1, "○": 2, "△": 1}})

    def cells_of(row: list[str]) -> str:
        return "".join(f"<td><p>{cell}</p></td>" for cell in row)

    page = tmp_path / "報告.html"
    page.write_text(
        "<html><body><p>情報化政策別の達成状況</p>\n<table>\n"
        f"<tr>{cells_of(['政策番号', '件数'])}</tr>\n"
        f"<tr>{cells_of(['◎', '○', '△', '×', '計'])}</tr>\n"
        f"<tr>{cells_of(['1', '1', '2', '1', '0', '4'])}</tr>\n"
        "</table></body></html>\n",
        encoding="utf-8",
    )
    found = check(text_paragraphs(page), entries, scale=DEFAULT_SCALE)
    (said,) = found.not_compared
    assert (said.phrase, said.stated, said.reason, said.location.cell) == (
        "◎・○・△・×・計",
        1,
        UNREAD,
        "4行目",
    )
    assert not [s for s in found.statements if s.pasted]
