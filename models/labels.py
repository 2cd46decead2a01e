"""The label vocabularies, read from models/labels.json: the one copy that Python (corpus, training, export,
evaluation) and C# (ChatNomina.Inference embeds the same file and refuses a model folder whose labels differ)
both use. Imports only paths.py."""
from __future__ import annotations

import json

from .paths import LABELS as _PATH

with open(_PATH, encoding="utf-8") as _f:
    _LABELS = json.load(_f)

INTENTS: list[str] = list(_LABELS["intents"])  # order = the models' output order
OUT_OF_SCOPE = "out_of_scope"
ENTITY_TYPES: list[str] = list(_LABELS["entity_types"])  # order = ner-payroll's B-/I- label order
DEDUCTION_TYPES: list[str] = list(_LABELS["deduction_types"])  # values of DEDUCTION_TYPE entities
PROFILE_FIELDS: list[str] = list(_LABELS["profile_fields"])  # values of PROFILE_FIELD entities
NER_LABELS: list[str] = ["O"] + [f"{p}-{t}" for t in ENTITY_TYPES for p in ("B", "I")]  # BIO, ner-payroll id2label

assert OUT_OF_SCOPE in INTENTS and len(set(INTENTS)) == len(INTENTS), _PATH
