"""The lines a run ends with on standard error besides its problems (cli/common.finish): why
nothing was counted, why each file was left out, and how many warnings and notices -q hid.
Imported only by a run that has them to say."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planeval.read_records import ReadResult


def hidden_said(counts: str, why: str) -> str:
    """「警告 3 件・お知らせ 2 件（-qq のため表示していません）」, the reason on a line of its
    own where the terminal is narrower than the line (review 121: 54 columns at 40)."""
    import shutil

    from planeval.cli.examples import columns

    fits = columns(counts + why) <= shutil.get_terminal_size().columns
    return counts + why if fits else f"{counts}\n{why}"


def left_out_why(result: ReadResult, name: str) -> str:
    """Why a file was left out, as its refusal gives it (Problem.reason: 「（壊れているか途中で
    切れたブックです（BadZipFile））」, 「（団体名「山田村」と書かれたブックですが、ファイル名は
    川辺町です）」), a workbook of another year's as 集計の状況 says it (OTHER_YEAR: its title's
    error gives no reason — review 133 #6); the errors above say it in full."""
    if name in result.other_years:
        from planeval.past_errors import OTHER_YEAR

        return f"（{OTHER_YEAR}）"
    for problem in result.problems:
        if problem.reason and problem.location.file == name:
            return f"（{problem.reason}）"
    return ""


def kept_going_said(result: ReadResult) -> str:
    """The closing line of a run counted past its errors (--keep-going): what it left out,
    files only where one was (the 数えていないファイル lines under it) — 「エラーの行・ファイル」
    of one workbook's blank rating named no file left out (review 195)."""
    left = "行・ファイル" if result.left_out else "行"
    return f"エラーの{left}を除いて集計しました。"


def why_not_counted(result: ReadResult, nothing_read: bool) -> str:
    """The closing line of a run its errors stopped (cli/common.finish): why, and what to do.
    ``nothing_read`` with files read: one of the rounds compared read none (review 179 #3: a
    JSON export as last year's round printed 「達成状況の変わった実施内容はありません」)."""
    from planeval.several_bodies import SEVERAL_BODIES_HINT

    if nothing_read and result.files:
        return "比べる回の一方から読み込めたファイルがないため、比べていません。上のエラーを直してください。"

    # (its first sentence: the rest says 実施内容 in the body's word, review 49's 取組)
    first = SEVERAL_BODIES_HINT.partition("。")[0]
    if not nothing_read and any(p.hint.startswith(first) for p in result.problems):
        # (--keep-going would count other bodies' items as one: not the advice to give)
        return (
            "エラーがあるため集計していません。多くのファイルが同じ番号の実施内容を評価しています。"
            "団体ごとのブックなら --bodies file（団体ごとのフォルダなら --bodies folder）を"
            "付けてもう一度実行してください。"
        )
    if not nothing_read:
        return (
            "エラーがあるため集計していません。上のエラーを直すか、--keep-going で"
            "読めた行だけを集計してください。"
        )
    if result.has_errors:
        return "読み込めたファイルがないため集計していません。上のエラーを直してください。"
    return (
        "数えたブックがないため集計していません。上のお知らせを確認してください"
        "（planeval が書き出した報告書は、ファイル名を直接指定すれば数えます）。"
    )
