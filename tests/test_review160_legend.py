"""Review 160 #3: the legend row under each form's table, 「※評価　A：目標達成（達成率100%以上）
B：達成率80%以上　C：達成率80%未満　D：評価できない」, was read by ``check`` as stating 80% twice,
each listed as 「比べられなかった数」 — a correct report exited 1 (and planeval's own export), and
every form's line was listed apart, twice. A legend line states no number; a text not compared
in several places is one row, with how many more places hold it."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.check_result import NotCompared
from planeval.cli import app
from planeval.model import Location
from planeval.presets import PRESETS
from planeval.report.review import not_compared_table
from planeval.stated_numbers import read_numbers
from tests.review160_forms import CONFIG, FORMS, LEGEND, counted, write_forms


def _run(home: Path, *args: str) -> tuple[int, str]:
    said = CliRunner().invoke(
        app, [*args, "--config", str(home / "planeval.toml")], env={"COLUMNS": "200"}
    )
    return said.exit_code, said.output


def _report(home: Path, **wrong: int) -> Path:
    counts = counted() | wrong
    total = sum(counted().values())
    said = "、".join(
        f"{symbol}評価が{n}指標（{100 * n / total:.1f}%）" for symbol, n in sorted(counts.items())
    )
    text = home / "report.txt"
    text.write_text(f"令和6年度の実績は、全{total}指標のうち、{said}となりました。\n", "utf-8")
    return text


def test_a_legend_line_states_no_number() -> None:
    assert read_numbers(LEGEND, PRESETS["hamamatsu"]) == []


def test_a_line_of_counts_after_colons_is_no_legend() -> None:
    # (a total row's breakdown: its counts are stated, not a scale's bounds)
    found = read_numbers("A：3指標　B：2指標　C：1指標", PRESETS["hamamatsu"])
    assert [(n.what, n.value) for n in found] == [("A", 3), ("B", 2), ("C", 1)]


def test_check_passes_a_correct_report_beside_the_forms_legend(tmp_path: Path) -> None:
    forms = write_forms(tmp_path / "R6")
    (tmp_path / "planeval.toml").write_text(CONFIG, encoding="utf-8")
    code, said = _run(tmp_path, "check", str(forms), "--text", str(_report(tmp_path)), "-q")
    assert code == 0, said
    assert "比べられなかった数" not in said and "すべて集計と一致" in said


def test_a_wrong_number_is_still_found_beside_the_legend(tmp_path: Path) -> None:
    forms = write_forms(tmp_path / "R6")
    (tmp_path / "planeval.toml").write_text(CONFIG, encoding="utf-8")
    wrong = _report(tmp_path, B=counted()["B"] + 1)
    code, said = _run(tmp_path, "check", str(forms), "--text", str(wrong), "-q")
    assert code == 1 and "記載と集計の食い違い" in said and "比べられなかった数" not in said


def test_planevals_own_export_checks_clean_beside_the_legend(tmp_path: Path) -> None:
    forms = write_forms(tmp_path / "R6")
    (tmp_path / "planeval.toml").write_text(CONFIG, encoding="utf-8")
    docx = tmp_path / "報告.docx"
    code, said = _run(tmp_path, "export", str(forms), "--docx", str(docx), "-q")
    assert code == 0, said
    code, said = _run(tmp_path, "check", str(forms), "--text", str(docx), "-q")
    assert code == 0, said


def test_the_same_text_not_compared_is_one_row_with_its_places() -> None:
    files = [f"R6/{department}_KPI進捗.xlsx" for department in FORMS]
    skipped = [
        NotCompared(None, f"{file} の表", "研修を3本", 3, "理由", Location(file, "KPI進捗", "A9"))
        for file in files
        for _twice in range(2)  # (two numbers of one cell: one place)
    ]
    table = not_compared_table(skipped)
    assert len(table.rows) == 1
    scope, phrase, number, _reason, place = table.rows[0]
    assert scope == f"{files[0]} の表 ほか {len(files) - 1}" and (phrase, number) == (
        "研修を3本",
        "3",
    )
    assert place == f"{skipped[0].location}（同じ記載がほかに {len(files) - 1} か所）"


def test_check_lists_a_line_of_every_form_once(tmp_path: Path) -> None:
    forms = write_forms(tmp_path / "R6", legend=False)
    for form in forms.iterdir():  # (a line each form carries, in a counter not read)
        from openpyxl import load_workbook

        book = load_workbook(form)
        book.active.append(["研修はAが3本です"])  # type: ignore[union-attr]
        book.save(form)
    (tmp_path / "planeval.toml").write_text(CONFIG, encoding="utf-8")
    code, said = _run(tmp_path, "check", str(forms), "--text", str(_report(tmp_path)), "-q")
    assert code == 1 and said.count("研修はAが3本") == 1, said
    assert f"同じ記載がほかに {len(FORMS) - 1} か所" in said
