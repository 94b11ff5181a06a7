"""Who receives a report (收件人): the workbook's 收件人 sheet or addresses on the command line."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kjreport.errors import CheckFailed, Problem
from kjreport.mail.errors import MailError

# Deliberately strict: what Outlook, Foxmail and the big Chinese hosts accept, ASCII only.
_ADDRESS = re.compile(
    r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)+$"
)


@dataclass(frozen=True)
class Recipient:
    """One person a report goes to."""

    name: str
    address: str
    department: str = ""  # 科室 or 县区 (a county's 通报 goes to its own county's contacts)
    cc: bool = False  # 抄送
    where: str = ""  # 收件人!B5, or "命令行"


def is_valid_address(address: str) -> bool:
    """Return True for a plain ASCII mail address (name@host.domain)."""
    return bool(_ADDRESS.match(address or ""))


def from_command_line(addresses: list[str]) -> list[Recipient]:
    """Return recipients for ``--to`` addresses; raise MailError naming every invalid one."""
    bad = [a for a in addresses if not is_valid_address(a.strip())]
    if bad:
        raise MailError(
            "以下邮箱地址无效："
            + "、".join(f"「{a}」" for a in bad)
            + "；应为 name@example.com 的形式。"
        )
    return [Recipient("", a.strip(), where="命令行") for a in addresses]


class Recipients(list):
    """The recipients read from a 收件人 sheet; ``missing`` lists the rows without an address
    ("长兴县科技局（收件人!B6）"): they are skipped, and the screen names them."""

    missing: list[str]

    def __init__(self, people=(), missing=()):
        super().__init__(people)
        self.missing = list(missing)


def read_recipients(workbook: Path | str, *, county: str | None = None) -> Recipients:
    """Return the 收件人 sheet's recipients (only ``county``'s and 抄送 ones when given); the
    rows with a name but no 邮箱 are left out and listed in ``.missing``.

    Raise CheckFailed naming every bad cell (an invalid address, a missing name) at once.
    """
    from kjreport.report import open_source
    from kjreport.workbook.schema import RECIPIENTS, canonical
    from kjreport.workbook.tables import read_table

    source = open_source(workbook)
    sheets = {canonical(n): n for n in source.sheet_names()}
    if canonical(RECIPIENTS.name) not in sheets:
        raise MailError(
            f"工作簿 {source.label} 中没有「收件人」表；请添加该表（姓名 | 邮箱 | 科室 | 抄送），"
            f"或用 --to 直接给出收件地址。"
        )
    problems: list[Problem] = []
    table = read_table(
        source.location, source.read_sheet(sheets[canonical(RECIPIENTS.name)]), RECIPIENTS, problems
    )
    people = []
    missing: list[tuple[str, str]] = []  # (科室, who and where) of the rows without an address
    for row in table.rows:
        v = row.values
        address = (v.get("邮箱") or "").strip()
        if not address:
            who = str(v.get("姓名") or v.get("科室") or "").strip()
            if who:
                missing.append((str(v.get("科室") or "").strip(),
                                f"{who}（{table.sheet} {row.cells.get('邮箱', '')}）"))
            continue
        if address and not is_valid_address(address):
            problems.append(
                Problem(
                    source.location,
                    table.sheet,
                    row.cells["邮箱"],
                    f"「{address}」不是有效的邮箱地址",
                    "应为 name@example.com 的形式",
                )
            )
            continue
        if address:
            people.append(
                Recipient(
                    v.get("姓名") or "",
                    address,
                    v.get("科室") or "",
                    bool(v.get("抄送")),
                    f"{table.sheet}!{row.cells['邮箱']}",
                )
            )
    errors = [p for p in problems if p.severity == "错误"]
    if errors:
        raise CheckFailed(errors)
    if county is not None:
        people = [p for p in people if p.department == county or p.cc]
        missing = [m for m in missing if m[0] == county]
    return Recipients(people, [who for _, who in missing])


# what ends the name of a unit rather than a person: 局办公室, 高新科, 丛台区科技局 …
_UNIT_ENDINGS = ("办公室", "室", "科", "局", "处", "部", "中心", "委", "办", "组", "站", "所", "院", "厅",
                 "队", "会", "司", "公司", "单位", "区", "县", "市", "镇", "乡", "街道", "园区", "全体", "领导")


# what ends a name typed with its title (王局长, 李科长): addressed by it alone, never “王局长同志”
_TITLES = ("局长", "科长", "处长", "主任", "书记", "部长", "厅长", "市长", "县长", "区长", "镇长", "站长",
           "所长", "院长", "主席", "秘书长", "调研员", "总经理", "经理", "老师", "教授", "总工", "队长", "组长")


def is_person(name: str) -> bool:
    """Return True when ``name`` (the 收件人 sheet's 姓名) is a person — addressed as “××同志” —
    rather than a unit such as 局办公室 or a name with its title such as 王局长 (both addressed
    by the name alone)."""
    name = (name or "").strip()
    if not name or name.endswith(_TITLES):
        return False
    if not any("\u4e00" <= ch <= "\u9fff" for ch in name):
        return True  # a Latin name
    return len(name) <= 4 and not name.endswith(_UNIT_ENDINGS)
