"""issue 10 item 12: a writer killed with SIGKILL at a random moment never leaves a corrupt
workbook or a backup with a valid name that is not a complete package; the next run takes
over the dead writer's lock and removes its temporary files."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from kjreport.workbook.backup import BACKUP_DIR, backups_of, is_valid_backup
from kjreport.workbook.guard import lock_path
from kjreport.workbook.writer import set_cells, write_sheet

ROOT = Path(__file__).parents[2]
WRITER = """
import sys
from kjreport.workbook.writer import set_cells, write_sheet
path = sys.argv[1]
rows = [["指标", "本年"]] + [[f"指标{i}", i * 1.5] for i in range(400)]
n = 0
while True:
    n += 1
    if n % 2:
        write_sheet(path, "指标结果", rows + [["轮次", n]])
    else:
        set_cells(path, "县区数据", {"J20": n})
    print(n, flush=True)
"""

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")


def _intact(path: Path) -> None:
    with zipfile.ZipFile(path) as z:
        assert z.testzip() is None
    openpyxl.load_workbook(path, read_only=True).close()
    book = CalamineWorkbook.from_path(str(path))
    for name in book.sheet_names:
        book.get_sheet_by_name(name).to_python()


def test_sigkill_at_random_moments_never_corrupts(sample_copy):
    rng = random.Random(20111231)
    kills = 0
    for _ in range(12):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(sample_copy)],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        proc.stdout.readline()  # at least one write done, the next one under way
        time.sleep(rng.uniform(0, 0.4))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        assert proc.returncode == -signal.SIGKILL, proc.stderr.read()
        kills += 1
        _intact(sample_copy)
        originals, rotating = backups_of(sample_copy)
        for backup in originals + rotating:  # everything with a backup's name is whole
            assert is_valid_backup(backup), backup.name
            _intact(backup)
        assert len(rotating) <= 10 and len(originals) == 1
    assert kills == 12

    # the next ordinary run takes over the lock and clears what the killed ones left
    write_sheet(sample_copy, "指标结果", [["指标"], ["完"]])
    set_cells(sample_copy, "县区数据", {"J20": 0})
    _intact(sample_copy)
    assert not lock_path(sample_copy).exists()
    leftovers = [p.name for p in sample_copy.parent.iterdir() if p.name.endswith(".tmp")]
    leftovers += [p.name for p in (sample_copy.parent / BACKUP_DIR).iterdir()
                  if p.name.endswith(".tmp")]
    assert leftovers == []
