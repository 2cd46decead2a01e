"""Shared es/en SentencePiece BPE tokenizer + the NER offset rule."""
from __future__ import annotations

import io
import json
import os
import random

import sentencepiece as spm

VOCAB_SIZE = 4000
SP_ARGS = dict(model_type="bpe", vocab_size=VOCAB_SIZE, byte_fallback=True, character_coverage=1.0,
               pad_id=0, eos_id=1, unk_id=2, bos_id=-1, pad_piece="<pad>", eos_piece="</s>", unk_piece="<unk>",
               normalization_rule_name="identity", remove_extra_whitespaces=False, add_dummy_prefix=True,
               split_digits=True, num_threads=1, max_sentence_length=4096, input_sentence_size=0,
               shuffle_input_sentence=False, minloglevel=2)
PAD, EOS, UNK = 0, 1, 2


def train_tokenizer(texts, out_prefix):
    buf = io.BytesIO()
    spm.SentencePieceTrainer.train(sentence_iterator=iter(texts), model_writer=buf, **SP_ARGS)
    with open(out_prefix + ".model", "wb") as f:
        f.write(buf.getvalue())
    return load(out_prefix + ".model")


def load(path):
    return spm.SentencePieceProcessor(model_file=path)


def encode(sp, text):
    """ids without eos (NER input); T5 inputs append EOS=1."""
    return sp.encode(text, out_type=int)


def piece_offsets(sp, text, ids):
    """Character span [start, end) in `text` of every token (code points).

    Rule (identity normalization, add_dummy_prefix, no whitespace removal): the tokenizer sees
    norm = "\u2581" + text.replace(" ", "\u2581"); norm index i is text index i-1 (index 0 is the
    dummy prefix).  Walk the pieces left to right over norm: a normal piece consumes len(piece)
    chars; a byte piece <0xNN> consumes one UTF-8 byte, and the bytes of one char all map to
    that char.  A token's span covers its chars minus any leading "\u2581"; a token made only of
    "\u2581" (or the dummy prefix) gets an empty span (start == end) and is ignored by NER.
    """
    norm = "\u2581" + text.replace(" ", "\u2581")
    out = []
    pos = 0  # index in norm
    byte_acc = b""
    byte_start = None
    for i in ids:
        p = sp.id_to_piece(i)
        if sp.is_byte(i):
            if not byte_acc:
                byte_start = pos
            byte_acc += bytes([int(p[3:5], 16)])
            try:
                ch = byte_acc.decode("utf-8")
                # a complete char: consumes len(ch) (=1) chars
                s = byte_start
                pos = byte_start + len(ch)
                byte_acc = b""
                out.append((s - 1, pos - 1))
            except UnicodeDecodeError:
                out.append((byte_start - 1, byte_start))  # provisional: the char being built
                continue
            # fix the previous byte pieces of this char to cover the same char
            k = len(out) - 2
            while k >= 0 and out[k] == (s - 1, s):
                k -= 1
            continue
        n = len(p)
        s, e = pos, pos + n
        pos = e
        while s < e and norm[s] == "\u2581":
            s += 1
        if s == e:
            out.append((max(e - 1, 0), max(e - 1, 0)))
        else:
            out.append((s - 1, e - 1))
    return out


def write_parity_fixture(sp, texts, path, n=5000, seed=7):
    rng = random.Random(seed)
    sample = list(dict.fromkeys(texts))
    rng.shuffle(sample)
    extra = ["¿Cuánto cobré en marzo? 💸🙏", "ñandú pingüino ÁÉÍÓÚ áéíóú ü Ñ", "emoji 😅🤔👍🏽 and ZWJ 👨‍👩‍👧",
             "  two  spaces  ", "tab\tand\nnewline", "日本語のテキスト", "€1.234,56 — $1,234.56 “quotes” «comillas»",
             "generate: intent=net_pay lang=es fields=net_salary,month_name,year", "intent: hola", "'24 del 24 ¡ya!",
             "x" * 300, "", " ", "a"]
    rows = extra + sample[: n - len(extra)]
    with open(path, "w", encoding="utf-8") as f:
        for t in rows:
            ids = sp.encode(t, out_type=int)
            f.write(json.dumps({"text": t, "ids": ids, "pieces": [sp.id_to_piece(i) for i in ids],
                                "offsets": piece_offsets(sp, t, ids)}, ensure_ascii=False) + "\n")
    return len(rows)
