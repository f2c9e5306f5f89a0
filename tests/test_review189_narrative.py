"""Review 189 #6 (西多摩川市, 達成度 1–5, one 局 never answering): the export said 「計画全体では、
全6つの施策のうち回答のあった5つの施策に取り組みました。」 and 「2つの施策のうち回答のあった1つの
施策に取り組みました。」 — read by a director as the city not taking on 施策3-1, where only 環境局's
reply was missing. It says what is known, 「全4施策のうち回答のあった3施策について評価しました」,
in the count 川崎市 writes (「6施策の20事務事業」, not 「全6つの施策」); ``check`` still reads it
as the counted and the 未提出."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.body_settings import KAWASAKI
from tests.conftest import write_book

HEADER = ("政策", "施策番号", "施策名", "事務事業名", "達成度", "重点", "所管局")
ITEMS = [  # (政策, 施策番号, 施策名, 事務事業名, 重点, 所管局, 達成度)
    ("1 安全なまち", "1-1", "防災", "防災計画推進事業", "●", "総務企画局", 2),
    ("1 安全なまち", "1-2", "防犯", "防犯灯LED化事業", "", "市民文化局", 3),
    (
        "2 環境のまち",
        "2-1",
        "脱炭素",
        "再生可能エネルギー導入事業",
        "●",
        "環境局",
        0,
    ),  # (0: 4 if sent)
    ("2 環境のまち", "2-1", "脱炭素", "ごみ減量推進事業", "", "環境局", 0),
    ("2 環境のまち", "2-2", "都市基盤", "公共交通ネットワーク事業", "", "まちづくり局", 1),
]


def _export(
    tmp_path: Path, sent: tuple[str, ...] = ("総務企画局", "市民文化局", "まちづくり局")
) -> list[str]:
    """The paragraphs of the Markdown export of the ``sent`` 局s' forms (環境局's never, by
    default), checked back."""
    plan = [(*item[:4], item[5], item[4]) for item in ITEMS]
    titles = ("政策", "施策番号", "施策名", "事務事業名", "所管局", "重点")
    write_book(tmp_path / "計画.xlsx", {"計画": [titles, *plan]})
    (tmp_path / "planeval.toml").write_text(KAWASAKI, "utf-8")
    (tmp_path / "R6").mkdir()
    for bureau in sent:
        rows = [(*item[:4], item[6] or 4, item[4], bureau) for item in ITEMS if item[5] == bureau]
        write_book(tmp_path / "R6" / f"{bureau}.xlsx", {"評価票": [HEADER, *rows]})
    out = tmp_path / "報告.md"
    config = ["--config", str(tmp_path / "planeval.toml")]
    result = CliRunner().invoke(app, ["export", str(tmp_path / "R6"), "--md", str(out), *config])
    assert result.exit_code == 0, result.output
    checked = CliRunner().invoke(app, ["check", str(tmp_path / "R6"), "--text", str(out), *config])
    assert checked.exit_code == 0, checked.output  # (read back: 集計 3 + 未提出 1)
    return out.read_text(encoding="utf-8").split("\n\n")


def test_the_sentences_say_what_was_evaluated_not_what_was_taken_on(tmp_path: Path) -> None:
    paragraphs = _export(tmp_path)
    [whole] = [p for p in paragraphs if p.startswith("計画全体では、")]
    assert whole.startswith("計画全体では、全4施策のうち回答のあった3施策について評価しました。")
    [policy] = [p for p in paragraphs if p.startswith("政策2「環境のまち」では、")]
    assert policy.startswith(
        "政策2「環境のまち」では、2施策のうち回答のあった1施策について評価しました。"
    )
    [other] = [p for p in paragraphs if p.startswith("政策1「安全なまち」では、")]
    assert other.startswith("政策1「安全なまち」では、2施策に取り組みました。")  # (all answered)


def test_every_count_sentence_counts_施策_alike(tmp_path: Path) -> None:
    """Review 192 #7: a fully answered 政策 said 「2つの施策に取り組みました」 beside the whole
    plan's 「全4施策のうち…」 — two forms of one word in one report. Every sentence says 「N施策」,
    answered in full or not, and check reads the export back."""
    paragraphs = _export(tmp_path, ("総務企画局", "市民文化局", "まちづくり局", "環境局"))
    said = [p.partition("。")[0] for p in paragraphs if "では、" in p and "取り組み" in p]
    assert said == [
        "計画全体では、4施策に取り組みました",
        "政策1「安全なまち」では、2施策に取り組みました",
        "政策2「環境のまち」では、2施策に取り組みました",
    ]
