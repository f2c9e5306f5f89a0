"""Which body each workbook is, when several bodies are read at once with ``--bodies file``:
named by its file (two bodies' 回答.xlsx apart by their folders), a byte-for-byte copy of one
counted once, and workbooks stating one 団体名 told apart by their items (one body's
departments, or bodies that left the form's example in place)."""

from __future__ import annotations

import itertools
from collections import Counter
from pathlib import Path

from planeval.io.body_name import (
    body_named,
    file_named,
    filed_code,
    names_without_codes,
    prefecture,
)
from planeval.io.byte_copies import byte_copies
from planeval.io.file_lists import file_names, files_listed, one_or_files, quoted_files
from planeval.io.workbook import FileBody
from planeval.item_keys import EntryKey, item_key
from planeval.model import Entry, Location, Problem, Severity
from planeval.read_records import ReadResult
from planeval.revised_names import REVISED, first_stem, in_revised_folder, revised, revision


def same_items(result: ReadResult) -> tuple[set[str], list[Problem], set[str]]:
    """The workbooks that state one 団体名 and each hold mostly items another of them holds
    too, and an error for each such 団体名: several bodies that left the form's example 団体名
    in place (each numbers from 1-1-1), or one body's answer received twice — which, cannot
    be told, so neither is counted. Where a file's name names that body too (03_川辺町.xlsx
    beside 回答(2).xlsx, both stating 川辺町), it is that body's answer received twice: its
    items are one item each, as in one body's folder (combine says so of each). A repeat
    listing (再掲) is no item of its own; a department's item co-owned with another's is one
    of few. Third: the workbooks a copy or a corrected version replaces, whose own problems are
    moot (a first run said every cell of the reply its 修正版 replaced: review 80)."""
    files_of: dict[str, list[str]] = {}
    for file, body in result.file_bodies.items():
        files_of.setdefault(body, []).append(file)
    files_of = {body: files for body, files in files_of.items() if len(files) > 1}
    # (most bodies: one workbook each, and nothing to look at)
    items = _items_of(result, {file for files in files_of.values() for file in files})
    apart: set[str] = set()
    problems = []
    moot: set[str] = set()
    for body, files in files_of.items():
        for first, *others in byte_copies([Path(file) for file in files]):
            # (one answer's copy, by its name: 「千代田区 (2).xlsx」; two bodies' 回答_001 and
            # 回答_002, alike to the byte, stating the form's example 団体名, cannot be told)
            copies = [files[i] for i in others if _named_after(files[i], body)]
            if copies:
                apart.update(copies)
                moot.update(copies)
                problems.append(_stated_copy(files[first], copies))
        files = [file for file in files if file not in apart]
        if superseded := _superseded(items, files):  # (「231002_名古屋市_修正版」 beside the first)
            apart.update(superseded[0])
            moot.update(superseded[0])
            result.superseded.update(superseded[0])
            problems += superseded[1]
            files = [file for file in files if file not in apart]
        if len(files) < 2:
            continue
        if (coded := _coded_apart(result, body, files)) is not None:
            apart.update(files)  # (two bodies of one name, 伊達市 of 北海道 and of 福島県)
            problems.append(coded)
            continue
        clashing: list[str] = []
        shared: Entry | None = None
        for a, b in itertools.combinations(files, 2):
            if _mostly_shared(items, a, b):
                of_a, of_b = items.get(a, {}), items.get(b, {})
                clashing += [file for file in (a, b) if file not in clashing]
                shared = shared or next(e for key, e in of_a.items() if key in of_b)
        if shared is None or any(_named_after(file, body) for file in clashing):
            continue
        clashing.sort(key=files.index)
        apart.update(clashing)
        problems.append(
            Problem(
                Location(clashing[1]),
                Severity.ERROR,
                f"{files_listed(clashing)}が同じ団体名「{body}」で、同じ実施内容"
                f"（{shared.shown_id} {shared.item_name} など）を載せています。別々の団体の回答か"
                "同じ回答の二重提出か分からないため、これらのブックの行は数えていません",
                "別々の団体の回答なら、それぞれのブックの団体名をその団体の名前に直してください"
                "（様式の記入例の団体名が残っていないか確認してください）。同じ団体の回答を"
                "二度受け取ったものなら、古い方を除いてください",
            )
        )
    return apart, problems + _one_body_by_name(result, apart), moot


def set_apart(result: ReadResult, apart: set[str], moot: set[str]) -> None:
    """The rows of the workbooks ``apart`` (same_items', corrected_versions') not counted, nor
    their co-owners' remarks and paragraphs (a 修正版's remark beside the same one of the
    workbook it replaces was published twice: review 51); of those ``moot`` (replaced by a
    corrected version or a copy) their own problems too (the notice says so; its five errors
    stopped review 62's run)."""
    if not apart:
        return
    result.read = result.entries = [e for e in result.read if e.location.file not in apart]
    result.texts = [text for text in result.texts if text.location.file not in apart]
    result.read_beside = [row for row in result.read_beside if row.cell.file not in apart]
    if moot:
        result.problems = [p for p in result.problems if p.location.file not in moot]


def corrected_versions(result: ReadResult) -> tuple[set[str], list[Problem]]:
    """Without --bodies file, as same_items does with it: in a body's folder (--bodies
    folder), or among one body's workbooks, a workbook whose name says it corrects an earlier
    one replaces each workbook of its body holding mostly its items (review 49: 伊東市's
    folder, 「…（伊東市）_修正版.xlsx」 beside the first, was read as two departments' — the
    items rated otherwise errors, every other a warning). Nothing where no name says so."""
    if not any(map(revised, result.files)):
        return set(), []
    files_of: dict[str, list[str]] = {}
    for file in result.files:
        files_of.setdefault(result.file_bodies.get(file, ""), []).append(file)
    items = _items_of(result, set(result.files))
    said = [
        found
        for body, files in files_of.items()
        if (found := _superseded(items, files, bool(body)))
    ]
    for replaced, _ in said:
        result.superseded.update(replaced)
    return {file for replaced, _ in said for file in replaced}, [
        notice for _, notices in said for notice in notices
    ]


def _superseded(
    items: dict[str, dict[EntryKey, Entry]], files: list[str], of_body: bool = True
) -> tuple[dict[str, str], list[Problem]] | None:
    """Of one body's ``files``, those a later corrected version (its name says so: REVISED,
    and how late: revision) replaces — each holding mostly its items —, each with that
    version, and a notice per version counted: it counted, those it replaces not (review 44:
    both were read, one differing item an error and every other a warning; review 115 #3:
    修正版2 replaced the first reply and not 修正版). None where there are none."""
    replaced: dict[str, str] = {}
    said = []
    for new in sorted((f for f in files if revised(f)), key=revision, reverse=True):
        if new in replaced:
            continue  # (修正版 beside 修正版2: replaced by it, replacing nothing)
        earlier = [f for f in files if f not in replaced and revision(f) < revision(new)]
        shared = [file for file in earlier if _mostly_shared(items, file, new)]
        # the workbook its name says it corrects; else the one holding mostly its items —
        # never several by their items alone (a survey's 20 bodies' forms, read without
        # --bodies, hold the same items: one 修正版 replaced 17 of them, review 65)
        named = [f for f in earlier if _named_as(f, new, items, shared)]
        if not (its := named or (shared if len(shared) == 1 else [])):
            continue
        replaced.update(dict.fromkeys(its, new))
        said.append(
            Problem(
                Location(its[0]),
                Severity.NOTICE,
                f"{one_or_files([new], its)}を修正版として数え、{'同じ団体の' if of_body else ''}"
                f"{'それより前の' if revision(its[-1]) else '元の'}回答{quoted_files(its, [new])}は"
                "数えていません",
                f"{'前の' if revision(its[-1]) else '元の'}回答を数える場合は、"
                f"{file_names([new], its)[0]}を別のフォルダに移してください",
            )
        )
    return (replaced, said) if replaced else None


def _stated_copy(first: str, copies: list[str]) -> Problem:
    """A warning for workbooks stating one 団体名 alike to the byte, whatever their names
    (「千代田区 (2).xlsx」 beside 「131016_千代田区.xlsx」: review 44): its rows counted once."""
    return Problem(
        Location(copies[0]),
        Severity.WARNING,
        f"{one_or_files(copies, [first])}は"
        f"「{file_names([first], copies)[0]}」と同じ内容のブック（同じ回答の写し）のため、一度だけ数えました",
        "同じ団体の回答を二度置いていないか確認してください",
    )


def _coded_apart(result: ReadResult, body: str, files: list[str]) -> Problem | None:
    """An error where workbooks stating one 団体名 state different 団体コード (review 44: 伊達市
    012335 and 072133, 府中市 of 東京都 and of 広島県): two bodies of one name, never counted as
    one; their rows are left out until each states a name of its own. None otherwise."""
    codes = {file: code for file in files if (code := result.file_codes.get(file, ""))}
    if len(set(codes.values())) < 2:
        return None
    shown = "、".join(dict.fromkeys(codes.values()))
    named = "」「".join(dict.fromkeys(f"{prefecture(code)}{body}" for code in codes.values()))
    return Problem(
        Location(files[1]),
        Severity.ERROR,
        f"{files_listed(files)}が同じ団体名「{body}」で、団体コードが違います（{shown}）。同じ名前の"
        "別々の団体を一つの団体として数えないよう、これらのブックの行は数えていません",
        f"別々の団体なら、それぞれの団体名のセルを「{named}」のように書き分けてください。"
        "同じ団体なら、団体コードの誤りを直してください",
    )


def _named_after(file: str, body: str) -> bool:
    """Whether a file's name names ``body`` (03_川辺町.xlsx, 川辺町回答.xlsx: 川辺町)."""
    named = body_named(file_named(Path(file).stem))
    return named is not None and (named == body or named in body or body in named)


def _items_of(result: ReadResult, files: set[str]) -> dict[str, dict[EntryKey, Entry]]:
    """Each of ``files``' items (a repeat listing is none), keyed as combining keys them."""
    items: dict[str, dict[EntryKey, Entry]] = {}
    for entry in result.read if files else ():
        if not entry.repeat_of and entry.location.file in files:
            key = item_key(entry.project_id, entry.item_no, entry.item_name, entry.sub_item)
            items.setdefault(entry.location.file, {}).setdefault(key, entry)
    return items


def _named_as(
    file: str, new: str, items: dict[str, dict[EntryKey, Entry]], shared: list[str]
) -> bool:
    """Whether ``new`` is named as ``file`` and a correction, the two holding mostly the same
    items (``shared``) or neither rating any (a co-owner's form asking only remarks, sent
    again — review 51: its remark was added twice)."""
    alike = file in shared or not (items.get(file) or items.get(new))
    return alike and REVISED.sub("", Path(new).stem) == REVISED.sub("", Path(file).stem)


def _mostly_shared(items: dict[str, dict[EntryKey, Entry]], a: str, b: str) -> bool:
    """Whether two workbooks hold mostly the same items (more than half of the larger's): one
    answer twice, not two departments' (whose co-owned items are few)."""
    of_a, of_b = items.get(a, {}), items.get(b, {})
    return 2 * len(of_a.keys() & of_b.keys()) > max(len(of_a), len(of_b), 1)


def _one_body_by_name(result: ReadResult, apart: set[str]) -> list[Problem]:
    """Workbooks named by their files (no 団体名 stated) whose names name one body —
    03_緑町.xlsx and 03_緑町_修正版.xlsx — are two bodies to --bodies file: an error when they
    hold the same items (one answer sent twice would be counted twice; added to ``apart``, not
    counted), a warning otherwise (one body's departments counted as two bodies)."""
    by_name: dict[str, list[str]] = {}
    for file, body in result.file_bodies.items():
        stem = file_named(Path(file).stem)
        if file not in apart and stem in body and (named := body_named(stem)) is not None:
            # (a name its form's code gave a prefecture, 北海道伊達市 and 福島県伊達市 of two
            # 伊達市_回答.xlsx: two bodies the list names alike, each its own)
            twin = body != named and body.endswith(named) and result.file_codes.get(file)
            by_name.setdefault(body if twin else named, []).append(file)
    by_name = {named: files for named, files in _by_code(by_name) if len(files) > 1}
    items = _items_of(result, {file for files in by_name.values() for file in files})
    problems = []
    for named, files in by_name.items():
        sent_twice = [
            (a, b) for a, b in itertools.combinations(files, 2) if _mostly_shared(items, a, b)
        ]
        if sent_twice:
            clashing = sorted({file for pair in sent_twice for file in pair}, key=files.index)
            apart.update(clashing)
            for file in clashing:  # (one body's answer twice, most likely: one body not counted)
                result.file_bodies[file] = named
            problems.append(
                Problem(
                    Location(clashing[1]),
                    Severity.ERROR,
                    f"{files_listed(clashing)}はファイル名からはどれも{named}の回答で、同じ実施内容を"
                    "載せています。同じ回答の二重提出（直した版の再送など）か別々の団体の回答か"
                    "分からないため、これらのブックの行は数えていません",
                    "同じ回答を二度受け取ったものなら、古い方を除いてください。別々の団体の回答"
                    "なら、ファイル名か団体名のセルでその団体が分かるようにしてください",
                )
            )
            continue
        problems.append(
            Problem(
                Location(files[1]),
                Severity.WARNING,
                f"{files_listed(files)}はファイル名からはどれも{named}の回答ですが、--bodies file では"
                "ブック一つが一つの団体のため、別々の団体として数えています",
                f"{named}の部ごとのブックなら、{named}のフォルダにまとめて --bodies folder で"
                "読むか、それぞれのブックに団体名を書いてください",
            )
        )
    return problems


def _by_code(by_name: dict[str, list[str]]) -> list[tuple[str, list[str]]]:
    """Files naming one body, apart by the codes they are filed under where those differ:
    132063_府中市 and 342084_府中市 are two bodies' (東京都's, 広島県's), 03_緑町 and
    03_緑町_修正版 one's."""
    groups = []
    for named, files in by_name.items():
        codes = {file: filed_code(Path(file).stem) for file in files}
        if len(set(codes.values()) - {""}) < 2:
            groups.append((named, files))
            continue
        for code in dict.fromkeys(code for code in codes.values() if code):
            groups.append((named, [file for file in files if codes[file] == code]))
    return groups


def file_bodies(files: list[Path]) -> list[str]:
    """Each file's body named by the file (unless it states its 団体名), without a code before
    the body's name (03_緑町.xlsx is 緑町's; 01_緑町.xlsx beside it keeps its code): two files
    of the same name in different folders (each body's 回答.xlsx) are two bodies, named with
    their folder."""
    # (a corrected version is its first's body: 03_緑町_修正版 緑町's, taken by same_items)
    firsts = [first_stem(str(p)) for p in files]
    unique = list(dict.fromkeys(firsts))
    bare = dict(zip(unique, names_without_codes(unique), strict=True))
    # (a folder of corrections, 再提出/, one with the folder its firsts are in: review 133)
    folders = [p.parent.parent if in_revised_folder(str(p)) else p.parent for p in files]
    stems = [bare[first] for first in firsts]

    def once(names: list[str]) -> Counter[str]:  # (a corrected version one with its first)
        return Counter(name for name, *_ in dict.fromkeys(zip(names, folders, firsts, strict=True)))

    count = once(stems)
    names = [
        stem if count[stem] == 1 else f"{stem}（{path.parent.name}）"
        for stem, path in zip(stems, files, strict=True)
    ]
    again = once(names)
    return [
        FileBody(name if again[name] == 1 else str(path.with_suffix("")))
        for name, path in zip(names, files, strict=True)
    ]
