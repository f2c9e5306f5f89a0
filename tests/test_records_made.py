"""The records model.record and model.made_often make: dataclass's behaviour (frozen, compared
and hashed by value, shown by their fields, pickled, replaced), with no method compiled from
source as the class is defined (what dataclass's cost a one-file summarize ~36 M instructions
at start-up: bench/README.md's perf56c)."""

from __future__ import annotations

import copy
import pickle
from dataclasses import FrozenInstanceError, replace
from typing import Any

import pytest

from planeval.aggregate import Group, Summary
from planeval.config import Config
from planeval.count import Count
from planeval.io.headers import Layout
from planeval.io.limits import Limits
from planeval.model import Location, Problem, Severity
from planeval.read_records import ReadResult
from planeval.scale import DEFAULT_SCALE, Scale, Status
from planeval.wording import Wording

RECORDS = (Wording, Config, Layout, Limits, Status, Scale)
MADE_OFTEN = (Problem, Count, Group, Summary)


def compiled(method: Any) -> bool:
    """Whether ``method`` was compiled from a text at run time (dataclass's are: "<string>")."""
    return method.__code__.co_filename == "<string>"


@pytest.mark.parametrize("record", RECORDS, ids=lambda record: record.__name__)
def test_no_method_of_a_record_is_compiled_as_its_class_is_made(record: type) -> None:
    names = ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__")
    assert [name for name in names if compiled(getattr(record, name))] == []


@pytest.mark.parametrize("record", MADE_OFTEN, ids=lambda record: record.__name__)
def test_a_record_made_often_keeps_dataclass_init_and_no_other_compiled_method(
    record: type,
) -> None:
    # (dataclass's __init__ is the fastest a call: one is made per problem, per group)
    assert compiled(record.__init__)
    names = ("__repr__", "__eq__", "__hash__")
    assert [name for name in names if compiled(getattr(record, name))] == []


def test_a_record_is_frozen_as_a_dataclass_is() -> None:
    with pytest.raises(FrozenInstanceError, match=r"^cannot assign to field 'rows'$"):
        Limits().rows = 3  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError, match=r"^cannot delete field 'title'$"):
        del Wording().title  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError, match=r"^cannot assign to field 'message'$"):
        Problem(Location("a.xlsx"), Severity.ERROR, "x").message = "y"  # type: ignore[misc]


def test_a_record_is_compared_hashed_and_shown_by_its_fields() -> None:
    assert Limits() == Limits(rows=200_000) and hash(Limits()) == hash(Limits(rows=200_000))
    assert Limits() != Limits(rows=1)
    assert Limits().__eq__(object()) is NotImplemented
    assert repr(Limits()) == (
        "Limits(file_mb=50, zip_entries=2000, part_mb=300, total_mb=600, ratio=200, "
        "rows=200000, columns=1000, seconds=60)"
    )
    assert repr(Status("◎", "達成")) == (
        "Status(symbol='◎', label='達成', counted=True, aliases=(), in_narrative='always', "
        "needs_issue=False, ranked=True, blank=False, blank_beside=())"
    )
    assert (
        repr(Count({"a": 1}, {}))
        == "Count(counts={'a': 1}, uncounted={}, rounding=None, ties='equal')"
    )
    # (a field of compare=False is not compared: where a scale is defined)
    one = (Status("a", "A"),)
    assert Scale(one) == Scale(one, source="planeval.toml:3")
    assert hash(Scale(one)) == hash(Scale(one, source="planeval.toml:3"))
    problem = Problem(Location("a.xlsx"), Severity.ERROR, "x")
    assert {problem: 1}[Problem(Location("a.xlsx"), Severity.ERROR, "x")] == 1


def test_a_record_is_made_as_a_dataclass_is() -> None:
    # positional, by keyword, its defaults, its __post_init__ (a scale's symbols)
    assert Status("◎", "達成", False).counted is False
    assert Scale((Status("a", "A"), Status("b", "B"))).symbols == ("a", "b")
    assert Layout().titles == {} and Layout().titles is not Layout().titles  # (its factory's)
    assert replace(Limits(), rows=5).rows == 5
    with pytest.raises(TypeError, match="'label'"):
        Status("◎")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="unexpected keyword argument 'colour'"):
        Status("◎", "達成", colour="red")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="multiple values for argument 'symbol'"):
        Status("◎", "達成", symbol="○")  # type: ignore[misc]
    with pytest.raises(TypeError, match="takes 1 positional argument but 2 were given"):
        ReadResult([])  # type: ignore[misc]


def test_a_record_is_pickled_and_copied_as_a_dataclass_is() -> None:
    config = Config()
    assert pickle.loads(pickle.dumps(config)) == config
    assert copy.copy(config) == config and copy.deepcopy(Wording()) == Wording()
    scale = pickle.loads(pickle.dumps(DEFAULT_SCALE))
    assert scale == DEFAULT_SCALE and scale.symbols == DEFAULT_SCALE.symbols
