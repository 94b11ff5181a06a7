"""Pausing Python's cyclic garbage collector while a workbook is loaded.

Reading a province workbook allocates millions of small containers (row lists, value dicts,
numpy object arrays) that never form reference cycles; the collector still walks every live
object each time a generation fills, which cost a tenth of the load. Reference counting frees
everything as usual while the collector is paused; it is switched back on in ``finally``.

Pausing does not reset the collector's count of new objects: everything allocated during the
pause sits in the youngest generation, and the first allocation after it made the collector
walk all of it once (about 10 ms at 50,000 ledger rows). So the pause ends by handing those
objects to the oldest generation unwalked (``gc.freeze`` then ``gc.unfreeze``), as if they had
survived earlier collections; a later full collection still sees them. This is skipped when
something else has frozen objects, whose freeze must stay as it is.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """Disable the cyclic collector for the block; restore its previous state afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if gc.get_freeze_count() == 0:
                gc.freeze()  # every tracked object into the permanent generation …
                gc.unfreeze()  # … and back, into the oldest one: no walk of the young
            gc.enable()
