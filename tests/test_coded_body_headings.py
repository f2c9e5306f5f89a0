"""Each body's heading above its tables, with its 団体コード (review 137 #12): the workbook's
分野 sheets, the Word document, the HTML and the md named each body alone, where the 団体別集計
gives its code — the column a ministry joins on. Where the read knows a body's code, the
heading puts it before the name, 「012017 青葉市」, as the 団体別集計 puts its column before
団体."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.test_roster import _reply, run


def _export(tmp_path: Path) -> Path:
    """Two bodies' replies on the list, and their export in the formats a reader reads."""
    (tmp_path / "団体一覧.csv").write_text(
        "団体コード,団体名\n012017,青葉市\n012025,緑町\n", encoding="utf-8"
    )
    (tmp_path / "planeval.toml").write_text('[bodies]\nroster = "団体一覧.csv"\n', "utf-8")
    replies = tmp_path / "回答"
    replies.mkdir()
    _reply(replies / "青葉市.xlsx", "012017", "青葉市", ["○", "△"])
    _reply(replies / "緑町.xlsx", "012025", "緑町", ["◎"])
    out = tmp_path / "出力"
    out.mkdir()
    formats = [f"--{fmt}" for fmt in ("xlsx", "docx", "html", "md")]
    args = [arg for fmt in formats for arg in (fmt, str(out / f"報告.{fmt[2:]}"))]
    done = run(tmp_path, "export", str(replies), "--bodies", "file", "-q", *args)
    assert done.exit_code == 0, done.output
    return out


def test_each_body_s_heading_gives_its_code_before_its_name(tmp_path: Path) -> None:
    from docx import Document

    out = _export(tmp_path)
    book = openpyxl.load_workbook(out / "報告.xlsx")
    coded = ["012017 青葉市", "012025 緑町"]
    texts = [row[0] for row in book["政策1"].iter_rows(values_only=True) if row[0]]
    # (each body's direction row, 「1-1」 of no name of its own: its body's code and name,
    # first as every body's full-width row names it: review 183 #5)
    assert [text for text in texts if str(text).endswith("1-1")] == [
        f"{body}\u30001-1" for body in coded
    ]
    word = Document(str(out / "報告.docx"))
    headings = [p.text for p in word.paragraphs if p.style.name == "Heading 3"]
    assert headings[: len(coded)] == coded
    html = (out / "報告.html").read_text(encoding="utf-8")
    assert all(f'<h3 class="body" id="policy1-body{n}">{body}</h3>' in html for n, body in
               ((1, coded[0]), (2, coded[1])))  # fmt: skip
    md = (out / "報告.md").read_text(encoding="utf-8").splitlines()
    assert [line for line in md if line.startswith("### ")] == [f"### {body}" for body in coded]
