"""A logistic model stored as data: a bias, one weight per feature name, and a threshold.

Plan import uses two (``scoring``: is a read row a target; ``resultparts``: does a part of the
text report results); each is written by its ``benchmarks/train_*.py`` as JSON and read here.
Pure: no I/O but reading the bundled file.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Model:
    """A bias, one weight per feature, and the threshold its user compares ``probability`` with."""

    bias: float
    weights: Mapping[str, float]
    threshold: float

    def probability(self, feats: Iterable[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in set(feats))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def read_model(path: Path) -> Model:
    """Return the model stored at ``path`` (``{"bias": …, "weights": {…}, "threshold": …}``)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return Model(float(data["bias"]), dict(data["weights"]), float(data["threshold"]))
