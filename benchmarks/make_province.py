"""Write a province-scale workbook in the kjreport format, for benchmarks.

Run ``python benchmarks/make_province.py OUT.xlsx [--counties 150 --years 5 --ledger-rows 50000]``.
Same sheets and headers as ``samples/sample2011.xlsx``, but 150 generated counties, a 项目台账 of
50,000 rows over 5 years, about 5,000 enterprises and 1,000 platforms. Deterministic (fixed seed);
written with openpyxl's write-only mode. The plan tree, targets and writers come from
``samples/make_sample.py`` (loaded by ``load_sample``), so the two never disagree.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
SAMPLE_SCRIPT = HERE.parent / "samples" / "make_sample.py"
SEED = 20111231
PROVINCE = "东岳省"
ORGANIZATION = "东岳省科学技术厅"
SCALE = 15  # absolute targets and totals, relative to the city sample
ABSOLUTE_UNITS = {"亿元", "项", "家", "人", "个", "万人次", "名", "处"}

FIRST = "青白丰金凤柳南双临西东北安永宁长平福和兴华新广云龙清泰康德明阳山河湖海"
SECOND = "河源州城川桥湖山泽阳平宁安丰水林江沙原溪口台峰"
SUFFIX = ("县", "县", "县", "区", "市")


def load_sample() -> ModuleType:
    """Return the ``samples/make_sample.py`` module (constants, builders and the writer)."""
    spec = importlib.util.spec_from_file_location("kjreport_make_sample", SAMPLE_SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up while building
    spec.loader.exec_module(module)
    return module


def county_names(rng: random.Random, count: int) -> list[str]:
    """Return ``count`` unique generated county names such as 青河县, 丰桥区.

    Two-character stems (青河) come first, drawn at random as before, so the 150-county workbook
    is the same as ever; once all 805 of them are used, three-character stems (青白河) follow, in
    a shuffled but fixed order — 28,175 more, so any county count a province could have works.
    """
    pool = len(FIRST) * len(SECOND)
    limit = pool + len(FIRST) * len(FIRST) * len(SECOND)
    if count > limit:
        raise ValueError(f"at most {limit} county names can be generated")
    names: list[str] = []
    seen: set[str] = set()
    while len(names) < min(count, pool):
        stem = rng.choice(FIRST) + rng.choice(SECOND)
        if stem in seen:
            continue
        seen.add(stem)
        names.append(stem + rng.choice(SUFFIX))
    if len(names) < count:
        longer = [a + b + c for a in FIRST for b in FIRST for c in SECOND]
        rng.shuffle(longer)
        names += [stem + rng.choice(SUFFIX) for stem in longer[: count - len(names)]]
    return names


def county_weights(rng: random.Random, counties: list[str]) -> dict[str, tuple[float, ...]]:
    """Return per-county weights in the layout ``make_sample.county_tables`` expects."""
    weights = {}
    for c in counties:
        size = rng.lognormvariate(0, 0.5)
        rural = rng.uniform(0.5, 1.5) / size**0.3
        grow = rng.uniform(0.9, 1.1)
        share = rng.uniform(0.78, 0.96)
        weights[c] = (
            size * rng.uniform(0.6, 1.6),
            size / grow * rng.uniform(0.6, 1.6),  # 高新
            size,
            size / grow,  # 工业
            size * rng.uniform(0.4, 1.6),
            size / grow * rng.uniform(0.4, 1.6),  # 全社会R&D
            share,
            share * rng.uniform(0.97, 1.0),  # 企业R&D share
            size * rng.uniform(0.8, 1.2),
            size / grow,  # GDP
            rural,
            rural * rng.uniform(0.9, 1.1),
            rural,
            rural / grow,  # 特派员, 共同体, 培训
        )
    return weights


_ABSOLUTE_FIGURE = re.compile(
    r"(?<![\d.])(\d+(?:\.\d+)?)(?=" + "|".join(sorted(ABSOLUTE_UNITS, key=len, reverse=True)) + ")"
)


def scaled_sentence(text: str) -> str:
    """Return a plan sentence (原文) with every figure in an absolute unit scaled as the targets are
    (「高新技术企业发展到150家」 → 「…2250家」), so each target's 原文 states its 目标值."""
    return _ABSOLUTE_FIGURE.sub(lambda m: f"{float(m.group(1)) * SCALE:g}", text)


def scaled_targets(sample: ModuleType) -> list[tuple]:
    """Return the sample's 34 targets with absolute values and the figures of their 原文 scaled to
    province size (a 目标值 its 原文 does not state is a 须核对 of ``check``)."""
    out = []
    for name, value, unit, items, dept, text in sample.TARGETS:
        scaled = value * SCALE if unit in ABSOLUTE_UNITS else value
        out.append((name, scaled, unit, items, dept, scaled_sentence(text)))
    return out


def progress_notes(sample: ModuleType) -> list[tuple[str, str, str]]:
    """Return the sample's notes plus one for every plan item that has none."""
    notes = list(sample.PROGRESS)
    covered = {code for code, _, _ in notes}
    for code, level, _, title, _ in sample.PLAN:
        if level in ("节", "条") and code not in covered:
            notes.append(
                (
                    code,
                    "办公室",
                    f"围绕“{title}”，全省各级科技部门细化任务分工，按季度调度推进，"
                    "年度工作任务全面完成。",
                )
            )
    return notes


def project_rows(
    sample: ModuleType,
    rng: random.Random,
    companies: list,
    counties: list[str],
    years: list[int],
    total: int,
) -> Iterator[list[object]]:
    """Yield ``total`` 项目台账 rows spread evenly over ``years`` (category mix as the sample's)."""
    mix = [(kind, levels, count) for kind, levels, count in sample.PROJECT_COUNTS[sample.YEAR]]
    mix.append(("产学研合作", ("市级",), sample.COOPERATION[sample.YEAR][0]))
    weight = sum(count for _, _, count in mix)
    per_year = total // len(years)
    for y, year in enumerate(years):
        n_year = per_year + (1 if y < total - per_year * len(years) else 0)
        for kind, levels, count in mix:
            n = round(n_year * count / weight) if (kind, levels) != mix[-1][:2] else None
            if n is None:  # the last category takes the rounding rest
                n = n_year - sum(round(n_year * c / weight) for _, _, c in mix[:-1])
            for i in range(n):
                yield sample.project_row(
                    rng,
                    year,
                    kind,
                    levels[i % len(levels)],
                    rng.choice(companies),
                    home=counties[0],
                )


def scaled_groups(groups: tuple, factor: int) -> tuple:
    """Return ledger groups with their counts multiplied by ``factor``."""
    return tuple((*g[:-2], g[-2] * factor, g[-1] * factor) for g in groups)


def province_contacts(sample: ModuleType, counties: list[str]) -> list[tuple[str, str, str, str]]:
    """Return the sample's 收件人 rows with its county contacts moved to the province's first
    counties (the sample's 高新区/西山县 are no units of the province)."""
    units = iter(counties)
    return [(name, mail, next(units, unit) if unit.endswith(("县", "区")) else unit, cc)
            for name, mail, unit, cc in sample.RECIPIENTS]


def province_sheets(counties_n: int, years_n: int, ledger_rows: int) -> list:
    """Return every sheet of the province workbook, in the sample's order."""
    sample = load_sample()
    schema = sample.schema
    rng = random.Random(SEED)
    year = sample.YEAR
    years = list(range(year - years_n + 1, year + 1))
    counties = county_names(rng, counties_n)
    totals = [(a * SCALE, b * SCALE, d) for a, b, d in sample.COUNTY_TOTALS]
    now, before = sample.county_tables(rng, counties, county_weights(rng, counties), totals)
    companies = sample.company_pool(rng, counties, 7000)
    enterprise_factor, platform_factor = 25, 19
    enterprises = sample.enterprise_rows(
        rng,
        companies,
        year,
        groups=scaled_groups(sample.ENTERPRISE_GROUPS, enterprise_factor),
        key_count=sample.KEY_COUNT * 10,
        key_output=sample.KEY_OUTPUT * SCALE,
        below=(sample.INNOVATIVE_BELOW * enterprise_factor, sample.OTHER_BELOW * enterprise_factor),
        hitech_output={r[0]: r[1] for r in now},  # 重点企业产值 ≤ 85% of each county's 高新技术产业产值
    )
    platforms = sample.platform_rows(
        rng,
        companies,
        counties,
        year,
        groups=scaled_groups(sample.PLATFORM_GROUPS, platform_factor),
    )
    span = max(years_n, 6) + 1
    growth = sample.growth_rows(
        year - span + 1,
        521.6 * SCALE,
        1486.5 * SCALE,
        478.2 * SCALE,
        [rng.uniform(0.10, 0.14) for _ in range(span - 1)],
        [rng.uniform(0.13, 0.17) for _ in range(span - 1)],
        [rng.uniform(0.008, 0.012) for _ in range(span - 1)],
        [round(100 * 1.03**i, 1) for i in range(span)],
    )
    departments = [
        [
            d,
            name,
            unit,
            value * SCALE if unit in ABSOLUTE_UNITS else value,
            prev * SCALE if unit in ABSOLUTE_UNITS else prev,
            basis,
            note,
        ]
        for d, name, unit, value, prev, basis, note in sample.DEPARTMENT_ROWS
    ]
    n = len(counties)
    return [
        sample.readme_sheet(
            PROVINCE,
            note="省级规模性能测试工作簿：由 benchmarks/make_province.py 生成。",
            place="省份",
        ),
        sample.settings_sheet(sample.settings_rows(PROVINCE, ORGANIZATION, year, year - 5)),
        sample.plan_sheet(),
        sample.targets_sheet(scaled_targets(sample)),
        sample.table_sheet(schema.COUNTY, now, sample.COUNTY_UNITS, counties=n),
        sample.table_sheet(schema.COUNTY_PREVIOUS, before, sample.COUNTY_UNITS, counties=n),
        sample.table_sheet(schema.DEPARTMENT, departments, counties=n),
        sample.progress_sheet(progress_notes(sample)),
        sample.table_sheet(
            schema.PROJECTS,
            project_rows(sample, rng, companies, counties, years, ledger_rows),
            sample.PROJECT_UNITS,
            counties=n,
            widths={1: 52, 2: 34},
        ),
        sample.table_sheet(
            schema.ENTERPRISES,
            enterprises,
            sample.ENTERPRISE_UNITS,
            counties=n,
            widths={0: 34, 2: 50},
        ),
        sample.table_sheet(schema.PLATFORMS, platforms, counties=n, widths={0: 60, 4: 34}),
        sample.table_sheet(schema.GROWTH, growth),
        sample.next_year_sheet(),
        sample.recipients_sheet(province_contacts(sample, counties)),
        sample.schedules_sheet(),
        sample.monthly_sheet(()),  # the province's figures are scaled: no monthly history
        sample.measures_sheet(),
    ]


def main(argv: list[str] | None = None) -> int:
    """Parse the command line, write the workbook and return 0."""
    parser = argparse.ArgumentParser(description="生成省级规模的 kjreport 性能测试工作簿。")
    parser.add_argument("out", type=Path, help="输出的 .xlsx 文件")
    parser.add_argument("--counties", type=int, default=150, help="县区数（默认 150）")
    parser.add_argument("--years", type=int, default=5, help="项目台账覆盖的年数（默认 5）")
    parser.add_argument("--ledger-rows", type=int, default=50000, help="项目台账行数（默认 50000）")
    args = parser.parse_args(argv)
    if args.counties < 1 or args.years < 2 or args.ledger_rows < args.years:
        parser.error("县区数至少 1，年数至少 2，台账行数不少于年数")
    started = time.perf_counter()
    sample = load_sample()
    sample.write_workbook(args.out, province_sheets(args.counties, args.years, args.ledger_rows))
    print(
        f"已生成：{args.out}（{args.out.stat().st_size / 1e6:.1f} MB，"
        f"{time.perf_counter() - started:.1f} 秒）"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
