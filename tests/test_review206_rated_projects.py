"""Review 206: 南枚方市's 施策評価, a sheet a 基本目標 under its heading, one row per 施策:
施策番号 | 施策名 | 主な取組 | 評価 | 評価の理由 | 今後の方向性 | 所管部 (preset hirakata). The 施策 is
what is rated, 主な取組 a text describing it. The notice offered 「item = "主な取組"」, and every
export then counted 「43の主な取組」; without it the 施策 column was headed 基本目標 (#2). A blank
評価 was 「実施内容「…（3-5 青少年の健全育成）」の達成状況が空です」 (#3), and 「B（おおむね効果的）」
was said read as 「B（おおむね効果的）」 again (#4)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from typer.testing import CliRunner

from planeval.cli import app

RUNNER = CliRunner()
_BOOK = "施策評価_R6.xlsx"
_HEADER = ("施策番号", "施策名", "主な取組", "評価", "評価の理由", "今後の方向性", "所管部")
# (each 基本目標: its name and its 施策 — number, name, 評価, 所管部)
_GOALS = {
    "基本目標1": ("安全・安心で快適に暮らせるまち", [("1-1", "防災対策の推進", "A", "総務部"),
                                                  ("1-2", "防犯対策の推進", "B", "市民生活部"),
                                                  ("1-3", "空き家対策の推進", "評価対象外",
                                                   "都市整備部")]),
    "基本目標2": ("子どもが夢を持って育ち、学ぶまち", [("2-1", "子育て支援の充実", "A", "子ども未来部"),
                                                    ("2-2", "青少年の健全育成", None, "子ども未来部"),
                                                    ("2-3", "生涯学習の推進", "B（おおむね効果的）",
                                                     "教育委員会事務局"),
                                                    ("2-4", "スポーツの振興", "C", "市民生活部")]),
}  # fmt: skip
_SCALE = '[scale]\npreset = "hirakata"\n'
_WORDS = (
    '[wording]\npreset = "hirakata"\ntitle = "南枚方市 施策評価 評価結果"\npolicy = "基本目標"\n'
    'status = "評価"\nissue = "今後の方向性"\n'
)


def _city(folder: Path) -> Path:
    """南枚方市's workbook: the title, each sheet's 基本目標 heading above its table."""
    folder.mkdir(parents=True)
    book = Workbook()
    book.remove(book.active)
    for goal, (name, rows) in _GOALS.items():
        sheet = book.create_sheet(goal)
        sheet["A1"] = "令和6年度（2024年度）南枚方市 施策評価 評価結果一覧"
        sheet["A2"] = f"{goal}　{name}"
        sheet.append(())
        sheet.append(_HEADER)
        for number, title, status, department in rows:
            reason = "目標どおりの成果が得られた。" if status else None
            sheet.append((number, title, f"{title}に関する事業の実施", status, reason,
                          "引き続き取り組む。", department))  # fmt: skip
    book.save(folder / _BOOK)
    return folder


def _run(folder: Path, *args: str, settings: str | None = None) -> tuple[int, str]:
    given: list[str] = []
    if settings is not None:
        (folder / "planeval.toml").write_text(settings, encoding="utf-8")
        given = ["--config", str(folder / "planeval.toml")]
    ran = RUNNER.invoke(app, [*args, str(folder / _BOOK), *given])
    assert ran.exception is None or isinstance(ran.exception, SystemExit)
    return ran.exit_code, ran.stdout + ran.stderr


def _rated() -> list[str]:
    """The 施策 rated and counted: not blank, not 評価対象外 (the sentence's figure)."""
    return [
        row[0] for _, rows in _GOALS.values() for row in rows if row[2] not in (None, "評価対象外")
    ]


def test_notice_offers_no_item_line_for_a_project_rated_as_one_row(tmp_path: Path) -> None:
    """#2: the lines offered are the preset's with the forms' words, no 「item = "主な取組"」 (the
    report would count 主な取組) nor 「project = "施策"」 (hirakata's rated word, refused beside it)."""
    code, out = _run(_city(tmp_path / "city"), "summarize", settings=_SCALE)
    assert code == 1
    block = out.split("planeval.toml に次の設定を加えてください）\n")[1].split("\nエラー ")[0]
    assert block.splitlines() == [
        "  [wording]",
        "  # 見出しと文を hirakata の言葉の組で書きます（下の言葉はそれに優先します）",
        '  preset = "hirakata"',
        "  # 報告書の表題です（調査票の表題から）",
        '  title = "南枚方市 施策評価 評価結果"',
        "  # 表の列の言葉です。報告書の言葉を変えるなら書き換えてください",
        '  policy = "基本目標"',
        '  status = "評価"',
        '  issue = "今後の方向性"',
        "  # 「主な取組」の列は施策の説明として載せます（評価するのは施策です）",
    ]


def test_offered_lines_count_the_projects_and_head_their_column(tmp_path: Path) -> None:
    """#2: with those lines, the sentences count the 施策 and the tables head the 施策 column 施策
    (not 基本目標), 主な取組 beside it as the forms title it; so with the refusal's own example,
    project = "基本目標" and item = "施策"."""
    examples = (
        _WORDS,
        _WORDS.replace(
            'policy = "基本目標"\n', 'policy = "基本目標"\nproject = "基本目標"\nitem = "施策"\n'
        ),
    )
    for at, words in enumerate(examples):
        folder = _city(tmp_path / f"city{at}")
        code, _out = _run(
            folder, "export", "--keep-going", "--md", str(folder / "r.md"), settings=_SCALE + words
        )
        text = (folder / "r.md").read_text(encoding="utf-8")
        assert code == 1  # (the blank 2-2: exported past it)
        assert f"計画全体では、{len(_rated())}つの施策を評価しました。施策ごとの評価は、" in text
        assert text.count("| 施策 | 主な取組 | 評価 | 今後の方向性 | 所管部 |") == len(_GOALS) + 1
        assert "主な取組ごと" not in text and "| 基本目標 | 主な取組 |" not in text


def test_blank_rating_names_the_project_in_the_forms_words(tmp_path: Path) -> None:
    """#3: a first run (no planeval.toml, then its [scale] alone) names the blank 評価 by its 施策,
    the 主な取組 after it, in the forms' words — not 実施内容「…（2-2 …）」の達成状況が空です."""
    folder = _city(tmp_path / "city")
    said = (
        f"エラー: {folder / _BOOK} › 基本目標2 › D6: 施策「2-2 青少年の健全育成」（主な取組"
        "「青少年の健全育成に関する事業の実施」）の評価が空です（子ども未来部の行）"
    )
    for settings in (None, _SCALE):
        code, out = _run(folder, "summarize", settings=settings)
        assert code == 1
        assert next(line for line in out.splitlines() if "が空です" in line).startswith(said)


def test_worded_cell_said_read_as_its_symbol(tmp_path: Path) -> None:
    """#4: 「B（おおむね効果的）」 is B with its label: said read as B, not as itself again."""
    code, out = _run(
        _city(tmp_path / "city"), "summarize", "--keep-going", settings=_SCALE + _WORDS
    )
    assert code == 1
    assert (
        f"お知らせ: {tmp_path / 'city' / _BOOK} › 基本目標2: 評価を記号と言葉で入力したセルが 1 か所"
        "あります（「B（おおむね効果的）」 D7 → B）。括弧の中は記号の意味と読み、記号のとおり数えました"
    ) in out
