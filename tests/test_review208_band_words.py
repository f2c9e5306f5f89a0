"""Review 208 #6: a city's 行政改革大綱 workbook, its table No. | 改革項目 | 取組項目 | 所管課 |
実施状況 | 達成度 under band rows 「Ⅰ　市民サービスの向上」 (the 大綱の柱, no word naming them). The
first run offered 「policy = "改革項目"」; pasted, 「item = "取組項目"」 read 改革項目 as the project
and the bands as the policies, so the report was titled 「改革項目別の実施状況」 over Ⅰ/Ⅱ and
``--by project`` 「事業別の実施状況」. The lines offered now name each level as the read under
them reads it: 改革項目 the project's, the bands' nothing."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from typer.testing import CliRunner

from planeval.cli import app

RUNNER = CliRunner()
_BOOK = "行政改革大綱_進捗状況_R6.xlsx"
_HEADER = ("No.", "改革項目", "取組項目", "所管課", "実施状況", "達成度", "取組実績・課題")
# (each 柱: its band, then each 改革項目 with its 取組項目's 実施状況)
_PILLARS = {
    "Ⅰ　市民サービスの向上": {
        "(1) 窓口サービスの向上": ("完了", "取組中"),
        "(2) 行政手続のオンライン化": ("取組中", "未着手", "完了"),
    },
    "Ⅱ　効率的な行政運営": {"(3) 事務事業の見直し": ("完了", "完了")},
}
_SCALE = '[scale]\npreset = "progress"\n\n[layout]\nstatus_column = "実施状況"\n'


def _city(folder: Path) -> Path:
    """The workbook: a title, the header row, each band row merged across, each 改革項目's cell
    merged down its 取組項目."""
    folder.mkdir(parents=True)
    book = Workbook()
    sheet = book.active
    sheet.title = "進捗状況"
    sheet.append(("西鶴見市行政改革大綱 実施計画　取り組み項目の進捗状況（令和6年度）",))
    sheet.append(())
    sheet.append(_HEADER)
    for band, projects in _PILLARS.items():
        sheet.append((band,))
        sheet.merge_cells(
            start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=7
        )
        for project, statuses in projects.items():
            first, number = sheet.max_row + 1, project[1]
            for at, status in enumerate(statuses, start=1):
                shown = project if at == 1 else None
                item = f"{project[4:]}の取組（{at}）"
                done = "" if status == "未着手" else "一部達成"
                sheet.append(
                    (f"({number})-{at}", shown, item, "行政改革推進課", status, done, "実施した。")
                )
            sheet.merge_cells(start_row=first, start_column=2, end_row=sheet.max_row, end_column=2)
    book.save(folder / _BOOK)
    return folder


def _run(folder: Path, settings: str, *args: str) -> tuple[int, str]:
    (folder / "planeval.toml").write_text(settings, encoding="utf-8")
    ran = RUNNER.invoke(
        app, ["summarize", str(folder / _BOOK), *args, "--config", str(folder / "planeval.toml")]
    )
    assert ran.exception is None or isinstance(ran.exception, SystemExit)
    return ran.exit_code, ran.stdout + ran.stderr


def _offered(out: str) -> list[str]:
    """The [wording] lines the notice offers, as printed."""
    return out.split("planeval.toml に次の設定を加えてください）\n")[1].splitlines()[:9]


def test_first_run_offers_the_project_word_for_the_column_and_none_for_the_bands(
    tmp_path: Path,
) -> None:
    folder = _city(tmp_path / "city")
    code, out = _run(folder, _SCALE)
    assert code == 0
    assert (
        f"お知らせ: {folder / 'planeval.toml'}: 報告書の見出しと文は planeval の言葉で書かれます: "
        "事業（表では 改革項目）・実施内容（表では 取組項目）・達成状況（表では 実施状況）・"
        "課題等（表では 取組実績・課題）・所管部（表では 所管課）"
    ) in out
    assert _offered(out) == [
        "  [wording]",
        "  # 報告書の表題です（調査票の表題から）",
        '  title = "西鶴見市行政改革大綱 実施計画　取り組み項目の進捗状況"',
        "  # 表の列の言葉です。報告書の言葉を変えるなら書き換えてください",
        '  project = "改革項目"',
        '  item = "取組項目"',
        '  status = "実施状況"',
        '  issue = "取組実績・課題"',
        '  department = "所管課"',
    ]


def test_the_lines_pasted_title_both_levels_as_read(tmp_path: Path) -> None:
    folder = _city(tmp_path / "city")
    _, out = _run(folder, _SCALE)
    pasted = _SCALE + "\n" + "\n".join(line.strip() for line in _offered(out)) + "\n"
    code, policies = _run(folder, pasted)
    assert code == 0
    assert policies.splitlines()[0] == "政策別の実施状況"
    assert [row.split("│")[1:3] for row in policies.splitlines()[4:6]] == [
        [" Ⅰ    ", " 市民サービスの向上 "],
        [" Ⅱ    ", " 効率的な行政運営   "],
    ]
    assert "[wording]" not in policies  # (nothing more offered)
    code, projects = _run(folder, pasted, "--by", "project")
    assert code == 0
    assert projects.splitlines()[0] == "改革項目別の実施状況"
    assert [row.split("│")[1].strip() for row in projects.splitlines()[4:7]] == [
        "(1)",
        "(2)",
        "(3)",
    ]
