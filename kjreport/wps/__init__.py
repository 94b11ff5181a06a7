"""The WPS 表格 add-in (WPS 加载项): the 「科技报告」 tab in WPS on Windows, UOS and Kylin.

``assets/`` holds the add-in's page and scripts (index.html, js/kjreport.js: payload builder,
action applier and service client; js/ribbon.js: the ribbon callbacks; images/). ``ribbon``
writes ribbon.xml from the Excel ribbon's buttons, ``install`` puts the add-in into WPS's
``jsaddons`` folder with the service's port and token. The buttons run in ``kjreport serve``.
"""
