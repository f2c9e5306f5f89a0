"""check of a national survey's report (review 120 #3): 「北海道中崎町は…」 named the prefecture,
a body of the read, and the town, and was compared with every body's rows (記載 21, 集計 2,049);
so were two sentences each naming one body, and nothing said the scope fell back to the whole.
A body named after its prefecture is that body, each sentence of a paragraph naming several
is the body it names, and a sentence naming several bodies is listed as not compared."""

from __future__ import annotations

from planeval.agreement import check
from planeval.check_result import CheckResult
from planeval.model import Entry, Location, TextCell
from tests.conftest import rated_entries


def _of(body: str, rated: int, not_done: int) -> list[Entry]:
    return [e._replace(body=body) for e in rated_entries({"1": {"○": rated, "×": not_done}})]


ENTRIES = _of("北海道", 16, 2) + _of("063002_中崎町", 21, 0) + _of("中川市", 15, 6)


def _check(*lines: str) -> CheckResult:
    texts = [TextCell(Location("報告.md", None, f"{n}行目"), t) for n, t in enumerate(lines, 1)]
    return check(texts, ENTRIES)


def test_a_body_named_after_its_prefecture_is_that_body() -> None:
    checked = _check("北海道中崎町は、計画どおり実施21件、未実施0件でした。")
    assert (checked.disagreements, checked.not_compared, checked.compared) == ((), (), 2)
    assert [s.scope for s in checked.statements] == ["063002_中崎町 計画全体"]
    (wrong,) = _check("北海道中崎町は、計画どおり実施20件でした。").disagreements
    assert (wrong.scope, wrong.stated, wrong.counted) == ("063002_中崎町 計画全体", 20, 21)


def test_each_sentence_is_of_the_body_it_names() -> None:
    checked = _check("中崎町は計画どおり実施21件でした。中川市は計画どおり実施が14件でした。")
    assert [(d.scope, d.stated, d.counted) for d in checked.disagreements] == [
        ("中川市 計画全体", 14, 15)
    ]
    assert checked.compared == 2 and checked.not_compared == ()


def test_a_sentence_naming_several_bodies_is_not_compared_with_the_whole() -> None:
    checked = _check(
        "中崎町と中川市の計画どおり実施は合わせて36件でした。",
        "北海道では計画どおり実施16件でした。",
    )
    assert checked.disagreements == () and checked.compared == 1
    (said,) = checked.not_compared
    assert (said.stated, said.scope) == (36, "計画全体")
    assert said.reason.startswith("中崎町・中川市 の複数の団体を挙げる文なので")
