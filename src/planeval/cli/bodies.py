"""The command splitting several bodies' answers compiled into one workbook: split.

No ``from __future__ import annotations`` here: typer reads each command's options from its
annotations when the command is built (cli/cycle.py says why)."""

from pathlib import Path
from typing import Annotated

import typer

from planeval.cli.common import command, friendly
from planeval.cli.options import ConfigOption


@command("split")
@friendly
def split_command(
    workbook: Annotated[
        Path,
        typer.Argument(
            help="複数の団体の回答をまとめたブック（団体名の列のある一覧、または団体ごとのシートの綴り）。",
            show_default=False,
            metavar="ブック",
        ),
    ],
    output: Annotated[
        Path,
        typer.Option(
            "-o", "--output", help="団体ごとのブックを書き出すフォルダ（なければ作ります）。"
        ),
    ],
    force: Annotated[
        bool, typer.Option("--force", help="同じ名前のブックがあれば置き換えます。")
    ] = False,
    by: Annotated[
        str | None,
        typer.Option(
            "--by",
            help="department: 一つの団体の回答をまとめたブック（行ごとに所管の部署の列があるもの）を、"
            "部署ごとのブックに分けます。",
            show_default=False,
        ),
    ] = None,
    config_path: ConfigOption = None,
) -> None:
    """複数の団体の回答をまとめたブックを、団体ごとのブックに分けます（--bodies file で読むため）。--by department では、一つの団体のブックを部署ごとに分けます。"""
    from planeval.config import load_config
    from planeval.config_files import file_problem
    from planeval.cycle.split import split_bodies
    from planeval.cycle.split_departments import split_departments
    from planeval.errors import UsageError
    from planeval.text import pasted_path

    if (problem := file_problem(workbook, "ブック", "名前と場所を確かめてください")) is not None:
        raise UsageError(f"ブック {workbook} {problem}")
    if by not in (None, "department"):
        raise UsageError(f"--by には department を指定してください（指定された値: '{by}'）")
    config = load_config(config_path)
    scale, layout, limits = config.scale, config.layout, config.limits
    unanswered: list[str] = []
    if by is None:
        written = split_bodies(
            workbook, output, scale=scale, layout=layout, limits=limits, force=force
        )
    else:
        written, unanswered = split_departments(
            workbook, output, scale=scale, layout=layout, limits=limits, force=force
        )
    for split in written:
        typer.echo(f"書き出しました: {split.path}（{split.body}、{split.rows} 行）")
    for department in unanswered:  # (a folder without its workbook: 未提出 with the plan)
        typer.echo(
            f"{department}の行は{config.wording.status}がどれも空欄のため、ブックを書き出していません"
            "（--plan を付けて読めば未提出と示します）"
        )
    read = f"planeval summarize {pasted_path(f'{output}/')}" + (
        " --bodies file" if by is None else ""
    )
    unit = "団体" if by is None else "部署"
    if all(split.scaled for split in written):
        typer.echo(f"{len(written)} {unit}のブックに分けました。{read} で読めます")
        return
    symbols = " ".join(config.scale.symbols)
    typer.echo(
        f"{len(written)} {unit}のブックに分けました。記入された{config.wording.status}はいまの評価尺度"
        f"の記号（{symbols}）ではないため、{read} がはじめのエラーに示す評価尺度の設定を "
        "planeval.toml に書いてから、もう一度 summarize で読んでください"
    )
