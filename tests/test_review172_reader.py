"""Review 172 (the reader with the print and the Word file): #1 the 項目 no department sent is
said where its numbering jumps, in its 基本目標's section, as the tables number it; #6 no tool's
name as the files' author, their language Japanese."""

from __future__ import annotations

import re
from pathlib import Path

from docx import Document
from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.test_review166_through_groups import _forms, _run

SAID = "このほか、項目(3) は報告がなかったため、評価に含めていません。"
NOTE = "基本目標2 の項目(3) は報告がなかったため、集計に含めていません。"


def _exported(tmp_path: Path) -> dict[str, Path]:
    forms = _forms(tmp_path)  # (農政部's 施策3 (3) never sent)
    out = {kind: tmp_path / f"報告.{kind}" for kind in ("xlsx", "docx", "html", "md")}
    options = [part for kind, path in out.items() for part in (f"--{kind}", str(path))]
    result = _run(tmp_path, "export", str(forms), *options)
    assert result.exit_code == 0, result.output
    return out


def _sections(paragraphs: list[tuple[str, str]], heading: str) -> list[str]:
    """The docx's paragraphs (style, text) from ``heading``'s heading up to the next heading."""
    headings = [n for n, (style, _text) in enumerate(paragraphs) if style == "Heading 2"]
    start = next(n for n in headings if paragraphs[n][1].startswith(heading))
    end = next((n for n in headings if n > start), len(paragraphs))
    return [text for _style, text in paragraphs[start:end]]


def test_the_missing_item_is_said_after_its_policys_count_sentence(tmp_path: Path) -> None:
    """#1: 基本目標2's tables go (1), (2), then (4): its section says (3) is not in, after its
    count sentence, in every format; 集計 says it in the same words (no 2-(3), no 回答)."""
    out = _exported(tmp_path)
    md = out["md"].read_text(encoding="utf-8")
    sections = re.split(r"^## ", md, flags=re.M)
    second = next(text for text in sections if text.startswith("基本目標2"))
    sentence = next(line for line in second.splitlines() if "指標を評価しました" in line)
    assert sentence.endswith("でした。" + SAID)
    assert SAID not in next(text for text in sections if text.startswith("基本目標1"))
    assert NOTE in next(text for text in sections if text.startswith("集計"))
    for text in (md, out["html"].read_text(encoding="utf-8")):
        assert "2-(3)" not in text and "どの回答にも" not in text
        assert text.count(SAID) == 1 and text.count(NOTE) == 1
    book = load_workbook(out["xlsx"])
    cells = {
        sheet.title: [str(c.value).replace("\n", "") for row in sheet.iter_rows() for c in row]
        for sheet in book
    }
    policy = next(title for title in cells if title.startswith("基本目標2"))
    assert any(text.endswith("でした。" + SAID) for text in cells[policy])
    assert NOTE in cells["集計"]
    assert not any(
        SAID in text for title, texts in cells.items() if title != policy for text in texts
    )
    paragraphs = [
        (p.style.name, p.text.replace("\n", "")) for p in Document(str(out["docx"])).paragraphs
    ]
    assert any("でした。" + SAID in p for p in _sections(paragraphs, "基本目標2"))
    assert NOTE in _sections(paragraphs, "集計")


def test_the_files_name_no_tool_as_their_author_and_are_in_japanese(tmp_path: Path) -> None:
    """#6: a PDF made of the Word file showed 作成者: planeval."""
    out = _exported(tmp_path)
    properties = Document(str(out["docx"])).core_properties
    assert (properties.author, properties.last_modified_by) == ("", "")
    assert properties.language == "ja-JP"
    book = load_workbook(out["xlsx"]).properties
    assert not book.creator and not book.lastModifiedBy


def test_a_captions_counts_carry_their_counters(tmp_path: Path) -> None:
    """#2: 「項目 2・指標 5（内訳 …）」 above rows (1), (2) read as 項目 No. 2; each count now
    has its counter, as the count sentences write it — 「2項目・5指標」 — counted from the rows,
    and check still reads it (a wrong one a disagreement)."""
    out = _exported(tmp_path)
    md = out["md"].read_text(encoding="utf-8")
    section = md[md.index("### 施策1") : md.index("### 施策2")]
    groups = len(re.findall(r"^\| \(\d+\)", section, flags=re.M))
    rows = len(re.findall(r"^\| .*(?:達成|前進|横ばい|後退)[A-D] \|$", section, flags=re.M))
    caption = f"{groups}項目・{rows}指標（"
    assert caption in section and "項目 2・" not in md
    assert caption in out["html"].read_text(encoding="utf-8")  # (the docx heads its rows)
    checked = _run(tmp_path, "check", str(tmp_path / "回答"), "--text", str(out["md"]))
    assert checked.exit_code == 0, checked.output
    out["md"].write_text(md.replace(caption, f"{groups}項目・{rows + 1}指標（", 1), "utf-8")
    checked = _run(tmp_path, "check", str(tmp_path / "回答"), "--text", str(out["md"]))
    assert checked.exit_code == 1 and "指標の数" in checked.output, checked.output


def test_setagayas_total_is_said_once_without_jitsushitsu(tmp_path: Path) -> None:
    """#7: 集計 said 「評価した実施内容と細目は全51件（2件再掲のため実質49件）です。」 and at once
    「…評価した実施内容と細目は計49件です。」; now one sentence, in the words check reads."""
    import planeval
    from tests.conftest import SEED_WORKBOOK

    rows = planeval.read_workbooks([SEED_WORKBOOK]).entries
    repeats = sum(row.status == planeval.DEFAULT_SCALE.repeat_symbol for row in rows)
    counted = sum(row.status in planeval.DEFAULT_SCALE.counted for row in rows)
    out = tmp_path / "報告.md"
    runner = CliRunner()
    made = runner.invoke(
        app, ["export", str(SEED_WORKBOOK), "--fiscal-year", "2021", "--md", str(out)]
    )
    assert made.exit_code == 0, made.output
    summary = out.read_text(encoding="utf-8").split("\n## ")[1]
    said = f"は全{counted + repeats}件で、再掲の{repeats}件を除く{counted}件を集計しました。"
    assert summary.count(said) == 1 and repeats > 0
    assert "実質" not in summary and f"計{counted}件" not in summary
    assert summary.count(f"{counted + repeats}件") == 1
    checked = runner.invoke(app, ["check", str(SEED_WORKBOOK), "--text", str(out)])
    assert "計画全体" not in checked.output, checked.output  # (its own paragraph's 6 of 7 only)


def test_a_policy_name_a_little_too_long_widens_its_column_not_its_row(tmp_path: Path) -> None:
    """#7: 中原市's 基本政策Ⅱ, 22 wide characters, was given two lines in 集計 (height 37.5,
    its second line blank in print); a name up to three characters over the column's bound
    now widens the column, its row as tall as the others."""
    import planeval
    from planeval.report.xlsx_export import write_xlsx
    from planeval.report.xlsx_widths import NAME_MOST
    from tests.conftest import SEED_WORKBOOK

    long = "子どもの未来を育み誰もが活躍できるまちづくり"
    entries = [
        entry._replace(policy_name=long) if entry.policy_id == "2" else entry
        for entry in planeval.read_workbooks([SEED_WORKBOOK]).entries
    ]
    out = tmp_path / "報告.xlsx"
    write_xlsx(planeval.build_report(entries, planeval.DEFAULT_SCALE), out)
    sheet = load_workbook(out)["集計"]
    rows = {row[1].value: row[0].row for row in sheet.iter_rows() if row[1].value}
    policy, first = rows[long], next(rows[name] for name in rows if "区民の力" in str(name))
    assert sheet.row_dimensions[policy].height == sheet.row_dimensions[first].height
    assert sheet.column_dimensions["B"].width > NAME_MOST + 1
