"""planeval's own export of one body, read back (last year's published workbook as the OLD of
compare): its rows come back as they were read from the body's own layout — the same IDs,
names, levels and counts — whatever the layout and the body's words, so that it pairs with
the body's workbooks item by item."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cells import DATA_COLUMNS_PROPERTY
from planeval.cli import app
from planeval.entry_columns import ENTRY_FIELDS, SOURCE_FIELDS
from planeval.repeated_fields import repeated_fields
from tests.conftest import SEED_WORKBOOK
from tests.older_exports import written_before
from tests.other_bodies import BODIES
from tests.test_other_bodies import CONFIGS

# the body's own words, which title the export's data sheet (施策番号, 事業名, 評価 …)
WORDS = '\n[wording]\npolicy = "施策"\nproject = "施策"\nitem = "事業"\nstatus = "評価"\n'
SETAGAYA = "setagaya"


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def _source(key: str, folder: Path) -> tuple[list[Path], Path]:
    """A body's workbooks and its planeval.toml (Setagaya's seed workbook, or another body's
    workbooks as its clerk lays them out), in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    if key == SETAGAYA:
        paths, config = [SEED_WORKBOOK], ""
    else:
        body = next(body for body in BODIES if body.key == key)
        paths, config = body.build(folder), CONFIGS[key]
    (folder / "planeval.toml").write_text(config + WORDS, encoding="utf-8")
    return paths, folder / "planeval.toml"


def _rows(result: planeval.ReadResult) -> list[tuple[object, ...]]:
    return sorted(tuple(repr(getattr(e, name)) for name in ENTRY_FIELDS) for e in result.entries)


@pytest.mark.parametrize("key", [SETAGAYA, *(body.key for body in BODIES)])
def test_an_export_of_one_body_reads_back_to_the_same_rows(key: str, tmp_path: Path) -> None:
    paths, toml = _source(key, tmp_path / "in")
    config = planeval.load_config(toml)
    source = planeval.read_workbooks(paths, scale=config.scale, layout=config.layout)
    report = planeval.build_report(source.entries, config.scale, wording=config.wording)
    [out] = planeval.export(report, xlsx=tmp_path / "out" / "報告書.xlsx").files
    for engine in ("auto", "openpyxl"):
        again = planeval.read_workbooks(
            [out], scale=config.scale, layout=config.layout, engine=engine
        )
        assert _rows(again) == _rows(source)
        assert (again.policy_names, again.direction_names) == (
            source.policy_names,
            source.direction_names,
        )
        # (read back as written, it says nothing: a notice on every compare of two rounds'
        # exports told the clerk nothing to do — review 84)
        assert again.problems == []
        for by in ("policy", "direction", "project"):
            after = planeval.summarize(again.entries, by=by, scale=config.scale)
            before = planeval.summarize(source.entries, by=by, scale=config.scale)
            assert after.as_dict() == before.as_dict()


@pytest.mark.parametrize("key", ["hirakata", "hamura", "minamihara_shuchu"])
def test_last_years_export_compared_with_its_own_workbooks_moves_nothing(
    key: str, tmp_path: Path
) -> None:
    paths, toml = _source(key, tmp_path / "in")
    out = tmp_path / "R5.xlsx"
    sources = [str(path) for path in paths]
    exported = run("export", *sources, "--config", str(toml), "--xlsx", str(out))
    assert exported.exit_code == 0, exported.output
    compared = run("compare", str(out), *sources[:1], "--config", str(toml), "-f", "json")
    assert compared.exit_code == 0, compared.output
    assert json.loads(compared.stdout)["movements"] == []

    def groups(*args: str) -> list[dict[str, object]]:
        shown = run("summarize", *args, "--config", str(toml), "-f", "json")
        assert shown.exit_code == 0, shown.output
        assert "警告" not in shown.stderr and "エラー" not in shown.stderr
        return json.loads(shown.stdout)["groups"]

    assert groups(str(out)) == groups(*sources)


def test_an_export_without_its_data_sheet_is_read_from_its_policy_sheets(tmp_path: Path) -> None:
    """A clerk's copy with the データ sheet deleted (or an export of an older planeval)."""
    out = tmp_path / "第3章.xlsx"
    assert run("export", str(SEED_WORKBOOK), "--xlsx", str(out)).exit_code == 0
    book = load_workbook(out)
    del book["データ"]
    book.save(out)
    again = planeval.read_workbooks([out])
    assert {e.location.sheet for e in again.entries} != {"データ"}
    source = planeval.read_workbooks([SEED_WORKBOOK])
    after, before = planeval.summarize(again.entries), planeval.summarize(source.entries)
    assert after.as_dict() == before.as_dict()


def test_an_export_written_before_the_typed_number_column_reads_back(tmp_path: Path) -> None:
    """Last year's export, written before the data sheet had 事業番号（表記）, is still read
    from its data sheet, its rows as they were (the project's number shown as its ID)."""
    out = tmp_path / "R5.xlsx"
    assert run("export", str(SEED_WORKBOOK), "--xlsx", str(out)).exit_code == 0
    older = written_before(out, tmp_path / "R4.xlsx", typed="none", project_label=False)
    assert "事業番号（表記）" not in _titles(older)
    again = planeval.read_workbooks([older])
    assert {e.location.sheet for e in again.entries} == {"データ"}
    assert _rows(again) == _rows(planeval.read_workbooks([SEED_WORKBOOK]))


def _titles(export: Path) -> list[str]:
    return [str(cell.value) for cell in load_workbook(export)["データ"][1]]


@pytest.mark.parametrize("key", ["aichi", "hirakata", "nagoya_moriyama"])
def test_the_data_sheet_has_no_column_no_row_has_a_value_in(key: str, tmp_path: Path) -> None:
    """A body with no 細目, no 再掲 and no 所管部 column (愛知県's KPIs rated by 柱 and 指標,
    枚方市's 施策 rated whole) had those columns empty from top to bottom in its export's data
    sheet. They are left out; the export reads back to the same rows, and so does last year's,
    written with every column."""
    paths, toml = _source(key, tmp_path / "in")
    config = planeval.load_config(toml)
    source = planeval.read_workbooks(paths, scale=config.scale, layout=config.layout)
    out = tmp_path / "R5.xlsx"
    exported = run("export", *map(str, paths), "--config", str(toml), "--xlsx", str(out))
    assert exported.exit_code == 0, exported.output
    rows = list(load_workbook(out)["データ"].iter_rows(values_only=True))
    empty = [title for column, title in enumerate(rows[0]) if not any(r[column] for r in rows[1:])]
    assert empty == []  # (every column the sheet has holds a value in some row)
    # the columns left out are those of the fields no entry read has a value of
    blank = [
        name
        for name in ENTRY_FIELDS
        if not any(getattr(entry, name) not in (None, "") for entry in source.entries)
    ]
    assert {"sub_item", "repeat_of", "body"} <= set(blank)
    [recorded] = [
        p.value
        for p in load_workbook(out).custom_doc_props.props
        if p.name == DATA_COLUMNS_PROPERTY
    ]
    # (and those every row repeats another's in, the project that is its policy, recorded after
    # them with the field they repeat: repeated_fields)
    repeated = {
        name: other
        for name, other in repeated_fields(source.entries).items()
        if not {name, other} & set(blank)
    }
    kept = [name for name in ENTRY_FIELDS if name not in blank and name not in repeated]
    assert recorded.split(",") == kept + [f"{name}={other}" for name, other in repeated.items()]
    # (and after them an indicator's figures, as its tables title them: 目標 | 実績)
    figures = {title for values in source.values.values() for title, value in values if value}
    assert len(_titles(out)) == len(kept) + len(SOURCE_FIELDS) + len(figures)
    older = written_before(out, tmp_path / "R4.xlsx", typed="none")
    assert {"細目", "再掲元"} <= set(_titles(older))
    for export in (out, older):
        for engine in ("auto", "openpyxl"):
            again = planeval.read_workbooks(
                [export], scale=config.scale, layout=config.layout, engine=engine
            )
            assert {e.location.sheet for e in again.entries} == {"データ"}
            assert _rows(again) == _rows(source)
    # compared with each other through the command line: the same rows, nothing moved
    compared = run("compare", str(older), str(out), "--config", str(toml), "-f", "json")
    assert compared.exit_code == 0, compared.output
    data = json.loads(compared.stdout)
    assert data["movements"] == []
    assert data["old"]["total"] == data["new"]["total"]
    counted = planeval.summarize(source.entries, scale=config.scale).total.total
    assert data["new"]["total"]["total"] == counted > 0
