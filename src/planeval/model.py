"""The records every stage passes along: where a value came from, an entry, a problem, a
cell of text.

Location, Entry and TextCell are named tuples: immutable and hashable by value like the
frozen dataclasses beside them, and as cheap to build as a plain object (one of each is built
for every rated row — hundreds of thousands in a national roll-up — where a frozen dataclass
costs more than ten times as much; bench/README.md has the figures). Make a changed copy with
``entry._replace(issue=…)``. As tuples, they compare equal to a plain tuple of the same values.

A named tuple is also cheaper to define (start-up): a frozen dataclass compiles six methods as
its module is imported (3–13 M instructions, a tenth of `python -c pass` or more), a named
tuple one (~1 M); internal frozen records are named tuples too, the API's stay dataclasses,
made by ``record`` (below): dataclass's behaviour from methods written once here, none compiled
as its class is defined; ``made_often``, for one made per problem or group, keeps dataclass's
compiled __init__, the fastest a call.

The entry's fields as the outputs list them are in entry_columns.py; an item's identity, the
key that says which rows are the same item, in item_keys.py; the small records a read keeps
beside its entries (an export's year, a place left out past errors…) and what a read of
several workbooks gives (ReadResult) in read_records.py.
"""

# (no `from __future__ import annotations`: a named tuple compiles each text annotation as
# its class is made, 23 fields here; the one name not yet defined there is quoted)
import enum
from collections.abc import Callable, Iterable
from dataclasses import MISSING, FrozenInstanceError, dataclass, field, fields
from operator import attrgetter
from typing import Any, NamedTuple, TypeVar, dataclass_transform

from planeval.ids import RUNNING, id_form, joined_id, parse_item

_T = TypeVar("_T", bound=type)


# (to the checker, each is dataclass: the same __init__, the same checks)
@dataclass_transform(field_specifiers=(field,))
def record(
    *,
    frozen: bool = False,
    slots: bool = False,
    repr: bool = True,
    eq: bool = True,
    kw_only: bool = False,
) -> "Callable[[_T], _T]":
    """``@dataclass(…)``, its methods functions written here, not compiled from source as the
    class is defined: dataclass's cost ~1,300 instructions a character, ~24,000 characters
    of the records a one-file summarize imports (Wording, Config, Layout…, each made a few
    times a run). Its __init__ is _fill_of's, several times slower a call than dataclass's."""
    options = {"frozen": frozen, "slots": slots, "repr": repr, "eq": eq, "kw_only": kw_only}
    return lambda cls: _with_methods(cls, compiled_init=False, **options)


@dataclass_transform(field_specifiers=(field,))
def made_often(
    *, frozen: bool = False, slots: bool = False, repr: bool = True, eq: bool = True
) -> "Callable[[_T], _T]":
    """``record`` for a record made per row, problem or group (Problem, Count): its __init__
    (and, frozen, its __setattr__) dataclass's compiled one."""
    options = {"frozen": frozen, "slots": slots, "repr": repr, "eq": eq}
    return lambda cls: _with_methods(cls, compiled_init=True, **options)


def _with_methods(
    cls: type,
    *,
    compiled_init: bool,
    frozen: bool = False,
    repr: bool = True,
    eq: bool = True,
    **options: Any,
) -> Any:
    frozen_here = frozen and not compiled_init  # (dataclass's __init__ needs its own)
    made: Any = dataclass(
        cls, init=compiled_init, repr=False, eq=False, frozen=frozen and compiled_init, **options
    )
    own, each = made.__dict__, fields(made)
    if repr and "__repr__" not in own:
        made.__repr__ = _repr_of(tuple(one.name for one in each if one.repr))
    if eq and "__eq__" not in own:
        key = _key_of(tuple(one.name for one in each if one.compare))
        made.__eq__ = lambda self, other: (
            key(self) == key(other) if other.__class__ is self.__class__ else NotImplemented
        )
        if not frozen:
            made.__hash__ = None  # (as dataclass's: an equal value may change)
        elif "__hash__" not in own:
            hashed = _key_of(tuple(one.name for one in each if _hashed(one)))
            made.__hash__ = lambda self: hash(hashed(self))
    if frozen_here:
        _freeze(made, frozenset(one.name for one in each))
    if not compiled_init:  # (after _freeze: its __init__ sets past a frozen __setattr__)
        made.__init__ = _fill_of(made)
    return made


def _hashed(one: Any) -> bool:
    return bool(one.compare if one.hash is None else one.hash)


def _key_of(names: tuple[str, ...]) -> "Callable[[object], tuple[object, ...]]":
    """The fields ``names`` of a record as a tuple (what dataclass's __eq__ compares)."""
    if len(names) > 1:
        return attrgetter(*names)
    return (lambda self: (getattr(self, names[0]),)) if names else (lambda self: ())


def _repr_of(names: tuple[str, ...]) -> "Callable[[object], str]":
    def __repr__(self: object) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{self.__class__.__qualname__}({shown})"

    return __repr__


def _freeze(cls: Any, names: frozenset[str]) -> None:
    """dataclass's frozen __setattr__ and __delattr__ on ``cls``, and, with slots, its
    pickling (copy and pickle set a slot's state through __setattr__ otherwise)."""

    def __setattr__(self: object, name: str, value: object) -> None:
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self: object, name: str) -> None:
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    cls.__setattr__, cls.__delattr__ = __setattr__, __delattr__
    if "__slots__" in cls.__dict__:
        ordered = tuple(one.name for one in fields(cls))
        cls.__getstate__ = lambda self: [getattr(self, name) for name in ordered]
        cls.__setstate__ = lambda self, state: _put_all(self, zip(ordered, state, strict=True))


def _put_all(record: object, values: Iterable[tuple[str, object]]) -> None:
    for name, value in values:
        object.__setattr__(record, name, value)


def _fill_of(cls: type) -> "Callable[..., None]":
    """An __init__ setting each field of ``cls`` given, else its default (made anew by its
    factory, if any): the defaults first, then the fields given, through setattr unless the
    record is frozen (object.__setattr__'s wrapper cost ReadResult 137k instructions, 80k so);
    then its __post_init__, if any. A field of no __init__'s (``init=False``) gets its default,
    if any, as dataclass's."""
    each = fields(cls)
    plain = tuple(
        (one.name, one.default)
        for one in each
        if one.default_factory is MISSING and (one.init or one.default is not MISSING)
    )
    made = tuple(
        (one.name, one.default_factory) for one in each if one.default_factory is not MISSING
    )
    names = frozenset(one.name for one in each if one.init)
    positional = tuple(one.name for one in each if one.init and not one.kw_only)
    required = frozenset(name for name, default in plain if default is MISSING)
    post_init = hasattr(cls, "__post_init__")
    unfrozen = cls.__setattr__ is object.__setattr__  # type: ignore[comparison-overlap]
    put = setattr if unfrozen else object.__setattr__

    def fill(self: Any, *args: object, **given: object) -> None:
        if args:
            if len(args) > len(positional):
                taking = len(positional) + 1  # (as Python says it: self counted)
                raise TypeError(
                    f"{cls.__name__}.__init__() takes {taking} positional argument"
                    f"{'s' if taking > 1 else ''} but {len(args) + 1} were given"
                )
            taken = dict(zip(positional, args, strict=False))  # (fewer: defaults)
            if not taken.keys().isdisjoint(given):
                twice = next(name for name in given if name in taken)
                raise TypeError(
                    f"{cls.__name__}.__init__() got multiple values for argument {twice!r}"
                )
            given = taken | given
        if not names.issuperset(given):
            unexpected = next(name for name in given if name not in names)
            raise TypeError(
                f"{cls.__name__}.__init__() got an unexpected keyword argument {unexpected!r}"
            )
        if not required.issubset(given):
            missing = next(name for name in sorted(required) if name not in given)
            raise TypeError(f"{cls.__name__}.__init__() missing argument {missing!r}")
        for name, default in plain:
            put(self, name, default)
        for name, make in made:
            put(self, name, make())
        for name, value in given.items():
            put(self, name, value)
        if post_init:
            self.__post_init__()

    return fill


class Location(NamedTuple):
    """A place in a workbook: the file, the sheet and the Excel cell (``C14``)."""

    file: str
    sheet: str | None = None
    cell: str | None = None

    def __str__(self) -> str:
        return " › ".join(part for part in self if part is not None)


class Severity(enum.StrEnum):
    """How bad a problem is: an error stops counting, a warning and a notice do not."""

    ERROR = "error"
    WARNING = "warning"
    NOTICE = "notice"

    @property
    def label(self) -> str:
        return {"error": "エラー", "warning": "警告", "notice": "お知らせ"}[self.value]


@made_often(frozen=True, slots=True)
class Problem:
    """One thing wrong with (or worth saying about) the input, with where and how to fix it."""

    location: Location
    severity: Severity
    message: str
    hint: str = ""
    detail: str = ""  # a traceback, shown only with --debug
    # planeval.toml lines that fix it, shown under it as they are, to be copied
    settings: str = ""
    # why rows are not counted: a refusal in a phrase, UNRETURNED, HELD_REPLIES; or what it is
    # of, for a command that says it otherwise (STATED_TOTAL: check's table)
    reason: str = ""
    # facts a later stage reads, not its message: what it is (scale.UNSAID_REPEAT) and the
    # value as typed; of a workbook of another year than its round's (marks.py), its year and
    # the round's (the one given, else the other files')
    kind: str = ""
    value: str = ""
    year: int | None = None
    round_year: int | None = None

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    @property
    def sums_up(self) -> bool:
        """Whether it says what the problems after it share, with the planeval.toml lines that
        fix them all (own_scale.py): it leaves no row out, and is not counted besides them.
        (A notice with lines to add, offered_words.py, sums up nothing: it is counted.)"""
        return bool(self.settings) and self.is_error

    def __str__(self) -> str:
        text = f"{self.location}: {self.message}"
        return f"{text}（{self.hint}）" if self.hint else text

    def __reduce__(self) -> "tuple[type[Problem], tuple[object, ...]]":
        # pickled as its fields (read results cross from worker processes): several times
        # cheaper than a frozen dataclass's own state handling
        fields = (self.location, self.severity, self.message, self.hint, self.detail)
        if self.kind or self.value or self.year or self.round_year:  # (a few: its facts)
            facts = (self.kind, self.value, self.year, self.round_year)
            return Problem, (*fields, self.settings, self.reason, *facts)
        if self.reason:
            return Problem, (*fields, self.settings, self.reason)
        return Problem, (*fields, self.settings) if self.settings else fields


class Entry(NamedTuple):
    """One rated line of a Chapter 3 table: an implementation item (実施内容) or one of its
    sub-items (細目), with its status (達成状況) and issue text (課題等).

    ``status`` is the scale's symbol the cell was normalised to; ``status_text`` is the
    cell as it was typed. ``repeat_of`` is the item a repeat listing (再掲) points at.
    """

    location: Location
    policy_id: str
    direction_id: str
    project_id: str
    project_name: str
    item_no: int | None
    item_label: str
    item_name: str
    sub_item: str | None
    status: str
    status_text: str
    issue: str = ""
    department: str = ""
    direction_name: str = ""
    policy_name: str = ""
    repeat_of: str | None = None
    body: str = ""  # the body (団体) it belongs to, when several are read at once (--bodies)
    project_label: str = ""  # the project's number as typed, where not as its ID: 1.1 (1-1)

    @property
    def item_key(self) -> str:
        """A stable key for the item: ``1-1-2①``, or the item's name where it has no number."""
        return f"{self.project_id}{self.item_label or self.item_name}"

    @property
    def project_shown_id(self) -> str:
        """The project's ID as the body numbers it: ``1-1-1``, or as typed (``1.1``, ``Ⅲ``:
        ``project_label``); "" where its name carries the body's own numbering (a named
        layout's "(1) 事務事業の見直し", numbered 1-1 by planeval only to keep it apart: no
        number of the body's)."""
        if self.project_label:
            return self.project_label
        return "" if parse_item(self.project_name).number is not None else self.project_id

    @property
    def shown_id(self) -> str:
        """The item's ID as people read it, in the body's own numbering: ``1-1-2①``; where the
        project's ID is none of the body's ("(1) 事務事業の見直し"), the item's number alone ("1"),
        or the project's as typed where it has none ("(1)", not 1-1); otherwise as ids.joined_id
        joins a label to its project's number (3-21, 3 10, 1.1.1 under 1.1 alone)."""
        if not (project := self.project_shown_id):
            return (
                id_form(self.item_label or parse_item(self.project_name).label) or self.project_id
            )
        # (its policy's ID only where it is rated right under it: 施策 1 of 基本目標 1, shown 1,
        # numbers its 事業 1 「1 1」, not 「1-1」, as 施策 2's 「2 1」)
        policy = self.policy_id if self.project_id == self.policy_id else ""
        return joined_id(project, self.item_label, policy, self.direction_id)


def running_number(label: str) -> bool:
    """Whether an item's label is a number running down the table (「50」, 「No.13」), which
    every row inserted above shifts: no number of the item's own."""
    return label.removeprefix(RUNNING).isdecimal()


def first_places(names: Iterable[str]) -> dict[str, int]:
    """Each name's place where it first comes: the order bodies are listed in everywhere (a
    read's ``bodies``, the inputs' order), to sort groups, rows and entries by."""
    return {name: place for place, name in enumerate(dict.fromkeys(names))}


def body_key(body: str, identifier: str) -> str:
    """A policy's or direction's ID as names are looked up: within its body, if any."""
    return f"{body}\x1f{identifier}" if body else identifier


class TextCell(NamedTuple):
    """A cell of text outside the tables: a heading, a narrative paragraph, a legend line."""

    location: Location
    text: str
