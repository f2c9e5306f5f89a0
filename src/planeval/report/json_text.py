"""JSON as planeval writes it: laid out as ``indent=2`` lays it out, short lists of plain
values on one line, each value encoded once; to a stream that lacks a character, its JSON
escape."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from planeval.report.render import encodable


def write_json(data: object, stream: TextIO) -> None:
    """JSON as UTF-8 text; to a stream in another encoding (cp932, ASCII) the characters it
    lacks are written as JSON escapes, so the output is still the same JSON."""
    text = json_text(data)
    encoding = getattr(stream, "encoding", None)
    if encodable(text, encoding) != text:
        text = "".join(c if encodable(c, encoding) == c else _json_escape(c) for c in text)
    stream.write(text)


def json_text(data: object) -> str:
    """JSON laid out as ``indent=2`` lays it out, but a list or object holding only plain
    values on one line when short (「"counts": {"◎": 6, "○": 29}」): as easy to read, half as
    long. Each value is written as json's C encoder writes it (``indent`` takes its
    pure-Python one: a tenth of a 1,000-body summarize's time went to it), each distinct string
    once (a notice said of many files), and the pieces are joined once, at the end."""
    import json
    from json.encoder import encode_basestring  # (C: ensure_ascii=False's strings)
    from math import isfinite

    flat = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode
    keys: dict[str, str] = {}  # (the same few keys in every group and problem)
    strings: dict[str, str] = {}

    def key(name: object) -> str:
        if type(name) is not str:  # (1 → "1", as the encoder writes a key that is no string)
            return f"{flat({name: 0})[1:-4]}: "
        found = keys.get(name)
        if found is None:
            keys[name] = found = f"{encode_basestring(name)}: "
        return found

    def plain(value: object) -> str:
        if type(value) is str:
            found = strings.get(value)
            if found is None:
                strings[value] = found = encode_basestring(value)
            return found
        if type(value) is int:
            return int.__repr__(value)
        if type(value) is float and isfinite(value):
            return float.__repr__(value)
        return flat(value)  # (None, a bool, NaN, anything else: as the encoder writes it)

    out: list[str] = []

    def write(value: object, pad: str) -> None:
        items: Sequence[object]
        if isinstance(value, dict):
            names, items, brackets = list(map(key, value)), list(value.values()), "{}"
        elif isinstance(value, _LISTS):
            names, items, brackets = [""] * len(value), value, "[]"
        else:
            out.append(plain(value))
            return
        inner = pad + "  "
        if not any(isinstance(item, _CONTAINERS) for item in items):
            texts = list(map(plain, items))
            line = ", ".join(map(str.__add__, names, texts))
            if len(line) + 2 <= _JSON_LINE:
                out.append(f"{brackets[0]}{line}{brackets[1]}")
                return
            lines = ",\n".join(map(f"{inner}{{}}{{}}".format, names, texts))
            out.append(f"{brackets[0]}\n{lines}\n{pad}{brackets[1]}")
            return
        out.append(f"{brackets[0]}\n")
        for number, (name, item) in enumerate(zip(names, items, strict=True)):
            out.append(f",\n{inner}{name}" if number else f"{inner}{name}")
            write(item, inner)
        out.append(f"\n{pad}{brackets[1]}")

    write(data, "")
    out.append("\n")
    return "".join(out)


_LISTS = (list, tuple)
_CONTAINERS = (dict, *_LISTS)
_JSON_LINE = 100  # characters: a longer list of plain values is written one value a line


def _json_escape(char: str) -> str:
    import json

    return json.dumps(char)[1:-1]  # "\\u203a"; a pair of surrogates outside the BMP
