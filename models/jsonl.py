"""JSON-lines files (the corpus, the evaluation sets, predictions): the one reader and writer.
Imports nothing from models/."""
from __future__ import annotations

import json


def read_jsonl(path):
    """The rows of a JSON-lines file (blank lines skipped)."""
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def write_jsonl(path, rows, sort_keys=False):
    """One row per line, UTF-8, non-ASCII kept (the corpus writes with sort_keys=True)."""
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=sort_keys) + "\n")
