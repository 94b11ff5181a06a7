"""The 收件人 sheet against the reporting units (QA7 F5): a 县区 notice goes to the contacts whose
科室 names that 县区, so a 科室 cell naming a place that is no 县区 of the workbook — a typo, a unit
of another city, 兰州 where 兰州市 and 兰州新区 both exist — leaves a 县区 without its notice.

Names the mail routing matches anyway (甘南州 for 甘南藏族自治州, 兰州市科技局 for 兰州市: see
``names.unit_named``) are not reported.
"""

from __future__ import annotations

from kjreport.checks import names
from kjreport.errors import Problem
from kjreport.workbook import unitsheets


def unmatched_units(file: str, table, counties: list[str], said: set[str] = frozenset(),
                    units_sheet: str = unitsheets.COUNTY) -> list[Problem]:
    """Return a 提示 for each 收件人 row whose 科室 names a place matching none of ``counties``, or
    is blank beside a 姓名 that names one of them (兰州市科技局). ``said``: names (folded) a county
    name error already quotes — 「七宝」可能是「七宝镇」 — whose 收件人 row needs no second word.
    ``units_sheet``: the unit sheet as the workbook calls it (乡镇数据)."""
    if table is None or "科室" not in table.columns or not counties:
        return []
    problems = []
    for row in table.rows:
        value = row.values.get("科室")
        person = row.values.get("姓名")
        if not value and names.looks_like_unit(person) and (unit := names.unit_named(person, counties)):
            problems.append(Problem(  # 兰州市科技局 typed as the 姓名, 科室 left blank (QA7 F5)
                file, table.sheet, row.cells.get("科室") or row.cells.get("姓名"),
                f"「姓名」栏写的是「{person}」，「科室」栏为空",
                f"县区通报按「科室」栏发给本县区的联系人：请在「科室」栏填写「{unit}」"
                f"（「姓名」栏可写联系人姓名），否则该联系人收不到「{unit}」的通报", "提示"))
            continue
        if value and not names.looks_like_unit(value) and names.fold(value) not in said:
            stem = [c for c in counties if names.township_stem(c) == str(value).strip() != c]
            if len(stem) == 1:  # 「魏湾」 for 魏湾镇: read as a 科室, the town's notice never reaches it (qa11b F11)
                problems.append(Problem(
                    file, table.sheet, row.cells.get("科室"),
                    f"「科室」栏的「{value}」不是「{units_sheet}」中的县区名称（是否为「{stem[0]}」？）",
                    f"县区通报只发给「科室」栏写明本县区的联系人；如是，请改为「{stem[0]}」，"
                    f"否则该联系人收不到「{stem[0]}」的通报", "提示"))
                continue
        if not value or not names.looks_like_unit(value) or names.unit_named(value, counties) is not None:
            continue
        if names.fold(value) in said:
            continue
        guess = names.same_place(value, counties)
        hint = f"是否应为「{guess}」？" if guess else ""
        problems.append(Problem(
            file, table.sheet, row.cells.get("科室"),
            f"「科室」栏的「{value}」与「{units_sheet}」中的县区都对不上{('（' + hint + '）') if hint else ''}",
            f"县区通报只发给「科室」栏写明本县区的联系人；请写成「{units_sheet}」中的名称"
            f"（如「{guess or counties[0]}」），否则该联系人收不到本县区的通报", "提示"))
    return problems


def missing_addresses(file: str, table) -> list[Problem]:
    """Return a 提示 for each 收件人 row with a name but no 邮箱 (qa11 F10): whose it is, and that
    ``send`` skips that person; a gap in the mailing list is no error of the data."""
    if table is None or "邮箱" not in table.columns:
        return []
    problems = []
    for row in table.rows:
        if (row.values.get("邮箱") or "").strip():
            continue
        who = str(row.values.get("姓名") or "").strip()
        unit = str(row.values.get("科室") or "").strip()
        if not who and not unit:
            continue
        named = f"「{who}」" + (f"（{unit}）" if unit and unit != who else "") if who else f"「{unit}」的联系人"
        problems.append(Problem(
            file, table.sheet, row.cells.get("邮箱"), f"{named}的「邮箱」为空",
            "kjreport send 发送时跳过此人，其他收件人照常发送；请填写邮箱（如 name@example.com），"
            "不再发给此人的请删除该行", "提示"))
    return problems


def invalid_addresses(file: str, table) -> list[Problem]:
    """Return a 提示 at each 收件人 邮箱 cell that is no mail address (「ncx@nckj,example.cn」):
    what is wrong, the address it most likely is, and that ``send`` skips that person and sends
    to the others (qa12b F14)."""
    from kjreport.mail.recipients import address_slip, is_valid_address

    if table is None or "邮箱" not in table.columns:
        return []
    problems = []
    for row in table.rows:
        address = str(row.values.get("邮箱") or "").strip()
        if not address or is_valid_address(address):
            continue
        who = str(row.values.get("姓名") or "").strip()
        unit = str(row.values.get("科室") or "").strip()
        named = (f"「{who}」" + (f"（{unit}）" if unit and unit != who else "")) if who else \
            (f"「{unit}」的联系人" if unit else "这一行")
        why, likely = address_slip(address)
        fix = f"应为「{likely}」？" if likely else "应为 name@example.com 的形式；"
        problems.append(Problem(
            file, table.sheet, row.cells.get("邮箱"),
            f"{named}的邮箱「{address}」不是有效的邮箱地址（{why}）",
            f"{fix}请改正；不改正时 kjreport send 跳过此人，其他收件人照常发送", "提示"))
    return problems


def missing_sender(file: str, raw_settings) -> list[Problem]:
    """Return a 提示 when 设置 names a 邮件服务器 but neither 邮件账号 nor 发件邮箱 (qa11 F18): send
    would fail only after listing the recipients."""
    if raw_settings is None:
        return []
    values: dict[str, tuple[str, str]] = {}
    for i, row in enumerate(raw_settings.rows):
        key = str(row[0]).strip() if row and row[0] is not None else ""
        value = str(row[1]).strip() if len(row) > 1 and row[1] is not None else ""
        if key:
            values.setdefault(key, (value, f"B{raw_settings.first_row + i}"))
    server = values.get("邮件服务器", ("", ""))[0]
    if not server or any(values.get(k, ("", ""))[0] for k in ("邮件账号", "发件邮箱", "发件人邮箱")):
        return []
    cell = values.get("发件邮箱", values.get("邮件账号", ("", "")))[1] or values["邮件服务器"][1]
    return [Problem(
        file, "设置", cell, f"已填写邮件服务器「{server}」，但“邮件账号”和“发件邮箱”都为空",
        "kjreport send 需要发件地址：登录发送的填“邮件账号”；单位内部中继（邮件加密为“无”）不登录的，"
        "请在“发件邮箱”一行填写发件地址，如 kjj@example.com", "提示")]
