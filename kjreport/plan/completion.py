"""A completion report's lines that state each target beside its result, read as a target and a result.

A 目标任务完成情况 report lists one indicator a line: ``1.高新技术企业：年度目标净增50家，实际净增62家，
完成率124%``. Read as one sentence, its 实际/完成率 make the whole line a result and the name of the
target is lost after the colon (``年度 ≥30亿元``). Each such line is rewritten as the two sentences it
holds — ``力争高新技术企业净增50家。`` and ``截至目前，高新技术企业实际净增62家，完成率124%。`` — so
that the year's target is read and the result listed; the clerk is shown the line as written.
Pure lines in, lines out; ``parse`` calls it with the other table readers.
"""

from __future__ import annotations

import re

from kjreport.plan.reader import PlanLine
from kjreport.plan.text import normalize

TASK_AND_RESULT = re.compile(
    r"^(?P<lead>\s*(?:\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,2}[)）])?\s*)"
    r"(?P<name>[^：:，。；\d]{2,24})[：:]\s*"
    r"(?:年度|全年|本年度?|今年)?(?:目标|任务)(?:任务|值|数)?(?:为|是)?[：:]?\s*"
    r"(?P<task>[^，。；]*?\d[^，。；]*?)[，；]\s*"
    # ("目标120家，完成135家": the result named by 完成 alone)
    r"(?P<result>(?:(?:全年)?(?:实际|已|累计|完成(?!率))"
    # (a progress report's result so far: "上半年完成0.9亿元", "1-9月新增6家", "截至6月底已…")
    r"|(?:上半年|前三季度|(?:第)?[一二三]季度|1\s*[-—～~至]\s*\d{1,2}\s*月份?|截至[^，。；]{0,10}?)[，,]?"
    r"(?:实际|已|累计|完成|新增|净增|实现|达到|共)"
    r")[^。]*?)[。；]?\s*$"
)
# a 重点工作完成情况 table pasted without its cell breaks: 类别, 序号, the task, the lead unit and what it
# did, run together: "经济社会发展主要预期目标1地区生产总值增长6%左右。区发展改革委西城区地区生产总值
# 增速由年初设定的6%左右调整为……" (西城 2020)
TABLE_ROW = re.compile(
    r"^(?P<lead>\s*[\u4e00-\u9fff]{2,20}?(?:目标|任务|指标|工作)\d{1,2})"
    # (a task may state no figure: "居民人均可支配收入增长与经济增长基本同步")
    r"(?P<task>[^。；\d][^。；]*?)[。；]\s*"
    r"(?P<unit>(?:区|市|县|省)[\u4e00-\u9fff]{1,10}?(?:委|局|办|厅|中心|院|处|室))"
    r"(?P<result>[\u4e00-\u9fff\d（(].*?)[。；]?\s*$"
)
# the same table numbered row by row, without its category: "1 地区生产总值增长6%以上。 区发展改革委 地区
# 生产总值同比增长2.9%。" (铜梁 2025, 目标任务 | 责任单位 | 上半年推进情况)
NUMBERED_TABLE_ROW = re.compile(
    r"^(?P<lead>\s*\d{1,3}[、.．]\s*)"
    r"(?P<task>[^。；\d][^。；]*?)[。；]\s*"
    r"(?P<unit>(?:区|市|县|省)[\u4e00-\u9fff]{1,10}?(?:委|局|办|厅|中心|院|处|室|联社))"
    r"(?P<result>[\u4e00-\u9fff][^。；]*?(?:同比|已|累计|完成)[^。；]*?\d.*?)[。；]?\s*$"
)
# a progress report's line that states the year's plan, then the result so far: "——全年地区生产总值
# 计划增长9%。上半年完成603.26亿元，同比增长7.9%。", "——全年计划实施重大项目179项……。上半年全区实施……"
PLAN_AND_PROGRESS = re.compile(
    r"^(?P<lead>\s*(?:——|\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,2}[)）])?\s*)"
    r"(?:全年|年度|本年度?|今年)(?P<name>[^：:，。；\d]{0,24}?)(?:计划|目标)(?:为|是)?[：:]?\s*"
    r"(?P<task>[^。；]*?\d[^。；]*?)[。；]\s*"
    r"(?P<result>(?:上半年|前三季度|(?:第)?[一二三]季度|1\s*[-—～~至]\s*\d{1,2}\s*月份?|截至[^，。；]{0,10}?).*?)[。；]?\s*$"
)
# a progress report's line that states a year's task by its year, then the result so far: "2021年全省水利
# 投资确保完成500亿元。1~7月全省水利完成投资349.9亿元、完成率70.0%。", "年度任务完成情况:2021年全省
# 海塘安澜等重大水利项目建设年度计划投资200亿元。1~7月,完成投资150.2亿元……" (浙江 2021, under
# "一、全省水利投资完成情况": the task stays a target, its year decides which year's)
YEAR_TASK_AND_PROGRESS = re.compile(
    r"^(?P<lead>\s*(?:[^：:，。；\d]{2,12}[：:])?\s*)"
    r"(?P<task>(?:19|20)\d\d\s*年度?[^：:，。；\d]{2,30}?(?:确保完成|确保|力争|年度计划|计划)[^。；]*?\d[^。；]*?)[。；]\s*"
    r"(?P<result>(?:上半年|前三季度|(?:第)?[一二三]季度|1\s*[-—～~至]\s*\d{1,2}\s*月份?|截至[^，。；]{0,10}?).*?)[。；]?\s*$"
)
# a progress report's line that states the year's task issued by the level above, then the result so
# far: "财政收入。2022市级下达年度目标3100万元，2022年1-5月份财政收入为252万，……", "市定任务新签约亿元以上
# 项目5个，……。截至目前，已签约项目3个，……" (金牛 2022)
_ISSUER = r"(?:[省市县区州](?:级|里|上)?(?:下达|下发)的?|[省市县区州]定的?|上级下达的?)"
ISSUED_AND_PROGRESS = re.compile(
    r"^(?P<lead>\s*(?:——|\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,2}[)）])?\s*)"
    r"(?:(?P<name>[^：:，。；\d]{2,12})[。．]\s*)?(?:\d{4}年?度?)?"
    rf"{_ISSUER}(?:年度|全年)(?:目标任务|目标|任务)(?:为|是)?[：:]?\s*"
    r"(?P<task>\d[^，。；]*?)[，；]\s*(?P<result>[^。]*?\d.*?)[。；]?\s*$"
    rf"|^(?P<lead2>\s*){_ISSUER}(?:年度|全年)?(?:目标任务|目标|任务)[：:，,]?\s*"
    r"(?P<tasks>[^。；]*?\d[^。；]*?)[。；]\s*(?P<result2>截至[^，。；]{0,10}?[，,].*?)[。；]?\s*$"
)
# a progress table's row pasted as a line, its cells parted by spaces: the year's task, then how far it
# has come: "2.募集青年就业见习岗位325个 完成330个,完成率101.54%", "3.90%的二级综合医院单独设置口腔科 已完成"
# (寿县 2023, 年度目标任务 | 完成进度); matched on the line as written, before spaces are dropped
TASK_THEN_PROGRESS = re.compile(
    r"^(?P<lead>\s*(?:\S[^。；]*?\s+)?\*?\d{1,2}[.、．])?"
    r"(?P<task>[^。；\s][^。；]*?\d[^。；]*?)\s+"
    r"(?P<result>已完成(?:[（(][^。]*)?|完成\d[^。\s]*?[，,]\s*完成率[^。\s]*)\s*$"
)
# the task's own verb or bound, kept; a bare figure is what the indicator is to reach
TASK_VERB = re.compile(r"^(?:新增|净增|增长|提高|提升|下降|降低|突破|达到|超过|不低于|不少于|控制在|保持在)")


# a line ``task_lines`` wrote: the target sentence, then the result sentence
REWRITTEN = re.compile(r"(?:力争|确保|计划)[^。]*\d[^。]*。截至目前，")


def task_lines(lines: list[PlanLine]) -> tuple[list[PlanLine], dict[str, str]]:
    """Return ``lines`` with each target-beside-result line rewritten as a target sentence and a
    result sentence, and for each sentence written the line it was read from."""
    out: list[PlanLine] = []
    sources: dict[str, str] = {}
    for line in lines:
        text = normalize(line.text)
        m = TASK_AND_RESULT.match(text)
        if (row := TASK_THEN_PROGRESS.match(line.text)) is not None and m is None:
            m = row
            task = normalize(m["task"]).strip()
            target = f"{'' if re.match(r'力争|确保|争取', task) else '力争'}{task}。"
            result = f"截至目前，{normalize(m['result']).strip()}。"
        elif m is not None:
            name, task = m["name"].strip(), m["task"].strip()
            verb = "" if TASK_VERB.match(task) else "达到"
            target = f"力争{name}{verb}{task}。"
            result = f"截至目前，{name}{m['result'].strip()}。"
        elif (m := TABLE_ROW.match(text)) or (m := NUMBERED_TABLE_ROW.match(text)):
            target = f"力争{m['task'].strip()}。"
            result = f"截至目前，{m['result'].strip()}。"
        elif (m := ISSUED_AND_PROGRESS.match(text)) and (m["name"] or m["tasks"]):
            if m["tasks"]:
                target = f"力争{m['tasks'].strip()}。"
                result = f"截至目前，{re.sub(r'^截至[^，。；]{0,10}?[，,]', '', m['result2'].strip())}。"
            else:
                name, task = m["name"].strip(), m["task"].strip()
                target = f"力争{name}{'' if TASK_VERB.match(task) else '达到'}{task}。"
                result = f"截至目前，{m['result'].strip()}。"
        elif m := YEAR_TASK_AND_PROGRESS.match(text):
            target = f"{m['task'].strip()}。"
            result = f"截至目前，{m['result'].strip()}。"
        elif m := PLAN_AND_PROGRESS.match(text):
            # (the result keeps its own subject or none: "上半年全区实施重大项目195项")
            target = f"力争{m['name'].strip()}{m['task'].strip()}。"
            result = f"截至目前，{m['result'].strip()}。"
        else:
            out.append(line)
            continue
        # (each sentence of a result that runs on: "上半年全区实施重大项目195项，完成投资137.29亿元。
        # (正式下达……有所调整。)")
        for said in (target, result, *re.findall(r"[^。]+。", result)):
            sources[said] = sources[said.rstrip("。")] = line.text.strip()
        out.append(PlanLine(line.number, _lead(m) + target + result, line.heading))
    return out, sources


def _lead(m: re.Match) -> str:
    """Return what the rewritten line keeps before its target: the item number (none for a table row)."""
    if m.re is TABLE_ROW:
        return ""
    if m.re is ISSUED_AND_PROGRESS:
        return m["lead"] or m["lead2"] or ""
    if m.re is TASK_THEN_PROGRESS:
        # (a row under its part's heading on the same line: "二、“新徽菜·名徽厨”行动(2项指标) *1.开展……":
        # the heading a sentence of its own)
        return re.sub(r"\s+\*?(?=\d{1,2}[.、．]$)", "。", m["lead"] or "")
    return m["lead"]
