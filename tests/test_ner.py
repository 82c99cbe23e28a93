"""spaCy's NER on candidate windows (pipeline/ner.py) finds what it finds in the whole note."""

import json

from pipeline.config import REPO_ROOT
from pipeline.deid import caseless
from pipeline.ner import _WORD, candidate_windows, is_candidate


def test_windows_surround_candidates_only():
    text = "Follow up in clinic. Vitals stable today.\nSeen with her cousin Olumide Balogun, who drove her in from home this morning."
    ordinary = lambda w: w.lower() in {"follow", "vitals", "seen"}  # noqa: E731
    windows = candidate_windows(text, ordinary, context_words=3)
    covered = [text[a:b] for a, b in windows]
    assert covered == ["with her cousin Olumide Balogun, who drove her"]
    assert candidate_windows(text, ordinary, covered=[(text.index("Olumide"), text.index(","))]) == []
    assert candidate_windows("all lower case words only", ordinary) == []


def test_windowed_ner_matches_whole_note_ner(deidentifier):
    """Every entity the whole-note NER finds over a candidate word, the windows find too."""
    lines = (REPO_ROOT / "sample_data" / "notes.jsonl").read_text().splitlines()
    lines += (REPO_ROOT / "sample_data" / "deid_eval" / "gold.jsonl").read_text().splitlines()[:120]
    texts = [t for t in (json.loads(line)["text"] for line in lines if line.strip()) if not caseless(t)]
    judge = deidentifier._ordinary_judge([])
    whole = deidentifier.ner.entities(texts, ["whole"] * len(texts), [judge] * len(texts))
    windowed = deidentifier.ner.entities(texts, ["windows"] * len(texts), [judge] * len(texts))
    relevant = missed = 0
    for text, w, v in zip(texts, whole, windowed):
        got = {(e.start_char, e.end_char, e.label_) for e in v}
        for e in w:
            if any(is_candidate(text, m.start(), m.end(), judge, not_before=deidentifier.ner.not_before) for m in _WORD.finditer(text, e.start_char, e.end_char)):
                relevant += 1
                missed += (e.start_char, e.end_char, e.label_) not in got
    assert relevant > 200
    assert missed == 0
