"""``kjreport serve``: the ribbon buttons over local HTTP, for clients other than Excel's VBA.

A WPS 表格 add-in (kjreport/wps) — and any client speaking xlwings' remote protocol — posts
the open workbook as an xlwings remote payload to ``POST /run/<action>``; the service runs the
same entry function as the Excel ribbon (``kjreport.excel.<module>.main``) on
``xlwings.Book(json=payload)`` and answers with the actions (setValues, addSheet, alert, …)
the client applies. ``settings`` keeps the per-install token and port, ``actions`` maps action
names to the ribbon's buttons, ``payload`` checks what a client sent, ``server`` is the
HTTP layer.
"""
