"""The list of bodies looked up by index (io/roster_names.py, body_name.NameIndex) finds what
a comparison of every name with every other finds (body_name.same_body), in the list's order:
a national list is read against as many replies without comparing each with all (review 156)."""

from __future__ import annotations

from collections import Counter
from itertools import product

import pytest

from planeval.io import roster_match
from planeval.io.body_name import NameIndex, same_body
from planeval.io.roster_file import Listed
from planeval.io.roster_match import _one_apart, near_names
from planeval.model import Location

NAMES = [
    "川辺崎市", "架空県川辺崎市", "架空県 川辺崎市", "白鳥ヶ丘市", "白鳥ケ丘市", "白鳥ケ丘市役所",
    "柏木田村役場", "柏木田村", "西多摩郡柏木田村", "大和郡山市", "山市", "郡山市", "白石市",
    "白石野市", "伊達市", "北海道伊達市", "福島県伊達市", "東京都", "中央区", "東京都中央区",
    "", "市",
]  # fmt: skip


def test_the_index_finds_what_comparing_every_pair_finds_in_order() -> None:
    index = NameIndex()
    for name in NAMES:
        index.add(name)
    for name in [*NAMES, "三重県白石市", "白鳥ヵ丘市", "架空県郡山市"]:
        expected = [at for at, other in enumerate(NAMES) if same_body(other, name)]
        assert index.alike(name) == expected, name


def test_the_index_keeps_same_body_s_refusals() -> None:
    index = NameIndex()
    for name in ("大和郡山市", "白石野市"):
        index.add(name)
    assert index.alike("山市") == [] and index.alike("白石市") == []
    assert all(
        (at in index.alike(b)) == same_body(("大和郡山市", "白石野市")[at], b)
        for at, b in product((0, 1), ("郡山市", "奈良県大和郡山市", "白石野市"))
    )


def _listed(names: list[str]) -> list[Listed]:
    where = Location("団体一覧.xlsx", "団体一覧", None)
    return [Listed(name, "", where._replace(cell=f"B{row}")) for row, name in enumerate(names, 2)]


def _towns(count: int, kinds: str = "市町村") -> list[str]:
    letters = "青葉森川山田野原竹石"
    return [
        f"{letters[n % 10]}{letters[n // 10 % 10]}{letters[n // 100 % 10]}{kinds[n % len(kinds)]}"
        for n in range(count)
    ]


def test_near_names_finds_what_comparing_every_pair_finds() -> None:
    missing = _listed([*_towns(120), "竹田叮", "伊達市", "伊達市", "市", "青葉森"])
    bodies = ["竹田町", "伊達巿", "青葉森川市", "竹田叮村", "森葉青市", "市町", "川辺崎市", "青葉"]
    near = near_names(bodies, missing)
    pairs = {}  # (every body compared with every name on the list)
    for body in bodies:
        if len(apart := [one for one in missing if _one_apart(one.name, body)]) == 1:
            pairs[body] = apart[0]
    taken = Counter(id(one) for one in pairs.values())
    assert near == {body: one for body, one in pairs.items() if taken[id(one)] == 1}
    assert {body: one.name for body, one in near.items()} == {
        "竹田叮村": "竹田叮",
        "青葉": "青葉森",
    }


def test_a_national_list_is_compared_only_with_names_one_character_apart(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # (a thousand bodies the list lacks against 1,700 that sent nothing were 1.7 million
    # comparisons: review 156)
    compared: list[tuple[str, str]] = []

    def counted(one: str, other: str) -> bool:
        compared.append((one, other))
        return _one_apart(one, other)

    monkeypatch.setattr(roster_match, "_one_apart", counted)
    missing = _listed(_towns(1700))
    bodies = [f"{name}役所" for name in _towns(1000, "区")]
    assert near_names(bodies, missing) == {}
    assert len(compared) < len(bodies)
