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
    config_path: ConfigOption = None,
) -> None:
    """複数の団体の回答をまとめたブックを、団体ごとのブックに分けます（--bodies file で読むため）。"""
    from planeval.config import load_config
    from planeval.config_files import file_problem
    from planeval.cycle.split import split_bodies
    from planeval.errors import UsageError
    from planeval.text import pasted_path

    if (problem := file_problem(workbook, "ブック", "名前と場所を確かめてください")) is not None:
        raise UsageError(f"ブック {workbook} {problem}")
    config = load_config(config_path)
    written = split_bodies(
        workbook,
        output,
        scale=config.scale,
        layout=config.layout,
        limits=config.limits,
        force=force,
    )
    for split in written:
        typer.echo(f"書き出しました: {split.path}（{split.body}、{split.rows} 行）")
    read = f"planeval summarize {pasted_path(f'{output}/')} --bodies file"
    if all(split.scaled for split in written):
        typer.echo(f"{len(written)} 団体のブックに分けました。{read} で読めます")
        return
    symbols = " ".join(config.scale.symbols)
    typer.echo(
        f"{len(written)} 団体のブックに分けました。記入された{config.wording.status}はいまの評価尺度"
        f"の記号（{symbols}）ではないため、{read} がはじめのエラーに示す評価尺度の設定を "
        "planeval.toml に書いてから、もう一度 summarize で読んでください"
    )
