"""What `check --text` says of a file that is no report text (review 110 #3): a workbook given
as the text was told 「Word などの文書・ブック（.docx・.xlsx）のファイルで、文章として読めません」
and to save it as .txt — though a Word report (.docx) is read as it is."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from planeval.errors import UsageError
from planeval.io.text_files import text_paragraphs


def test_a_workbook_given_as_the_text_is_said_to_be_no_report(tmp_path: Path) -> None:
    path = tmp_path / "保健予防課.xlsx"
    Workbook().save(path)
    with pytest.raises(UsageError) as said:
        text_paragraphs(path)
    assert str(said.value) == (
        f"{path}: Excel のブック（.xlsx）で、報告書の文章ではありません。報告書の文章を、Word の"
        "文書（.docx）のまま、または .txt・.md・.html で --text に指定してください（集計する"
        "調査票は、--text の前に指定します）"
    )


def test_a_pdf_is_still_said_as_one(tmp_path: Path) -> None:
    path = tmp_path / "報告書.pdf"
    path.write_bytes(b"%PDF-1.7\n%%EOF\n")
    with pytest.raises(UsageError, match="PDFのファイルで、文章として読めません"):
        text_paragraphs(path)
