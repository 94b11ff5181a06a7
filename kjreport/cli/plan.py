"""Commands: ``kjreport plan show`` and ``kjreport plan import`` (工作意见 → 工作簿)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from kjreport.cli.app import CONTEXT_SETTINGS, main

if TYPE_CHECKING:
    from kjreport.plan import PlanImportResult
    from kjreport.plan.checklist import PlanReview


def import_plan(path: Path, **kwargs) -> PlanImportResult:
    """Return the parsed plan (the parser is imported only when a plan command runs)."""
    from kjreport.plan import import_plan as parse

    return parse(path, **kwargs)


@main.group(context_settings=CONTEXT_SETTINGS)
def plan() -> None:
    """工作意见：识别年度工作意见的结构（部分、节、条）和量化目标，写入工作簿。

    \b
    kjreport plan show   工作意见.docx               只显示识别结果
    kjreport plan import 工作意见.docx 工作簿.xlsx   写入「工作意见」「目标任务」两张表
    """


YEAR_HELP = (
    "取哪一年的目标（工作意见并列多个年度时）；默认取工作簿「设置」中的年度或工作意见标题中的年份。"
)


@plan.command("show")
@click.argument("plan_file", metavar="工作意见", type=click.Path(path_type=Path))
@click.option("--year", "year", type=int, help=YEAR_HELP)
def show(plan_file: Path, year: int | None) -> None:
    """显示从工作意见（.txt、.docx、.pdf 或 Excel 目标任务分解表 .xlsx）中识别出的结构和目标，不写入任何文件。"""
    result = import_plan(plan_file, require_targets=False, year=year)
    print_result(result)


@plan.command("import")
@click.argument("plan_file", metavar="工作意见", type=click.Path(path_type=Path))
@click.argument("workbook", metavar="工作簿", type=click.Path(path_type=Path))
@click.option("--year", "year", type=int, help=YEAR_HELP)
@click.option("--dry-run", is_flag=True, help="只显示识别结果，不写入工作簿。")
@click.option("--force", is_flag=True, help="「目标任务」中有手工修改（目标值、责任科室、手工添加的行）时，仍用工作意见覆盖。")
def import_(plan_file: Path, workbook: Path, year: int | None, dry_run: bool, force: bool) -> None:
    """把工作意见（.txt、.docx、.pdf 或 Excel 目标任务分解表 .xlsx）导入工作簿的「工作意见」和「目标任务」两张表。

    工作簿不存在时新建一个只含这两张表的 .xlsx；已存在时只替换这两张表，其余内容原样保留，
    并在工作簿旁的 .kjreport-backup 文件夹中保留原文件备份。
    """
    result = import_plan(plan_file, year=year or _workbook_year(workbook), structure_only=True)
    review = print_result(result)
    _say_no_targets(result)
    if dry_run:
        click.echo("（试运行：未写入工作簿。）")
        return
    from kjreport.plan.export import hand_edits, write_plan

    edits = hand_edits(workbook, result.targets)
    if edits and not force:
        click.echo(f"\n{workbook.name} 的「目标任务」有 {len(edits)} 处手工修改，重新导入会覆盖：")
        for edit in edits:
            click.echo(f"  {edit}")
        raise click.ClickException(
            f"未写入 {workbook.name}：为免丢失上面的手工修改，工作簿保持原样。"
            "如确要用工作意见覆盖「目标任务」，请加 --force 重新运行；否则请在工作簿中直接修改。"
        )
    outcome = write_plan(workbook, result.plan, result.targets, review.flags)
    nodes = sum(1 for _ in result.plan.walk())
    if outcome.created:
        click.echo(
            f"已新建工作簿 {outcome.workbook}，只含「工作意见」（{nodes} 行）和「目标任务」"
            f"（{len(result.targets)} 行）两张表；其余工作表可用 kjreport init 生成。"
        )
    else:
        click.echo(
            f"已写入 {outcome.workbook} 的「工作意见」（{nodes} 行）和「目标任务」"
            f"（{len(result.targets)} 行）两张表，其余内容未改动。"
        )
        if outcome.backup:
            click.echo(f"原工作簿已备份为 {outcome.backup}。")


def print_result(result: PlanImportResult) -> PlanReview:
    """Print the plan tree, the targets and everything the user must look at; return the review
    shown (its flags are the 核对提示 written, so it is worked out once)."""
    from rich.console import Console
    from rich.table import Table

    console = Console(width=max(Console().width, 100))
    heading = result.title or result.source.name
    from kjreport.plan.rollover import plan_period

    period = plan_period([result.title], 0) if not result.year else None
    # a multi-year plan's title names its period: 实施方案（2023—2025）
    year = f"（{result.year}年）" if result.year else "" if period and period.first else "（原文未写年份）"
    console.print(f"[bold]{heading}[/bold]{year}")

    tree = Table(title="工作意见结构", show_lines=False)
    for name in ("编号", "层级", "标号", "标题"):
        tree.add_column(name, overflow="fold")
    for node in result.plan.walk():
        indent = {"总": "", "部分": "", "节": "  ", "条": "    "}[node.level]
        tree.add_row(node.code, node.level, node.label, indent + node.title)
    console.print(tree)

    taken = f"{result.target_year}年，" if result.target_year else ""
    from kjreport.plan.checklist import review_plan

    review = review_plan(result)
    targets = Table(title=f"量化目标（{taken}{len(result.targets)} 项）")
    flagged = any(review.flags)  # the 核对 column only when a reading is doubtful
    if flagged:
        console.width = max(console.width, 120)
    for name in ("指标", "目标", "类型", "所属条目", "责任科室", "数据来源", *(("核对",) if flagged else ())):
        targets.add_column(name, overflow="fold")
    from kjreport.plan.init import without_counties
    from kjreport.plan.sources import builtin_source

    # the same match check and fill make: a synonym of a built-in is computed, not reported
    sources = {t.indicator: builtin_source(t.indicator) for t in result.targets}
    county_bureau = without_counties(result)  # no 县区 under it: init gives such figures a row
    from kjreport.plan.init import units_sheet_word
    from kjreport.workbook import unitsheets

    unit_word = units_sheet_word(result, county_bureau=county_bureau)
    units_sheet = unitsheets.named_for(unit_word)[unitsheets.COUNTY]
    if county_bureau and unit_word:  # the bureau's own figure in 科室数据, its units' in their sheet (qa11b F17)
        own_row = (f"科室数据：同名一行（{_whole(result)}数由科室报送；"
                   f"各{unitsheets.word_of(units_sheet)}的数填「{units_sheet}」）")
    else:
        own_row = "科室数据：同名一行（县级科技局没有下辖县区，直接填写本级数）"
    for k, t in enumerate(result.targets):
        found = sources[t.indicator]
        if found is None:
            name, source = f"{t.indicator}（上报指标）", "科室数据：同名一行"
        else:
            builtin, source = found
            if county_bureau and source.startswith(unitsheets.COUNTY):
                source = own_row
            same = builtin == t.indicator or (
                t.kind in ("新增", "净增") and t.indicator.endswith(builtin)
            )
            name = t.indicator if same else f"{t.indicator}（即{builtin}）"
        flag = review.flags[k]
        targets.add_row(
            name,
            target_text(t),
            t.kind_label,
            "、".join(t.plan_items),
            t.department,
            source,
            *((f"[bold red]{flag}[/bold red]" if flag else "",) if flagged else ()),
        )
    console.print(targets)
    if any(sources[t.indicator] is None for t in result.targets):
        click.echo(
            "标「上报指标」的没有内置算法，按原文名称建立，由科室报送：请在「科室数据」中填写同名一行"
            f"（或在「{units_sheet}」中加同名一列），即可计算完成情况（kjreport fill --list 可查同义词）。"
        )
    _print_review(review, result)
    from kjreport.plan.checklist import UNLIKELY_TITLE

    where = result.unit_word
    for title, items in (
        (
            "以下 {n} 处数字未能读懂，未作为目标导入，请核对后在「目标任务」表中手工补充：",
            result.unmapped,
        ),
        ("以下 {n} 处是其他年度的目标，未导入（可用 --year 指定年度）：", result.other_years),
        ("以下 {n} 处是往年实绩或现状，不是目标，未导入：", result.past),
        (
            "以下 {n} 处数字看来是往年实绩（所在段落是总结、回顾或成效），未作为目标导入（如有误请手工加入）：",
            result.results,
        ),
        ("以下 {n} 处数字是说明或统计范围，不是目标，未导入：", result.not_targets),
        (UNLIKELY_TITLE, result.unlikely),
    ):
        if items:
            click.echo("\n" + title.format(n=len(items)))
            groups: dict[tuple, list[str]] = {}
            for u in items:  # one line per sentence: 「20位」「65%」…
                groups.setdefault((u.line, u.item, u.reason, u.sentence), []).append(u.quantity)
            for (line, item, reason, sentence), quantities in groups.items():
                shown = "".join(f"「{q}」" for q in quantities)
                click.echo(
                    f"  {result.at(line)}（条目 {item}）{shown}{reason}。原文：{_short(sentence, 60)}"
                )
    if result.unplaced:
        click.echo(
            f"\n以下 {len(result.unplaced)} {where}的结构需要核对（编号不连续或无法归入某一部分）："
        )
        for n in result.unplaced:
            click.echo(f"  {result.at(n.line)}：{n.reason}。原文：{_short(n.text)}")
    if result.notes:
        click.echo("\n提示：")
        for note in result.notes:
            click.echo(f"  {note}")
    if result.ignored:
        lines = "、".join(str(n.line) for n in result.ignored)
        click.echo(
            f"\n已忽略 {len(result.ignored)} {where}{_ignored_kinds(result.ignored)}（第 {lines} {where}）。"
        )
    return review


def _ignored_kinds(ignored) -> str:
    """Return what the ignored lines were: a web page's furniture and signatures, or a PDF's page
    numbers and running header (qa21: "— 1 —" was called 网页页眉页脚)."""
    pdf = {"页码，已忽略": "页码", "PDF 页眉，已忽略": "页眉"}
    kinds = [pdf[n.reason] for n in ignored if n.reason in pdf]
    if not kinds:
        return "网页页眉页脚或署名"
    found = "和".join(k for k in ("页码", "页眉") if k in kinds)
    return f"PDF 的{found}" if len(kinds) == len(ignored) else f"PDF 的{found}、网页页眉页脚或署名"


def _whole(result: PlanImportResult) -> str:
    """Return the whole the bureau's own figure stands for: 全市 (临清市), 全县 (环县)."""
    from kjreport.plan.init import bureau_place
    from kjreport.text.phrases import scope

    return scope(bureau_place(result))


def _print_review(review, result: PlanImportResult) -> None:
    """Print the targets the clerk should check first, with their lines, and the lines that may
    hold a target nothing was read from (each where the clerk finds it: ``PlanImportResult.at``)."""
    where = result.unit_word
    flagged = review.flagged()
    if flagged:
        numbers = sorted({line for _, _, line, _ in flagged if line is not None})
        lines = "、".join(str(n) for n in numbers)
        at = f"（原文第 {lines} {where}）" if lines else ""
        if any(n in result.places for n in numbers):
            at = f"（原文{'、'.join(result.at(n) for n in numbers)}）"
        click.echo(
            f"\n请重点核对以下 {len(flagged)} 项{at}，读法有疑点（括号中是原因；写入「目标任务」时"
            "记在「核对提示」列，核对或改正后清空该格即可；未清空的行是须核对项，核对前不能生成正式总结）："
        )
        for _, t, line, flag in flagged:
            place = f"{result.at(line)}，" if line is not None else ""
            click.echo(f"  {t.indicator} {target_text(t)}（{place}{flag}）")
    if review.misses:
        click.echo(
            f"\n以下 {len(review.misses)} 处有数字和“力争”“达到”“新增”等目标用语，却没有读出目标，"
            "可能遗漏，请对照原文，需要时在「目标任务」中手工补充："
        )
        for miss in review.misses:
            click.echo(f"  {result.at(miss.line)}「{miss.quantity}」。原文：{_short(miss.text, 60)}")
    goals = getattr(review, "goals", [])
    if goals:  # qa12b F38: a headline goal without a number is no figure to import, but no less a goal
        click.echo(
            f"\n以下 {len(goals)} 项目标没有数字，未导入「目标任务」；总结不会自动写到，请在「工作进展」中"
            "写明完成情况（「条目编号」填所在条目，主要目标填“总”）："
        )
        for goal in goals:
            click.echo(f"  {result.at(goal.line)}「{goal.quantity}」")


def _say_no_targets(result: PlanImportResult) -> None:
    from kjreport.plan import no_targets_note

    note = no_targets_note(result)
    if note:
        click.echo("\n" + note)


def target_text(t) -> str:
    """Return a target as a reader writes it: ≥300家, 2–3个, ≥3.3%（争取3.4%）, 增长≥15%."""
    value = _num(t.value)
    if t.comparison == "区间" and t.upper is not None:
        text = f"{value}–{_num(t.upper)}{t.unit}"
    else:
        text = f"{t.comparison}{value}{t.unit}"
    if t.stretch is not None:
        text += f"（争取{_num(t.stretch)}{t.unit}）"
    return text


def _num(value: float) -> str:
    return f"{value:g}" if not float(value).is_integer() else str(int(value))


def _workbook_year(workbook: Path) -> int | None:
    """Return the 年度 in an existing workbook's 设置 sheet, or None (no workbook, no year)."""
    if not Path(workbook).exists():
        return None
    try:
        from kjreport.dataset import read_settings_table
        from kjreport.workbook.numbers import year_with_suffix

        text = read_settings_table(workbook).get("年度", "")
        return year_with_suffix(text) or (int(float(text)) if text else None)
    except Exception:  # noqa: BLE001 — an unreadable workbook is reported when it is written
        return None


def _explain_projects(outcome, year: int) -> None:
    """Say why last years' projects are in the new 项目台账 and what to do with it."""
    if outcome.projects_dropped:
        click.echo(f"项目台账中 {outcome.projects_dropped} 行更早年度的项目未沿用（--project-years）。")
    if outcome.project_years is None:
        return
    first, last = outcome.project_years
    span = f"{first}年" if first == last else f"{first}–{last}年"
    click.echo(
        f"「项目台账」中是{span}的项目，用于计算同比和历年比较，请保留（删除后上年项目数按 0 计算，会误写成“实现零的突破”）；"
        f"{year}年的项目接在后面填写，年度填 {year}。"
    )


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


@main.command("init", context_settings=CONTEXT_SETTINGS)
@click.option("--year", "year", type=int, required=True, help="新工作簿的年度，如 2012。")
@click.option(
    "--from",
    "previous",
    type=click.Path(path_type=Path),
    help="上年工作簿：县区数据（乡镇数据等，表名沿用）转为县区上年数据，科室本年数转为上年数，台账和设置沿用。",
)
@click.option(
    "--plan", "plan_file", type=click.Path(path_type=Path), help="新年度工作意见（.txt、.docx、.pdf 或 Excel 目标任务分解表 .xlsx）。"
)
@click.option(
    "--project-years",
    type=click.IntRange(min=1),
    metavar="年数",
    help="与 --from 一起使用：项目台账只沿用最近几年的项目（默认全部）。计算同比需要上一年的项目，"
    "所以至少为 1；往年项目越多，历年比较越完整。",
)
@click.option(
    "--keep-plan",
    is_flag=True,
    help="与 --from 一起使用：上年的工作意见是仍适用的多年方案时，沿用其「工作意见」「目标任务」"
    "（方案写明了期限，如「2023—2025年」，init 会自行判断）。",
)
@click.argument("output", metavar="[新工作簿]", required=False, type=click.Path(path_type=Path))
def init(
    year: int,
    previous: Path | None,
    plan_file: Path | None,
    project_years: int | None,
    keep_plan: bool,
    output: Path | None,
) -> None:
    """新建下一年度的工作簿：带下拉选项、数字格式和填写提示，供各科室、县区填报。

    不指定文件名时在当前文件夹生成「<年度>年工作簿.xlsx」；已存在的文件不会被覆盖。
    """
    from kjreport.plan.init import create_workbook

    result = import_plan(plan_file, year=year, structure_only=True) if plan_file else None
    review = None
    if result is not None:
        review = print_result(result)
        _say_no_targets(result)
    out = output or Path(f"{year}年工作簿.xlsx")
    if project_years is not None and previous is None:
        raise click.UsageError("--project-years 要与 --from 上年工作簿 一起使用。")
    if keep_plan and (previous is None or plan_file is not None):
        raise click.UsageError("--keep-plan 要与 --from 上年工作簿 一起使用，且不能同时指定 --plan。")
    outcome = create_workbook(out, year, previous, result, project_years, keep_plan, review=review)
    click.echo(f"已新建 {year} 年工作簿 {outcome.path}（{len(outcome.sheets)} 张工作表）。")
    from kjreport.workbook.unitsheets import UNIT_SHEETS

    if outcome.unit_sheets != UNIT_SHEETS:  # a county bureau's 乡镇数据 …
        click.echo(f"各单位的本年数填在「{outcome.unit_sheets[0]}」，上年同期数填在「{outcome.unit_sheets[1]}」。")
    if previous:
        carried = "，".join(f"「{name}」{n} 行" for name, n in outcome.carried.items())
        click.echo(f"从 {previous.name} 沿用：{carried}；{outcome.unit_word} {len(outcome.counties)} 个。")
        _explain_projects(outcome, year)
    for note in outcome.plan_notes:
        click.echo(note)
    if result is None and not outcome.plan_carried:
        empty = "「工作意见」表为空" if outcome.targets else "「工作意见」「目标任务」两表为空"
        click.echo(f"{empty}，可用 kjreport plan import 工作意见 工作簿 导入。")
    elif result is not None:
        click.echo(f"已导入工作意见的结构和 {outcome.targets} 项目标。")


@main.command("collect", context_settings=CONTEXT_SETTINGS)
@click.argument("master", metavar="汇总表", type=click.Path(path_type=Path, dir_okay=False))
@click.argument(
    "files",
    metavar="报送文件…",
    nargs=-1,
    required=True,
    type=click.Path(path_type=Path, dir_okay=False),
)
@click.option(
    "--prefer",
    metavar="newest|master|文件名",
    help="数值不一致时的取舍：newest 取最近修改的文件，master 保留汇总表原值，或以指定的文件为准。",
)
@click.option(
    "--as",
    "owners",
    metavar="文件名=单位",
    multiple=True,
    help="指定某个报送文件属于哪个县区或科室（无法自动判断时使用，可多次使用）。",
)
@click.option("--dry-run", is_flag=True, help="只显示将合并的内容，不写入汇总表。")
def collect_command(
    master: Path,
    files: tuple[Path, ...],
    prefer: str | None,
    owners: tuple[str, ...],
    dry_run: bool,
) -> None:
    """把各科室、县区填报的副本合并回汇总表。

    \b
    每个文件只合并它自己的行：县区文件合并本县区在「县区数据」「县区上年数据」中的行和
    台账中本县区的行；科室文件合并本科室在「科室数据」「工作进展」中的行、「项目台账」中
    责任科室为本科室的行和「企业台账」「平台台账」中的行。属于哪个单位由文件内容或文件名
    判断，无法判断时用 --as 文件名=单位 指定。汇总表没有的行追加在末尾，已有的行补填空白
    单元格；空白单元格不会清除汇总表的数据。
    \b
    两个文件对同一单元格给出不同数值，或与汇总表已有数值不同，列出冲突且不合并任何数据，
    除非用 --prefer 指定取舍；年度不符或有错误数据的文件同样不合并。写入方式与 fill 相同：
    一次原子替换，写入前备份。
    """
    from kjreport.collect import CollectError, collect
    from kjreport.workbook.filekind import open_elsewhere

    for copy in files:  # copies are only read: say which ones are read as last saved
        note = open_elsewhere(copy)
        if note:
            click.echo(f"[提示] {copy.name} {note}：读取的是最近一次保存的内容，尚未保存的修改不会合并"
                       "（保存后再运行一次本命令即可补上）。")
    mapping = _owner_options(owners, files)
    try:
        plan = collect(master, list(files), prefer=prefer, owners=mapping, dry_run=dry_run)
    except CollectError as exc:
        if exc.plan is not None:
            _print_collect(exc.plan, dry_run)
        raise
    _print_collect(plan, dry_run)


def _owner_options(values: tuple[str, ...], files: tuple[Path, ...]) -> dict[str, str]:
    """Return file → unit from ``--as`` values ("文件名=单位", or "单位" with one file)."""
    from kjreport.collect import CollectError

    mapping: dict[str, str] = {}
    for value in values:
        file, sep, unit = value.rpartition("=")
        if not sep:
            if len(files) != 1:
                raise CollectError(
                    f"--as「{value}」没有写文件名；有多个报送文件时请写成 --as 文件名=单位。"
                )
            file, unit = files[0].name, value
        mapping[file.strip()] = unit.strip()
    return mapping


def _print_collect(plan, dry_run: bool) -> None:
    """Print what each copy contributes, what was ignored, and the outcome."""
    from rich.console import Console
    from rich.table import Table

    for copy in plan.copies:
        if copy.ignored:
            shown = "；".join(copy.ignored[:5]) + (
                f" 等 {len(copy.ignored)} 行" if len(copy.ignored) > 5 else ""
            )
            who = copy.owner.name if copy.owner else "未识别单位"
            click.echo(f"提示：{copy.label} 中不属于{who}的修改未合并：{shown}。")
    for hint in plan.hints:
        click.echo(str(hint))
    if plan.conflicts or plan.errors:
        return  # the error lists them; nothing is merged
    console = Console(width=110, highlight=False)
    table = Table(title="各报送文件合并内容" + ("（演练，未写入）" if dry_run else ""))
    for col in ("报送文件", "单位", "工作表", "更新行", "新增行", "单元格"):
        table.add_column(col)
    for copy in plan.copies:  # a unit is called as the master's documents and unit sheets call it
        kind = copy.owner.kind if copy.owner is None or copy.owner.kind != "县区" else plan.unit_word
        owner = "未识别" if copy.owner is None else f"{copy.owner.name}（{kind}）"
        mine = [c for c in plan.contributions if c.file == copy.label]
        if not mine:
            table.add_row(copy.label, owner, "（无新数据）", "0", "0", "0")
        for c in mine:
            table.add_row(
                copy.label, owner, c.sheet, str(c.rows - c.added), str(c.added), str(c.cells)
            )
    console.print(table)
    if dry_run:
        for change in plan.changes[:40]:
            old = "空" if change.old is None else change.old
            click.echo(
                f"  {change.sheet}!{change.cell}：{old} → {change.new}（{'、'.join(change.files)}）"
            )
        if len(plan.changes) > 40:
            click.echo(f"  ……另有 {len(plan.changes) - 40} 个单元格")
    if not plan.changes:
        click.echo(f"没有需要合并的新数据，汇总表 {plan.master.name} 未改动。")
    elif dry_run:
        click.echo(f"将修改汇总表 {plan.master.name} 的 {plan.cells} 个单元格（演练，未写入）。")
    else:
        click.echo(f"已合并到 {plan.master.name}：共修改 {plan.cells} 个单元格。")
        if plan.backup:
            click.echo(f"原文件已备份到 {plan.backup}")
        if plan.recalc:
            sheets = "、".join(f"「{name}」" for name in plan.recalc)
            click.echo(
                f"注意：{sheets}工作表中有公式引用了合并进来的数据，其原有计算结果已清除，需要重新计算："
                f"请在 Excel、WPS 或 LibreOffice 中打开 {plan.master.name} 并保存一次"
                f"（打开时会自动重算），之后 kjreport check / fill 才能读到这些公式的新结果。"
            )
