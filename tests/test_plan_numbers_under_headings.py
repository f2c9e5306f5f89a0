"""名古屋市守山区's forms (review 69): a sheet per 基本方針 under its heading 「基本方針1 …」, its
取組み numbered No. 1, 2, 3 … anew; the plan numbers them 1-1, 1-2, 1-3 (事業番号). No. 2
under 基本方針1 is the plan's 1-2 — the same number, said in two parts: no warning (each 課'
file warned 「取組みの番号が計画と違うため、名称で照らし合わせました」, ten on the designed
workflow). A No. that is another item's still is one."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from typer.testing import CliRunner

from planeval.cli import app

ITEMS = {1: ["地域の防災訓練の支援", "避難所運営マニュアルの見直し", "防災講話の開催"],
         2: ["子育て講座の開催", "健康づくり教室"]}  # fmt: skip
SETTINGS = '[scale]\npreset = "nagoya"\n'


def _plan(folder: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "取組み一覧"
    sheet.append(["令和6年度\u3000区政運営方針\u3000取組み一覧"])
    sheet.append([])
    sheet.append(["基本方針", "事業番号", "事業", "取組み", "区分", "担当課"])
    for policy, names in ITEMS.items():
        for number, name in enumerate(names, start=1):
            row = [f"{policy} 基本方針の名前", f"{policy}-{number}", name, name, "継続", "総務課"]
            sheet.append(row)
    path = folder / "取組み一覧.xlsx"
    book.save(path)
    return path


def _form(folder: Path, numbers: dict[int, list[object]] | None = None) -> Path:
    book = Workbook()
    book.remove(book.active)
    for policy, names in ITEMS.items():
        sheet = book.create_sheet(f"基本方針{policy}")
        sheet.append(["令和6年度\u3000区政運営方針\u3000取組み結果"])
        sheet.append([])
        sheet.append([f"基本方針{policy}\u3000基本方針の名前"])
        sheet.append(["No.", "事業名", "目標", "実績", "取組み結果", "今後の方向性", "担当課"])
        typed = (numbers or {}).get(policy) or list(range(1, len(names) + 1))
        for number, name in zip(typed, names, strict=True):
            sheet.append([number, name, "10回", "10回", "A", "引き続き実施", "総務課"])
    path = folder / "取組み結果.xlsx"
    book.save(path)
    return path


def _summarize(tmp_path: Path, form: Path):
    settings = tmp_path / "planeval.toml"
    settings.write_text(SETTINGS, encoding="utf-8")
    plan = _plan(tmp_path)
    return CliRunner().invoke(
        app, ["summarize", str(form), "--plan", str(plan), "--config", str(settings)]
    )


def test_a_number_under_its_policy_s_heading_is_the_plan_s_number(tmp_path: Path) -> None:
    result = _summarize(tmp_path, _form(tmp_path))
    assert result.exit_code == 0, result.output
    assert "番号が計画と違う" not in result.output and "警告" not in result.output


def test_another_item_s_number_is_still_said(tmp_path: Path) -> None:
    result = _summarize(tmp_path, _form(tmp_path, {1: [1, 3, 2]}))
    assert "番号が計画と違う" in result.output, result.output


def test_a_number_typed_as_the_plan_s_own_id_is_no_other_number(tmp_path: Path) -> None:
    """Review 72: No. typed 「1-2」 as the plan numbers it was told it differs from 「1-2」."""
    typed = {
        policy: [f"{policy}-{n}" for n in range(1, len(names) + 1)]
        for policy, names in ITEMS.items()
    }
    result = _summarize(tmp_path, _form(tmp_path, typed))
    assert result.exit_code == 0, result.output
    assert "番号が計画と違う" not in result.output
