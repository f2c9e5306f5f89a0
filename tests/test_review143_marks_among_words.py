"""A bare mark among statuses written as words (review 143 #7, #10): 川瀬町 rates its 事業 with
whole phrases (計画どおり完了, 一部実施, 次年度以降計画を見直す) and 「-」 labelled 事業中止, counted.
The count sentence quotes the phrases all the same, 「「次年度以降計画を見直す」が1件」, the mark by
its label among them, 「「事業中止」が1件」, and says no 「事業中止0件」 where no row has it, as the
preset's own statuses are said; the table's caption and the 集計's column title name it as the
sentence does, 事業中止, not a lone 「-」 (its label only on hover in the web page). Setagaya's
marks (◎ ○ △, all marks) and Nagoya's - among letters keep their symbols and 0件."""

from __future__ import annotations

import re
from pathlib import Path

from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from planeval.config import load_config
from planeval.count_sentence import said_as_phrases
from planeval.presets import PRESETS
from planeval.scale import DEFAULT_SCALE

RUNNER = CliRunner()
DONE, PART, REVIEW, STOPPED = "計画どおり完了", "一部実施", "次年度以降計画を見直す", "-"
TOML = """[scale]
preset = "hamura"

[[scale.status]]
symbol = "一部実施"
label = "一部実施"
after = "計画どおり完了"

[[scale.status]]
symbol = "-"
label = "事業中止"
counted = true
after = "次年度以降計画を見直す"

[wording]
policy = "施策"
project = "施策"
item = "事業"
status = "評価"
issue = "評価の理由・課題"
department = "担当課"
counter = "件"
"""


def _kawase(folder: Path, toml: str = TOML) -> tuple[str, str]:
    """川瀬町-style replies: 施策 headings, one 事業 a row; 施策1 has no 事業中止, 施策2 one."""
    book = Workbook()
    sheet = book.active
    sheet.title = "施策評価"
    sheet.append(["令和7年度 川瀬町 施策評価シート"])
    rows = {
        ("1", "防災・減災の推進"): [
            ("防災行政無線のデジタル化", DONE, None, "総務課"),
            ("自主防災組織の育成支援", DONE, None, "総務課"),
            ("避難所備蓄品の計画的整備", PART, "備蓄食料の更新は一部のみ。", "総務課"),
            ("高齢者運転免許自主返納支援", REVIEW, "申請が少なく、支援内容を見直す。", "住民課"),
        ],
        ("2", "健康づくりの推進"): [
            ("健康診査の受診勧奨", DONE, None, "保健福祉課"),
            ("介護予防教室の開催", PART, "会場の改修により回数を減らした。", "保健福祉課"),
            ("健康ポイント事業", STOPPED, "国の制度に移行したため中止。", "保健福祉課"),
        ],
    }  # fmt: skip
    for (number, name), projects in rows.items():
        sheet.append([f"施策{number}「{name}」"])
        sheet.append(["事業名", "評価", "評価の理由・課題", "担当課"])
        for project in projects:
            sheet.append(list(project))
        sheet.append([])
    config = folder / "planeval.toml"
    config.write_text(toml, encoding="utf-8")
    path = folder / "施策評価シート_令和7年度.xlsx"
    book.save(path)
    return str(path), str(config)


def _export(folder: Path, *formats: str) -> dict[str, Path]:
    source, config = _kawase(folder)
    outputs = {kind: folder / f"r.{kind}" for kind in ("md", *formats)}
    options = [part for kind, out in outputs.items() for part in (f"--{kind}", str(out))]
    result = RUNNER.invoke(app, ["export", source, "--config", config, *options])
    assert result.exit_code == 0, result.output
    return outputs


def test_the_phrases_are_quoted_with_the_mark_among_them_by_its_label(tmp_path: Path) -> None:
    text = _export(tmp_path)["md"].read_text(encoding="utf-8")
    assert (
        "評価は、「計画どおり完了」が2件、「一部実施」が1件、「次年度以降計画を見直す」が1件でした。"
    ) in text
    assert "評価は、「計画どおり完了」が1件、「一部実施」が1件、「事業中止」が1件でした。" in text
    assert "見直す1件" not in text and "事業中止0件" not in text and "「事業中止」が0件" not in text


def test_the_caption_and_the_summary_name_the_mark_as_the_sentence_does(tmp_path: Path) -> None:
    outputs = _export(tmp_path, "html", "xlsx")
    text = outputs["md"].read_text(encoding="utf-8")
    assert "3事業（計画どおり完了 1件、一部実施 1件、事業中止 1件）" in text
    assert "、- 1）" not in text
    header = next(line for line in text.splitlines() if line.startswith("| 施策番号"))
    assert "| 事業中止 |" in header and "| - |" not in header
    page = outputs["html"].read_text(encoding="utf-8")
    head = page[page.index("<thead>") : page.index("</thead>")]
    assert ">事業中止</th>" in head and "<abbr" not in head
    sheet = load_workbook(outputs["xlsx"])["集計"]
    titles = [cell.value for row in sheet.iter_rows(max_row=8) for cell in row]
    assert "事業中止" in titles and "-" not in titles


def test_check_reads_the_sentence_caption_and_table_back(tmp_path: Path) -> None:
    report = _export(tmp_path)["md"]
    source, config = _kawase(tmp_path)
    agreed = RUNNER.invoke(app, ["check", source, "--config", config, "--text", str(report)])
    assert agreed.exit_code == 0, agreed.output
    assert "比べられなかった" not in agreed.output
    text = report.read_text(encoding="utf-8")
    for said, wrong in (
        ("「事業中止」が1件", "「事業中止」が2件"),
        ("事業中止 1件）", "事業中止 2件）"),
    ):
        (tmp_path / "wrong.md").write_text(text.replace(said, wrong), encoding="utf-8")
        found = RUNNER.invoke(
            app, ["check", source, "--config", config, "--text", str(tmp_path / "wrong.md")]
        )
        assert found.exit_code == 1, (wrong, found.output)


def test_a_status_added_to_a_preset_is_said_as_the_preset_s_are(tmp_path: Path) -> None:
    """羽村市's statuses are said only when used, and so is one a planeval.toml adds; one added
    to Setagaya's scale keeps its 0件, and ``in_narrative`` written says what it says."""
    _, config = _kawase(tmp_path)
    added = load_config(Path(config)).scale
    assert added.status("-").in_narrative == "when_used"
    assert added.status("一部実施").in_narrative == "when_used"
    setagaya = tmp_path / "setagaya.toml"
    setagaya.write_text(
        '[scale]\npreset = "setagaya"\n\n[[scale.status]]\nsymbol = "□"\nlabel = "中止"\n',
        encoding="utf-8",
    )
    assert load_config(setagaya).scale.status("□").in_narrative == "always"
    written = tmp_path / "written.toml"
    written.write_text(
        re.sub(r'(label = "事業中止")', r'\1\nin_narrative = "always"', TOML), "utf-8"
    )
    assert load_config(written).scale.status("-").in_narrative == "always"


def test_only_a_mark_among_words_goes_by_its_label() -> None:
    assert not any(DEFAULT_SCALE.by_label(symbol) for symbol in DEFAULT_SCALE.symbols)
    nagoya = PRESETS["nagoya"]  # (- among A–D: 「事業が中止となったもの（-）が1事業」 as before)
    assert not any(nagoya.by_label(symbol) for symbol in nagoya.symbols)
    assert not said_as_phrases(DEFAULT_SCALE) and not said_as_phrases(nagoya)
    assert not any(PRESETS["hamura"].by_label(s) for s in PRESETS["hamura"].symbols)
