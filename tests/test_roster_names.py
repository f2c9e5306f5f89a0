"""The list of bodies looked up by index (io/roster_names.py, body_name.NameIndex) finds what
a comparison of every name with every other finds (body_name.same_body), in the list's order:
a national list is read against as many replies without comparing each with all (review 156)."""

from __future__ import annotations

from itertools import product

from planeval.io.body_name import NameIndex, same_body

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
