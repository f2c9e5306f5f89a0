"""Review 161 #2 and #8: a prefecture's compiled workbook (No. | 取組名 | 取組内容 | 所管部局 |
令和6年度の実績 | 達成状況 | 課題・今後の取組, numbered 1-(1)-①) marks its 再掲 rows 「（再掲 3-(1)-②）」,
「（再掲：…）」 or 「（再掲、…）」 — the source after 再掲, as an ID or by the item's name — and types
「再掲」 in their No. cell. Such rows were errors (「再掲元の書き込みがありません」) while a bare
「（再掲）」 passed, so the export said 再掲 1 for 3 and showed them as 未集計（エラー）; and their
number was invented (1-1-3), even in the 「（表記）」 column. They are repeat listings, shown and
not counted, their source looked up as 「（4-5再掲）」's is, their number as typed."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.conftest import write_book
from tests.higashiowari_forms import HEADER

SETTINGS = """[scale]
preset = "aichi"

[[scale.status]]
symbol = "再掲"
label = "再掲"
counted = false
aliases = ["－"]

[wording]
policy = "柱"
project = "取組"
item = "取組内容"
department = "所管部局"

[layout.titles]
department = ["所管部局"]
"""


def _row(number: str, name: str, status: str, issue: str = "") -> list[object]:
    said = f"（{name.partition('（')[0]}を参照）" if number == "再掲" else f"{name}を進める。"
    return [number, name, said, "総務局", "計画に沿って取り組んだ。", status, issue or None]


def _book(tmp_path: Path, repeats: dict[str, tuple[str, str]]) -> Path:
    """Two 柱 of two 取組 each, and ``repeats``: sheet → (取組名 with its 再掲 mark, 達成状況)."""
    sheets = {}
    rated = {
        "柱1 行政サービス": [
            _row("1-(1)-①", "電子申請システムの拡充", "A"),
            _row("1-(1)-②", "電子契約の導入", "B"),
        ],
        "柱3 行政運営": [
            _row("3-(1)-①", "ＲＰＡの導入拡大", "A"),
            _row("3-(1)-②", "ＡＩチャットボットの活用", "C", "対象業務の選定が課題。"),
        ],
    }
    for sheet, rows in rated.items():
        policy = sheet.split()[0]
        heading = [
            f"{policy}　{'行政サービスのデジタル化' if policy == '柱1' else '行政運営の効率化'}"
        ]
        band = ["(1) オンライン手続の拡充" if policy == "柱1" else "(1) 業務改革"]
        extra = [_row("再掲", name, status) for name, status in [repeats[sheet]]]
        sheets[sheet] = [
            ["東尾張県ITプラン2025　進捗状況（令和6年度）"],
            [],
            heading,
            HEADER,
            band,
            *rows,
            *extra,
        ]
    path = write_book(tmp_path / "ITプラン進捗_取りまとめ_R6.xlsx", sheets)
    (tmp_path / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    return path


def _read(path: Path) -> planeval.ReadResult:
    config = planeval.load_config(path.parent / "planeval.toml")
    return planeval.read_workbooks(
        [path], scale=config.scale, layout=config.layout, wording=config.wording
    )


AS_TYPED = {
    "柱1 行政サービス": ("ＡＩチャットボットの活用（再掲 3-(1)-②）", "再掲"),
    "柱3 行政運営": ("電子契約の導入（再掲、1-(1)-②）", "－"),
}


def test_a_repeat_naming_its_source_after_the_word_is_a_repeat_of_it(tmp_path: Path) -> None:
    read = _read(_book(tmp_path, AS_TYPED))
    assert [p.message for p in read.problems if p.severity.name != "NOTICE"] == []
    assert [e.repeat_of for e in read.entries if e.repeat_of is not None] == ["3-(1)-②", "1-(1)-②"]
    scale = planeval.load_config(tmp_path / "planeval.toml").scale
    total = planeval.summarize(read.entries, scale=scale).total
    rated = [e for e in read.entries if e.repeat_of is None]
    assert (total.total, total.uncounted["再掲"]) == (len(rated), 2)


def test_a_colon_and_a_name_name_the_source(tmp_path: Path) -> None:
    named = ("ＡＩチャットボットの活用（再掲：ＡＩチャットボットの活用）", "再掲")
    read = _read(
        _book(
            tmp_path,
            {"柱1 行政サービス": named, "柱3 行政運営": ("電子契約の導入（再掲：1-(1)-②）", "－")},
        )
    )
    assert [p.message for p in read.problems if p.severity.name != "NOTICE"] == []
    assert [e.repeat_of for e in read.entries if e.repeat_of is not None] == [
        "ＡＩチャットボットの活用",
        "1-(1)-②",
    ]


def test_a_status_typed_repeat_in_words_is_a_repeat_naming_none(tmp_path: Path) -> None:
    """「再掲」 typed as the status of a row naming no source is a repeat listing, as one
    marked 「（再掲）」 is: shown, not counted, no error. A bare dash still asks for a source."""
    path = _book(
        tmp_path,
        {"柱1 行政サービス": ("窓口予約の導入", "再掲"), "柱3 行政運営": ("書かない窓口", "－")},
    )
    read = _read(path)
    assert [(e.project_name, e.repeat_of) for e in read.entries if e.repeat_of is not None] == [
        ("窓口予約の導入", "")
    ]
    [error] = [p for p in read.problems if p.severity.name == "ERROR"]
    assert (error.location.sheet, error.location.cell) == ("柱3 行政運営", "F8")
    settings = ["--config", str(tmp_path / "planeval.toml"), "--keep-going"]
    shown = CliRunner().invoke(app, ["summarize", str(path), *settings], env={"COLUMNS": "200"})
    assert shown.exit_code == 1, shown.output  # (the dash's error alone)
    assert "'再掲'（再掲）ですが" not in shown.output
    assert "'－'（再掲）ですが" in shown.output


def test_a_named_source_is_checked_as_a_numbered_one(tmp_path: Path) -> None:
    read = _read(
        _book(
            tmp_path,
            {
                "柱1 行政サービス": ("ＡＩチャットボットの活用（再掲 3-(1)-①）", "再掲"),
                "柱3 行政運営": ("電子契約の導入（再掲：電子入札の導入）", "再掲"),
            },
        )
    )
    said = sorted((p.location.sheet, p.location.cell, p.message) for p in read.problems)
    assert said == [
        (
            "柱1 行政サービス",
            "F8",
            "「ＡＩチャットボットの活用」は 3-(1)-① の再掲とされていますが、"
            "3-(1)-① は「ＲＰＡの導入拡大」です。「ＡＩチャットボットの活用」は 3-(1)-② です",
        ),
        (
            "柱3 行政運営",
            "F8",
            "「電子契約の導入」は「電子入札の導入」の再掲とされていますが、「電子入札の導入」という"
            "名称の行がどのファイルにもありません（この行は再掲として件数に含めていません）",
        ),
    ]


def test_a_row_numbered_repeat_keeps_its_number_as_typed(tmp_path: Path) -> None:
    path = _book(
        tmp_path,
        {
            "柱1 行政サービス": ("ＡＩチャットボットの活用（再掲）", "再掲"),
            "柱3 行政運営": ("電子契約の導入【再掲】", "－"),
        },
    )
    read = _read(path)
    shown = [(e.project_label, e.shown_id) for e in read.entries if e.repeat_of is not None]
    assert shown == [("再掲", "再掲"), ("再掲", "再掲")]
    settings = ["--config", str(tmp_path / "planeval.toml")]
    tables = CliRunner().invoke(app, ["tables", str(path), *settings], env={"COLUMNS": "200"})
    assert tables.exit_code == 0, tables.output
    assert "再掲 ＡＩチャットボットの活用" in tables.output
    invented = {e.project_id for e in read.entries if e.repeat_of is not None}
    assert invented == {"1-1-3", "3-1-3"}  # (planeval's key, kept apart: never shown)
    assert not [number for number in invented if number in tables.output]
    out = tmp_path / "報告.xlsx"
    export = CliRunner().invoke(app, ["export", str(path), "--xlsx", str(out), *settings])
    assert export.exit_code == 0, export.output
    data = openpyxl.load_workbook(out)["データ"]
    rows = list(data.iter_rows(values_only=True))
    typed = rows[0].index("取組番号（表記）")
    named = rows[0].index("取組名")
    assert [row[typed] for row in rows[1:] if "再掲" in str(row[named])] == ["再掲", "再掲"]


def test_a_repeat_of_an_item_moved_names_its_source_on_either_side_of_the_arrow(
    tmp_path: Path,
) -> None:
    """A city's 集中改革プラン writes 「（再掲1-(3)-⑨→3-(1)-②）」 where an item was moved: listed at
    3-(1)-② now. The row was read as a repeat naming nothing, its source never looked up; it
    is the repeat of the number moved to (else of the one moved from, where that is the row
    read), not counted, and warned of only where neither number is a row read."""
    for moved in ("1-(1)-③→3-(1)-②", "3-(1)-②→1-(1)-③"):
        repeats = {
            "柱1 行政サービス": (f"ＡＩチャットボットの活用（再掲{moved}）", "再掲"),
            "柱3 行政運営": ("電子契約の導入（再掲、1-(1)-②）", "－"),
        }
        folder = tmp_path / moved[0]
        folder.mkdir()
        read = _read(_book(folder, repeats))
        assert [p.message for p in read.problems if p.severity.name != "NOTICE"] == []
        assert [e.repeat_of for e in read.entries if e.repeat_of is not None] == [
            moved,
            "1-(1)-②",
        ]
        scale = planeval.load_config(folder / "planeval.toml").scale
        total = planeval.summarize(read.entries, scale=scale).total
        rated = [e for e in read.entries if e.repeat_of is None]
        assert (total.total, total.uncounted["再掲"]) == (len(rated), 2)

    repeats = {
        "柱1 行政サービス": ("ＡＩチャットボットの活用（再掲1-(1)-③→1-(1)-④）", "再掲"),
        "柱3 行政運営": ("電子契約の導入（再掲1-(1)-③→3-(1)-①）", "再掲"),
    }
    (tmp_path / "neither").mkdir()
    read = _read(_book(tmp_path / "neither", repeats))
    said = sorted((p.location.sheet, p.location.cell, p.message) for p in read.problems)
    assert said == [
        (
            "柱1 行政サービス",
            "F8",
            "「ＡＩチャットボットの活用」は 1-(1)-③→1-(1)-④ の再掲とされていますが、1-(1)-④ の行も "
            "1-(1)-③ の行もどのファイルにもありません（この行は再掲として件数に含めていません）",
        ),
        (
            "柱3 行政運営",
            "F8",
            "「電子契約の導入」は 1-(1)-③→3-(1)-① の再掲とされていますが、3-(1)-① は"
            "「ＲＰＡの導入拡大」です。「電子契約の導入」は 1-(1)-② です",
        ),
    ]
