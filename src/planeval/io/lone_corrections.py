"""A body whose only reply is in a folder of corrections (再提出/南田町_回答.xlsx, no first reply
beside the others): counted, as it is its body's answer, and said in one notice for every such
body — review 139 #8: it was counted with no word, while a correction replacing a first reply
is said (bodies._superseded), so a clerk never learnt that the first reply was missing from
the main folder (misfiled elsewhere, or lost)."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from planeval.cells import BODIES_SHOWN as SHOWN  # (bodies named before 「ほか N 団体」)
from planeval.model import Location, Problem, Severity
from planeval.read_records import ReadResult
from planeval.revised_names import in_revised_folder


def only_corrections(result: ReadResult, apart: Collection[str] = ()) -> list[Problem]:
    """One notice naming the bodies (--bodies file) whose every workbook read, but those
    ``apart`` (a copy), is in a folder of corrections and replaces no earlier reply; none
    where there are none."""
    files_of: dict[str, list[str]] = {}
    for file, body in result.file_bodies.items():
        if file not in apart and body:
            files_of.setdefault(body, []).append(file)
    replacing = set(result.superseded.values())
    lone = {
        body: files[0]
        for body, files in files_of.items()
        if all(in_revised_folder(file) and file not in replacing for file in files)
    }
    if not lone:
        return []
    first = next(iter(lone.values()))
    named = "、".join(
        f"{body}（{Path(Path(file).parent.name, Path(file).name)}）"
        for body, file in list(lone.items())[:SHOWN]
    )
    more = f" ほか {len(lone) - SHOWN} 団体" if len(lone) > SHOWN else ""
    return [
        Problem(
            Location(str(Path(first).parent)),
            Severity.NOTICE,
            f"修正版のフォルダにだけ回答がある団体が {len(lone)} 団体あります: {named}{more}。"
            "元の回答がほかの回答のフォルダにないため、修正版を回答として数えました",
            "元の回答を受け取っていれば、置き忘れていないか確かめ、ほかの回答と同じフォルダに"
            "入れてください（修正版の方を数えるのは変わりません）",
        )
    ]
