"""A costly pure function of bytes (compression), its results kept for recent large inputs.

An export compresses the same large blocks for every draft of a batch: the Word template's
style sheets, the PDF's embedded font subsets. The result is kept under the input bytes
themselves, so an input equal to one seen before gets exactly the result computing it
again would give, whatever part of the export it came from, and a changed input is
computed afresh. Only inputs of at least `smallest` bytes are kept (hashing a small one
costs about what computing it does), and only the `most` used last.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar

Result = TypeVar("Result")


class Remembered(Generic[Result]):
    def __init__(self, compute: Callable[[bytes], Result], smallest: int = 4096, most: int = 16) -> None:
        self._compute, self._smallest, self._most = compute, smallest, most
        self._kept: OrderedDict[bytes, Result] = OrderedDict()
        self._lock = threading.Lock()  # exports may run on a worker thread beside the window's

    def __call__(self, data: bytes) -> Result:
        if len(data) < self._smallest:
            return self._compute(data)
        with self._lock:
            known = self._kept.get(data)
            if known is not None:
                self._kept.move_to_end(data)
                return known
        result = self._compute(data)
        with self._lock:
            self._kept[data] = result
            while len(self._kept) > self._most:
                self._kept.popitem(last=False)
        return result

    def __len__(self) -> int:
        return len(self._kept)
