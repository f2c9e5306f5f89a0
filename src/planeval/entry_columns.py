"""The entry's fields as every output lists them, defined once: each column's Japanese title
(ENTRY_COLUMNS, the export's data sheet), the entry's own fields in that order (ENTRY_FIELDS)
and where it was read (SOURCE_FIELDS) — what JSON, the DataFrame, CSV and the export's data
sheet are made from — and an entry as one such row (entry_row) or JSON record (entry_record).
"""

from planeval.model import Entry

SOURCE_FIELDS = ("file", "sheet", "cell")
# Each column's title where a person reads it (the export's data sheet), the entry's own
# fields in the order every output lists them, then where it was read.
ENTRY_COLUMNS: dict[str, str] = {
    "policy_id": "政策番号",
    "policy_name": "政策名",
    "direction_id": "方向性番号",
    "direction_name": "方向性名",
    "project_id": "事業番号",
    "project_label": "事業番号（表記）",
    "project_name": "事業名",
    "item_no": "実施内容番号",
    "item_label": "実施内容番号（表記）",
    "item_name": "実施内容名",
    "sub_item": "細目",
    "status": "達成状況",
    "status_text": "達成状況（入力値）",
    "issue": "課題等",
    "department": "所管部",
    "repeat_of": "再掲元",
    "body": "団体",
    "file": "ファイル",
    "sheet": "シート",
    "cell": "セル",
}
ENTRY_FIELDS: tuple[str, ...] = tuple(ENTRY_COLUMNS)[: -len(SOURCE_FIELDS)]
# … and the export's data sheet alone: each row's body's 団体コード before its 団体 where some
# body's is known, as 進捗状況.csv has it — read back, compare pairs a body renamed under it
# (review 179 #1: 戸見町 → 戸見台市 was a newcomer and a merger)
CODE_FIELD, CODE_TITLE = "body_code", "団体コード"
# … and its 都道府県 after it where the list of bodies gives some body's (review 179 #4)
PREFECTURE_FIELD, PREFECTURE_TITLE = "body_prefecture", "都道府県"
OF_BODY_FIELDS = (CODE_FIELD, PREFECTURE_FIELD)  # (each row's body's: looked up by its body)
assert set(ENTRY_FIELDS) == set(Entry._fields) - {"location"}


def entry_row(entry: Entry) -> tuple[object, ...]:
    """The entry's values in ENTRY_COLUMNS order: its fields, then file, sheet and cell."""
    return (*(getattr(entry, name) for name in ENTRY_FIELDS), *entry.location)


def entry_record(entry: Entry) -> dict[str, object]:
    """The entry as the JSON outputs give it: its fields and ``source`` {file, sheet, cell}."""
    record: dict[str, object] = {name: getattr(entry, name) for name in ENTRY_FIELDS}
    record["source"] = dict(zip(SOURCE_FIELDS, entry.location, strict=True))
    return record
