"""Review 169 #1: a 名古屋市 ward's 区政運営方針 form, 運営方針 | 取組み | 事業名 | 目標 | 実績 |
達成状況（A～D、-） | 取組み結果・課題 | 担当課, 運営方針 and 取組み merged down, one 事業 a row.
With ``preset = "nagoya"`` alone, the notice on 運営方針 asked for ``level = ["運営方針"]``;
following it, the 取組み were read as the rated rows, each 事業名 a project of one numbered by
planeval (1-1 …), and the export said 「計画全体では、63の取組みを進めました」 of 12 取組み and
63 事業. The notice now offers the lines that read it right, ``level = ["運営方針", "取組み"]``
and ``item = ["事業名"]``; and a co-owner's remark is never dropped unsaid in either reading."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.conftest import write_book

HEADER = ["運営方針", "取組み", "事業名", "目標", "実績", "達成状況（A～D、-）", "取組み結果・課題", "担当課"]  # fmt: skip
POLICIES = {1: "安心・安全に暮らせるまち", 2: "健やかに暮らせるまち"}
MEASURES = {(1, 1): "防災力の向上", (1, 2): "防犯の推進", (2, 1): "健康づくりの推進", (2, 2): "子育て支援"}  # fmt: skip
# (policy, 取組み, 事業名, status, department); 区政課 co-owns 名簿の更新, rated by 福祉課
JIGYO = [
    (1, 1, "自主防災組織への活動支援", "A", "区政課"),
    (1, 1, "地域防災訓練の実施", "B", "区政課"),
    (1, 1, "災害時要援護者名簿の更新", "C", "福祉課"),
    (1, 2, "防犯パトロールの支援", "A", "区政課"),
    (1, 2, "防犯カメラ設置補助", "A", "区政課"),
    (2, 1, "健康づくり講座", "A", "福祉課"),
    (2, 1, "食育の推進", "D", "福祉課"),
    (2, 1, "感染症予防の啓発", "-", "福祉課"),
    (2, 2, "子育てサロンの運営", "A", "福祉課"),
    (2, 2, "ひとり親家庭への相談", "B", "福祉課"),
]
CO_OWNED, CO_OWNER = "災害時要援護者名簿の更新", "区政課"
REMARK = "（福祉課所管。当課は情報提供で協力）"
PRESET = '[scale]\npreset = "nagoya"\n'


def _forms(folder: Path) -> Path:
    """Each 課's form: its own 事業 rated, the co-owner's copy of the co-owned one left blank
    with its remark; 運営方針 and 取組み merged down over their rows."""
    folder.mkdir()
    for department in ("区政課", "福祉課"):
        rows = [
            (policy, measure, name, status if owner == department else "", owner)
            for policy, measure, name, status, owner in JIGYO
            if owner == department or (name == CO_OWNED and department == CO_OWNER)
        ]
        table = [
            [
                f"{policy}　{POLICIES[policy]}",
                f"({measure})　{MEASURES[policy, measure]}",
                name,
                "年12回",
                "年10回",
                status,
                REMARK if not status else "目標どおり実施した。",
                department,
            ]
            for policy, measure, name, status, owner in rows
        ]
        merges = [
            f"{letter}{4 + first}:{letter}{4 + last}"
            for column, letter in ((0, "A"), (1, "B"))
            for first, last in _runs([line[column] for line in table])
            if last > first
        ]
        sheet = [[f"令和7年度　緑丘区区政運営方針　取組み結果（{department}）"], [], HEADER, *table]
        for merged in merges:  # (a merged cell's others hold nothing)
            start, end = (int(ref[1:]) - 4 for ref in merged.split(":"))
            column = "AB".index(merged[0])
            for line in table[start + 1 : end + 1]:
                line[column] = ""
        write_book(
            folder / f"令和7_{department}.xlsx",
            {"取組み結果": sheet},
            merges={"取組み結果": merges},
        )
    return folder


def _runs(values: list[object]) -> list[tuple[int, int]]:
    """The (first, last) row indexes of each run of equal values."""
    runs: list[tuple[int, int]] = []
    for index, value in enumerate(values):
        if runs and values[runs[-1][0]] == value:
            runs[-1] = (runs[-1][0], index)
        else:
            runs.append((index, index))
    return runs


def _read(forms: Path, settings: Path) -> planeval.ReadResult:
    config = planeval.load_config(settings)
    return planeval.read_workbooks(
        [forms], scale=config.scale, layout=config.layout, wording=config.wording
    )


def _run(*args: str) -> tuple[int, str]:
    said = CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})
    return said.exit_code, said.output


def test_the_notice_offers_the_levels_and_the_item_column(tmp_path: Path) -> None:
    forms = _forms(tmp_path / "R7")
    settings = tmp_path / "planeval.toml"
    settings.write_text(PRESET, encoding="utf-8")
    _code, said = _run("validate", str(forms), "--config", str(settings))
    assert '  level = ["運営方針", "取組み"]\n  item = ["事業名"]' in said, said
    assert "「取組み」はその上の段" in said
    # (the report's words wait for the rated column to change: 取組み was offered as the item's)
    assert 'item = "取組み"' not in said


def test_its_lines_pasted_in_read_the_measures_and_their_projects(tmp_path: Path) -> None:
    forms = _forms(tmp_path / "R7")
    settings = tmp_path / "planeval.toml"
    settings.write_text(PRESET, encoding="utf-8")
    offered = {p.settings for p in _read(forms, settings).problems if p.settings}
    lines = [text for text in offered if text.startswith("[layout.titles]")]
    assert len(lines) == 1, offered
    settings.write_text(f"{PRESET}\n{lines[0]}\n", encoding="utf-8")
    result = _read(forms, settings)
    assert not result.has_errors, [p.message for p in result.problems]
    # one entry a 事業, under its 取組み (the groups the rows give), numbered as the form does
    assert sorted(e.item_name for e in result.entries) == sorted(row[2] for row in JIGYO)
    groups = {(e.policy_id, e.project_label, e.project_name) for e in result.entries}
    assert groups == {
        (str(policy), f"({measure})", name) for (policy, measure), name in MEASURES.items()
    }
    assert all(e.item_no is None and not e.item_label for e in result.entries)
    # the co-owner's remark kept with the lead's row
    shared = next(e for e in result.entries if e.item_name == CO_OWNED)
    assert shared.issue.endswith(f"（共管 {CO_OWNER}）{REMARK}")
    # and the report's words then offered: the 取組み over the 事業
    code, said = _run("validate", str(forms), "--config", str(settings))
    assert code == 0 and 'project = "取組み"\n  item = "事業"' in said, said
    words = said[said.index("[wording]") :].split("\n\n")[0].replace("\n  ", "\n")
    settings.write_text(f"{PRESET}\n{lines[0]}\n\n{words}\n", encoding="utf-8")
    report = tmp_path / "報告.md"
    code, said = _run("export", str(forms), "--config", str(settings), "--md", str(report))
    assert code == 0, said
    text = report.read_text(encoding="utf-8")
    assert f"計画全体では、{len(JIGYO)}の事業に取り組みました" in text
    assert f"{len(JIGYO)}の取組み" not in text
    assert "1-1" not in text


def test_read_as_titled_the_co_owners_remark_is_said(tmp_path: Path) -> None:
    forms = _forms(tmp_path / "R7")
    settings = tmp_path / "planeval.toml"
    settings.write_text(f'{PRESET}\n[layout.titles]\nlevel = ["運営方針"]\n', encoding="utf-8")
    result = _read(forms, settings)
    shared = next(e for e in result.entries if e.item_name == CO_OWNED)
    assert shared.issue.endswith(f"（共管 {CO_OWNER}）{REMARK}")
    assert any("（共管 区政課）" in p.message for p in result.problems)
    # the co-owner's form alone: its blank row an error at its cell, never passed over
    (forms / "令和7_福祉課.xlsx").unlink()
    result = _read(forms, settings)
    blank = 4 + [row[2] for row in JIGYO if row[4] == CO_OWNER or row[2] == CO_OWNED].index(
        CO_OWNED
    )
    assert [p.location.cell for p in result.problems if p.is_error] == [f"F{blank}"]


V1 = f'{PRESET}\n[layout.titles]\nlevel = ["運営方針"]\n'
V2 = f'{V1}\n[wording]\npreset = "nagoya"\npolicy = "運営方針"\nitem = "取組み"\n'


def test_the_old_settings_are_told_which_lines_to_change(tmp_path: Path) -> None:
    """Review 176 #4: with ``level = ["運営方針"]`` (v1, as the notice once asked) the notice
    still offered ``item = "取組み"``, and with its lines pasted in (v2) nothing was said while
    the export wrote 「63の取組み」 and numbered the 事業 1-1…: both now get, at the sheets,
    the [layout.titles] lines that read the 取組み as the level over the 事業 — and are read
    so (below) — v2, whose [wording] calls the 事業 取組み, in a warning."""
    forms = _forms(tmp_path / "R7")
    settings = tmp_path / "planeval.toml"
    for old, said_as in ((V1, "お知らせ"), (V2, "警告")):
        settings.write_text(old, encoding="utf-8")
        _code, said = _run("validate", str(forms), "--config", str(settings))
        assert '  level = ["運営方針", "取組み"]\n  item = ["事業名"]' in said, said
        assert (
            f"{said_as}: {forms / '令和7_区政課.xlsx'} › 取組み結果 › B3: 「取組み」（B3）の列は"
            in said
        )
        assert "「事業名」の一行ずつを評価する行、「取組み」をその上の段として読みました" in said
        assert ("報告書が評価する行を「取組み」と呼び" in said) is (old == V2), said
        assert 'item = "取組み"\n' not in said.replace('[wording] に item = "取組み"', "")
        result = _read(forms, settings)
        told = [p for p in result.problems if p.settings.startswith("[layout.titles]")]
        assert {p.location.cell for p in told} == {"B3"} and len(told) == 2  # (each form once)
    # the lines put in place of the old ones: read right, the notice gone
    settings.write_text(f"{PRESET}\n{told[0].settings}\n", encoding="utf-8")
    result = _read(forms, settings)
    assert not [p for p in result.problems if p.settings.startswith("[layout.titles]")]
    assert sorted(e.item_name for e in result.entries) == sorted(row[2] for row in JIGYO)


def test_the_old_settings_read_the_measures_over_their_projects(tmp_path: Path) -> None:
    """Review 176 #4: read with ``level = ["運営方針"]``, each 事業 was a project of its own,
    numbered 1-1 … by planeval and published so in `tables` and every export, its 取組み the
    rated item beside it. The 取組み merged down over 事業 named one a row is now read as the
    notice's lines read it: the same entries, and no number the form does not give."""
    forms = _forms(tmp_path / "R7")
    settings = tmp_path / "planeval.toml"
    settings.write_text(V1, encoding="utf-8")
    old = _read(forms, settings)
    settings.write_text(
        f'{PRESET}\n[layout.titles]\nlevel = ["運営方針", "取組み"]\nitem = ["事業名"]\n',
        encoding="utf-8",
    )
    right = _read(forms, settings)
    assert sorted(e.item_name for e in old.entries) == sorted(row[2] for row in JIGYO)
    assert set(old.entries) == set(right.entries)
    assert all(e.project_label == f"({e.project_id[-1]})" for e in old.entries)
    settings.write_text(V1, encoding="utf-8")
    report = tmp_path / "報告.md"
    code, said = _run("export", str(forms), "--config", str(settings), "--md", str(report))
    text = report.read_text(encoding="utf-8")
    assert code == 0 and "1-1 " not in text and "(1) 防災力の向上" in text, said
    for name in ("自主防災組織への活動支援", "健康づくり講座"):
        assert f"| {name} |" in text  # (its own cell, not 「1-1 自主防災…」)
