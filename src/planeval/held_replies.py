"""Which bodies' replies were held back from a count: left in a folder inside theirs or inside
a given folder (held_files, held_bodies; a later version of a workbook read is counted whole
from that workbook: resent), or refused whole as damaged (broken_bodies). past_errors' reasons
(uncounted_why, partly_counted) and compare's notes (cycle/rounds_api.py) take them from here."""

from pathlib import Path

from planeval.past_errors import HELD_REPLIES
from planeval.read_records import ReadResult
from planeval.revised_names import first_stem


def broken_bodies(result: ReadResult) -> set[str]:
    """The bodies a file of which was refused whole as damaged (ReadResult.broken_files)."""
    return {body for file in result.broken_files if (body := result.file_bodies.get(file, ""))}


def held_bodies(result: ReadResult) -> set[str]:
    """The bodies a reply of which was left in a folder inside theirs (--bodies folder: the
    folder is the key of its unread reply) or inside a given folder (--bodies file: the
    workbook is, in that folder or, said of several, in one of its folders; review 49)."""
    return set(held_files(result).values())


def held_files(result: ReadResult) -> dict[str, str]:
    """The replies held_bodies says, each → its body."""
    held = {problem.location.file for problem in result.problems if problem.reason == HELD_REPLIES}
    left_out = set(result.left_out)  # (a file read and refused: no reply held)
    return {
        file: body
        for file, body in result.unread_bodies.items()
        if file in held
        or (file not in left_out and {str(Path(file).parent), str(Path(file).parent.parent)} & held)
    }


def resent(result: ReadResult, held: dict[str, str]) -> set[str]:
    """The bodies of the replies ``held`` each of which is a later version of a workbook of
    its body that was read (再提出/062286_早瀬市.xlsx, 小松町_修正版.xlsx beside 小松町.xlsx):
    counted whole, from that workbook — not 一部未集計 (review 133; the folder's warning says
    the later one is not counted)."""
    left_out = set(result.left_out)
    read = {(body, first_stem(f)) for f, body in result.file_bodies.items() if f not in left_out}
    unresent = {body for file, body in held.items() if (body, first_stem(file)) not in read}
    return set(held.values()) - unresent
