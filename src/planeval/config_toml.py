"""A planeval.toml that TOML cannot read, said in Japanese (tomllib says it in English): where
it stops making sense, with the line as typed and how such lines are written — a list or a
string never closed named at the line that opens it."""

from __future__ import annotations

import difflib
import re
from pathlib import Path

from planeval.lazy_pattern import LazyPattern

_AT = LazyPattern(r"\(at line (\d+), column (\d+)\)")
_BARE_WORD = LazyPattern(r"[A-Za-z_][\w-]*")  # (a value neither quoted nor true/false: flase)


def unreadable_toml(path: Path, text: str, error: ValueError) -> str:
    """Where the TOML stops making sense, with the line as typed and how such lines are
    written (tomllib says it in English)."""
    found = _AT.search(str(error))
    lines = text.splitlines()
    if found is None:
        if "end of document" not in str(error):
            return f"{path}: TOML として読めません（{error}）"
        # (「Unclosed array (at end of document)」: the line that opens what is never closed)
        line = next(
            (at for at, typed in enumerate(lines, 1) if _unclosed(typed)), max(len(lines), 1)
        )
        typed = lines[line - 1].strip() if lines else ""
        return (
            f'{path}:{line}: TOML として読めません（{line} 行目の [ か " がファイルの終わりまで'
            f'閉じられていません: {typed}）。リストは [ と ] で、文字の値は半角の " で囲んで'
            "書きます"
        )
    line, column = int(found[1]), int(found[2])
    if str(error).startswith("Unclosed") and (opened := _opened_before(lines, line)):
        line = opened  # (the list opened above and never closed: named at its line, review 77)
        return (
            f"{path}:{line}: TOML として読めません（{line} 行目の [ が閉じられていません: "
            f"{lines[line - 1].strip()}）。リストは [ と ] で囲んで書きます"
        )
    typed = lines[line - 1].strip() if 0 < line <= len(lines) else ""
    name, _, value = (part.strip() for part in typed.split("#")[0].partition("="))
    if name and _BARE_WORD.fullmatch(value):
        return f"{path}:{line}: TOML として読めません（{line} 行目: {typed}）。" + _bare(
            name, value
        )
    if str(error).startswith("Unescaped '\\'"):  # (a path copied from Explorer: .\団体一覧.xlsx)
        return (
            f"{path}:{line}: TOML として読めません（{line} 行目 {column} 文字目の \\: {typed}）。"
            '" で囲んだ値の中の \\ は TOML では特別な文字です。パスの \\ を / に変えるか'
            "（\"./団体一覧.xlsx\"）、値を ' で囲んでください（'.\\団体一覧.xlsx'）"
        )
    return (
        f"{path}:{line}: TOML として読めません（{line} 行目 {column} 文字目: {typed}）。"
        '設定は「名前 = 値」の形で、文字の値は半角の " で囲んで書きます'
        '（全角の “ ” ＝ や、閉じ忘れた " ] がないか確認してください）'
    )


def _opened_before(lines: list[str], line: int) -> int | None:
    """The line, before ``line``, of a list opened and not closed by the lines up to it."""
    depth, opened = 0, None
    for at, typed in enumerate(lines[: line - 1], 1):
        value = re.sub(r'"[^"]*"', "", typed.partition("=")[2] if depth == 0 else typed)
        value = value.split("#")[0]
        if depth == 0 and value.count("[") > value.count("]"):
            opened = at
        depth = max(0, depth + value.count("[") - value.count("]"))
    return opened if depth else None


def _unclosed(line: str) -> bool:
    """Whether a line opens a list or a string it does not close (comments left out)."""
    value = line.partition("=")[2]
    if not value:
        return False
    quoted = re.sub(r'"[^"]*"', "", value)
    return '"' in quoted or quoted.split("#")[0].count("[") > quoted.split("#")[0].count("]")


def _bare(name: str, value: str) -> str:
    """How a value typed bare is written: true or false as typed in TOML (「counted = flase」
    a typo of false: review 102), else a text between quotes."""
    close = difflib.get_close_matches(value.lower(), ("true", "false"), n=1, cutoff=0.6)
    example = f"{name} = {close[0]}" if close else f'{name} = "{value}"'
    return (
        f'値「{value}」は、はい・いいえなら true か false（半角小文字）、文字なら半角の " で'
        f"囲んで書きます（例: {example}）"
    )
