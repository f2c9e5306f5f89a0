"""``--bodies folder`` given the flat folder of replies that ``--bodies file`` reads (review 78):
it exited 1 with the roster's error that every body on it sent nothing — their workbooks were
right there — and said 「ファイル名が21 つの団体を名指ししています」. The wrong mode is a usage
error (exit 2) saying to use --bodies file, and nothing else."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book
from tests.prefecture_forms import reply

BODIES = {"192000": "青葉市", "192021": "緑町", "192042": "山田村"}


def test_a_flat_folder_of_replies_with_bodies_folder_is_a_usage_error(tmp_path: Path) -> None:
    roster = [["団体コード", "団体名"], *([code, name] for code, name in BODIES.items())]
    write_book(tmp_path / "団体一覧.xlsx", {"一覧": roster})
    (tmp_path / "planeval.toml").write_text('[bodies]\nroster = "団体一覧.xlsx"\n', "utf-8")
    replies = tmp_path / "回答"
    replies.mkdir()
    for code, name in BODIES.items():
        reply(replies / f"{code}_{name}.xlsx", ["○", "△"])
    args = [
        "summarize",
        str(replies),
        "--bodies",
        "folder",
        "--config",
        str(tmp_path / "planeval.toml"),
    ]
    done = CliRunner().invoke(app, args, env={"COLUMNS": "200"})
    assert done.exit_code == 2
    assert done.stdout == ""
    assert done.stderr.strip() == (
        f"エラー: {replies}: Excel ブックを直接入れたフォルダです（3 件）。--bodies folder では"
        "中のフォルダ一つが一つの団体です。ブック一つが一つの団体なら --bodies file を使って"
        "ください（ファイル名が 3 団体を名指ししています）"
    )
    assert "未回答" not in done.stderr
