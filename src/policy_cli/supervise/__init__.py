"""From notice to supervision: work sheets out, progress back in, status and 通报 reports.

One module per job, data flowing one way:

- assign.py: who holds which task (unit, role), the content keys of tasks, the
  notice's identity and version. Stdlib only.
- ledger.py: the ledger file (YAML beside the model): one row per task and unit,
  an append-only history, matching rows to a revised notice, closing and
  reopening, a lock and atomic writes. Stdlib and PyYAML only.
- sheets.py: work sheets out as xlsx (openpyxl).
- intake.py: filled sheets (xlsx, or CSV in UTF-8 or GBK) back into the ledger,
  with a finding for every row or field it cannot take.
- status.py: each row's state as of a date, the per-unit report (通报), as
  records, Markdown or an xlsx sheet.

openpyxl is imported only by sheets.py, intake.py (for .xlsx files) and the
xlsx report, so the other commands never load it.
"""
