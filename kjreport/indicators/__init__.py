"""Indicators: the registry, the built-ins, and the pure formulas they use."""

from kjreport.indicators.registry import IndicatorSpec, Registry, build_registry, indicator

__all__ = ["IndicatorSpec", "Registry", "build_registry", "indicator"]
