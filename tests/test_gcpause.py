"""The collector pause: restored afterwards, cycles still collected, others' freezes kept."""

from __future__ import annotations

import gc

from kjreport.gcpause import paused_gc


class Node:
    def __init__(self):
        self.me = self  # a reference cycle: only the collector frees it


def test_collector_back_on_and_cycles_still_freed():
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
        cycle = Node()
        alive = gc.get_count()
    assert gc.isenabled() and gc.get_freeze_count() == 0
    assert gc.get_count()[0] <= alive[0]  # the young generation was handed on, not walked
    del cycle
    assert gc.collect() >= 1


def test_disabled_collector_stays_disabled():
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_freeze_made_elsewhere_is_kept():
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with paused_gc():
            Node()
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
