"""Review 168 #5: under --keep-going, a reply of last year from a body the roster does not list
(北浦町, merged since) was said twice as 「数えていないファイル: …（別の年度の調査票のため）」, once
for each of its two errors: it is said once."""

from __future__ import annotations

from pathlib import Path

from tests.test_prefecture_rollup import form, run
from tests.test_review165_roster_bodies import _replies, _settings


def test_a_file_left_out_for_two_errors_is_listed_once(tmp_path: Path) -> None:
    options = _settings(tmp_path)
    replies = _replies(tmp_path / "R6")
    old = replies / "493287_北浦町.xlsx"
    form(old, "北浦町", "493287", [["B"]], year=5)
    said = run("summarize", str(replies), "--bodies", "file", "--by", "body", "--keep-going",
               *options)  # fmt: skip
    errors = [line for line in said.stderr.splitlines() if line.startswith("エラー:")]
    assert len([line for line in errors if old.name in line]) == 2, said.stderr
    listed = [line for line in said.stderr.splitlines() if "数えていないファイル" in line]
    assert len(listed) == 1 and old.name in listed[0], said.stderr
    assert said.exit_code == 1
