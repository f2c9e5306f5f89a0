"""Any console: a cp932 or ASCII standard output, a broken pipe, a closed standard output, and
names holding line breaks or escape sequences — no traceback, no fake lines, no colours."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from planeval.cli import app
from planeval.model import Location, Problem, Severity
from planeval.report.json_text import json_text, write_json
from planeval.report.problems import write_problems
from planeval.report.render import encodable, printable
from tests.conftest import REPO

SEED = str(REPO / "data" / "setagaya" / "chapter3.xlsx")
PLAN = str(REPO / "data" / "setagaya" / "plan.xlsx")
PLANEVAL = [sys.executable, "-m", "planeval"]
ROWS = [
    ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"],
    ["1-1-1 事業", "① 項目 › 雪☃", "○", ""],
    ["", "② 項目", "△", "遅れ 😀 [red]赤[/red]"],
]


def planeval(*args: str, **env: str) -> subprocess.CompletedProcess[bytes]:
    """planeval in a child process with ``env`` over a fixed 80-column environment."""
    return subprocess.run(
        [sys.executable, "-m", "planeval", *args],
        capture_output=True,
        timeout=120,
        check=False,
        env={**os.environ, "PYTHONPATH": str(REPO / "src"), "COLUMNS": "80", **env},
    )


@pytest.mark.parametrize("command", ["issues", "summarize", "tables"])
def test_cp932_standard_output(command: str, book) -> None:
    path = str(book(ROWS))
    for args in ([command, SEED], [command, path]):
        done = planeval(*args, PYTHONIOENCODING="cp932")
        assert done.returncode == 0, done.stderr.decode(errors="replace")
        assert b"Traceback" not in done.stderr
        done.stdout.decode("cp932")  # every byte is cp932
    if command == "issues":
        wide = planeval(command, SEED, PYTHONIOENCODING="cp932", COLUMNS="200")
        text = wide.stdout.decode("cp932")
        # (› is not in cp932; the file named once above the rows, the texts given the room)
        assert "出典のファイル: chapter3.xlsx" in text and "第3章 > D16" in text  # (課題等)
        # (wide enough for each cell on one line: a narrower one folds between 赤 and [/red])
        text = planeval(command, path, PYTHONIOENCODING="cp932", COLUMNS="200").stdout
        shown = text.decode("cp932").replace("\n", "").replace(" ", "").replace("│", "")
        assert "〓（U+1F600：この画面では表示できない文字）" in shown.replace("|", "")
        assert "[red]赤[/red]" in text.decode("cp932")


def test_cp932_json_is_the_same_json(book) -> None:
    path = str(book(ROWS))
    plain = planeval("issues", path, "-f", "json")
    cp932 = planeval("issues", path, "-f", "json", PYTHONIOENCODING="cp932")
    assert cp932.returncode == 0
    assert json.loads(cp932.stdout.decode("cp932")) == json.loads(plain.stdout.decode())


@pytest.mark.parametrize("fmt", ["rich", "json", "github", "csv"])
def test_ascii_standard_output(fmt: str, book) -> None:
    path = str(book(ROWS))
    for command in ("issues", "summarize"):
        done = planeval(command, path, "-f", fmt, PYTHONIOENCODING="ascii", LANG="C", LC_ALL="C")
        assert done.returncode == 0, done.stderr.decode(errors="replace")
        assert b"Traceback" not in done.stderr
        # a stand-in, visibly (JSON escapes as JSON does, still valid JSON)
        assert (b"\\u" if fmt == "json" else b"[U+") in done.stdout


@pytest.mark.parametrize("fmt", ["rich", "json", "github", "csv"])
def test_a_broken_pipe_ends_quietly(fmt: str) -> None:
    read, write = os.pipe()
    os.close(read)  # the reader is gone before the first byte (`| head -c 0`)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "planeval", "issues", SEED, "-f", fmt],
            stdout=write,
            stderr=subprocess.PIPE,
            timeout=120,
            check=False,
            env={**os.environ, "PYTHONPATH": str(REPO / "src")},
        )
    finally:
        os.close(write)
    assert done.returncode == 1
    assert done.stderr == b""


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash for >&-")
@pytest.mark.parametrize("fmt", ["rich", "json", "github"])
def test_a_closed_standard_output_ends_quietly(fmt: str) -> None:
    done = subprocess.run(
        ["bash", "-c", 'exec "$@" >&-', "_", *PLANEVAL, "summarize", SEED, "-f", fmt],
        stderr=subprocess.PIPE,
        timeout=120,
        check=False,
        env={**os.environ, "PYTHONPATH": str(REPO / "src")},
    )
    assert done.returncode == 1
    assert b"Traceback" not in done.stderr and b"Error" not in done.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="such names cannot exist on Windows")
@pytest.mark.parametrize("name", ["a\nb.xlsx", "c\x1b[31md.xlsx"])
def test_names_with_line_breaks_and_escapes_are_shown_escaped(name: str, tmp_path: Path) -> None:
    path = tmp_path / name
    shutil.copy(SEED, path)
    shown = printable(name)
    result = CliRunner().invoke(app, ["validate", str(path), "--plan", PLAN], env={"COLUMNS": "80"})
    assert result.exit_code == 1
    out = result.stdout
    assert shown in out and "\x1b" not in out
    assert not any(line.startswith(("b.xlsx", "d.xlsx")) for line in out.splitlines())
    missing = CliRunner().invoke(app, ["summarize", str(tmp_path / f"no{name}")])
    assert missing.exit_code == 2
    assert f"no{shown}" in missing.stderr and "\x1b" not in missing.stderr


def test_problem_lines_print_markup_and_emoji_codes_as_they_are() -> None:
    stream = io.StringIO()
    problem = Problem(
        Location("x[bold].xlsx", "第3章", "C3"), Severity.ERROR, "'[red]●[/red]' :smile:", "直す"
    )
    write_problems([problem], Console(file=stream, width=80, color_system=None))
    assert stream.getvalue().splitlines()[0] == (
        "エラー: x[bold].xlsx › 第3章 › C3: '[red]●[/red]' :smile:（直す）"
    )


def test_one_problem_in_many_files_is_shown_by_a_few_then_one_line() -> None:
    """1,000 bodies' forms with their example row left blank: three in full, then one line
    naming a few more places and counting the rest (--debug shows every one)."""
    problems = [
        Problem(
            Location(f"団体{n:02}.xlsx", "第3章", "C5"), Severity.ERROR, "達成状況が空です", "書く"
        )
        for n in range(8)
    ]
    problems.append(Problem(Location("団体03.xlsx", "第3章", "C9"), Severity.WARNING, "別", "x"))
    stream = io.StringIO()
    write_problems(problems, Console(file=stream, width=200, color_system=None))
    lines = [line for line in stream.getvalue().splitlines() if line]
    assert lines == [
        "エラー: 団体00.xlsx › 第3章 › C5: 達成状況が空です（書く）",
        "エラー: 団体01.xlsx › 第3章 › C5: 達成状況が空です（書く）",
        "エラー: 団体02.xlsx › 第3章 › C5: 達成状況が空です（書く）",
        "警告: 団体03.xlsx › 第3章 › C9: 別（x）",
        "エラー: 同じエラーがほかに 5 ファイルの 5 か所にあります（団体03.xlsx › 第3章 › C5、"
        "団体04.xlsx › 第3章 › C5、団体05.xlsx › 第3章 › C5 ほか 2 か所）: 達成状況が空です（書く）",
        "エラー 8 件、警告 1 件（8 ファイル）",
    ]
    every = io.StringIO()
    write_problems(problems, Console(file=every, width=200, color_system=None), details=True)
    assert every.getvalue().count("達成状況が空です") == 8


def test_one_kind_of_problem_in_many_files_is_shown_by_a_few_then_one_line() -> None:
    """Review 36: six 部局's forms rated in another preset's letters, each cell an error with one
    fix (the preset to write) and its own value: 25 lines. After the first three files, the
    rest is one line with the values they hold and a few places."""
    hint = 'planeval.toml に [scale] preset = "aichi" と書いてください'
    problems = [
        Problem(
            Location(f"0{n}_局.xlsx", "取組状況", f"G{row}"),
            Severity.ERROR,
            f"'{value}' はこの評価尺度の記号ではありません（◎ ○ △ × -）",
            hint,
        )
        for n in range(1, 7)
        for row, value in ((7, "A"), (8, "BC"[n % 2]))
    ]
    stream = io.StringIO()
    write_problems(problems, Console(file=stream, width=300, color_system=None))
    lines = [line for line in stream.getvalue().splitlines() if line]
    assert len(lines) == 3 * 2 + 2 and lines[-1] == "エラー 12 件（6 ファイル）"
    assert lines[-2] == (
        "エラー: 同じ種類のエラーがほかに 3 ファイルの 6 か所にあります（値は 'A'・'B'・'C'。"
        "04_局.xlsx › 取組状況 › G7、04_局.xlsx › 取組状況 › G8、05_局.xlsx › 取組状況 › G7 ほか 3 か所）"
        f"（{hint}）"
    )


def test_printable_and_encodable() -> None:
    assert printable("a\nb\tc\x1b[31m\x9b\u202e") == "a\\nb\\tc\\x1b[31m\\x9b\\u202e"
    assert printable("課題\n二行", lines=True) == "課題\n二行"
    assert printable("bad\udcffname") == "bad\\udcffname"  # an undecodable byte in a file name
    snowman = "〓（U+2603：この画面では表示できない文字）"
    assert encodable("a › b ☃ 😀 ◎", "cp932") == (
        f"a > b {snowman} 〓（U+1F600：この画面では表示できない文字） ◎"
    )
    # (a run said once, each character's code point once: review 21; in Japanese, no English
    # name of Unicode's, 「CJK UNIFIED IDEOGRAPH-672F」: review 86)
    assert encodable("✔✔☃", "cp932") == "〓〓〓（U+2714・U+2603：この画面では表示できない文字）"
    assert encodable("新技术", "cp932") == "新技〓（U+672F：この画面では表示できない文字）"
    assert encodable("区 ›", "ascii") == "[U+533A] >"
    assert encodable("☃", "utf-8") == "☃"


def test_json_to_a_narrow_stream_stays_json() -> None:
    stream = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    write_json({"a": "区 › 😀"}, stream)
    stream.seek(0)
    assert json.loads(stream.read()) == {"a": "区 › 😀"}


def test_json_is_indented_with_short_plain_lists_on_one_line() -> None:
    data = {
        "groups": [{"body": "青葉市", "counts": {"◎": 6, "○": 29}, "total": 35}],
        "files": [f"部{n:03}/回答.xlsx" for n in range(20)],
        "empty": {},
        "none": [],
        1: None,
    }
    text = json_text(data)
    assert json.loads(text) == json.loads(json.dumps(data))  # the same JSON as json.dumps
    lines = text.splitlines()
    assert '      "counts": {"◎": 6, "○": 29},' in lines  # plain values: one line
    assert '    "部000/回答.xlsx",' in lines  # … unless too long: one a line
    assert '  "empty": {},' in lines and '  "1": null' in lines
    assert lines[0] == "{" and lines[-1] == "}"
