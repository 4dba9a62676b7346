"""Analysis: decoded text → cleaned, segmented, read, levelled, glossed :class:`Document`, one module per stage.

decoding (files → text) → cleaning (captions, junk tokens) and garbled (spun text) → script → sentences →
segment → pinyin → lexicon (levels) and glosses (CC-CEDICT senses) → profile; ``pipeline`` wires them.
"""
