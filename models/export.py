"""Export to ONNX (opset 17) in the Optimum layout + config.json, tokenizer, fixtures, metadata."""
from __future__ import annotations

import hashlib
import json
import os
import shutil

import onnx
import torch

from . import tokenizer as tk
from .infer import (INTENT_LABEL_BIAS, INTENT_LOWERCASE, classify, extract, generate, intent_source_ids, label_targets, load_ner,
                    load_t5, pad)
from .jsonl import read_jsonl
from .labels import INTENTS, NER_LABELS
from .paths import NER_DIR, OUT, T5_DIR, WORK
from .t5 import DecoderExport, DecoderWithPastExport, EncoderExport

# Version of each model folder (metadata.json "version"). Bump a model's version whenever its files change:
# the worker reports it (IntentClassified.ModelVersion, the `model` label of the intent metrics, its start-up
# log line), so a change of answers is always a visible change of version.
VERSIONS = {"t5-payroll": "1.2.0", "ner-payroll": "1.0.0", "intent-ngram": "1.2.1"}
OPSET = 17

FIX_TEXTS = ["¿Cuánto cobré neto en febrero del 24?", "show me my payslip for last month please",
             "hola", "what's the weather like in Madrid tomorrow?"]


def _r(t):
    return [round(float(v), 6) for v in t.reshape(-1).tolist()]


def _dump(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False)


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def common_metadata():
    """The metadata.json fields that t5-payroll/ and ner-payroll/ share: the corpus they were trained on (from
    corpus/out/manifest.json), the shared tokenizer, framework and opset."""
    man = json.load(open(os.path.join(OUT, "manifest.json")))
    return {"corpus_sha256": man["corpus_sha256"], "corpus_seed": man["seed"],
            "corpus_counts": man["counts"], "text_resources": man["text_resources"],
            "tokenizer": {"file": "spiece.model", "type": "sentencepiece-bpe", "vocab_size": tk.VOCAB_SIZE,
                          "byte_fallback": True, "character_coverage": 1.0, "normalization": "identity",
                          "pad_id": 0, "eos_id": 1, "unk_id": 2, "split_digits": True},
            "framework": f"pytorch {torch.__version__}", "onnx_opset": OPSET}


def write_metadata(folder, meta):
    files = {}
    for dp, _, fns in os.walk(folder):
        for fn in sorted(fns):
            p = os.path.join(dp, fn)
            rel = os.path.relpath(p, folder)
            if rel != "metadata.json":
                files[rel] = sha256(p)
    meta["files"] = dict(sorted(files.items()))
    _dump(os.path.join(folder, "metadata.json"), meta)
    with open(os.path.join(folder, "metadata.json"), "a") as f:
        f.write("\n")


def export_t5(sp):
    m = load_t5(os.path.join(WORK, "t5.pt"))
    c = m.c
    os.makedirs(os.path.join(T5_DIR, "fixtures"), exist_ok=True)
    n = c.num_decoder_layers
    src = pad([intent_source_ids(sp, t) for t in FIX_TEXTS[:2]])
    mask = (src != 0).long()
    with torch.no_grad():
        enc = m.encode(src, mask)
    # encoder
    torch.onnx.export(EncoderExport(m), (src, mask), os.path.join(T5_DIR, "encoder_model.onnx"),
                      input_names=["input_ids", "attention_mask"], output_names=["last_hidden_state"],
                      dynamic_axes={"input_ids": {0: "batch_size", 1: "encoder_sequence_length"},
                                    "attention_mask": {0: "batch_size", 1: "encoder_sequence_length"},
                                    "last_hidden_state": {0: "batch_size", 1: "encoder_sequence_length"}},
                      opset_version=OPSET, do_constant_folding=True)
    # decoder (no past)
    dec_ids = torch.tensor([[0, 5], [0, 7]])
    pres_names = []
    dyn = {"input_ids": {0: "batch_size", 1: "decoder_sequence_length"},
           "encoder_attention_mask": {0: "batch_size", 1: "encoder_sequence_length"},
           "encoder_hidden_states": {0: "batch_size", 1: "encoder_sequence_length"},
           "logits": {0: "batch_size", 1: "decoder_sequence_length"}}
    for i in range(n):
        for kind, L in (("decoder", "decoder_sequence_length"), ("encoder", "encoder_sequence_length_out")):
            for kv in ("key", "value"):
                nm = f"present.{i}.{kind}.{kv}"
                pres_names.append(nm)
                dyn[nm] = {0: "batch_size", 2: L}
    torch.onnx.export(DecoderExport(m), (dec_ids, mask, enc), os.path.join(T5_DIR, "decoder_model.onnx"),
                      input_names=["input_ids", "encoder_attention_mask", "encoder_hidden_states"],
                      output_names=["logits"] + pres_names, dynamic_axes=dyn, opset_version=OPSET,
                      do_constant_folding=True)
    # decoder with past
    with torch.no_grad():
        _, presents = m.decode(dec_ids, enc, mask)
    past_flat, past_names, dyn = [], [], {
        "input_ids": {0: "batch_size", 1: "decoder_sequence_length"},
        "encoder_attention_mask": {0: "batch_size", 1: "encoder_sequence_length"},
        "logits": {0: "batch_size", 1: "decoder_sequence_length"}}
    out_names = ["logits"]
    for i in range(n):
        for j, (kind, kv) in enumerate((("decoder", "key"), ("decoder", "value"), ("encoder", "key"), ("encoder", "value"))):
            nm = f"past_key_values.{i}.{kind}.{kv}"
            past_names.append(nm)
            past_flat.append(presents[i][j])
            dyn[nm] = {0: "batch_size", 2: "past_decoder_sequence_length" if kind == "decoder" else "encoder_sequence_length_out"}
        for kv in ("key", "value"):
            nm = f"present.{i}.decoder.{kv}"
            out_names.append(nm)
            dyn[nm] = {0: "batch_size", 2: "past_decoder_sequence_length + 1"}
    torch.onnx.export(DecoderWithPastExport(m), (torch.tensor([[9], [11]]), mask, *past_flat),
                      os.path.join(T5_DIR, "decoder_with_past_model.onnx"),
                      input_names=["input_ids", "encoder_attention_mask"] + past_names, output_names=out_names,
                      dynamic_axes=dyn, opset_version=OPSET, do_constant_folding=True)
    for f in ("encoder_model.onnx", "decoder_model.onnx", "decoder_with_past_model.onnx"):
        onnx.checker.check_model(onnx.load(os.path.join(T5_DIR, f)))
    # config + tokenizer
    cfg = c.hf_dict()
    cfg.update({"n_positions": 512, "task_prefixes": {"intent": "intent: ", "generate": "generate: "},
                "intent_labels": INTENTS, "max_source_length": 64, "max_target_length": 64,
                "intent_input_lowercase": INTENT_LOWERCASE, "intent_label_bias": INTENT_LABEL_BIAS})
    _dump(os.path.join(T5_DIR, "config.json"), cfg)
    _dump(os.path.join(T5_DIR, "generation_config.json"),
          {"decoder_start_token_id": 0, "eos_token_id": 1, "pad_token_id": 0, "max_length": 64, "num_beams": 1})
    shutil.copy(os.path.join(WORK, "spiece.model"), os.path.join(T5_DIR, "spiece.model"))
    _dump(os.path.join(T5_DIR, "tokenizer_config.json"),
          {"tokenizer_class": "T5Tokenizer", "model_type": "bpe", "byte_fallback": True, "add_dummy_prefix": True,
           "normalization": "identity", "remove_extra_whitespaces": False, "pad_token": "<pad>", "eos_token": "</s>",
           "unk_token": "<unk>", "pad_id": 0, "eos_id": 1, "unk_id": 2, "bos_id": None, "append_eos": True})
    # torch.onnx.export puts the (train-mode) wrapper modules back into training mode afterwards, which
    # recursively switches m to training mode (dropout on): fixtures must come from eval mode.
    m.eval()
    write_t5_fixtures(m, sp)


def write_t5_fixtures(m, sp):
    fx = os.path.join(T5_DIR, "fixtures")
    n = m.c.num_decoder_layers
    src = pad([intent_source_ids(sp, t) for t in FIX_TEXTS])
    mask = (src != 0).long()
    with torch.no_grad():
        enc = m.encode(src, mask)
        start = torch.zeros((len(FIX_TEXTS), 1), dtype=torch.long)
        logits0, presents = m.decode(start, enc, mask)
        steps, cur, past = [], logits0[:, -1].argmax(-1), presents
        for s in range(4):
            lg, past = m.decode(cur[:, None], None, mask, past=past)
            steps.append({"input_ids": cur[:, None].tolist(), "logits": _r(lg), "logits_shape": list(lg.shape),
                          "present_decoder_key_shape": list(past[0][0].shape)})
            cur = lg[:, -1].argmax(-1)
    _dump(os.path.join(fx, "t5_parity.json"), {
        "tolerance": 1e-4, "texts": FIX_TEXTS, "encoder": {
            "input_ids": src.tolist(), "attention_mask": mask.tolist(), "last_hidden_state": _r(enc),
            "last_hidden_state_shape": list(enc.shape)},
        "decoder_first_step": {"input_ids": start.tolist(), "logits": _r(logits0), "logits_shape": list(logits0.shape),
                               "present_shapes": {f"present.{i}.{k}.{v}": list(presents[i][j].shape)
                                                  for i in range(n) for j, (k, v) in enumerate(
                                                      (("decoder", "key"), ("decoder", "value"), ("encoder", "key"), ("encoder", "value")))}},
        "decoder_with_past_steps": steps,
        "note": "decoder_with_past steps feed the previous step's argmax token; past = presents of the previous call "
                "(decoder self-attn cache grows by 1 each step; encoder cache = present.{i}.encoder.* of decoder_model)."})
    # intent scoring fixture
    texts = FIX_TEXTS + ["¿por qué cobré menos este mes que el pasado?", "cuál es mi antigüedad", "gracias!!", "bye"]
    res = classify(m, sp, texts)
    tg = label_targets(sp)
    _dump(os.path.join(fx, "intent_scoring.json"), {
        "tolerance": 1e-4, "labels": INTENTS, "label_target_ids": tg,
        "label_decoder_input_ids": [[0] + t[:-1] for t in tg],
        "cases": [{"text": t, "input_ids": intent_source_ids(sp, t), "intent": r[0], "confidence": r[1], "probs": r[2]}
                  for t, r in zip(texts, res)]})
    gins = ["generate: intent=net_pay lang=es fields=month_name,year,net_salary,payment_date",
            "generate: intent=net_pay lang=en fields=month_name,year,net_salary",
            "generate: intent=deductions lang=es fields=month_name,year,deduction_label,deduction_amount",
            "generate: intent=pay_comparison lang=en fields=period_a,period_b,net_a,net_b,net_diff trend=down",
            "generate: intent=greeting lang=es fields=", "generate: intent=out_of_scope lang=en fields="]
    outs = generate(m, sp, gins)
    _dump(os.path.join(fx, "generation.json"), {
        "cases": [{"input": i, "input_ids": sp.encode(i)[:63] + [tk.EOS], "output": o,
                   "output_ids": sp.encode(o) + [tk.EOS]} for i, o in zip(gins, outs)],
        "note": "greedy decoding with the KV cache, max 64 tokens, stop at EOS=1"})


def export_ner(sp):
    m = load_ner(os.path.join(WORK, "ner.pt"))
    os.makedirs(os.path.join(NER_DIR, "fixtures"), exist_ok=True)
    texts = ["¿Cuánto me retuvieron de IRPF en enero del 24?", "Compare my net pay in March 2025 with last month",
             "me pagaron 1.234,56 € el mes pasado, ¿es correcto?", "what is my job title?", "hola"]
    ids = [sp.encode(t) for t in texts]
    x = pad(ids)
    mask = (x != 0).long()
    torch.onnx.export(m, (x, mask), os.path.join(NER_DIR, "model.onnx"), input_names=["input_ids", "attention_mask"],
                      output_names=["logits"], dynamic_axes={"input_ids": {0: "batch_size", 1: "sequence_length"},
                                                             "attention_mask": {0: "batch_size", 1: "sequence_length"},
                                                             "logits": {0: "batch_size", 1: "sequence_length"}},
                      opset_version=OPSET, do_constant_folding=True)
    onnx.checker.check_model(onnx.load(os.path.join(NER_DIR, "model.onnx")))
    c = m.c
    _dump(os.path.join(NER_DIR, "config.json"), {
        "model_type": "t5-encoder-token-classification", "architectures": ["NerModel"], "d_model": c.d_model,
        "d_kv": c.d_kv, "d_ff": c.d_ff, "num_layers": c.num_layers, "num_heads": c.num_heads,
        "vocab_size": c.vocab_size, "relative_attention_num_buckets": c.relative_attention_num_buckets,
        "relative_attention_max_distance": c.relative_attention_max_distance, "pad_token_id": 0,
        "id2label": {str(i): l for i, l in enumerate(NER_LABELS)}, "label2id": {l: i for i, l in enumerate(NER_LABELS)},
        "max_length": 96, "input": "SentencePiece ids of the raw text, no prefix, no EOS"})
    shutil.copy(os.path.join(WORK, "spiece.model"), os.path.join(NER_DIR, "spiece.model"))
    with torch.no_grad():
        logits = m(x, mask)
    now = "2026-01-15"
    ents = extract(m, sp, texts, [now] * len(texts))
    _dump(os.path.join(NER_DIR, "fixtures", "ner_parity.json"), {
        "tolerance": 1e-4, "now": now, "texts": texts, "input_ids": x.tolist(), "attention_mask": mask.tolist(),
        "logits": _r(logits), "logits_shape": list(logits.shape),
        "offsets": [tk.piece_offsets(sp, t, i) for t, i in zip(texts, ids)], "entities": ents})


NORM_CASES = [
    ("MONTH", "marzo", "2026-03-15"), ("MONTH", "Sept.", "2026-03-15"), ("MONTH", "setiembre", "2026-03-15"),
    ("MONTH", "dic.", "2026-03-15"), ("MONTH", "May", "2026-03-15"), ("MONTH", "febreo", "2026-03-15"),
    ("MONTH", "AGOSTO", "2026-03-15"), ("MONTH", "Jan", "2026-03-15"), ("MONTH", "septiem", "2026-03-15"),
    ("YEAR", "2025", "2026-03-15"), ("YEAR", "'24", "2026-03-15"), ("YEAR", "’24", "2026-03-15"), ("YEAR", "24", "2026-03-15"),
    ("REL_PERIOD", "mes pasado", "2026-01-10"), ("REL_PERIOD", "last month", "2026-01-31"),
    ("REL_PERIOD", "este mes", "2026-03-15"), ("REL_PERIOD", "hace dos meses", "2026-01-15"),
    ("REL_PERIOD", "hace 3 meses", "2026-03-15"), ("REL_PERIOD", "two months ago", "2026-02-01"),
    ("REL_PERIOD", "a month ago", "2026-03-15"), ("REL_PERIOD", "mes antepasado", "2026-02-15"),
    ("REL_PERIOD", "month before last", "2026-01-15"), ("REL_PERIOD", "próximo mes", "2025-12-20"),
    ("REL_PERIOD", "next month", "2025-12-20"), ("REL_PERIOD", "mes que viene", "2026-03-15"),
    ("REL_PERIOD", "este año", "2026-03-15"), ("REL_PERIOD", "este ano", "2026-03-15"),
    ("REL_PERIOD", "año pasado", "2026-01-01"), ("REL_PERIOD", "last year", "2026-03-15"),
    ("REL_PERIOD", "hace dos años", "2026-03-15"), ("REL_PERIOD", "current month", "2026-12-31"),
    ("REL_PERIOD", "mes en curso", "2026-03-15"), ("REL_PERIOD", "previous year", "2026-03-15"),
    ("DEDUCTION_TYPE", "IRPF", "2026-03-15"), ("DEDUCTION_TYPE", "I.R.P.F.", "2026-03-15"),
    ("DEDUCTION_TYPE", "ISR", "2026-03-15"), ("DEDUCTION_TYPE", "retención", "2026-03-15"),
    ("DEDUCTION_TYPE", "withholding", "2026-03-15"), ("DEDUCTION_TYPE", "income-tax", "2026-03-15"),
    ("DEDUCTION_TYPE", "Seguridad Social", "2026-03-15"), ("DEDUCTION_TYPE", "IMSS", "2026-03-15"),
    ("DEDUCTION_TYPE", "FICA", "2026-03-15"), ("DEDUCTION_TYPE", "cotizaciones", "2026-03-15"),
    ("DEDUCTION_TYPE", "desempleo", "2026-03-15"), ("DEDUCTION_TYPE", "seguro de desempleo", "2026-03-15"),
    ("DEDUCTION_TYPE", "formación profesional", "2026-03-15"), ("DEDUCTION_TYPE", "plan de pensiones", "2026-03-15"),
    ("DEDUCTION_TYPE", "401(k)", "2026-03-15"), ("DEDUCTION_TYPE", "seguro médico", "2026-03-15"),
    ("DEDUCTION_TYPE", "health insurance", "2026-03-15"), ("DEDUCTION_TYPE", "cuota sindical", "2026-03-15"),
    ("DEDUCTION_TYPE", "union dues", "2026-03-15"),
    ("PROFILE_FIELD", "departamento", "2026-03-15"), ("PROFILE_FIELD", "área", "2026-03-15"),
    ("PROFILE_FIELD", "job title", "2026-03-15"), ("PROFILE_FIELD", "puesto", "2026-03-15"),
    ("PROFILE_FIELD", "hire date", "2026-03-15"), ("PROFILE_FIELD", "fecha de alta", "2026-03-15"),
    ("PROFILE_FIELD", "antigüedad", "2026-03-15"), ("PROFILE_FIELD", "seniority", "2026-03-15"),
    ("PROFILE_FIELD", "years of service", "2026-03-15"),
    ("AMOUNT", "1.200 €", "2026-03-15"), ("AMOUNT", "$1,500.50", "2026-03-15"), ("AMOUNT", "1500 euros", "2026-03-15"),
    ("AMOUNT", "1.234,56€", "2026-03-15"), ("AMOUNT", "1,234.56", "2026-03-15"), ("AMOUNT", "1200,5", "2026-03-15"),
    ("AMOUNT", "99.99 USD", "2026-03-15"), ("AMOUNT", "12.345.678", "2026-03-15"), ("AMOUNT", "2 mil pesos", "2026-03-15"),
    ("AMOUNT", "$45k", "2026-03-15"), ("AMOUNT", "mil doscientos euros", "2026-03-15"),
    ("AMOUNT", "twelve hundred dollars", "2026-03-15"), ("AMOUNT", "€ 800", "2026-03-15"), ("AMOUNT", "0,5", "2026-03-15"),
]


def write_normalization_cases(path):
    from .normalize import normalize
    rows = [{"type": t, "text": x, "now": n, "value": normalize(t, x, n)} for t, x, n in NORM_CASES]
    # plus a deterministic sample of corpus entities (every surface form the generator emits)
    seen = set()
    for r in read_jsonl(os.path.join(OUT, "train.jsonl")):
        for e in r["entities"]:
            key = (e["type"], e["text"].lower())
            if key in seen or len(seen) > 1500:
                continue
            seen.add(key)
            rows.append({"type": e["type"], "text": e["text"], "now": r["now"], "value": e["value"]})
    _dump(path, {"rule_doc": "models/README.md#entity-value-normalization", "cases": rows})
    return len(rows)


def export_all():
    torch.set_num_threads(1)
    sp = tk.load(os.path.join(WORK, "spiece.model"))
    export_t5(sp)
    export_ner(sp)
    # tokenizer parity over a large corpus sample (both folders share the same spiece.model)
    texts = [r["text"] for r in read_jsonl(os.path.join(OUT, "train.jsonl"))]
    texts += [r["text"] for r in read_jsonl(os.path.join(OUT, "valid.jsonl"))]
    texts += [g["target"] for g in read_jsonl(os.path.join(OUT, "gen_train.jsonl"))]
    n = tk.write_parity_fixture(sp, texts, os.path.join(T5_DIR, "fixtures", "tokenizer_parity.jsonl"), n=4000)
    shutil.copy(os.path.join(T5_DIR, "fixtures", "tokenizer_parity.jsonl"), os.path.join(NER_DIR, "fixtures", "tokenizer_parity.jsonl"))
    print("exported; tokenizer parity lines:", n)
    print("normalization cases:", write_normalization_cases(os.path.join(NER_DIR, "fixtures", "normalization_cases.json")))
    for d in (T5_DIR, NER_DIR):
        total = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(d) for f in fs)
        print(d, f"{total / 1e6:.1f} MB")


def export_t5_only():
    """Re-export only t5-payroll/ (ONNX + config + its parity fixtures) from work/t5.pt; the shared
    tokenizer (and so fixtures/tokenizer_parity.jsonl) and ner-payroll/ are left as they are."""
    torch.set_num_threads(1)
    if not os.path.exists(os.path.join(WORK, "spiece.model")):  # a fine-tune round: the committed tokenizer
        print("work/spiece.model missing: using the committed t5-payroll/spiece.model")
        shutil.copy(os.path.join(T5_DIR, "spiece.model"), os.path.join(WORK, "spiece.model"))
    sp = tk.load(os.path.join(WORK, "spiece.model"))
    assert sha256(os.path.join(WORK, "spiece.model")) == sha256(os.path.join(T5_DIR, "spiece.model")), \
        "tokenizer changed: use the full export (and retrain the NER)"
    export_t5(sp)
    total = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(T5_DIR) for f in fs)
    print(T5_DIR, f"{total / 1e6:.1f} MB")
