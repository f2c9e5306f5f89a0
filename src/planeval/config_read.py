"""Reading planeval.toml strictly: the limits, the layout and the wording here, the status
scale in config_scale.py; an unknown key is an error that suggests the nearest known one. Every
problem of the file is said in one run (a clerk fixing one typo should not meet the next only
on the next run).

[scale]
as_planned = "○"

[[scale.status]]
symbol = "A"
label = "達成"
aliases = ["達成済"]
counted = true
"""

from __future__ import annotations

import math
import tomllib
from dataclasses import fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planeval.config import Config
from planeval.config_columns import COLUMNS_KEYS, read_ignored
from planeval.config_files import plan_setting, read_roster_setting
from planeval.config_guess import guess, nearest, preset_named
from planeval.config_lines import line_in, line_in_entry, line_number, line_within
from planeval.config_rounding import ROUNDED
from planeval.config_scale import noted, read_scale
from planeval.config_toml import unreadable_toml
from planeval.errors import ConfigError
from planeval.io.header_titles import HEADER_TITLES
from planeval.io.headers import DEFAULT_LAYOUT, TITLED_WORDS, Layout, title_key
from planeval.io.limits import Limits
from planeval.scale import DEFAULT_SCALE, Scale
from planeval.text import HEADING_WORDS
from planeval.wording import DEFAULT_WORDING, Wording, configured, template_problem, wording_fields
from planeval.wording_levels import levels_alike
from planeval.wording_presets import OWN_WORDING_BASE, WORDING_PRESETS

if TYPE_CHECKING:
    from planeval.io.roster_file import Listed
    from planeval.model import Problem

# The schema, as data: the keys each table knows ("" is the file's top level; an array of
# tables such as [[scale.status]] is named like a table). A new table ([layout], [wording],
# scale presets) is one line here and one reader below.
SCHEMA: dict[str, frozenset[str]] = {
    "": frozenset({"scale", "limits", "layout", "wording", "bodies", "plan", "columns"}),
    "scale": frozenset({"preset", "as_planned", "order", "issue_list", "status"}) | ROUNDED,
    "scale.status": frozenset(
        {
            "symbol",
            "label",
            "aliases",
            "counted",
            "in_narrative",
            "needs_issue",
            "ranked",
            "after",
            "blank",
            "blank_beside",
        }
    ),
    "limits": frozenset(f.name for f in fields(Limits)),
    "layout": frozenset({"titles", "headings", "status_column"}),
    "layout.titles": frozenset(HEADER_TITLES),
    "wording": wording_fields() | {"preset"},
    "bodies": frozenset({"roster"}),
    "plan": frozenset({"file"}),
    "columns": COLUMNS_KEYS,
}
# what a key of each table is called in a message
_KIND = {"limits": "上限"}
# the largest value each limit may take (Excel's own sheet size for rows and columns)
_LIMITS_MOST = {"rows": 1_048_576, "columns": 16_384}


def read_config(path: Path) -> Config:
    """The settings ``path`` holds (load_config: a planeval.toml found or given)."""
    try:
        text = path.read_bytes().decode("utf-8-sig")  # (a BOM at the start is fine)
        data = tomllib.loads(text)
    except FileNotFoundError:
        raise ConfigError(f"{path}: 設定ファイルが見つかりません") from None
    except IsADirectoryError:
        raise ConfigError(f"{path}: フォルダです。設定ファイルを指定してください") from None
    except UnicodeDecodeError as error:
        raise ConfigError(
            f"{path}: 文字コードが UTF-8 ではないため読めません（{error.start + 1} バイト目）。"
            "メモ帳なら「名前を付けて保存」で文字コードに UTF-8 を選んで保存し直してください"
        ) from None
    except OSError as error:
        raise ConfigError(
            f"{path}: 設定ファイルを読めません（{error.strerror or error}）"
        ) from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(unreadable_toml(path, text, error)) from None
    found: list[str] = []
    meant: set[tuple[str, int, str]] = set()  # (a key mistyped: its table, entry, known key)
    _check_keys(data, "", path, text, found, meant)
    scale, limits, layout, wording = DEFAULT_SCALE, Limits(), DEFAULT_LAYOUT, DEFAULT_WORDING
    with noted(found):
        scale = read_scale(data.get("scale"), path, text, found, meant)
    with noted(found):
        limits = _limits(data.get("limits"), path, text, found)
    with noted(found):
        layout = _layout(data.get("layout"), path, found)
    with noted(found):
        wording = _wording(data.get("wording"), path, text, found, _scale_named(data))
    if "scale" in data and "wording" not in data:
        wording = _counted_as_phrases(wording, scale)
    roster: tuple[Listed, ...] = ()
    with noted(found):
        roster = read_roster_setting(data.get("bodies"), path, text, limits, found)
    plan, plan_at = plan_setting(data.get("plan"), path, text, found)
    ignored = read_ignored(data.get("columns"), path, text, found)  # (io/unused_columns.py)
    if len(found) == 1:
        raise ConfigError(found[0])
    if found:
        raise ConfigError(
            f"{path}: 設定に {len(found)} 件の問題があります。すべて直してから実行してください",
            tuple(sorted(found, key=lambda message: line_number(message, path))),
        )
    layout = replace(with_wording(layout, wording, worded="wording" in data), ignored=ignored)
    notices: tuple[Problem, ...] = ()
    if "wording" in data:  # (a [wording] status that is a status of the scale: config_notes)
        from planeval.config_notes import wording_notices

        notices = wording_notices(data["wording"], wording, scale, path, text)
    return Config(
        scale=scale, limits=limits, source=path, layout=layout, wording=wording, roster=roster,
        plan=plan, plan_at=plan_at, notices=notices, scale_keys=frozenset(data.get("scale", ())),
    )  # fmt: skip


def with_wording(layout: Layout, wording: Wording, *, worded: bool) -> Layout:
    """The body's words for its columns ([wording]) are titles of those roles in its tables
    too: a template planeval wrote in them is read back as written (取組項目 is a project's
    title by default, an item's for a body calling its items so), its policy's a level's.
    ``worded``: the settings have a [wording] table (an inline ``wording = {…}`` too). A word
    never moves a level, nor a title [layout.titles] gives: 基本方針 or 施策, a level's title,
    stays a level's whatever a word says (review 27: project = "基本方針" read 春日井市's 基本方針
    column as its projects; but 推進項目, a project's too: LEVELS_OVER_PROJECTS). Its counter
    (「取組」) is a total row's too: 「合計 | 22取組」 (review 161 #1)."""
    if wording.counter not in ("", "つ"):
        layout = replace(layout, counters=(wording.counter,))
    if worded:
        alike = wording.project == wording.policy
        layout = replace(layout, worded=True, projects_as_policies=alike)
        others = (wording.direction, wording.project, wording.item, *HEADING_WORDS)
        if wording.policy not in (*others, *layout.headings):  # (its template's 「基本政策Ⅱ …」
            layout = replace(layout, headings=(*layout.headings, wording.policy))  # review 96)
    words = layout.own_words(
        {
            role: getattr(wording, role)
            for role in TITLED_WORDS
            if getattr(wording, role) != getattr(DEFAULT_WORDING, role)
        }
    )
    if worded and DEFAULT_LAYOUT.vocabulary().role(policy := wording.policy) in (None, "level"):
        words["level"] = policy  # (its column the top level, not read as nothing: review 170 #1)
    levels = {title_key(title) for title in layout.titles.get("level", ())}
    if "project" not in words and title_key(wording.project) in levels:
        # (the word a level's by [layout.titles]: 「推進項目名」 its projects' names, as template
        # titles them beside 推進項目番号 — review 141 #4: level = ["推進項目"] refused every form)
        words["project"] = f"{wording.project}名"
    elif "level" in words and "project" not in words:
        # (… and the policy's, worded the top level: 運営方針番号 | 運営方針名 | 事業番号 | 事業,
        # forms of project = "運営方針", read under policy = "運営方針" alone — review 205 #3)
        layout = replace(layout, policy_level=words["level"])
    return layout.titled(words)


def _check_keys(
    table: dict[str, Any], name: str, path: Path, text: str, found: list[str],
    meant: set[tuple[str, int, str]], entry: int = 0,
) -> None:  # fmt: skip
    """Note every key the schema does not know, in this table and every table below it
    (``entry``: this table's place, from 1, in an array of tables: each said at its own line),
    and in ``meant`` the known key each one's message offers (「preset のことですか」): an
    error that only follows from the typo (the preset missing) is not said (review 169 #7)."""
    known = SCHEMA[name]
    for key, value in table.items():
        inner = f"{name}.{key}" if name else key
        if key not in known:
            found.append(said := _unknown(key, name, known, path, text, entry))
            if (near := nearest(key, sorted(known))) and f"（{near} のことですか。" in said:
                meant.add((name, entry, near))
        elif inner in SCHEMA:
            listed = isinstance(value, list)
            for number, item in enumerate(value if listed else [value], start=1):
                if isinstance(item, dict):
                    _check_keys(item, inner, path, text, found, meant, number if listed else 0)


# [layout.titles] policy = [...]: the level columns' titles are one list
_LEVELS_TOGETHER = "政策・方向性などの階層の列の名前は、level = [...] にまとめて書きます。"


def _unknown(
    key: str, table: str, known: frozenset[str], path: Path, text: str, entry: int = 0
) -> str:
    line = line_in_entry(table, entry, key, text) if entry else line_within(table, key, text)
    where = f"{path}{line}" + (f" › [{table}]" if table else "")
    kind = _KIND.get(table, "設定" if table else "表")
    levels = table == "layout.titles" and key in ("policy", "direction", "levels")
    from planeval.config_notes import misplaced  # (a key unknown: a mistake's path)

    said = (
        _LEVELS_TOGETHER if levels else misplaced(key, table, SCHEMA) or guess(key, sorted(known))
    )
    return f"{where}: {key} という{kind}はありません（{said}使えるのは {', '.join(sorted(known))}）"


def _limits(table: Any, path: Path, text: str, found: list[str]) -> Limits:
    """[limits]: any of Limits' fields, each a finite positive number in range (a whole
    number for a count); a key it does not know was noted by _check_keys."""
    if table is None:
        return Limits()
    where = f"{path} › [limits]"
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: 表ではありません")
    known = {f.name: f for f in fields(Limits)}
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key in known:
            with noted(found):
                where = f"{path}{line_in('limits', key, text)} › [limits]"
                values[key] = _limit(known[key], value, where)
    return Limits(**values)


def _limit(known: Any, value: Any, where: str) -> int | float:
    """One limit's value, or a ConfigError saying what it must be."""
    key, is_int = known.name, known.type in ("int", int)
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise ConfigError(f"{where}: {key} は正の数で書いてください（{value!r}）")
    if not math.isfinite(value):
        raise ConfigError(f"{where}: {key} は有限の正の数で書いてください（{value!r}）")
    if is_int and value != int(value):
        raise ConfigError(f"{where}: {key} は整数で書いてください（{value!r}）")
    most = _LIMITS_MOST.get(key)
    if most is not None and value > most:
        raise ConfigError(f"{where}: {key} は {most:,} 以下で書いてください（{value!r}）")
    return int(value) if is_int else float(value)


def _layout(table: Any, path: Path, found: list[str]) -> Layout:
    """[layout]: a body's own column titles per role, heading words, and the status column."""
    if table is None:
        return DEFAULT_LAYOUT
    where = f"{path} › [layout]"
    if not isinstance(table, dict) or not isinstance(table.get("titles", {}), dict):
        raise ConfigError(f"{where}: 表ではありません")
    titles = {}
    for role, values in table.get("titles", {}).items():
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            found.append(
                f'{where}.titles: {role} は文字列のリストで書いてください。例: {role} = ["評価"]'
            )
        elif role in SCHEMA["layout.titles"]:  # (an unknown role was noted by _check_keys)
            titles[role] = tuple(values)
    headings = table.get("headings", [])
    if not isinstance(headings, list) or not all(isinstance(h, str) for h in headings):
        raise ConfigError(f'{where}: headings は文字列のリストで書いてください。例: ["重点施策"]')
    status_column = table.get("status_column")
    if status_column is not None and not isinstance(status_column, str):
        raise ConfigError(f'{where}: status_column は列名の文字列で書いてください。例: "達成度"')
    return Layout(
        titles=titles,
        headings=tuple(headings),
        status_column=status_column,
        items=titles.get("item", ()),
    )


def _scale_named(data: dict[str, Any]) -> str | None:
    """Whose scale the settings name: its [scale] preset's name, "" for a scale of the body's
    own statuses, None without [scale] (Setagaya's, the default)."""
    table = data.get("scale")
    if not isinstance(table, dict):
        return None
    preset = table.get("preset")
    return preset if isinstance(preset, str) else ""


def _counted_as_phrases(wording: Wording, scale: Scale) -> Wording:
    """The plain words' counter 件 where the statuses are counted as quoted phrases: 「5件の実施
    内容に取り組みました。…「計画どおり完了」が3件…」, not 「5つの実施内容」 beside 「3件」
    (review 93: 羽村市's scale without [wording]). A [wording]'s own counter is kept."""
    from planeval.count_sentence import said_as_phrases  # (a scale of phrases: few bodies)

    return replace(wording, counter="件") if said_as_phrases(scale) else wording


def _wording(
    table: Any, path: Path, text: str, found: list[str], scale: str | None = None
) -> Wording:
    """[wording]: any of Wording's words and templates, each a string, after the words of a
    ``preset`` if one is named. Without [wording], Setagaya's words for Setagaya's scale
    (``scale`` None or "setagaya"), plain words for any other."""
    if table is None:
        # a body rating on a scale of its own is not Setagaya: its report is not headed
        # 「情報化政策別」 (枚方市 with [scale] preset = "hirakata" alone). Plain words, not the
        # scale preset's body's: a body choosing gunma's A–D for its symbols is not 群馬県
        return DEFAULT_WORDING if scale is None or scale == "setagaya" else OWN_WORDING_BASE
    where = f"{path} › [wording]"
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: 表ではありません")
    # a body that words its report itself is not Setagaya: the words it leaves unset are plain
    # ones, not Setagaya's 情報化 (a 行政改革大綱 headed 「情報化計画事業の体系」)
    base = OWN_WORDING_BASE
    name = table.get("preset")
    if name is not None:
        at = f"{path}{line_in('wording', 'preset', text)} › [wording]"
        base = preset_named(name, WORDING_PRESETS, at, "言葉の組")
    changes: dict[str, str] = {}
    for key, value in table.items():
        if key == "preset":
            continue
        spot = f"{path}{line_in('wording', key, text)} › [wording]"
        if not isinstance(value, str):
            found.append(f'{spot}: {key} は文字列で書いてください。例: {key} = "基本目標"')
        elif not value.strip() and key != "counter":
            # (say the fix: a word, or the line gone and planeval's word — review 135 #4)
            kept = getattr(base, key, "")
            gone = f"（消すと「{kept}」になります）" if isinstance(kept, str) and kept else ""
            found.append(
                f'{spot}: {key} が空です。{key} = "…" に使う言葉を書くか、この行を消してください'
                + gone
            )
        elif problem := template_problem(key, value):
            found.append(f"{spot}: {key} の {problem}")
        elif key in SCHEMA["wording"]:  # (an unknown key was noted by _check_keys)
            changes[key] = value
    if name is None and (scale is None or scale == "setagaya") and changes.keys() <= {"title"}:
        base = DEFAULT_WORDING  # (a report's title alone: Setagaya's words kept, review 51)
    wording = configured(base, changes)
    found += levels_alike(wording, changes, path, text, preset=name)
    return wording
