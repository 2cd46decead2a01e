"""Rebuild a PyTorch checkpoint (`{"cfg", "state"}`, as train.py / train_gpu.py save it) from the
committed ONNX files, so a new training round can continue the committed T5 on a machine that does
not have the checkpoint it came from (models/work/ is not committed).

    /usr/bin/python3 -m models.from_onnx t5 OUT.pt     # from t5-payroll/{encoder,decoder}_model.onnx

How: a freshly initialised model of the same config is exported with the same code (export.py's
wrappers); torch names every initializer deterministically, either after the parameter itself
(`m.enc_layers.0.norm.weight`) or, for a folded (transposed) Linear weight, `onnx::MatMul_N`. The fresh
export tells which parameter each name belongs to (by value), and the committed file gives its value.
Every parameter must be found; the rebuilt model is then checked against the committed fixtures
(PyTorch outputs written at export time) before the checkpoint is saved."""
from __future__ import annotations

import json
import os
import sys
import tempfile

import numpy as np
import onnx
import torch
from onnx import numpy_helper

from .paths import T5_DIR
from .t5 import T5, T5Config, DecoderExport, EncoderExport

CFG_KEYS = set(T5Config.__dataclass_fields__)


def _inits(path):
    return {i.name: numpy_helper.to_array(i) for i in onnx.load(path).graph.initializer}


def _export_fresh(m, tmp):
    src = torch.tensor([[5, 6, 7, 1], [8, 9, 1, 0]])
    mask = (src != 0).long()
    with torch.no_grad():
        enc = m.encode(src, mask)
    enc_path, dec_path = os.path.join(tmp, "enc.onnx"), os.path.join(tmp, "dec.onnx")
    torch.onnx.export(EncoderExport(m), (src, mask), enc_path, input_names=["input_ids", "attention_mask"],
                      output_names=["last_hidden_state"], opset_version=17, do_constant_folding=True,
                      dynamic_axes={"input_ids": {0: "b", 1: "l"}, "attention_mask": {0: "b", 1: "l"}})
    torch.onnx.export(DecoderExport(m), (torch.tensor([[0, 5], [0, 7]]), mask, enc), dec_path,
                      input_names=["input_ids", "encoder_attention_mask", "encoder_hidden_states"],
                      opset_version=17, do_constant_folding=True,
                      dynamic_axes={"input_ids": {0: "b", 1: "d"}, "encoder_attention_mask": {0: "b", 1: "l"},
                                    "encoder_hidden_states": {0: "b", 1: "l"}})
    return enc_path, dec_path


def _param_of(arr, params):
    """Name of the parameter whose value (or transpose) is exactly `arr` in the fresh model."""
    hits = [n for n, p in params.items()
            if (p.shape == arr.shape and np.array_equal(p, arr)) or (p.ndim == 2 and p.T.shape == arr.shape and np.array_equal(p.T, arr))]
    return hits


def rebuild_t5(folder=T5_DIR):
    cfg = json.load(open(os.path.join(folder, "config.json")))
    cfg = {k: v for k, v in cfg.items() if k in CFG_KEYS}
    torch.manual_seed(0)
    fresh = T5(T5Config(**cfg)).eval()
    params = {n: p.detach().numpy() for n, p in fresh.named_parameters()}
    state = {}
    with tempfile.TemporaryDirectory() as tmp:
        for fresh_path, real_name in zip(_export_fresh(fresh, tmp), ("encoder_model.onnx", "decoder_model.onnx")):
            fresh_inits, real_inits = _inits(fresh_path), _inits(os.path.join(folder, real_name))
            for name, real in real_inits.items():
                if name.startswith("m.") and name[2:] in params:  # kept under the parameter's own name
                    p, transposed = name[2:], False
                else:  # a folded (transposed) Linear weight: the fresh export's same name says which one
                    arr = fresh_inits.get(name)
                    hits = [] if arr is None or arr.dtype != np.float32 or arr.ndim != 2 else _param_of(arr, params)
                    if len(hits) != 1:
                        continue  # a constant, not a parameter
                    p = hits[0]
                    transposed = not (params[p].shape == arr.shape and np.array_equal(params[p], arr))
                val = real.T if transposed else real
                if p in state and not np.array_equal(state[p], val):
                    raise SystemExit(f"{p}: two different values in the ONNX files")
                state[p] = np.ascontiguousarray(val)
    missing = sorted(set(params) - set(state))
    if missing:
        raise SystemExit(f"parameters not found in the ONNX files: {missing}")
    m = T5(T5Config(**cfg))
    m.load_state_dict({k: torch.from_numpy(v) for k, v in state.items()})
    return m.eval(), cfg


def check_fixtures(m, folder=T5_DIR):
    """Max abs difference between the rebuilt model and the fixtures' PyTorch outputs (encoder states and
    the first decoder step's logits)."""
    fx = json.load(open(os.path.join(folder, "fixtures", "t5_parity.json")))
    e, d = fx["encoder"], fx["decoder_first_step"]
    ids, mask = torch.tensor(e["input_ids"]), torch.tensor(e["attention_mask"])
    with torch.no_grad():
        enc = m.encode(ids, mask)
        logits, _ = m.decode(torch.tensor(d["input_ids"]), enc, mask)
    return max(float(np.abs(enc.numpy().ravel() - np.array(e["last_hidden_state"], dtype=np.float32)).max()),
               float(np.abs(logits.numpy().ravel() - np.array(d["logits"], dtype=np.float32)).max()))


def main(argv):
    if len(argv) != 2 or argv[0] != "t5":
        raise SystemExit("usage: python3 -m models.from_onnx t5 OUT.pt")
    m, cfg = rebuild_t5()
    diff = check_fixtures(m)
    print(f"rebuilt {sum(p.numel() for p in m.parameters())} parameters; encoder + first decoder step vs fixtures: max abs diff {diff:.2e}")
    if diff > 1e-4:
        raise SystemExit("the rebuilt model does not reproduce the fixtures; not saved")
    torch.save({"cfg": cfg, "state": m.state_dict()}, argv[1])
    print(f"saved {argv[1]}")


if __name__ == "__main__":
    main(sys.argv[1:])
