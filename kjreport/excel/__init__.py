"""The Excel ribbon: a "科技报告" tab whose buttons run kjreport on the workbook open in Excel.

``addin`` builds one small add-in per button from the installed xlwings ribbon template,
``install`` puts them into Excel's start-up folder, ``book`` adapts an xlwings ``Book`` to the
``WorkbookSource`` interface, ``messages`` talks to the user inside Excel, and ``check``,
``fill``, ``docx`` and ``send`` are the entry modules the buttons call (``<module>.main()``).
"""
