"""The training rounds of template families, as data, and the one list saying which are wired into the corpus.

Each round after the first was written after reading the previous model's errors on its held-out families (the
data modules' docstrings say why each exists). A round's families are split into training / held-out by the
round's own rng (Random(seed + seed_offset), 20% per intent and language, generate.split_families) and some of its
OOS domains are held out whole, so adding a round never moves the held-out families of the earlier ones. The order
of ROUNDS is the order of the families within each intent (the family ids in the corpus) and must not change;
seed offset 2 is taken by the generation split (generate.build).

Before this list, each round was a module named by its number, wired by hand in generate.py:
compose.py -> compositional.py (round 2), compose2.py -> contrasts.py (3), compose3.py -> other_people_and_periods.py
(4), compose4.py -> everyday_frames.py (5), compose5.py -> payroll_frames.py (6), compose6.py ->
documents_and_countdowns.py (7), compose7.py -> presence_and_calendar.py (8). Round N's held-out sentences are kept
as corpus/out/valid_rN.jsonl (corpus/previous_heldout.sh; models/paths.py EVAL_SETS)."""
from __future__ import annotations

from .. import oos, templates
from ..families import LANGS, Round, by_language
from . import (compositional, contrasts, documents_and_countdowns, everyday_frames, other_people_and_periods,
               payroll_frames, presence_and_calendar)

_BASE = {lang: {**templates.T[lang], "out_of_scope": by_language(oos.OOS)[lang]} for lang in LANGS}

ROUNDS = [  # name, families table, OOS-domain prefix, OOS domains held out whole, split-rng seed offset
    Round("templates", _BASE, "", frozenset({"cooking", "health", "education_misc"}), 1),  # round 1
    Round("compositional", compositional.F, "", frozenset({"tasks_requests"}), 3),  # round 2
    Round("contrasts", contrasts.F, "r3_", frozenset({"everyday_requests"}), 5),  # round 3
    Round("other_people_and_periods", other_people_and_periods.F, "r4_", frozenset({"calendar_facts"}), 7),  # round 4
    Round("everyday_frames", everyday_frames.F, "r5_", frozenset({"science_nature"}), 9),  # round 5
    Round("payroll_frames", payroll_frames.F, "r6_", frozenset({"lost_and_found"}), 11),  # round 6
    Round("documents_and_countdowns", documents_and_countdowns.F, "r7_", frozenset({"countdowns"}), 13),  # round 7
    Round("presence_and_calendar", presence_and_calendar.F, "r8_", frozenset({"device_checks"}), 15),  # round 8
]
