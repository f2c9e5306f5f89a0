"""Reading planeval.toml: the status scale (and, later, limits and other settings).

[scale]
as_planned = "○"

[[scale.status]]
symbol = "A"
label = "達成"
aliases = ["達成済"]
counted = true
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from planeval.errors import ConfigError
from planeval.io.limits import Limits
from planeval.scale import DEFAULT_SCALE, Scale, Status

CONFIG_NAME = "planeval.toml"


@dataclass(frozen=True, slots=True)
class Config:
    """Settings for one run; ``source`` is the file they came from, if any."""

    scale: Scale = DEFAULT_SCALE
    limits: Limits = field(default_factory=Limits)
    source: Path | None = None


def load_config(path: Path | None = None, *, search_dir: Path | None = None) -> Config:
    """Read ``path``, or planeval.toml in ``search_dir`` (default: the working folder) if it
    exists; without either, the default (the seed's) scale."""
    if path is None:
        candidate = (search_dir or Path.cwd()) / CONFIG_NAME
        if not candidate.is_file():
            return Config()
        path = candidate
    import tomllib  # (only when there is a file: most runs have none)

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: 設定ファイルが見つかりません") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: 設定ファイルを読めません（{error}）") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: TOML として読めません（{error}）") from None
    return Config(
        scale=_scale(data.get("scale"), path), limits=_limits(data.get("limits"), path), source=path
    )


def _limits(table: Any, path: Path) -> Limits:
    """[limits]: any of Limits' fields, each a positive number."""
    if table is None:
        return Limits()
    where = f"{path} › [limits]"
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: 表ではありません")
    known = {f.name: f for f in fields(Limits)}
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key not in known:
            raise ConfigError(f"{where}: {key} という上限はありません（{', '.join(known)}）")
        if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
            raise ConfigError(f"{where}: {key} は正の数で書いてください（{value!r}）")
        values[key] = int(value) if known[key].type in ("int", int) else float(value)
    return Limits(**values)


def _scale(table: Any, path: Path) -> Scale:
    if table is None:
        return DEFAULT_SCALE
    where = f"{path} › [scale]"
    if not isinstance(table, dict) or not isinstance(table.get("status"), list):
        raise ConfigError(
            f"{where}: [[scale.status]] の表がありません"
            "（記号ごとに symbol・label・counted を書いてください）"
        )
    statuses = []
    for number, item in enumerate(table["status"], start=1):
        spot = f"{where} の {number} 番目の [[scale.status]]"
        if not isinstance(item, dict):
            raise ConfigError(f"{spot}: 表ではありません")
        symbol, label = item.get("symbol"), item.get("label", "")
        aliases, counted = item.get("aliases", []), item.get("counted", True)
        if not isinstance(symbol, str) or not symbol.strip():
            raise ConfigError(f'{spot}: symbol（記号）がありません。例: symbol = "◎"')
        if not isinstance(label, str):
            raise ConfigError(f"{spot}: label は文字列で書いてください")
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise ConfigError(f'{spot}: aliases は文字列のリストで書いてください。例: ["〇"]')
        if not isinstance(counted, bool):
            raise ConfigError(f"{spot}: counted は true か false で書いてください")
        in_narrative = item.get("in_narrative", "always")
        if in_narrative not in ("always", "when_used"):
            raise ConfigError(f'{spot}: in_narrative は "always" か "when_used" で書いてください')
        needs_issue = item.get("needs_issue", False)
        if not isinstance(needs_issue, bool):
            raise ConfigError(f"{spot}: needs_issue は true か false で書いてください")
        statuses.append(
            Status(symbol.strip(), label, counted, tuple(aliases), in_narrative, needs_issue)
        )
    if not statuses:
        raise ConfigError(f"{where}: 記号が一つもありません")
    as_planned = table.get("as_planned")
    symbols = [status.symbol for status in statuses]
    if len(set(symbols)) != len(symbols):
        raise ConfigError(f"{where}: 同じ記号が二度定義されています（{' '.join(symbols)}）")
    if as_planned is not None and as_planned not in symbols:
        raise ConfigError(
            f"{where}: as_planned = {as_planned!r} は定義された記号（{' '.join(symbols)}）にありません"
        )
    try:
        return Scale(tuple(statuses), as_planned=as_planned)
    except ValueError as error:
        raise ConfigError(f"{where}: {error}") from None
