"""Workbook edge: the sheet format (schema), readers for .xlsx files and live Excel, the writer."""
