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


def address_slip(address: str) -> tuple[str, str]:
    """Return (what is wrong with ``address``, the address it most likely is — "" when unsure)
    for an address ``is_valid_address`` refuses: 「ncx@nckj,example.cn」 → ("“.”写成了逗号",
    "ncx@nckj.example.cn")."""
    a = (address or "").strip()
    fixed = a.translate(_SLIPS).replace(" ", "").replace("\u3000", "")
    fixed = fixed.replace(",", ".").replace("。", ".")
    likely = fixed if fixed != a and is_valid_address(fixed) else ""
    if re.search(r"[,，]", a):
        why = "“.”写成了逗号"
    elif "。" in a:
        why = "“.”写成了句号“。”"
    elif re.search(r"[\uff01-\uff5e]", a):
        why = "含全角字符"
    elif re.search(r"\s", a):
        why = "含空格"
    elif re.search(r"[\u4e00-\u9fff]", a):
        why = "含汉字"
    elif a.count("@") != 1:
        why = "缺少“@”" if "@" not in a else "有多个“@”"
    elif a.endswith("@") or "." not in a.split("@", 1)[1]:
        why = "“@”后缺少完整的域名（如 example.cn）"
    else:
        why = "格式不对"
    return why, likely


# full-width letters, digits, ＠ and ． typed with a Chinese input method
_SLIPS = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}


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


@dataclass(frozen=True)
class Unsendable:
    """A 收件人 row no mail can go to: no 邮箱, or one that is no address (qa12b F14)."""

    label: str  # 长兴县科技局（收件人 B6）
    department: str = ""
    cc: bool = False
    address: str = ""  # the invalid address as typed; "" when the cell is empty
    why: str = ""  # what is wrong with it (address_slip)
    likely: str = ""  # the address it most likely is

    def told(self) -> str:
        """Return the row and what is wrong, as the screen says it."""
        if not self.address:
            return self.label
        fix = f"，应为「{self.likely}」" if self.likely else ""
        return f"{self.label}的邮箱「{self.address}」{self.why}{fix}"


class Recipients(list):
    """The recipients read from a 收件人 sheet; ``missing`` lists the rows without an address
    ("长兴县科技局（收件人!B6）") and ``invalid`` those whose address is no address
    ("ncx@nckj,example.cn"): they are skipped, and the screen names them. ``unsendable`` holds
    both as ``Unsendable`` rows (their 科室, 抄送)."""

    missing: list[str]
    invalid: list[str]
    unsendable: list[Unsendable]

    def __init__(self, people=(), missing=(), unsendable=()):
        super().__init__(people)
        self.unsendable = list(unsendable) or [Unsendable(m) for m in missing]
        self.missing = [u.label for u in self.unsendable if not u.address]
        self.invalid = [u.told() for u in self.unsendable if u.address]


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
    unsendable: list[Unsendable] = []  # the rows without an address, or with one no mail reaches
    for row in table.rows:
        v = row.values
        address = (v.get("邮箱") or "").strip()
        who = str(v.get("姓名") or v.get("科室") or "").strip()
        label = f"{who}（{table.sheet} {row.cells.get('邮箱', '')}）"
        if not address:
            if who:
                unsendable.append(Unsendable(label, str(v.get("科室") or "").strip(), bool(v.get("抄送"))))
            continue
        if not is_valid_address(address):
            # one typo skips that person, as an empty cell does; the others still get the
            # report (qa12b F14: a comma in one address stopped all mail)
            why, likely = address_slip(address)
            unsendable.append(Unsendable(label if who else f"{table.sheet} {row.cells.get('邮箱', '')}",
                                         str(v.get("科室") or "").strip(), bool(v.get("抄送")),
                                         address, why, likely))
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
        unsendable = [u for u in unsendable if u.department == county or u.cc]
    return Recipients(people, unsendable=unsendable)


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
