"""Progress bars for local runs.

On Beam's DirectRunner (in-memory mode) every DoFn runs in the launching process, so a process-wide
tqdm bar that DoFns advance shows live progress. On a distributed runner `enable` is never called and
`advance` is a no-op; progress there comes from the runner's own UI and the Beam metrics.
"""

from __future__ import annotations

import sys
import threading

_BARS: dict[str, object] = {}
_LOCK = threading.Lock()


def enable(name: str, desc: str, total: int | None = None, position: int = 0) -> None:
    from tqdm import tqdm

    with _LOCK:
        _BARS[name] = tqdm(total=total, desc=desc, unit="", position=position, leave=True, file=sys.stderr, dynamic_ncols=True)


def advance(name: str, n: int = 1) -> None:
    bar = _BARS.get(name)
    if bar is not None:
        with _LOCK:
            bar.update(n)


def close_all() -> None:
    with _LOCK:
        for bar in _BARS.values():
            bar.close()
        _BARS.clear()
