"""A prefecture's roll-up of its municipalities' forms (review 83b): each municipality's clerk
fills the prefecture's 調査票 — a title row, 「団体名 | 上田市」 and 「団体コード | 202037」 above
a 基本目標 heading and a table No. | 事業名 | 事業の概要 | 評価 | 今後の方向性 | 担当課, rated A–D
(the aichi preset) — and sends it back under a name of their own: 調査票（松本市）.xlsx,
【令和6年度回答】長野県上田市.xlsx. The prefecture lists the municipalities in 団体一覧.xlsx."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book

_PROJECTS = (
    "ガバメントクラウドへの移行",
    "電子申請の拡充",
    "書かない窓口の導入",
    "公衆無線LANの整備",
    "防災アプリの配信",
    "職員研修の実施",
)
ROSTER = (("202029", "松本市"), ("202037", "上田市"), ("202126", "大町市"))
SETTINGS = '[scale]\npreset = "aichi"\n\n[bodies]\nroster = "団体一覧.xlsx"\n'


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def form(
    path: Path,
    body: str,
    code: str,
    policies: Sequence[Sequence[str]],
    *,
    year: int = 6,
    first: int = 0,
) -> Path:
    """The prefecture's form as a municipality's clerk fills it: one table per 基本目標, each
    rated row a 事業 numbered from 1 under its heading, ``policies`` the statuses of each
    (the 事業 named in turn from the ``first``'s name on)."""
    rows: list[list[object]] = [
        [f"令和{year}年度 {body} 情報化計画 取組み結果"],
        ["団体名", body],
        ["団体コード", code],
        [],
    ]
    names = iter((_PROJECTS * 4)[first:])
    for number, statuses in enumerate(policies, start=1):
        rows += [
            [],
            [f"基本目標{number}\u3000市民に身近な行政DX{number}"],
            ["No.", "事業名", "事業の概要", "評価", "今後の方向性", "担当課"],
        ]
        for no, status in enumerate(statuses, start=1):
            name = next(names)
            rows.append([no, name, f"{name}を進める。", status, "継続", "総務課"])
    rows += [
        [],
        ["評価：A 達成率100%以上\u3000B 80%以上100%未満\u3000C 50%以上80%未満\u3000D 50%未満"],
    ]
    return write_book(path, {"評価結果": rows})


def prefecture(folder: Path) -> list[str]:
    """planeval.toml and the roster in ``folder``: the options every command is given."""
    (folder / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    write_book(folder / "団体一覧.xlsx", {"団体一覧": [["団体コード", "団体名"], *ROSTER]})
    return ["--config", str(folder / "planeval.toml")]


def _folders(root: Path) -> Path:
    """Each municipality's reply in its folder, named as its clerk named it."""
    replies = root / "R6"
    for body, code, name, policies in (
        ("松本市", "202029", "調査票（松本市）.xlsx", [["A", "B", "C"], ["A", "A"]]),
        ("上田市", "202037", "【令和6年度回答】長野県上田市.xlsx", [["A", "B", "C"], ["B"]]),
        ("大町市", "202126", "202126_大町市.xlsx", [["A", "D"]]),
    ):
        (replies / body).mkdir(parents=True)
        form(replies / body / name, body, code, policies)
    return replies


def test_the_rounding_note_of_each_body_s_policies_names_the_body(tmp_path: Path) -> None:
    """Review 83b #1: by body-policy the note named 「ID 1 は 99.9%、ID 1 は 99.9%」 — which of
    twenty bodies' policy 1, no reader could tell. Each row is named by its body and number,
    and check reads the note back, each row compared with that body's policy."""
    options = prefecture(tmp_path)
    replies = str(_folders(tmp_path))
    said = run(
        "summarize", replies, "--bodies", "folder", "--by", "body-policy", "--percent", *options
    )
    assert said.exit_code == 0, said.stdout
    lines = said.stdout.splitlines()
    start = next(n for n, line in enumerate(lines) if line.startswith("※割合"))
    end = next(n for n, line in enumerate(lines) if "にならない行" in line)
    note = "".join(line.strip() for line in lines[start : end + 1])
    # (1 of 3 three times in a body's policy 1: 99.9; 合計's A 5, B 3, C 2, D 1 of 11, each
    # on its own: 45.5 + 27.3 + 18.2 + 9.1 = 100.1)
    said_rows = "松本市 1 は 99.9%、上田市 1 は 99.9%、合計の行は 100.1%"
    assert note.endswith(f"行があります（{said_rows}）。"), note
    text = tmp_path / "報告.txt"
    text.write_text(note, encoding="utf-8")
    checked = run("check", replies, "--bodies", "folder", "--text", str(text), *options)
    assert checked.exit_code == 0, checked.stdout
    text.write_text(note.replace("松本市 1 は", "松本市 2 は"), encoding="utf-8")
    checked = run("check", replies, "--bodies", "folder", "--text", str(text), *options)
    assert checked.exit_code == 1
    assert "│ 松本市 2 │ 割合の合計 │ 99.9% │ 100.0% │" in checked.stdout


def test_a_body_s_workbook_of_last_year_is_said_by_the_body_and_its_reason(tmp_path: Path):
    """Review 83b #2: 大町市 sent last year's workbook again, left out under --fiscal-year with
    --keep-going. The export said 「所管部の回答が別の年度の調査票で提出されたため」 — a
    municipality has no 所管部 of the prefecture's — and 団体別集計 only 「未集計（記入に不備があったため）」.
    Said by the body, and the reason in 集計の状況; a body one of whose two workbooks was last
    year's (塩尻市's 総務部) counted in part for that reason."""
    options = prefecture(tmp_path)
    replies = _folders(tmp_path)
    form(replies / "大町市" / "202126_大町市.xlsx", "大町市", "202126", [["A", "D"]], year=5)
    (replies / "塩尻市").mkdir()
    form(replies / "塩尻市" / "202151_塩尻市_企画部.xlsx", "塩尻市", "202151", [["A"]])
    form(
        replies / "塩尻市" / "202151_塩尻市_総務部.xlsx",
        "塩尻市",
        "202151",
        [["B"]],
        year=5,
        first=3,
    )
    (tmp_path / "団体一覧.xlsx").unlink()
    rows = [["団体コード", "団体名"], *ROSTER, ("202151", "塩尻市")]
    write_book(tmp_path / "団体一覧.xlsx", {"団体一覧": rows})
    made = run(
        "export", str(replies), "--bodies", "folder", "--fiscal-year", "令和6", "--keep-going",
        "--md", str(tmp_path / "r.md"), "--csv", str(tmp_path / "csv"), *options,
    )  # fmt: skip
    assert made.exit_code == 1, made.stdout
    text = (tmp_path / "r.md").read_text("utf-8")
    assert "所管部の回答" not in text
    # (no filing reason published beside a body: review 204 #5)
    assert "なお、このほか大町市、塩尻市の実施内容3件は、集計に含めていません。" in text
    assert "未集計の団体：大町市（回答を集計できなかったため）" in text
    assert "一部未集計の団体：塩尻市（別の年度の調査票のため）" in text
    states = (tmp_path / "csv" / "団体別集計.csv").read_text("utf-8-sig").splitlines()
    assert [line.rsplit(",", 1)[1] for line in states if "大町市," in line or "塩尻市," in line] == [
        "未集計（回答を集計できなかったため）", "一部未集計（別の年度の調査票のため）"
    ]  # fmt: skip


def test_a_file_named_with_its_prefecture_is_the_body_its_form_and_roster_name(tmp_path: Path):
    """Review 83b #3: under --bodies file 【令和6年度回答】長野県上田市.xlsx was 「長野県上田市」
    beside 「松本市」, though its 団体名 and the roster say 上田市 (and --bodies folder 上田市)."""
    options = prefecture(tmp_path)
    replies = tmp_path / "R6"
    replies.mkdir()
    form(replies / "調査票（松本市）.xlsx", "松本市", "202029", [["A", "B"]])
    form(replies / "【令和6年度回答】長野県上田市.xlsx", "上田市", "202037", [["C"]])
    # (a space after the prefecture and no 団体名 stated, the roster's name: review 84)
    form(replies / "【回答】長野県 大町市.xlsx", "", "", [["D"]])
    said = run("summarize", str(replies), "--bodies", "file", "--by", "body", *options)
    assert said.exit_code == 0, said.stdout
    rows = [line.split("│")[1].strip() for line in said.stdout.splitlines() if "│" in line]
    assert rows == ["団体", "松本市", "上田市", "大町市", "合計"], said.stdout
    assert "長野県" not in said.stdout


def test_the_prefecture_a_file_name_adds_is_kept_only_where_it_tells_two_bodies_apart() -> None:
    from planeval.io.body_name import file_written
    from planeval.io.roster import as_listed, named_twins
    from planeval.io.roster_file import Listed
    from planeval.io.workbook import FileBody
    from planeval.model import Location

    # the form's name, whatever the file's adds (and the file's where the form adds one)
    assert file_written("長野県上田市", "【令和6年度回答】長野県上田市", "上田市") is None
    assert file_written("上田市", "202037_上田市", "長野県 上田市") == "上田市"
    assert file_written("北海道伊達市", "北海道伊達市", "伊達市", {"伊達市"}) == "北海道伊達市"
    # the roster's name for a body named by its file alone, not one the roster gives twice
    roster = [
        Listed(name, code, Location("団体一覧.xlsx"))
        for code, name in (*ROSTER, ("012335", "伊達市"), ("072133", "伊達市"))
    ]
    owners = [FileBody("長野県上田市"), FileBody("北海道伊達市"), FileBody("松本市")]
    assert as_listed(owners, roster) == ["上田市", "北海道伊達市", "松本市"]
    # two prefectures' bodies of one name, told apart by their files' names alone
    assert named_twins([FileBody("北海道伊達市"), FileBody("福島県伊達市"), *owners]) == {"伊達市"}
