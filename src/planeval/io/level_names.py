"""A policy or direction the files of one read name differently: departments' files copied
from one plan name 1-1 alike, and another name is last year's template or a typo. Noted as
each file joins the read (reader.absorb), said once per level when it is done."""

from __future__ import annotations

from planeval.model import Location, Problem, ReadResult, Severity


def note_names(result: ReadResult, part: ReadResult, file: str) -> None:
    from planeval.text import comparable_name

    for names, found in (
        (result.policy_names, part.policy_names),
        (result.direction_names, part.direction_names),
    ):
        for key, name in found.items():
            first = names.get(key)
            if first is None:
                result.named_in.setdefault(key, file)
            elif name and first != name and comparable_name(first) != comparable_name(name):
                apart = result.named_apart.setdefault(key, {first: result.named_in.get(key, "")})
                apart.setdefault(name, file)


def renamed_levels(result: ReadResult) -> list[Problem]:
    """One warning per policy or direction (of its body) the files name otherwise: departments'
    files copied from one plan name 1-1 alike, and another name is last year's template or a
    typo. The reports print the first name, so it is said, with a few of the others."""
    said = []
    for key, names in result.named_apart.items():
        (first, first_file), *others = names.items()
        listed = "、".join(f"「{name}」（{file}）" for name, file in others[:_NAMES_SHOWN])
        if len(others) > _NAMES_SHOWN:
            listed += f" ほか {len(others) - _NAMES_SHOWN} 通り"
        said.append(
            Problem(
                Location(others[0][1]),
                Severity.WARNING,
                f"{key.rpartition(chr(0x1F))[2]} の名称がファイルによって違います: {listed}。"
                f"報告書などでは最初に読んだファイル（{first_file}）の「{first}」を使います",
                "計画の名称に揃えてください。古い年度の調査票を使っていないかも確認してください",
            )
        )
    return said


_NAMES_SHOWN = 2
