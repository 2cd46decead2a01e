"""Helpers shared by every round of template families (corpus/rounds/): the one copy of each.

A round's table `F` is data: {lang: {intent: [family template, ...], "out_of_scope": {domain: [template, ...]}}}
(one list entry = one family; syntax of templates.py). `Round` says how generate.py wires a table in: the prefix
of its OOS domain names, the OOS domains held out whole, and the seed offset of its own split rng."""
from __future__ import annotations

from dataclasses import dataclass

LANGS = ("es", "en")


def expand_frames(groups, frames):
    """Frames × object groups -> family templates: `<O>` in a frame becomes the alternation of one group (one
    family per group, `[a|b|c]`); a frame without `<O>` is one family."""
    out = []
    for fr in frames:
        if "<O>" in fr:
            for g in groups:
                out.append(fr.replace("<O>", "[" + "|".join(g) + "]"))
        else:
            out.append(fr)
    return out


def by_language(domains):
    """{domain: {lang: [templates]}} (oos.py's shape) -> {lang: {domain: [templates]}} (a round table's)."""
    return {lang: {d: per_lang[lang] for d, per_lang in domains.items()} for lang in LANGS}


@dataclass(frozen=True)
class Round:
    name: str  # the data module in corpus/rounds/ ("templates": templates.py + oos.py)
    table: dict  # F, see above
    oos_prefix: str  # prepended to the round's OOS domain names
    oos_holdout: frozenset  # OOS domains (names without the prefix) held out whole
    seed_offset: int  # the round's families are split by random.Random(seed + seed_offset)

    def families(self, lang, intent):
        """The families of one intent/language (none for out_of_scope, whose templates are by domain)."""
        v = self.table[lang].get(intent, [])
        return list(v) if isinstance(v, list) else []

    def oos_domains(self):
        """{prefix + domain: {lang: [templates]}}, for generate.py's OOS sampling."""
        out = {}
        for lang in LANGS:
            for d, tpls in self.table[lang].get("out_of_scope", {}).items():
                out.setdefault(self.oos_prefix + d, {})[lang] = tpls
        return out

    def held_out_domains(self):
        return {self.oos_prefix + d for d in self.oos_holdout}
