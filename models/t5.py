"""T5 (v1.1 style) written from scratch in PyTorch: encoder-decoder, relative position buckets,
RMSNorm, pre-norm residual blocks, gated-GELU feed-forward, tied embeddings.
Same math as Hugging Face T5 so the ONNX files behave like an Optimum export."""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass

import torch
import torch.nn as nn
import torch.nn.functional as F


@dataclass
class T5Config:
    vocab_size: int = 4000
    d_model: int = 256
    d_kv: int = 32
    d_ff: int = 512
    num_layers: int = 3
    num_decoder_layers: int = 2
    num_heads: int = 8
    relative_attention_num_buckets: int = 32
    relative_attention_max_distance: int = 128
    dropout_rate: float = 0.1
    layer_norm_epsilon: float = 1e-6
    tie_word_embeddings: bool = True
    pad_token_id: int = 0
    eos_token_id: int = 1
    decoder_start_token_id: int = 0

    def hf_dict(self):
        d = asdict(self)
        d.update({"model_type": "t5", "architectures": ["T5ForConditionalGeneration"], "is_encoder_decoder": True,
                  "feed_forward_proj": "gated-gelu", "dense_act_fn": "gelu_new", "is_gated_act": True,
                  "initializer_factor": 1.0, "use_cache": True, "torch_dtype": "float32", "unk_token_id": 2})
        return d


class RMSNorm(nn.Module):
    def __init__(self, d, eps):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(d))
        self.eps = eps

    def forward(self, x):
        var = x.pow(2).mean(-1, keepdim=True)
        return self.weight * (x * torch.rsqrt(var + self.eps))


def gelu_new(x):
    return 0.5 * x * (1.0 + torch.tanh(math.sqrt(2.0 / math.pi) * (x + 0.044715 * torch.pow(x, 3.0))))


class GatedFF(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.wi_0 = nn.Linear(c.d_model, c.d_ff, bias=False)
        self.wi_1 = nn.Linear(c.d_model, c.d_ff, bias=False)
        self.wo = nn.Linear(c.d_ff, c.d_model, bias=False)
        self.norm = RMSNorm(c.d_model, c.layer_norm_epsilon)
        self.drop = nn.Dropout(c.dropout_rate)

    def forward(self, x):
        h = self.norm(x)
        h = gelu_new(self.wi_0(h)) * self.wi_1(h)
        return x + self.drop(self.wo(self.drop(h)))


def relative_position_bucket(rel, bidirectional, num_buckets, max_distance):
    ret = torch.zeros_like(rel)
    if bidirectional:
        num_buckets //= 2
        ret = ret + (rel > 0).to(torch.long) * num_buckets
        n = torch.abs(rel)
    else:
        n = -torch.min(rel, torch.zeros_like(rel))
    max_exact = num_buckets // 2
    is_small = n < max_exact
    val_large = max_exact + (
        torch.log(n.float() / max_exact + 1e-6) / math.log(max_distance / max_exact) * (num_buckets - max_exact)
    ).to(torch.long)
    val_large = torch.min(val_large, torch.full_like(val_large, num_buckets - 1))
    return ret + torch.where(is_small, n, val_large)


class Attention(nn.Module):
    def __init__(self, c, has_bias, bidirectional):
        super().__init__()
        self.h, self.dk = c.num_heads, c.d_kv
        inner = c.num_heads * c.d_kv
        self.q = nn.Linear(c.d_model, inner, bias=False)
        self.k = nn.Linear(c.d_model, inner, bias=False)
        self.v = nn.Linear(c.d_model, inner, bias=False)
        self.o = nn.Linear(inner, c.d_model, bias=False)
        self.bidirectional = bidirectional
        self.nb, self.md = c.relative_attention_num_buckets, c.relative_attention_max_distance
        self.rel_bias = nn.Embedding(self.nb, self.h) if has_bias else None
        self.drop = nn.Dropout(c.dropout_rate)

    def compute_bias(self, q_pos, k_pos):
        rel = k_pos[None, :] - q_pos[:, None]
        b = relative_position_bucket(rel, self.bidirectional, self.nb, self.md)
        return self.rel_bias(b).permute(2, 0, 1).unsqueeze(0)  # 1,H,Lq,Lk

    def shape(self, x):
        B, L, _ = x.shape
        return x.view(B, L, self.h, self.dk).transpose(1, 2)

    def forward(self, x, kv=None, bias=None, past=None, cross_kv=None):
        """x: B,Lq,D.  self-attn: kv=None (keys from x, concatenated after `past`); cross-attn:
        kv = encoder states or cross_kv = (k, v) precomputed.  bias: additive B|1,H|1,Lq,Lk."""
        q = self.shape(self.q(x))
        if cross_kv is not None:
            k, v = cross_kv
        elif kv is not None:
            k, v = self.shape(self.k(kv)), self.shape(self.v(kv))
        else:
            k, v = self.shape(self.k(x)), self.shape(self.v(x))
            if past is not None:
                k = torch.cat([past[0], k], dim=2)
                v = torch.cat([past[1], v], dim=2)
        scores = torch.matmul(q, k.transpose(-1, -2))  # T5: no 1/sqrt(d) scaling
        if bias is not None:
            scores = scores + bias
        w = self.drop(F.softmax(scores.float(), dim=-1).type_as(scores))
        out = torch.matmul(w, v).transpose(1, 2).reshape(x.shape[0], x.shape[1], self.h * self.dk)
        return self.o(out), (k, v)


class EncoderLayer(nn.Module):
    def __init__(self, c, has_bias):
        super().__init__()
        self.norm = RMSNorm(c.d_model, c.layer_norm_epsilon)
        self.attn = Attention(c, has_bias, True)
        self.ff = GatedFF(c)
        self.drop = nn.Dropout(c.dropout_rate)

    def forward(self, x, bias):
        h, _ = self.attn(self.norm(x), bias=bias)
        return self.ff(x + self.drop(h))


class DecoderLayer(nn.Module):
    def __init__(self, c, has_bias):
        super().__init__()
        self.norm1 = RMSNorm(c.d_model, c.layer_norm_epsilon)
        self.self_attn = Attention(c, has_bias, False)
        self.norm2 = RMSNorm(c.d_model, c.layer_norm_epsilon)
        self.cross_attn = Attention(c, False, True)
        self.ff = GatedFF(c)
        self.drop = nn.Dropout(c.dropout_rate)

    def forward(self, x, self_bias, enc, cross_bias, past=None, cross_kv=None):
        h, self_kv = self.self_attn(self.norm1(x), bias=self_bias, past=past)
        x = x + self.drop(h)
        h, ckv = self.cross_attn(self.norm2(x), kv=enc, bias=cross_bias, cross_kv=cross_kv)
        x = x + self.drop(h)
        return self.ff(x), self_kv, ckv


def mask_to_bias(mask, dtype=torch.float32):
    """attention_mask B,L (1 keep, 0 pad) -> additive B,1,1,L."""
    return (1.0 - mask[:, None, None, :].to(dtype)) * torch.finfo(dtype).min


class T5(nn.Module):
    def __init__(self, c: T5Config):
        super().__init__()
        self.c = c
        self.shared = nn.Embedding(c.vocab_size, c.d_model)
        self.enc_layers = nn.ModuleList([EncoderLayer(c, i == 0) for i in range(c.num_layers)])
        self.enc_norm = RMSNorm(c.d_model, c.layer_norm_epsilon)
        self.dec_layers = nn.ModuleList([DecoderLayer(c, i == 0) for i in range(c.num_decoder_layers)])
        self.dec_norm = RMSNorm(c.d_model, c.layer_norm_epsilon)
        self.drop = nn.Dropout(c.dropout_rate)
        self._init()

    def _init(self):
        f, d, dk, h, dff = 1.0, self.c.d_model, self.c.d_kv, self.c.num_heads, self.c.d_ff
        nn.init.normal_(self.shared.weight, std=f * 1.0)
        for m in self.modules():
            if isinstance(m, Attention):
                nn.init.normal_(m.q.weight, std=f * (d * dk) ** -0.5)
                nn.init.normal_(m.k.weight, std=f * d ** -0.5)
                nn.init.normal_(m.v.weight, std=f * d ** -0.5)
                nn.init.normal_(m.o.weight, std=f * (h * dk) ** -0.5)
                if m.rel_bias is not None:
                    nn.init.normal_(m.rel_bias.weight, std=f * d ** -0.5)
            elif isinstance(m, GatedFF):
                nn.init.normal_(m.wi_0.weight, std=f * d ** -0.5)
                nn.init.normal_(m.wi_1.weight, std=f * d ** -0.5)
                nn.init.normal_(m.wo.weight, std=f * dff ** -0.5)

    # ---------------------------------------------------------------- encoder
    def encode(self, input_ids, attention_mask):
        x = self.drop(self.shared(input_ids))
        L = input_ids.shape[1]
        pos = torch.arange(L, device=input_ids.device)
        bias = self.enc_layers[0].attn.compute_bias(pos, pos) + mask_to_bias(attention_mask)
        for layer in self.enc_layers:
            x = layer(x, bias)
        return self.drop(self.enc_norm(x))

    # ---------------------------------------------------------------- decoder
    def _causal_bias(self, q_pos, k_pos, dtype):
        """Decoder self-attention bias: relative position buckets + causal mask."""
        causal = (k_pos[None, :] <= q_pos[:, None]).to(dtype)
        return self.dec_layers[0].self_attn.compute_bias(q_pos, k_pos) + (1.0 - causal)[None, None] * torch.finfo(dtype).min

    def decode(self, input_ids, enc, enc_mask, past=None):
        """past: list per layer of (self_k, self_v, cross_k, cross_v) or None.
        Returns logits, list per layer of (self_k, self_v, cross_k, cross_v)."""
        x = self.drop(self.shared(input_ids))
        L = input_ids.shape[1]
        past_len = past[0][0].shape[2] if past is not None else 0
        q_pos = torch.arange(L, device=input_ids.device) + past_len
        k_pos = torch.arange(L + past_len, device=input_ids.device) if past is not None else q_pos
        self_bias = self._causal_bias(q_pos, k_pos, x.dtype)
        cross_bias = mask_to_bias(enc_mask)
        presents = []
        for i, layer in enumerate(self.dec_layers):
            if past is not None:
                x, skv, ckv = layer(x, self_bias, None, cross_bias, past=(past[i][0], past[i][1]),
                                    cross_kv=(past[i][2], past[i][3]))
            else:
                x, skv, ckv = layer(x, self_bias, enc, cross_bias)
            presents.append((skv[0], skv[1], ckv[0], ckv[1]))
        x = self.drop(self.dec_norm(x))
        if self.c.tie_word_embeddings:
            x = x * (self.c.d_model ** -0.5)
        logits = F.linear(x, self.shared.weight)
        return logits, presents

    def score_labels(self, input_ids, attention_mask, label_ids, label_mask):
        """(B, K) label-scoring scores: s(b, k) = sum of the log-probs of label k's tokens given row b.
        label_ids: K,T target ids (EOS-terminated, 0-padded), label_mask: K,T (1 = real token).
        Same numbers as decode() on the K labels of every row, cheaper: the cross-attention keys and
        values are projected once per row (not once per row and label) and the vocabulary projection
        only runs on real label positions."""
        enc = self.encode(input_ids, attention_mask)
        B, K = input_ids.shape[0], label_ids.shape[0]
        dec_in = torch.zeros_like(label_ids)
        dec_in[:, 1:] = label_ids[:, :-1]
        x = self.drop(self.shared(dec_in)).repeat(B, 1, 1)
        pos = torch.arange(label_ids.shape[1], device=input_ids.device)
        self_bias = self._causal_bias(pos, pos, x.dtype)
        cross_bias = mask_to_bias(attention_mask).repeat_interleave(K, 0)
        for layer in self.dec_layers:
            a = layer.cross_attn
            kv = (a.shape(a.k(enc)).repeat_interleave(K, 0), a.shape(a.v(enc)).repeat_interleave(K, 0))
            x, _, _ = layer(x, self_bias, None, cross_bias, cross_kv=kv)
        x = self.drop(self.dec_norm(x))
        if self.c.tie_word_embeddings:
            x = x * (self.c.d_model ** -0.5)
        m = label_mask.bool().repeat(B, 1)
        lp = F.log_softmax(F.linear(x[m], self.shared.weight).float(), -1)
        tok = lp.gather(-1, label_ids.repeat(B, 1)[m][:, None])[:, 0]
        out = torch.zeros(B * K, label_ids.shape[1], dtype=lp.dtype, device=lp.device)
        out[m] = tok
        return out.sum(-1).view(B, K)

    def forward(self, input_ids, attention_mask, decoder_input_ids):
        enc = self.encode(input_ids, attention_mask)
        logits, _ = self.decode(decoder_input_ids, enc, attention_mask)
        return logits

    @torch.no_grad()
    def greedy(self, input_ids, attention_mask, max_len=64):
        enc = self.encode(input_ids, attention_mask)
        B = input_ids.shape[0]
        cur = torch.full((B, 1), self.c.decoder_start_token_id, dtype=torch.long, device=input_ids.device)
        logits, past = self.decode(cur, enc, attention_mask)
        out = []
        done = torch.zeros(B, dtype=torch.bool, device=input_ids.device)
        for _ in range(max_len):
            nxt = logits[:, -1].argmax(-1)
            nxt = torch.where(done, torch.full_like(nxt, self.c.pad_token_id), nxt)
            out.append(nxt)
            done |= nxt == self.c.eos_token_id
            if done.all():
                break
            logits, past = self.decode(nxt[:, None], enc, attention_mask, past=past)
        return torch.stack(out, 1)


def shift_right(labels, start_id=0, pad_id=0):
    dec = torch.full_like(labels, pad_id)
    dec[:, 1:] = labels[:, :-1]
    dec[:, 0] = start_id
    return dec.masked_fill(dec == -100, pad_id)


# ------------------------------------------------------------------------------- export wrappers
class EncoderExport(nn.Module):
    def __init__(self, m):
        super().__init__()
        self.m = m

    def forward(self, input_ids, attention_mask):
        return self.m.encode(input_ids, attention_mask)


class DecoderExport(nn.Module):
    """decoder_model.onnx: (input_ids, encoder_attention_mask, encoder_hidden_states) ->
    logits, present.{i}.decoder.key/value, present.{i}.encoder.key/value"""

    def __init__(self, m):
        super().__init__()
        self.m = m

    def forward(self, input_ids, encoder_attention_mask, encoder_hidden_states):
        logits, presents = self.m.decode(input_ids, encoder_hidden_states, encoder_attention_mask)
        flat = [logits]
        for p in presents:
            flat += [p[0], p[1], p[2], p[3]]
        return tuple(flat)


class DecoderWithPastExport(nn.Module):
    """decoder_with_past_model.onnx: (input_ids, encoder_attention_mask,
    past_key_values.{i}.decoder.key/value, past_key_values.{i}.encoder.key/value) ->
    logits, present.{i}.decoder.key/value (the encoder cache is constant and not returned)."""

    def __init__(self, m):
        super().__init__()
        self.m = m

    def forward(self, input_ids, encoder_attention_mask, *past_flat):
        n = self.m.c.num_decoder_layers
        past = [tuple(past_flat[4 * i:4 * i + 4]) for i in range(n)]
        logits, presents = self.m.decode(input_ids, None, encoder_attention_mask, past=past)
        flat = [logits]
        for p in presents:
            flat += [p[0], p[1]]
        return tuple(flat)
