"""A body's 団体コード as the list of bodies gives it (review 126 #4): 東谷市's form stated
「01211」, its code without the check digit as some bodies write it, and that replaced the list's
012114 in summarize's CSV and JSON — the column a ministry joins on — without a word. The
list's code is shown; a form's code the list contradicts otherwise is a notice naming both."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import planeval
from tests.test_roster import _reply, run

# the by-body CSV's first rows (code, name) where 青葉市, 緑町 and 川辺町 each answered once
THREE_BODIES = [["012017", "青葉市"], ["012025", "緑町"], ["012033", "川辺町"]]


def coded_rows(csv: str) -> list[list[str]]:
    """The 団体コード and 団体 of the by-body CSV's first three bodies."""
    return [row.split(",")[:2] for row in csv.lstrip("\ufeff").splitlines()[1:4]]


def _inbox(tmp_path: Path, codes: dict[str, str]) -> Path:
    """The list (codes of six digits, as text) and a reply of each body stating ``codes``'."""
    (tmp_path / "団体一覧.csv").write_text(
        "団体コード,団体名\n012017,青葉市\n012025,緑町\n012033,川辺町\n", encoding="utf-8"
    )
    (tmp_path / "planeval.toml").write_text('[bodies]\nroster = "団体一覧.csv"\n', "utf-8")
    (tmp_path / "回答").mkdir()
    for body, code in codes.items():
        _reply(tmp_path / "回答" / f"{body}.xlsx", code, body, ["○"])
    return tmp_path


def test_a_code_stated_without_its_check_digit_is_shown_as_the_list_gives_it(
    tmp_path: Path,
) -> None:
    inbox = _inbox(tmp_path, {"青葉市": "01201", "緑町": "012025", "川辺町": "012033"})
    args = ["summarize", str(inbox / "回答"), "--bodies", "file", "--by", "body"]
    done = run(inbox, *args, "-f", "csv")
    # (one notice naming the form, what it states and what was used: review 126 #4)
    assert done.exit_code == 0 and done.stderr.splitlines() == [
        f"お知らせ: {inbox / '回答' / '青葉市.xlsx'}: 調査票の団体コード 01201 は、団体一覧"
        f"（{inbox / '団体一覧.csv'} › 2行目）の青葉市の団体コード 012017 の末尾の検査数字がない"
        "書き方です。集計には団体一覧の 012017 を使いました（調査票の団体コードを 012017 に直して"
        "ください。集計の結果は変わりません）",
        "お知らせ 1 件",
    ], done.stderr
    assert coded_rows(done.stdout) == THREE_BODIES
    data = json.loads(run(inbox, *args, "-f", "json").stdout)
    assert data["body_codes"]["青葉市"] == "012017"


def test_a_code_the_list_contradicts_is_a_notice_and_the_list_s_code_is_used(
    tmp_path: Path,
) -> None:
    """Another check digit (012026 of 緑町's 012025) or another body's five digits under the
    list's name: which is right the clerk asks; the list's code is the one shown meanwhile."""
    inbox = _inbox(tmp_path, {"青葉市": "012017", "緑町": "012026", "川辺町": "099991"})
    roster = planeval.load_config(inbox / "planeval.toml").roster
    for stream in (False, True):  # (a large read is counted file by file: the same)
        _summary, result = planeval.summarize_workbooks(
            [inbox / "回答"], by="body", bodies="file", roster=roster, stream=stream
        )
        assert [(p.location.file, p.severity.value, p.message) for p in result.problems] == [
            (
                str(inbox / "回答" / "川辺町.xlsx"),
                "notice",
                f"調査票の団体コード 099991 は、団体一覧（{inbox / '団体一覧.csv'} › 4行目）の"
                "川辺町の団体コード 012033 と違います。集計には団体一覧の 012033 を使いました",
            ),
            (
                str(inbox / "回答" / "緑町.xlsx"),
                "notice",
                f"調査票の団体コード 012026 は、団体一覧（{inbox / '団体一覧.csv'} › 3行目）の"
                "緑町の団体コード 012025 と違います。集計には団体一覧の 012025 を使いました",
            ),
        ]
        assert result.known_codes == {"青葉市": "012017", "緑町": "012025", "川辺町": "012033"}


def test_the_export_s_data_of_bodies_gives_each_body_s_code(tmp_path: Path) -> None:
    """Review 120 #4: export's 団体別集計.csv, 進捗状況.csv and 課題一覧.csv named each body alone
    where summarize's CSV gave its code; the list's code of a form stating none (川辺町's), of
    a body that sent nothing too; and 団体コード first, before 団体, in the workbook's and the
    Word document's 団体別集計 as in every format (review 133 #8: last in the xlsx, none in the
    docx), the workbook's chart naming the bodies still."""
    import openpyxl

    inbox = _inbox(tmp_path, {"青葉市": "01201", "緑町": "012025"})
    _reply(inbox / "回答" / "川辺町.xlsx", None, "川辺町", ["△"])
    (inbox / "団体一覧.csv").write_text(
        "団体コード,団体名\n012017,青葉市\n012025,緑町\n012033,川辺町\n012041,山田村\n",
        encoding="utf-8",
    )
    out = tmp_path / "出力"
    args = ["export", str(inbox / "回答"), "--bodies", "file", "-q", "--keep-going"]
    done = run(
        inbox, *args, "--csv", str(out), "--xlsx", str(out / "報告.xlsx"),
        "--docx", str(out / "報告.docx"),
    )  # fmt: skip
    assert done.exit_code == 1, done.output  # (山田村 sent nothing: an error, counted past)

    def lines(name: str) -> list[str]:
        return (out / name).read_text(encoding="utf-8-sig").splitlines()

    by_body = lines("団体別集計.csv")
    assert by_body[0].startswith("団体コード,団体,")
    assert [row.split(",")[:2] for row in by_body[1:]] == [
        ["012017", "青葉市"], ["012025", "緑町"], ["012033", "川辺町"], ["012041", "山田村"],
        ["", "合計"],
    ]  # fmt: skip
    for name in ("進捗状況.csv", "課題一覧.csv"):
        rows = lines(name)
        assert rows[0].startswith("団体コード,団体,") and rows[-1].startswith("012033,川辺町,")
    coded = [("012017", "青葉市"), ("012025", "緑町"), ("012033", "川辺町"), ("012041", "山田村")]
    sheet = openpyxl.load_workbook(out / "報告.xlsx")["団体別集計"]
    table = [row for row in sheet.iter_rows(values_only=True) if row[1]]
    assert table[0][:3] == ("団体コード", "団体", "◎")
    assert [row[:2] for row in table[1:6]] == [*coded, (None, "合計")]
    with zipfile.ZipFile(out / "報告.xlsx") as archive:
        charts = [archive.read(n).decode() for n in archive.namelist() if "charts/chart" in n]
    [chart] = [c for c in charts if "団体別集計!" in c]  # (the bodies' names, then ◎'s counts)
    assert "<c:f>団体別集計!$B$5:$B$7</c:f>" in chart and "<c:f>団体別集計!$C$5:$C$7</c:f>" in chart
    from docx import Document

    [word] = [
        t for t in Document(str(out / "報告.docx")).tables if t.cell(0, 0).text == "団体コード"
    ]
    assert word.cell(0, 1).text == "団体"
    assert [tuple(c.text for c in row.cells[:3]) for row in word.rows[5:6]] == [
        ("012041", "山田村", "未集計（未回答）"),  # (its state in a cell of its own: review 193)
    ]
    assert [(row.cells[0].text, row.cells[1].text) for row in word.rows[2:6]] == [
        *coded[:3],
        ("012041", "山田村"),
    ]


def test_the_reader_s_table_of_bodies_gives_each_body_s_code_as_the_workbook_does(
    tmp_path: Path,
) -> None:
    """Review 130's 120-4: 団体コード was in the workbook's 団体別集計 and not in the md's or
    the HTML's; each has it now, before 団体 as the CSVs, by one rule (coded_bodies)."""
    inbox = _inbox(tmp_path, {"青葉市": "012017", "緑町": "012025", "川辺町": "012033"})
    out = tmp_path / "出力"
    args = ["export", str(inbox / "回答"), "--bodies", "file", "-q"]
    done = run(inbox, *args, "--md", str(out / "報告.md"), "--html", str(out / "報告.html"))
    assert done.exit_code == 0, done.output
    md = (out / "報告.md").read_text(encoding="utf-8").splitlines()
    at = md.index("## 団体別集計")
    end = next(n for n in range(at + 1, len(md)) if md[n].startswith("## "))
    table = [line for line in md[at:end] if line.startswith("| ")]
    assert table[0].startswith("| 団体コード | 団体 |")
    assert [line.split(" | ")[:2] for line in table[1:]] == [
        ["| 012017", "青葉市"], ["| 012025", "緑町"], ["| 012033", "川辺町"], ["| ", "合計"]
    ]  # fmt: skip
    page = (out / "報告.html").read_text(encoding="utf-8")
    bodies = page[page.index('id="bodies"') :]
    assert (
        '<thead><tr><th scope="col" class="word">団体コード</th><th scope="col" class="word">団体</th>'
        in bodies
    )
    # (on a phone's card the code before the name, as at 1280 px: review 157 #7)
    assert '<td class="id">012025</td><th scope="row" data-code="012025"><a href=' in bodies
    assert 'table.summary.stacked th[data-code]::before{content:attr(data-code) "　"}' in page
    # (check of either reads the 団体 column as each row's name, the code as no count)
    for name in ("報告.md", "報告.html"):
        checked = run(
            inbox, "check", str(inbox / "回答"), "--bodies", "file", "--text", str(out / name)
        )
        assert "すべて集計と一致しています" in checked.stdout, checked.stdout


def test_a_five_digit_code_fitting_another_body_is_matched_by_the_form_s_name(
    tmp_path: Path,
) -> None:
    """Review 133 #2: 赤坂台市 typed 03251 for its 032051 — 柳沢市's 032514 without the check
    digit. It was counted as 柳沢市's (032514 twice in the CSV), called 未回答 while counted, and
    told to write 柳沢市's code. A five-digit code is a body's only where that body's name is
    the form's: here 緑町's 01203 fits 川辺町's 012033, and 緑町 is the list's by its name."""
    inbox = _inbox(tmp_path, {"青葉市": "012017", "緑町": "01203", "川辺町": "012033"})
    args = ["summarize", str(inbox / "回答"), "--bodies", "file", "--by", "body"]
    done = run(inbox, *args, "-f", "csv")
    assert done.exit_code == 0 and done.stderr.splitlines() == [
        f"警告: {inbox / '回答' / '緑町.xlsx'} › 回答票 › B2: 調査票の団体コード 01203 は、"
        "団体一覧の川辺町（012033）の末尾の検査数字がない形ですが、調査票の団体名（B3）は「緑町」です。"
        "団体コードでは照らし合わせず、団体名のとおり団体一覧の緑町（012025）として集計しました"
        "（調査票の団体コードを 012025 に直してください。川辺町の回答なら、団体名を直して"
        "ください）",
        "警告 1 件",
    ], done.stderr
    assert coded_rows(done.stdout) == THREE_BODIES


def test_a_five_digit_code_fitting_two_bodies_is_neither_s(tmp_path: Path) -> None:
    """12017 is 青葉市's 012017 with its leading zero lost, or 北町's 120171 without its check
    digit: the form of a body not on the list is matched to neither, and the warning says so."""
    inbox = _inbox(tmp_path, {"青葉市": "012017", "南町": "12017"})
    with (inbox / "団体一覧.csv").open("a", encoding="utf-8") as listed:
        listed.write("120171,北町\n")
    roster = planeval.load_config(inbox / "planeval.toml").roster
    result = planeval.read_workbooks([inbox / "回答"], bodies="file", roster=roster)
    [warned] = [p for p in result.problems if "12017 は" in p.message]
    assert warned.severity.value == "warning" and warned.message == (
        "調査票の団体コード 12017 は、団体一覧の青葉市（012017）の先頭の 0がない形とも"
        "北町（120171）の末尾の検査数字がない形ですが、調査票の団体名（B3）は「南町」です。団体コードでは"
        "照らし合わせず、団体一覧に団体名「南町」がないため、団体一覧のどの団体の回答としても扱っていません"
    )
    [unanswered] = result.errors  # (北町 sent nothing: 南町's form is not its)
    assert unanswered.message.endswith("（未回答）: 緑町、川辺町、北町"), unanswered.message
    assert result.known_codes["南町"] == "12017"


def test_a_six_digit_code_of_another_body_is_matched_by_the_form_s_name(tmp_path: Path) -> None:
    """緑町's form stating 012033 — 川辺町's whole code — with 団体名 緑町 was counted as 緑町 and
    緑町 called 未回答 as well (the list's 緑町 answered by nobody, 012033 shown twice), without a
    word; with 川辺町 silent it was called answered. The body is now the one its name says, by
    its own code, and one warning at the code's cell says whose code it is and the fix."""
    inbox = _inbox(tmp_path, {"青葉市": "012017", "緑町": "012033", "川辺町": "012033"})
    args = ["summarize", str(inbox / "回答"), "--bodies", "file", "--by", "body"]
    done = run(inbox, *args, "-f", "csv")
    assert done.exit_code == 0 and done.stderr.splitlines() == [
        f"警告: {inbox / '回答' / '緑町.xlsx'} › 回答票 › B2: 調査票の団体コード 012033 は、"
        "団体一覧の川辺町（012033）の団体コードですが、調査票の団体名（B3）は「緑町」です。"
        "団体コードでは照らし合わせず、団体名のとおり団体一覧の緑町（012025）として集計しました"
        "（調査票の団体コードを 012025 に直してください。川辺町の回答なら、団体名を直して"
        "ください）",
        "警告 1 件",
    ], done.stderr
    assert coded_rows(done.stdout) == THREE_BODIES
    # (川辺町 sending nothing is 川辺町 未回答, not answered by 緑町's form)
    (inbox / "回答" / "川辺町.xlsx").unlink()
    roster = planeval.load_config(inbox / "planeval.toml").roster
    for stream in (False, True):
        _summary, result = planeval.summarize_workbooks(
            [inbox / "回答"], by="body", bodies="file", roster=roster, stream=stream
        )
        [unanswered] = result.errors
        assert unanswered.message.endswith("（未回答）: 川辺町"), unanswered.message
        assert [p.severity.value for p in result.problems] == ["warning", "error"]
        assert result.known_codes == {"青葉市": "012017", "緑町": "012025", "川辺町": "012033"}
        assert result.bodies == ["青葉市", "緑町", "川辺町"]


def test_a_code_agreeing_with_its_name_or_alone_is_matched_by_the_code(tmp_path: Path) -> None:
    """A form's code is trusted where its name does not contradict it: a code stated with no
    name (the body the list's by the code) and a name the list does not have (renamed since)."""
    inbox = _inbox(tmp_path, {"青葉市": "012017"})
    _reply(inbox / "回答" / "回答1.xlsx", "012025", None, ["○"])
    _reply(inbox / "回答" / "回答2.xlsx", "012033", "新川辺町", ["○"])
    roster = planeval.load_config(inbox / "planeval.toml").roster
    result = planeval.read_workbooks([inbox / "回答"], bodies="file", roster=roster)
    assert not result.errors, result.errors
    assert result.known_codes["新川辺町"] == "012033"
    assert not [p for p in result.problems if p.severity.value == "warning"], result.problems


def test_a_name_of_two_bodies_with_a_third_body_s_code_is_said_at_the_code(
    tmp_path: Path,
) -> None:
    """Review 139 (3's kin): a form named 伊達市 — on the list twice, of 北海道 and of 福島県 —
    stating 川辺町's 012033 was counted as 川辺町, 川辺町 called answered though it sent
    nothing, without a word. The code's cell says it is neither 伊達市's, and none of the
    list's bodies is taken to have answered by it."""
    (tmp_path / "団体一覧.csv").write_text(
        "団体コード,団体名\n012335,伊達市\n072133,伊達市\n012033,川辺町\n", encoding="utf-8"
    )
    (tmp_path / "planeval.toml").write_text('[bodies]\nroster = "団体一覧.csv"\n', "utf-8")
    (tmp_path / "回答").mkdir()
    _reply(tmp_path / "回答" / "072133.xlsx", "072133", "伊達市", ["○"])
    _reply(tmp_path / "回答" / "伊達市_回答.xlsx", "012033", "伊達市", ["○"])
    roster = planeval.load_config(tmp_path / "planeval.toml").roster
    result = planeval.read_workbooks([tmp_path / "回答"], bodies="file", roster=roster)
    [warning] = [p for p in result.problems if not p.is_error]
    assert (warning.location.file, warning.location.cell) == (
        str(tmp_path / "回答" / "伊達市_回答.xlsx"),
        "B2",
    )
    assert warning.message == (
        "調査票の団体コード 012033 は、団体一覧の川辺町（012033）の団体コードで、団体一覧に "
        "2 団体ある伊達市（北海道伊達市（012335）、福島県伊達市（072133））のどちらの団体コード"
        "でもありません。どの伊達市の回答か分からないため、団体一覧のどの団体の回答としても扱っていません"
    )
    assert warning.hint == (
        "伊達市の回答なら、調査票の団体コードを 012335 か 072133 のうち正しいものに直して"
        "ください。川辺町の回答なら、調査票の団体名を直してください"
    )
    [unanswered] = result.errors
    # (which 伊達市 sent nothing: named with its code's prefecture)
    assert unanswered.message.endswith("（未回答）: 北海道伊達市、川辺町"), unanswered.message


def test_a_name_of_two_bodies_with_no_code_is_neither_of_them(tmp_path: Path) -> None:
    """A form of 伊達市 stating no 団体コード, filed as 伊達市.xlsx, read with a list naming 伊達市
    of 北海道 and of 福島県, was counted as the first listed (北海道's) without a word, and
    福島県's called 未回答 as 「伊達市」. Now it is neither's, said at its 団体名's cell with how
    to tell them (the code); a file's name telling the prefecture (福島県伊達市.xlsx) decides."""
    (tmp_path / "団体一覧.csv").write_text(
        "団体コード,団体名\n012335,伊達市\n072133,伊達市\n", encoding="utf-8"
    )
    (tmp_path / "planeval.toml").write_text('[bodies]\nroster = "団体一覧.csv"\n', "utf-8")
    roster = planeval.load_config(tmp_path / "planeval.toml").roster
    (tmp_path / "回答").mkdir()
    _reply(tmp_path / "回答" / "伊達市.xlsx", None, "伊達市", ["○", "△"])
    result = planeval.read_workbooks([tmp_path / "回答"], bodies="file", roster=roster)
    [warning] = [p for p in result.problems if not p.is_error]
    assert (warning.location.file, warning.location.sheet, warning.location.cell) == (
        str(tmp_path / "回答" / "伊達市.xlsx"),
        "回答票",
        "B3",  # (the name's line: no code's line above it)
    )
    assert warning.message.startswith(
        "団体名「伊達市」は、団体一覧の 2 団体（北海道伊達市（012335）、"
        "福島県伊達市（072133））の名前です。団体コードがなく、どちらの回答か分からないため"
    ), warning.message
    assert "012335 か 072133 のうち正しいもの" in warning.hint
    [unanswered] = result.errors
    assert unanswered.message.endswith("（未回答）: 北海道伊達市、福島県伊達市"), unanswered.message
    assert "伊達市" not in result.known_codes
    (tmp_path / "回答" / "伊達市.xlsx").rename(tmp_path / "回答" / "福島県伊達市.xlsx")
    told = planeval.read_workbooks([tmp_path / "回答"], bodies="file", roster=roster)
    assert not [p for p in told.problems if not p.is_error], told.problems
    [unanswered] = told.errors
    assert unanswered.message.endswith("（未回答）: 北海道伊達市"), unanswered.message
    assert told.known_codes["福島県伊達市"] == "072133"
    assert {entry.body for entry in told.entries} == {"福島県伊達市"}


def test_a_typo_in_the_list_s_check_digit_gives_way_to_the_form_s_code(tmp_path: Path) -> None:
    """Review 156 #3: the list's 223672 for 鷹之橋町 fails the check digit, the form's 223671 fits
    it; the list's was used and published. The form's is used, the list's cell said."""
    from tests.conftest import write_book

    rows = [
        ["団体コード", "団体名"],
        ["012017", "青葉市"],
        ["012026", "緑町"],
        ["012033", "川辺町"],
    ]
    write_book(tmp_path / "団体一覧.xlsx", {"一覧": rows})
    (tmp_path / "planeval.toml").write_text('[bodies]\nroster = "団体一覧.xlsx"\n', "utf-8")
    (tmp_path / "回答").mkdir()
    for code, body in THREE_BODIES:
        _reply(tmp_path / "回答" / f"{body}.xlsx", code, body, ["○"])
    args = ["summarize", str(tmp_path / "回答"), "--bodies", "file", "--by", "body"]
    done = run(tmp_path, *args, "-f", "csv")
    assert coded_rows(done.stdout) == THREE_BODIES
    said = [line for line in done.stderr.splitlines() if "012026" in line]
    assert said == [
        f"警告: {tmp_path / '団体一覧.xlsx'} › 一覧 › A3: 団体一覧の緑町の団体コード 012026 は、"
        "末尾の検査数字が合いません（先頭 5 桁 01202 の検査数字は 5）。調査票（"
        f"{tmp_path / '回答' / '緑町.xlsx'} › 回答票 › B2）の団体コード 012025 は検査数字が合う"
        "ため、集計には調査票の 012025 を使いました（団体一覧の A3 を 012025 に直してください）"
    ], done.stderr
    assert done.exit_code == 0, done.stderr
