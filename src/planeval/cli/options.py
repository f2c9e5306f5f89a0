"""The options every command shares (typer annotations, help in Japanese) and the parsers of
option values typed in Japanese forms (fiscal years, dates)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

import typer

from planeval.errors import UsageError

if TYPE_CHECKING:
    from planeval.scale import Scale
    from planeval.title_years import OwnYear

Files = Annotated[
    list[Path],
    typer.Argument(
        help="実施状況の調査票（.xlsx/.xlsm）またはそれを入れたフォルダ。",
        show_default=False,
        metavar="ファイル...",
    ),
]
FormatOption = Annotated[
    str,
    typer.Option(
        "--format",
        "-f",
        help="出力形式: rich、csv、json、または tabulate の形式（github、plain など）。",
    ),
]
ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config",
        help="使う planeval.toml（既定: カレントフォルダに planeval.toml があればそれ）。",
    ),
]
# (two settings files: cli/two_scales.py, the second one's rating beside the first one's counts)
ConfigsOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--config",
        help="使う planeval.toml（既定: カレントフォルダに planeval.toml があればそれ）。"
        "二度指定すると（--config 実施状況.toml --config 達成度.toml）、同じ調査票を二つ目の"
        "設定でも読み、その評価（達成度など）を表（export では課題一覧も）の列に並べ、その集計と文章を一つ目の"
        "ものの後に載せます。列と集計の順は --config の順です（調査票の列の順に合わせるなら、"
        "左の列を読む設定を先に指定してください）。",
    ),
]

KeepGoing = Annotated[
    bool,
    typer.Option(
        "--keep-going",
        help="エラーの行やファイルがあっても、読めた分を集計します（終了コードは 1）。",
    ),
]
NoBom = Annotated[
    bool,
    typer.Option(
        "--no-bom", help="CSV を BOM（Excel 用の印）なしで出力します（他のツールへ渡すとき）。"
    ),
]
PlanOption = Annotated[
    Path | None,
    typer.Option(
        "--plan",
        help="計画のブック（計画事業一覧）。共管の実施内容を所管部（関係部の最初の部）の行で数えます（既定: planeval.toml の [plan] file）。",
    ),
]
NoPlan = Annotated[
    bool,
    typer.Option(
        "--no-plan",
        help="planeval.toml の [plan] file の計画を使わずに読みます（前の年度の調査票を、今年度の計画を書いた設定のまま読むときなど）。",
    ),
]
# --plan, --no-plan as typed: the plan's workbook, False (none, not even the settings') or None
# (the settings' [plan] file, if any: inputs.read_plan_given)
PlanGiven = Path | Literal[False] | None


def plan_given(plan: Path | None, no_plan: bool) -> PlanGiven:
    """--plan and --no-plan as one value (both given: a usage error)."""
    if not no_plan:
        return plan
    if plan is not None:
        raise UsageError("--plan と --no-plan は一緒に指定できません。どちらか一方にしてください")
    return False


# the round's year for the commands that count (summarize, tables, issues; export, check and
# validate word it for what they do besides): given, a workbook whose title states another
# year is left out of the count in every one of them (title_years.years_left_out)
FiscalYear = Annotated[
    str | None,
    typer.Option(
        "--fiscal-year",
        help="今回の年度（2023、令和5、R5、令和5年度 のいずれかの形）。表題の年度がこれと違うブック（前の年度のブック）はエラーにして数えません（export・check・validate と同じ）。調査票に記録された年度と違う年度は使えません。",
    ),
]
# compare's and rounds' years: one, the last round's (each earlier round's its own, the year most
# of its titles state), or one per round (planeval.round_years); in every round the same rule
_ROUNDS_RULE = (
    "の表題の年度がこれと違うブック（前の年度のブックを送り直したものなど）はエラーにして数えません"
    "（summarize・export の --fiscal-year と同じ）。"
)
CompareYears = Annotated[
    list[str] | None,
    typer.Option(
        "--fiscal-year",
        help="今回の年度（2023、令和5、R5、令和5年度 のいずれかの形）。今回"
        + _ROUNDS_RULE
        + "前回は、前回のブックの多くが表題に書いている年度を前回の年度とし、表題の年度がそれと違う"
        "ブックを同じように数えません。--fiscal-year を前回・今回の順に 2 回指定すると（--fiscal-year "
        "令和4 --fiscal-year 令和5）、それぞれの回の年度になります。"
        "調査票に記録された年度と違う年度は使えません。",
    ),
]
RoundsYears = Annotated[
    list[str] | None,
    typer.Option(
        "--fiscal-year",
        help="最後の回の年度（2023、令和5、R5、令和5年度 のいずれかの形）。最後の回"
        + _ROUNDS_RULE
        + "それより前の回は、それぞれの回のブックの多くが表題に書いている年度をその回の年度とし、"
        "表題の年度がそれと違うブックを同じように数えません。--fiscal-year を古い順に回の数だけ繰り返して"
        "（--fiscal-year 令和3 --fiscal-year 令和4 --fiscal-year 令和5）、各回の年度を指定することも"
        "できます。調査票に記録された年度と違う年度は使えません。",
    ),
]
# -q: the errors, and the warnings that change the counts — replies left out of the count (a
# body counted in part, a department that returned nothing, replies in a sub-folder) and a
# workbook titled with another year than the others, counted (last year's sent again?); -qq
# the errors only; either counts those it does not show (review 39, said in its help: review 121)
Quiet = Annotated[
    int,
    typer.Option(
        "--quiet",
        "-q",
        count=True,
        help="エラーと、集計の数や報告書の言葉が変わる警告（一部未集計の団体・未提出の部・中のフォルダにあって読まなかった回答・表題の年度がほかのブックと違うブック・団体ごとに違う実施内容を同じ番号の行に足した実施内容別の表・ファイルによって表の言葉が違うため推定した報告書の言葉）だけを表示します"
        "（ほかの警告・お知らせは出しません）。-qq でエラーだけを表示します。"
        "出さなかった警告・お知らせは件数だけを最後に示します。",
    ),
]
BodiesOption = Annotated[
    str | None,
    typer.Option(
        "--bodies",
        help="複数の団体を一度に読みます。file: ブック一つが一団体（表の上に「団体名」があれば"
        "その名前、なければファイル名）、folder: 指定フォルダの中のフォルダ一つが一団体（そこに直接置いたブックも一つずつ一団体）。"
        "団体が違えば同じ番号でも別の項目です。",
    ),
]
StatusColumn = Annotated[
    str | None,
    typer.Option(
        "--status-column",
        help="表に評価の列が複数あるとき、数える列の名前（例: 達成度）。"
        "planeval.toml の [layout] status_column より優先します。",
    ),
]

# compare's and rounds' renumbering of the earlier rounds (cycle/pairing.py), and check's of
# last year's round (--previous): one form, one parser
MapOption = Annotated[
    list[str] | None,
    typer.Option(
        "--map",
        help="番号の対応（旧=新）: compare・rounds の表の ID のまま、一つの行 1-(2)イ=3-(3)ア や "
        "1-1-3②=1-1-4③、事業ごと 1-1-3=1-1-4 や 1-(2)=3-(3)（繰り返し可）。",
    ),
]
MapFile = Annotated[
    Path | None,
    typer.Option("--map-file", help="旧=新 の行（または 旧,新 の CSV）を並べたファイル。"),
]
PreviousMap = Annotated[
    list[str] | None,
    typer.Option(
        "--map",
        help="--previous の回答の番号の対応（旧=新）: 計画の改定で番号が変わった事業 1-1-3=1-1-4 "
        "や 1-(2)=3-(3)、一つの行 1-1-3②=1-1-4③ や 1-(2)イ=3-(3)ア を、今回の番号で数えます"
        "（compare の --map と同じ形。繰り返し可）。",
    ),
]
PreviousMapFile = Annotated[
    Path | None,
    typer.Option(
        "--map-file", help="--previous の番号の 旧=新 の行（または 旧,新 の CSV）を並べたファイル。"
    ),
]


def chosen_statuses(status: list[str] | None, scale: Scale) -> list[str]:
    """The symbols ``--status`` names (repeated, or separated by commas as either keyboard
    types them: △,× △、× △，×), each once, in any of their forms."""
    parts = [part for value in status or [] for part in re.split("[,、，]", value) if part.strip()]
    wanted = [scale.normalise(part) for part in parts]
    if None in wanted:
        raise UsageError(
            f"--status には評価尺度の記号（{scale.describe()}）を指定してください"
            f"（指定された値: {', '.join(status or [])}）"
        )
    return list(dict.fromkeys(symbol for symbol in wanted if symbol is not None))


def previous_mapping(
    maps: list[str] | None, file: Path | None, previous: Path | None
) -> dict[str, str]:
    """check's --map and --map-file, which renumber last year's round: only with --previous."""
    if previous is None and (maps or file is not None):
        raise UsageError(
            "--map と --map-file は前年度の回答の番号の対応です。--previous と一緒に指定してください"
        )
    from planeval.cycle.pairing import parse_mapping

    return parse_mapping(maps or [], file)


def fiscal_year_option(text: str | None) -> int | None:
    """--fiscal-year as typed (2022, 令和4, R4, 令和4年度) → 2022; a sentence otherwise."""
    if text is None:
        return None
    from planeval.fiscal import parse_fiscal_year

    try:
        return parse_fiscal_year(text)
    except ValueError as error:
        raise UsageError(f"--fiscal-year: {error}") from None


def round_years_option(texts: list[str] | None, rounds: int) -> list[int | OwnYear | None]:
    """compare's and rounds' --fiscal-year as typed → each round's year (planeval.round_years)."""
    from planeval.cycle.round_names import round_years

    given = [fiscal_year_option(text) for text in texts or []]
    return round_years([year for year in given if year is not None], rounds)


def rounds_not_years(paths: Sequence[Path], given: Sequence[str] | None) -> None:
    """rounds' rounds, none of them a year meant for --fiscal-year (years_repeated): a
    UsageError saying how to give the years, where the paths not there are such years."""
    from planeval.cycle.round_names import years_repeated

    missing = [str(path) for path in paths if not path.exists()]
    if said := years_repeated(missing, given):
        raise UsageError(
            f"{'、'.join(missing)} はファイルやフォルダではなく年度として読めます。{said}"
        )


def date_option(name: str, text: str | None) -> date | None:
    """A date option as typed (2022-05-31, 2022/5/31, 令和4年5月31日); a sentence otherwise."""
    if text is None:
        return None
    from planeval.fiscal import parse_date

    try:
        return parse_date(text)
    except ValueError as error:
        raise UsageError(f"{name}: {error}") from None


def text_files(texts: list[Path] | None, files: Sequence[Path] = ()) -> list[Path]:
    """check's --text files, each one there (else a usage error naming those that are not); a
    report's text given among the workbooks (``files``: 「planeval check 回答/ 報告書.txt」) is
    a usage error saying --text, not a workbook refused as a CSV (review 48's clerk)."""
    missing = [str(path) for path in texts or [] if not path.is_file()]
    if missing:
        raise UsageError(f"ファイルが見つかりません: {', '.join(missing)}")
    if stray := [path for path in files if path.suffix.lower() in _TEXTS and path.is_file()]:
        given = " ".join(f"--text {path}" for path in stray)
        raise UsageError(
            f"報告書の文章（{'、'.join(map(str, stray))}）は --text に指定してください"
            f"（例: planeval check 回答/ {given}）"
        )
    return texts or []


_TEXTS = frozenset({".txt", ".md", ".html", ".htm", ".docx"})  # (what --text reads)
