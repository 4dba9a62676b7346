"""g2pM's polyphone model (a BiLSTM trained on the CPP corpus), run on many sentences at once.

g2pM's own code runs one sentence at a time (~16 k characters/s); :class:`_G2pM` batches sentences and does
the same arithmetic with numpy. :func:`quizgen.pinyin.sentences_pinyin` asks it only for polyphonic characters
outside pypinyin's phrases. numpy and the weights are loaded on first use.
"""
from __future__ import annotations

import functools
from collections.abc import Sequence
from importlib import resources
from typing import Any

from quizgen.cache import releasable

_BATCH_TOKENS = 16_384  # g2pM batch size in padded characters; 8 k-32 k measured within 5 % of each other


class _G2pM:
    """g2pM 0.1.2.5's one-layer BiLSTM + 2-layer classifier, run on many sentences at once.

    Both directions advance in one (B, 64) x (64, 256) matmul per time step; the input projection is
    precomputed per vocabulary entry. Predictions are restricted to the readings CC-CEDICT (g2pM's digest)
    lists for the character, which g2pM's own code does not do.
    """

    def __init__(self) -> None:
        import pickle

        import g2pM
        import numpy as np

        folder = resources.files(g2pM)

        def load(name: str) -> Any:
            return pickle.loads(folder.joinpath(name).read_bytes())

        cedict, self.char2idx, class2idx, w = (
            load(f) for f in ("digest_cedict.pkl", "char2idx.pkl", "class2idx.pkl", "np_ckpt.pkl")
        )
        self.np = np
        self.bos, self.eos, self.unk = self.char2idx["시"], self.char2idx["끝"], self.char2idx["<UNK>"]
        self.classes = [c.replace("u:", "ü") for c, _ in sorted(class2idx.items(), key=lambda kv: kv[1])]
        # polyphones the model knows (character in its vocabulary) -> candidate class ids
        self.candidates: dict[str, list[int]] = {
            ch: [class2idx[p] for p in prons]
            for ch, prons in cedict.items()
            if len(prons) > 1 and ch in self.char2idx
        }
        hid = w["lstm.weight_hh_l0"].shape[1]  # 32
        # gate columns reordered to i, f, o, g, each [fw | bw], so one sigmoid and one tanh suffice and
        # the state is h = [h_fw | h_bw]
        order = [0, 1, 3, 2]  # pytorch packs i, f, g, o

        def cols(m: Any) -> list[Any]:
            return [m[..., k * hid : (k + 1) * hid] for k in order]

        def table(sfx: str) -> list[Any]:
            x = w["embedding.weight"] @ w["lstm.weight_ih_l0" + sfx].T
            return cols(x + w["lstm.bias_ih_l0" + sfx] + w["lstm.bias_hh_l0" + sfx])

        tf, tb = table(""), table("_reverse")
        z = np.zeros_like(tf[0])
        self.in_fw = np.concatenate([tf[0], z, tf[1], z, tf[2], z, tf[3], z], axis=1).astype(np.float32, copy=False)
        self.in_bw = np.concatenate([z, tb[0], z, tb[1], z, tb[2], z, tb[3]], axis=1).astype(np.float32, copy=False)
        hf, hb = cols(w["lstm.weight_hh_l0"].T), cols(w["lstm.weight_hh_l0_reverse"].T)
        zh = np.zeros_like(hf[0])
        self.rec = np.concatenate(
            [
                np.concatenate([hf[0], zh, hf[1], zh, hf[2], zh, hf[3], zh], axis=1),
                np.concatenate([zh, hb[0], zh, hb[1], zh, hb[2], zh, hb[3]], axis=1),
            ]
        ).astype(np.float32, copy=False)
        self.hid = hid
        self.w0, self.b0 = w["logit_layer.0.weight"].T, w["logit_layer.0.bias"]
        self.w1, self.b1 = w["logit_layer.2.weight"].T, w["logit_layer.2.bias"]

    def predict(self, jobs: Sequence[tuple[str, Sequence[int]]]) -> list[list[tuple[str, float]]]:
        """jobs: (sentence, indices of characters to read) -> (reading, margin) at each index: the margin is the
        softmax probability of the best reading minus that of the second, over the character's readings."""
        results: list[list[tuple[str, float]]] = [[] for _ in jobs]
        order = sorted(range(len(jobs)), key=lambda k: len(jobs[k][0]))
        start = 0
        while start < len(order):
            end = start + 1
            while end < len(order) and (end - start + 1) * (len(jobs[order[end]][0]) + 2) <= _BATCH_TOKENS:
                end += 1
            batch = [order[k] for k in range(start, end)]
            for k, preds in zip(batch, self._run([jobs[k] for k in batch])):
                results[k] = preds
            start = end
        return results

    def _run(self, jobs: Sequence[tuple[str, Sequence[int]]]) -> list[list[tuple[str, float]]]:
        np, hid = self.np, self.hid
        c2i, unk = self.char2idx, self.unk
        t_max = max(len(s) for s, _ in jobs) + 2
        b = len(jobs)
        fw = np.zeros((b, t_max), dtype=np.int64)  # 0 = <PAD>; padding only ever trails each row
        bw = np.zeros((b, t_max), dtype=np.int64)
        lengths = []
        for r, (sent, _) in enumerate(jobs):
            ids = [self.bos, *(c2i.get(ch, unk) for ch in sent), self.eos]
            fw[r, : len(ids)] = ids
            bw[r, : len(ids)] = ids[::-1]
            lengths.append(len(ids))
        x = self.in_fw[fw.T] + self.in_bw[bw.T]  # (T, B, 8*hid)
        h = np.zeros((b, 2 * hid), dtype=np.float32)
        c = np.zeros((b, 2 * hid), dtype=np.float32)
        hs = np.empty((t_max, b, 2 * hid), dtype=np.float32)
        s3 = 6 * hid
        for t in range(t_max):
            g = x[t] + h @ self.rec
            sig = g[:, :s3]
            np.tanh(sig * 0.5, out=sig)  # sigmoid(x) = (tanh(x/2) + 1) / 2
            sig += 1.0
            sig *= 0.5
            cand = np.tanh(g[:, s3:])
            c *= sig[:, 2 * hid : 4 * hid]
            c += sig[:, : 2 * hid] * cand
            h = sig[:, 4 * hid :] * np.tanh(c)
            hs[t] = h
        rows, fpos, bpos = [], [], []
        for r, (_, idxs) in enumerate(jobs):
            for i in idxs:
                rows.append(r)
                fpos.append(i + 1)
                bpos.append(lengths[r] - 2 - i)
        target = np.concatenate([hs[fpos, rows, :hid], hs[bpos, rows, hid:]], axis=1)
        logits = np.maximum(target @ self.w0 + self.b0, 0) @ self.w1 + self.b1
        out: list[list[tuple[str, float]]] = []
        k = 0
        for sent, idxs in jobs:
            preds = []
            for i in idxs:
                cands = self.candidates[sent[i]]
                z = logits[k, cands]
                p = np.exp(z - z.max())
                p /= p.sum()
                best = int(np.argmax(p))
                second = float(np.partition(p, -2)[-2]) if len(p) > 1 else 0.0
                preds.append((self.classes[cands[best]], float(p[best]) - second))
                k += 1
            out.append(preds)
        return out


@releasable
@functools.cache
def polyphone_model() -> _G2pM:
    """The model, loaded once a process."""
    return _G2pM()
