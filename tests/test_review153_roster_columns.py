"""Review 153 B1: a prefecture's list of bodies (団体一覧.xlsx) with both a 備考 column (「R6.10.1
西浜町を編入」) and a 回答状況 column holding the town's 「評価尺度が違う」. planeval read the 備考
and not the 回答状況: the run stopped, and its error told the clerk to add the 回答状況 column
they had. The mark is read from 回答状況 (備考 beside it a free note), and a hint names the
column read (「備考」 where the list has no other)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import write_book
from tests.test_other_scale_body_whole import OTHER, REPLIES, replies, run

__all__ = ["replies"]


def _settings(tmp_path: Path, titles: list[str], marks: dict[str, list[str]]) -> Path:
    rows: list[list[object]] = [["団体コード", "団体名", *titles]]
    for n, name in enumerate(REPLIES):
        body = name.split("_")[1]
        rows.append([f"23201{n}", body, *marks.get(body, [""] * len(titles))])
    write_book(tmp_path / "団体一覧.xlsx", {"団体一覧": rows})
    config = tmp_path / "planeval.toml"
    config.write_text(
        '[scale]\npreset = "aichi"\n\n[bodies]\nroster = "団体一覧.xlsx"\n', encoding="utf-8"
    )
    return config


def test_the_mark_is_read_from_the_answer_column_beside_a_note(
    replies: Path, tmp_path: Path
) -> None:
    marks = {"浜浦市": ["R6.10.1 西浜町を編入・市制施行", ""], OTHER: ["", "評価尺度が違う"]}
    config = _settings(tmp_path, ["備考", "回答状況"], marks)
    done = run("summarize", str(replies), "--bodies", "folder", "--config", str(config))
    assert done.exit_code == 0, done.output
    assert f"団体一覧で「評価尺度が違う」としているため、{OTHER}の行は" in done.output


def test_the_hint_names_the_column_read(replies: Path, tmp_path: Path) -> None:
    config = _settings(tmp_path, ["備考"], {"浜浦市": ["R6.10.1 西浜町を編入・市制施行"]})
    told = run("summarize", str(replies), "--bodies", "folder", "--config", str(config))
    assert told.exit_code == 1
    assert "団体一覧（団体一覧.xlsx）の「備考」の列に「評価尺度が違う」と書けば" in told.output
    assert "「回答状況」の列" not in told.output
