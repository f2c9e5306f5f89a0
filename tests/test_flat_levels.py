"""The flat data outputs (the export's データ sheet, 進捗状況.csv, 集計.csv) carry each level of a
body's plan once, in its words, with its number as typed where that differs from the ID — for
bodies whose plan has fewer levels than Setagaya's (reviews 81 and 82): 枚方市's 施策 rated under
基本目標 Ⅰ–Ⅵ, 名古屋市守山区's 事業 under 基本方針 (both levels called 基本方針 by its preset),
羽村市's 事業 under 施策 (policy = project = 施策, as planeval's first-run notice offers). No
two columns are titled alike (pandas and Power Query keep one of them), and each export still
reads back to the same rows and counts (summarize, compare, check)."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.entry_columns import ENTRY_FIELDS
from planeval.model import Entry, Location
from planeval.repeated_fields import distinct_titles
from tests.conftest import SEED_WORKBOOK
from tests.other_bodies import BODIES

ROMAN = "ⅠⅡⅢⅣⅤⅥ"
WORKBOOKS = Path(__file__).parent / "workbooks"
SETTINGS = {
    "hirakata": '[scale]\npreset = "hirakata"\n\n[wording]\npreset = "hirakata"\n',
    "nagoya": '[scale]\npreset = "nagoya"\n\n[wording]\npreset = "nagoya"\n',
    # (the [wording] planeval's first-run notice offers for 羽村市's tables)
    "hamura": '[scale]\npreset = "hamura"\n\n[wording]\npolicy = "施策"\nproject = "施策"\n'
    'item = "事業"\nstatus = "評価"\nissue = "評価の理由・今後の方向性"\ndepartment = "担当課"\n',
}


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def _hirakata(folder: Path) -> Path:
    """枚方市's 施策評価 with its 基本目標 numbered as the city numbers them, 「基本目標Ⅰ　…」."""
    [built] = next(body for body in BODIES if body.key == "hirakata").build(folder)
    book = load_workbook(built)
    for row in book.active.iter_rows(min_col=1, max_col=1):
        cell = row[0]
        if isinstance(cell.value, str) and cell.value.startswith("基本目標"):
            number = int(cell.value[4])
            cell.value = f"基本目標{ROMAN[number - 1]}{cell.value[5:]}"
    book.save(built)
    return built


def _hamura(folder: Path) -> Path:
    [built] = next(body for body in BODIES if body.key == "hamura").build(folder)
    return built


def _nagoya(folder: Path) -> Path:
    """The reviewer's 名古屋市守山区 workbook (review 82)."""
    return Path(shutil.copy(WORKBOOKS / "nagoya_moriyama_r6.xlsx", folder))


BUILD = {"hirakata": _hirakata, "nagoya": _nagoya, "hamura": _hamura}
# each body's data sheet's and 進捗状況.csv's titles (and the figures after them: 目標 | 実績)
DATA_TITLES = {
    "hirakata": ["基本目標番号", "基本目標番号（表記）", "基本目標名", "施策番号", "施策名", "評価",
                 "今後の方向性", "担当部", "ファイル", "シート", "セル"],
    "nagoya": ["基本方針番号", "基本方針名", "事業番号", "事業名", "取組み結果",
               "取組み結果（入力値）", "今後の方向性", "担当課", "ファイル", "シート", "セル",
               "目標", "実績"],
    "hamura": ["施策番号", "施策名", "事業名", "評価",
               "評価の理由・今後の方向性", "担当課", "ファイル", "シート", "セル"],
}  # fmt: skip
# (枚方市 and 羽村市 typed their statuses as the symbols are: the status as typed, 評価（入力値）,
# is the status's own column — review 98; 名古屋市守山区 typed some otherwise)
CSV_TITLES = {
    "hirakata": ["基本目標番号", "基本目標番号（表記）", "基本目標名", "番号", "施策", "細目", "評価",
                 "今後の方向性", "担当部"],
    "nagoya": ["基本方針番号", "基本方針名", "番号", "事業", "細目", "目標", "実績", "取組み結果",
               "今後の方向性", "担当課"],
    "hamura": ["施策番号", "施策名", "番号", "事業", "細目", "評価", "評価の理由・今後の方向性",
               "担当課"],
}  # fmt: skip


@pytest.fixture(params=list(BUILD))
def body(request, tmp_path: Path) -> tuple[str, Path, Path]:
    """A body's workbook as its clerk types it, beside its planeval.toml."""
    key = request.param
    folder = tmp_path / key
    folder.mkdir()
    (folder / "planeval.toml").write_text(SETTINGS[key], encoding="utf-8")
    return key, BUILD[key](folder), folder / "planeval.toml"


def _export(source: Path, settings: Path, out: Path) -> Path:
    exported = run(
        "export", str(source), "--config", str(settings), "--xlsx", str(out / "報告書.xlsx"),
        "--csv", str(out / "csv"), "--md", str(out / "報告書.md"),
    )  # fmt: skip
    assert exported.exit_code == 0, exported.output
    return out / "報告書.xlsx"


def _csv(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def test_the_data_outputs_title_each_level_once(body, tmp_path: Path) -> None:
    key, source, settings = body
    export = _export(source, settings, tmp_path / "out")
    data = list(load_workbook(export)["データ"].iter_rows(values_only=True))
    assert list(data[0]) == DATA_TITLES[key]
    progress = _csv(tmp_path / "out" / "csv" / "進捗状況.csv")
    assert progress[0] == CSV_TITLES[key]
    for titles in (data[0], progress[0]):
        assert len(set(titles)) == len(titles)
    # (no column of a level repeating another's values: 事業番号 beside 事業番号（表記）)
    levels = [title.endswith(("番号", "名", "（表記）")) for title in data[0]]
    columns = [c for c, level in zip(zip(*data[1:], strict=True), levels, strict=True) if level]
    assert len(set(columns)) == len(columns), data[0]


def test_hirakata_s_roman_numerals_are_kept_beside_the_ids(tmp_path: Path) -> None:
    source = _hirakata(tmp_path)
    _export(source, _settings(tmp_path, SETTINGS["hirakata"]), tmp_path / "out")
    progress = _csv(tmp_path / "out" / "csv" / "進捗状況.csv")
    assert progress[1][:3] == ["1", "Ⅰ", "安全で、健康にいきいきと暮らせるまち"]
    assert {row[1] for row in progress[1:]} == set(ROMAN)
    totals = _csv(tmp_path / "out" / "csv" / "集計.csv")
    assert totals[0][:3] == ["基本目標番号", "基本目標番号（表記）", "基本目標名"]
    assert [row[:2] for row in totals[1:]] == [
        *([str(n), roman] for n, roman in enumerate(ROMAN, start=1)),
        ["合計", ""],
    ]


def test_each_export_reads_back_to_the_same_rows_and_counts(body, tmp_path: Path) -> None:
    _key, source, settings = body
    export = _export(source, settings, tmp_path / "out")
    config = planeval.load_config(settings)
    before = planeval.read_workbooks([source], scale=config.scale, layout=config.layout)
    for engine in ("auto", "openpyxl"):
        after = planeval.read_workbooks(
            [export], scale=config.scale, layout=config.layout, engine=engine
        )
        assert {e.location.sheet for e in after.entries} == {"データ"}
        rows = [tuple(getattr(e, name) for name in ENTRY_FIELDS) for e in after.entries]
        assert sorted(rows, key=repr) == sorted(
            (tuple(getattr(e, name) for name in ENTRY_FIELDS) for e in before.entries), key=repr
        )
        assert after.level_labels == before.level_labels
        assert (after.policy_names, after.direction_names) == (
            before.policy_names,
            before.direction_names,
        )
    for by in ("policy", "item"):  # (--by project: no level between, an error for both)
        counts = [
            json.loads(run(*shown, "--config", str(settings), "--by", by, "-f", "json").stdout)
            for shown in (("summarize", str(source)), ("summarize", str(export)))
        ]
        assert counts[0]["groups"] == counts[1]["groups"]
    compared = run("compare", str(export), str(source), "--config", str(settings), "-f", "json")
    assert compared.exit_code == 0, compared.output
    assert json.loads(compared.stdout)["movements"] == []
    # (the export's own Markdown, written from the workbook's counts, agrees with the export's)
    report = str(tmp_path / "out" / "報告書.md")
    checked = run("check", str(export), "--text", report, "--config", str(settings))
    assert checked.exit_code == 0, checked.output
    assert "すべて集計と一致しています" in checked.stdout


def test_setagaya_s_data_columns_are_as_they_were(tmp_path: Path) -> None:
    out = tmp_path / "out"
    exported = run("export", str(SEED_WORKBOOK), "--xlsx", str(out / "r.xlsx"), "--csv", str(out))
    assert exported.exit_code == 0, exported.output
    titles = [cell.value for cell in load_workbook(out / "r.xlsx")["データ"][1]]
    assert titles == [
        "政策番号", "政策名", "方向性番号", "方向性名", "事業番号", "事業名", "実施内容番号",
        "実施内容番号（表記）", "実施内容名", "細目", "達成状況", "達成状況（入力値）", "課題等",
        "再掲元", "ファイル", "シート", "セル",
    ]  # fmt: skip
    assert _csv(out / "進捗状況.csv")[0] == [
        "政策", "政策名", "方向性", "方向性名", "事業番号", "事業名", "番号", "実施内容", "細目",
        "達成状況", "課題等", "所管部",
    ]  # fmt: skip


def test_the_flat_csv_names_each_level_beside_its_id(tmp_path: Path) -> None:
    """Review 96 #2: 進捗状況.csv had each policy's and direction's ID and no name (川崎市's 政策
    1-1 unnamed in every CSV); each name stands beside its ID, as in the data sheet."""
    out = tmp_path / "out"
    exported = run("export", str(SEED_WORKBOOK), "--xlsx", str(out / "r.xlsx"), "--csv", str(out))
    assert exported.exit_code == 0, exported.output
    data = list(load_workbook(out / "r.xlsx")["データ"].iter_rows(min_row=2, values_only=True))
    flat = _csv(out / "進捗状況.csv")
    assert [row[:4] for row in flat[1:]] == [[str(cell) for cell in row[:4]] for row in data]
    assert flat[1][:4] == [
        "1",
        "区民の力を活かす情報化",
        "1-1",
        "ICT を活用した行政サービスの拡充及び継続的改善",
    ]


def _entry(policy: str, project: str, name: str, item: int) -> Entry:
    return Entry(
        Location("守山区.xlsx", "取組み結果", f"F{item + 4}"),
        policy, "", project, name, item, str(item), f"事業{item}", None, "A", "A",
        policy_name=f"基本方針{policy}の名前",
    )  # fmt: skip


def test_a_body_calling_two_levels_alike_still_has_no_two_columns_titled_alike(
    tmp_path: Path,
) -> None:
    """The nagoya words (policy and project both 基本方針) over rows rated under projects of
    their own: the project's columns titled in planeval's words, 事業番号 and 事業名; the export
    reads back to the same rows."""
    wording = planeval.load_config(_settings(tmp_path, SETTINGS["nagoya"])).wording
    config = planeval.load_config(tmp_path / "planeval.toml")
    entries = [_entry("1", "1-1", "防災", 1), _entry("1", "1-2", "防犯", 2)]
    report = planeval.build_report(entries, config.scale, wording=wording)
    [export] = planeval.export(report, xlsx=tmp_path / "報告書.xlsx").files
    titles = [cell.value for cell in load_workbook(export)["データ"][1]]
    assert titles[:4] == ["基本方針番号", "基本方針名", "事業番号", "事業名"]
    assert len(set(titles)) == len(titles)
    again = planeval.read_workbooks([export], scale=config.scale)
    assert [e[1:] for e in again.entries] == [e[1:] for e in entries]


def _settings(folder: Path, text: str) -> Path:
    (folder / "planeval.toml").write_text(text, encoding="utf-8")
    return folder / "planeval.toml"


def test_distinct_titles_falls_back_to_planeval_s_words_then_numbers() -> None:
    assert distinct_titles(["基本方針番号", "基本方針番号", "基本方針番号"], ["政策番号", "事業番号", "事業番号"]) == [
        "基本方針番号", "事業番号", "事業番号（2）",
    ]  # fmt: skip


def test_a_survey_s_only_level_is_titled_in_the_policy_s_word_in_both_flat_outputs(
    tmp_path: Path,
) -> None:
    """Review 120 #5: a national survey (分野 › 調査項目, [wording] policy = "分野" and no
    project word) had 進捗状況.csv title its 分野 「事業番号 | 事業名」, while the data sheet said
    分野番号 | 分野名."""
    wording = planeval.load_config(
        _settings(tmp_path, '[wording]\npolicy = "分野"\nitem = "調査項目"\n')
    ).wording
    rows = [("1", "行政手続のオンライン化", 1), ("1", "行政手続のオンライン化", 2)]
    rows.append(("2", "情報システムの標準化", 1))
    entries = [_survey_row(row, *fields) for row, fields in enumerate(rows, start=5)]
    report = planeval.build_report(entries, planeval.DEFAULT_SCALE, wording=wording)
    planeval.export(report, xlsx=tmp_path / "報告書.xlsx", csv=tmp_path / "csv")
    data = [cell.value for cell in load_workbook(tmp_path / "報告書.xlsx")["データ"][1]]
    progress = _csv(tmp_path / "csv" / "進捗状況.csv")
    assert data[:2] == progress[0][:2] == ["分野番号", "分野名"]
    assert progress[1][:2] == ["1", "行政手続のオンライン化"]


def _survey_row(row: int, field: str, name: str, item: int) -> Entry:
    """A survey's row rated right under its 分野 (its project the 分野 itself)."""
    return Entry(
        Location("北海道.xlsx", "回答", f"D{row}"),
        field, "", field, name, item, str(item), f"項目{row}", None, "◎", "◎", policy_name=name,
    )  # fmt: skip
