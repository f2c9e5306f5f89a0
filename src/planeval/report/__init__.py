"""Turning counts and entries into what people read: tables for a terminal, text formats, JSON."""
