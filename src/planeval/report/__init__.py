"""Turning counts and entries into what people read: tables for a terminal, text formats, JSON."""

DEFAULT_TITLE = "情報化計画事業の進捗状況"
