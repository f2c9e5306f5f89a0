"""Read with --bodies file, a PDF named after a body said whose reply it was (「本津町の回答の
ようですが…」), an .xls named so did not: 「回答/203815_田原町.xls: planeval が読む形式…ではない
ため読めません（.xls）」 (review 204 #5). The .xls now names its body the same way."""

from __future__ import annotations

from pathlib import Path

import planeval
from tests.test_roster import _reply


def test_an_xls_named_after_a_body_is_said_as_its_reply(tmp_path: Path) -> None:
    replies = tmp_path / "回答"
    replies.mkdir()
    _reply(replies / "012025_岩里市.xlsx", "012025", "岩里市", ["○"])
    (replies / "203815_田原町.xls").write_bytes(b"\xd0\xcf\x11\xe0")  # (an old workbook's start)
    result = planeval.read_workbooks([replies], bodies="file")
    [error] = [problem for problem in result.errors if problem.location.file.endswith(".xls")]
    assert error.message == (
        "田原町の回答のようですが、planeval が読む形式（.xlsx・.xlsm）ではないため読めません"
        "（.xls）。このファイルの行は数えていません"
    )
