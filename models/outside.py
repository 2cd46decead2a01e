"""Intent training rows written by other people than our grammar, shared by both intent models (the n-gram in
intent_ngram.py, the T5 in train_gpu.py `--outside_repeat`): CLINC150's public train split mapped to our labels
(models/eval/clinc.py) and the hand-written chat-style small talk (`paths.HANDWRITTEN`). CLINC150's val split
chooses the ensemble, so its texts are never trained on (`clinc_val_texts`); its test split is never read here."""
from __future__ import annotations

from .eval.clinc import load_split, training_rows as clinc_training_rows
from .jsonl import read_jsonl
from .paths import HANDWRITTEN


def clinc_rows(repeat: int) -> list[dict]:
    """CLINC150's train split: the 143 other domains and its out-of-scope sentences teach what is *not* payroll;
    its 7 mapped intents (payday, income, taxes, greeting, goodbye, thank_you, what_can_i_ask_you: 700 rows against
    14 400 out-of-scope ones) are repeated `repeat` times so they are not drowned."""
    rows = clinc_training_rows("train")
    return rows + [r for r in rows if r["intent"] != "out_of_scope"] * (repeat - 1)


def handwritten_rows(repeat: int) -> list[dict]:
    """English greetings, goodbyes, thanks, "what can you do" and tax questions as people chat (slang,
    abbreviations, no template), repeated `repeat` times (docs/nlu-ensemble.md, round 10)."""
    return read_jsonl(HANDWRITTEN) * repeat


def outside_rows(repeat: int) -> list[dict]:
    return clinc_rows(repeat) + handwritten_rows(repeat)


def clinc_val_texts() -> set[str]:
    """CLINC150 val texts, lower-cased: dropped from every training set (3 of CLINC's train sentences repeat one)."""
    return {r["text"].strip().lower() for r in load_split("val")}
