"""Scaling audit: how each user command's cost grows with the size users really feed it.

For each command, inputs of size n, 2n, 4n (8n … where cheap) are built from the existing
generators (``make_province.py`` workbooks, the plan corpus, ``init --from`` masters, bulletins of
``docx --by 县区``), and the command is run through its real entry point (the click command, or
``kjreport serve`` over HTTP) in a fresh interpreter per measurement. In that interpreter the
command first runs once on the smallest input (imports, templates and other per-process set-up
are then paid), and then the timed run: CPU (user + system) of the process and of any children
it starts. The exponent of each doubling, log(cost(2n) / cost(n)) / log 2, is printed: 1.0 is
linear, 2.0 quadratic; set-up left in the timed run pulls it below 1 at small sizes.

Sizes are interleaved across rounds (every size once per round) and the median of the rounds is
kept, so drift on the shared machine hits every size alike. ``--calls`` runs each size once more
under cProfile and prints the number of Python function calls and its exponent: that count does
not depend on the machine's load (use it for before/after in commit messages).

  python benchmarks/bench_scaling.py                 # every command, realistic sizes
  python benchmarks/bench_scaling.py --quick         # small sizes, one round (a few minutes)
  python benchmarks/bench_scaling.py --tiny          # two tiny sizes: every command still runs (no figures)
  python benchmarks/bench_scaling.py --only check,fill --calls --keep /tmp/scaling
  python benchmarks/bench_scaling.py --tree /tmp/base --keep /tmp/scaling   # another checkout

Commands and the dimension each grows along:
  plan-import   ``plan import`` of several corpus plans pasted into one text   plan length (chars)
  init-plan     ``init --year Y --plan`` of the same texts                     plan length (chars)
  check         ``check``, province workbook                                   counties; ledger rows
  fill          ``fill`` (writes 指标结果 and 进度)                             counties; ledger rows
  docx          ``docx --no-charts`` (the summary)                             counties
  bulletins     ``docx --by 县区 -j 1`` (one bulletin per county)               counties
  progress      ``progress --no-charts``                                       counties
  collect       ``collect`` of N county copies into an ``init --from`` master  returned copies
  send          ``send FOLDER --recipients --dry-run`` (one .eml per bulletin)  counties (= recipients)
  serve         one 计算指标 click through a warm ``kjreport serve``           counties
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS = ROOT / "tests" / "plan" / "corpus"

CHILD = r"""
import cProfile, json, os, pstats, resource, shutil, sys, time
out, spec = sys.argv[1], json.loads(sys.argv[2])
from kjreport.cli import main

def prepare(step):
    for src, dst in step.get("copy", []):
        if os.path.isdir(src):
            shutil.rmtree(dst, ignore_errors=True)
            shutil.copytree(src, dst)
        else:
            shutil.copy(src, dst)
    for path in step.get("remove", []):
        shutil.rmtree(path, ignore_errors=True) if os.path.isdir(path) else (
            os.path.exists(path) and os.remove(path))

def run(args):
    sink = open(os.devnull, "w")
    saved = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = sink
    try:
        main.main(args=args, prog_name="kjreport", standalone_mode=False)
        code = 0
    except SystemExit as exc:
        code = exc.code or 0
    finally:
        sys.stdout, sys.stderr = saved
        sink.close()
    return code

prepare(spec["warm"])
run(spec["warm"]["args"])
prepare(spec["timed"])
profile = cProfile.Profile() if spec.get("calls") else None
me0, kids0 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
if profile:
    profile.enable()
code = run(spec["timed"]["args"])
if profile:
    profile.disable()
me1, kids1 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = sum(b.ru_utime + b.ru_stime - a.ru_utime - a.ru_stime for a, b in ((me0, me1), (kids0, kids1)))
calls = pstats.Stats(profile).total_calls if profile else None
json.dump({"cpu": cpu, "code": code, "calls": calls}, open(out, "w"))
"""


@dataclass
class Case:
    """One command along one dimension: sizes, and how to build the arguments for a size."""

    name: str
    dimension: str
    sizes: list[int]
    build: Callable[[int, Path], dict]  # size, work folder → {"args": [...], "copy": [...], ...}
    ok_codes: tuple[int, ...] = (0,)
    results: dict[int, list[float]] = field(default_factory=dict)
    calls: dict[int, int] = field(default_factory=dict)
    failed: dict[int, str] = field(default_factory=dict)  # size → what went wrong


class Inputs:
    """Generated inputs, kept in ``keep`` (reused between runs) or a temporary folder."""

    def __init__(self, keep: Path, tree: Path) -> None:
        self.keep = keep
        self.tree = tree
        self.ledger = 2000  # 项目台账 rows of the workbooks behind masters and bulletins
        keep.mkdir(parents=True, exist_ok=True)

    def env(self) -> dict[str, str]:
        return {**os.environ, "PYTHONPATH": str(self.tree), "XLWINGS_LICENSE_KEY": "noncommercial",
                "PYTHONDONTWRITEBYTECODE": "1"}

    def kj(self, *args: object, cwd: Path | None = None) -> None:
        subprocess.run([sys.executable, "-m", "kjreport", *map(str, args)], env=self.env(),
                       cwd=cwd or self.keep, check=True, capture_output=True)

    def province(self, counties: int, rows: int) -> Path:
        path = self.keep / f"province-{counties}-{rows}.xlsx"
        if not path.exists():
            subprocess.run([sys.executable, str(HERE / "make_province.py"), str(path), "--counties",
                            str(counties), "--ledger-rows", str(rows)], check=True, capture_output=True,
                           env={**os.environ, "PYTHONPATH": str(ROOT)})
        return path

    def plan(self, chars: int) -> Path:
        """Corpus plans (sorted by name) pasted one after another until ``chars`` characters."""
        path = self.keep / f"plan-{chars}.txt"
        if not path.exists():
            texts, total = [], 0
            for p in sorted(CORPUS.glob("*.txt")):
                if total >= chars:
                    break
                text = p.read_text("utf-8")
                texts.append(text)
                total += len(text)
            path.write_text("\n".join(texts), "utf-8")
        return path

    def master(self, counties: int) -> Path:
        """A 2012 master made by ``init --from`` a province workbook of ``counties`` counties."""
        path = self.keep / f"master-{counties}.xlsx"
        if not path.exists():
            self.kj("init", "--year", 2012, "--from", self.province(counties, self.ledger),
                    "--project-years", 1, path)
        return path

    def copies(self, counties: int, n: int) -> list[Path]:
        """``n`` county copies of ``master(counties)``, each with its own county's figures typed."""
        folder = self.keep / f"copies-{counties}"
        master = self.master(counties)
        made = sorted(folder.glob("*.xlsx")) if folder.exists() else []
        if len(made) < n:
            sys.path.insert(0, str(self.tree))
            from python_calamine import CalamineWorkbook

            from kjreport.workbook.writer import set_cells
            from kjreport.workbook.xlsx import column_letter

            folder.mkdir(exist_ok=True)
            book = CalamineWorkbook.from_path(str(master))
            rows = book.get_sheet_by_name("县区数据").to_python()
            before = book.get_sheet_by_name("县区上年数据").to_python()
            at = next(i for i, r in enumerate(rows) if r and str(r[0]).strip() in ("县区", "县（市、区）"))
            header = [str(h).strip() for h in rows[at]]
            at_before = next(i for i, r in enumerate(before) if r and str(r[0]).strip() == header[0])
            last = {str(r[0]): r for r in before[at_before + 1:] if r and r[0]}
            old_header = [str(h).strip() for h in before[at_before]]
            # a figure 10 % above last year's in three columns both sheets have: what a county types
            columns = [(j, old_header.index(h)) for j, h in enumerate(header) if j > 0 and h in old_header][:3]
            for k, r in enumerate(rows[at + 1:at + 1 + counties]):
                copy = folder / f"{r[0]}报送.xlsx"
                if copy.exists():
                    continue
                shutil.copy(master, copy)
                typed = {f"{column_letter(j + 1)}{at + 2 + k}": round(float(last[str(r[0])][i]) * 1.1, 2)
                         for j, i in columns if isinstance(last.get(str(r[0]), [None] * 99)[i], (int, float))}
                set_cells(copy, "县区数据", typed, backup=False)
            made = sorted(folder.glob("*.xlsx"))
        return made[:n]

    def bulletins(self, counties: int) -> tuple[Path, Path]:
        """The folder of ``docx --by 县区`` bulletins of a province workbook, and the workbook
        whose 收件人 sheet gives every county a contact."""
        book = self.keep / f"recipients-{counties}.xlsx"
        folder = self.keep / f"bulletins-{counties}"
        if not book.exists():
            import openpyxl

            wb = openpyxl.load_workbook(self.province(counties, self.ledger))
            units = [r[0].value for r in wb["县区数据"].iter_rows(min_row=2) if r[0].value]
            ws = wb["收件人"]
            ws.delete_rows(2, ws.max_row)
            for i, unit in enumerate(units):
                ws.append([f"联系人{i}", f"c{i}@example.com", unit, ""])
            wb.save(book)
        if not folder.exists():
            self.kj("docx", book, "--by", "县区", "-o", folder, "--no-charts")
        return folder, book


def serve_case(inputs: Inputs, sizes: list[int], reps: int) -> dict[int, list[float]]:
    """CPU of a warm ``kjreport serve`` process per 计算指标 click, by county count."""
    import http.client
    import socket

    sys.path.insert(0, str(inputs.tree))
    from tests.excel.remote import payload_from_xlsx

    bodies = {n: json.dumps(payload_from_xlsx(inputs.province(n, 2000)), ensure_ascii=False).encode()
              for n in sizes}
    conf = Path(tempfile.mkdtemp(prefix="kjreport-scaling-"))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "kjreport", "serve", "--port", str(port)],
                            cwd=inputs.tree, env={**inputs.env(), "KJREPORT_CONFIG_DIR": str(conf)},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    tick = os.sysconf("SC_CLK_TCK")

    def server_cpu() -> float:
        fields = Path(f"/proc/{proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / tick

    try:
        sys.path.insert(0, str(HERE))
        from bench_serve import wait_for_token

        token = wait_for_token(conf, port, timeout=60)

        def click(body: bytes) -> float:
            before = server_cpu()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
            conn.request("POST", "/run/fill", body=body,
                         headers={"X-Kjreport-Token": token, "Content-Type": "application/json"})
            reply = json.loads(conn.getresponse().read())
            conn.close()
            if not reply.get("ok"):
                raise RuntimeError(str(reply)[:300])
            return server_cpu() - before

        click(bodies[sizes[0]])
        out: dict[int, list[float]] = {n: [] for n in sizes}
        for r in range(reps):
            for n in sizes if r % 2 == 0 else reversed(sizes):
                out[n].append(click(bodies[n]))
        return out
    finally:
        proc.terminate()
        proc.wait(10)
        shutil.rmtree(conf, ignore_errors=True)


SIZES = {  # counties, ledger rows, plan characters, returned copies; ledger rows of the county runs
    "full": ([20, 40, 80, 160, 320], [12500, 25000, 50000, 100000, 200000], [25000, 50000, 100000, 200000],
             [10, 20, 40, 80], 2000),
    "quick": ([10, 20, 40, 80], [5000, 10000, 20000], [25000, 50000, 100000], [5, 10, 20], 2000),
    # two small sizes of each: that every case still runs (tests/benchmarks), no figure to quote
    "tiny": ([3, 6], [200, 400], [3000, 6000], [2, 4], 200),
}


def cases(inputs: Inputs, size: str) -> list[Case]:
    """Return every case at the sizes of ``SIZES[size]``."""
    counties, rows, chars, copies, ledger = SIZES[size]
    wide = 150 if size != "tiny" else counties[0]  # counties of the ledger-rows runs
    inputs.ledger = ledger

    def check(n, work, by="counties"):
        book = inputs.province(n, ledger) if by == "counties" else inputs.province(wide, n)
        return {"args": ["check", str(book)]}

    def fill(n, work, by="counties"):
        book = inputs.province(n, ledger) if by == "counties" else inputs.province(wide, n)
        copy = work / f"fill-{n}.xlsx"
        return {"args": ["fill", str(copy)], "copy": [[str(book), str(copy)]]}

    def docx(n, work):
        out = work / f"summary-{n}.docx"
        return {"args": ["docx", str(inputs.province(n, ledger)), "--no-charts", "-o", str(out), "--force"],
                "remove": [str(out)]}

    def bulletins(n, work):
        out = work / f"bulletins-{n}"
        return {"args": ["docx", str(inputs.province(n, ledger)), "--by", "县区", "-j", "1", "--no-charts",
                         "-o", str(out), "--force"], "remove": [str(out)]}

    def progress(n, work):
        out = work / f"progress-{n}.docx"
        return {"args": ["progress", str(inputs.province(n, ledger)), "--no-charts", "-o", str(out),
                         "--force"], "remove": [str(out)]}

    def plan_import(n, work):
        out = work / f"plan-{n}.xlsx"
        return {"args": ["plan", "import", str(inputs.plan(n)), str(out), "--year", "2008"],
                "remove": [str(out)]}

    def init_plan(n, work):
        out = work / f"init-{n}.xlsx"
        return {"args": ["init", "--year", "2008", "--plan", str(inputs.plan(n)), str(out)],
                "remove": [str(out)]}

    def collect(n, work):
        master = work / f"master-{n}.xlsx"
        files = inputs.copies(max(copies), n)
        return {"args": ["collect", str(master), *map(str, files)],
                "copy": [[str(inputs.master(max(copies))), str(master)]],
                "remove": [str(work / ".kjreport-backup")]}

    def send(n, work):
        folder, book = inputs.bulletins(n)
        out = work / f"eml-{n}"
        mine = work / f"send-{n}"
        return {"args": ["send", str(mine), "--recipients", str(book), "--dry-run", "--out", str(out)],
                "copy": [[str(folder), str(mine)]], "remove": [str(out)]}

    return [
        Case("plan-import", "plan chars", chars, plan_import),
        Case("init-plan", "plan chars", chars, init_plan),
        Case("check", f"counties ({ledger:,} ledger rows)", counties, check, ok_codes=(0, 1)),
        Case("check", f"ledger rows ({wide} counties)", rows, lambda n, w: check(n, w, "rows"), ok_codes=(0, 1)),
        Case("fill", f"counties ({ledger:,} ledger rows)", counties, fill),
        Case("fill", f"ledger rows ({wide} counties)", rows, lambda n, w: fill(n, w, "rows")),
        Case("docx", "counties (summary)", counties, docx),
        Case("bulletins", "counties (one per county)", counties, bulletins),
        Case("progress", "counties", counties, progress),
        Case("collect", f"returned copies ({max(copies)} counties)", copies, collect),
        Case("send", "counties (bulletins = recipients)", counties, send),
        Case("serve", "counties (计算指标 click)", counties, lambda n, w: {}),
    ]


def measure(case: Case, inputs: Inputs, reps: int, calls: bool) -> None:
    """Fill ``case.results`` (CPU per size, one per round) and, with ``calls``, ``case.calls``."""
    if case.name == "serve":
        case.results = serve_case(inputs, case.sizes, reps)
        return
    with tempfile.TemporaryDirectory(prefix="kjreport-scaling-") as tmp:
        work = Path(tmp)
        specs = {n: case.build(n, work) for n in case.sizes}
        (work / "warm").mkdir()
        warm = case.build(case.sizes[0], work / "warm")
        out = work / "result.json"

        def once(n: int, profile: bool) -> dict:
            spec = {"warm": warm, "timed": specs[n], "calls": profile}
            proc = subprocess.run([sys.executable, "-c", CHILD, str(out), json.dumps(spec)],
                                  env=inputs.env(), cwd=work, capture_output=True, text=True)
            if proc.returncode != 0:
                raise RuntimeError(f"{case.name} n={n}: {proc.stderr[-2000:]}")
            result = json.loads(out.read_text())
            if result["code"] not in case.ok_codes:
                raise RuntimeError(f"{case.name} n={n}: exit code {result['code']}")
            return result

        case.results = {n: [] for n in case.sizes}
        for r in range(reps):
            order = case.sizes if r % 2 == 0 else list(reversed(case.sizes))
            for n in order:
                if n in case.failed:
                    continue
                try:
                    case.results[n].append(once(n, False)["cpu"])
                except RuntimeError as exc:  # one size failing leaves the others' figures
                    case.failed[n] = str(exc)
        if calls:
            for n in case.sizes:
                if n not in case.failed:
                    case.calls[n] = once(n, True)["calls"]


def exponents(values: list[float], sizes: list[int]) -> list[str]:
    out = []
    for i in range(1, len(sizes)):
        a, x, b, y = sizes[i - 1], values[i - 1], sizes[i], values[i]
        out.append(f"{math.log(y / x) / math.log(b / a):.2f}" if x > 0 and y > 0 else "—")
    return out


def report(case: Case) -> None:
    sizes = [n for n in case.sizes if n not in case.failed]
    medians = [statistics.median(case.results[n]) for n in sizes]
    print(f"\n{case.name} — {case.dimension}")
    print("  size      " + "".join(f"{n:>11}" for n in sizes))
    print("  CPU s     " + "".join(f"{m:>11.3f}" for m in medians))
    print("  exponent  " + " " * 6 + "".join(f"{e:>11}" for e in exponents(medians, sizes)))
    if case.calls:
        counts = [case.calls[n] for n in sizes]
        print("  calls     " + "".join(f"{c:>11}" for c in counts))
        print("  exponent  " + " " * 6 + "".join(f"{e:>11}" for e in exponents(counts, sizes)))
    for n, why in case.failed.items():
        print(f"  size {n} FAILED: {why[-300:]}")
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small sizes, one round")
    ap.add_argument("--tiny", action="store_true",
                    help="two tiny sizes, one round: that every command still runs, not a measurement")
    ap.add_argument("--only", default="", help="comma-separated commands (plan-import, init-plan, check, "
                    "fill, docx, bulletins, progress, collect, send, serve)")
    ap.add_argument("--reps", type=int, help="rounds per size (default 3; 1 with --quick)")
    ap.add_argument("--calls", action="store_true", help="also count Python calls under cProfile")
    ap.add_argument("--keep", type=Path, help="folder to keep (and reuse) generated inputs")
    ap.add_argument("--tree", type=Path, default=ROOT, help="checkout whose kjreport is measured")
    args = ap.parse_args(argv)
    size = "tiny" if args.tiny else "quick" if args.quick else "full"
    reps = args.reps or (1 if size != "full" else 3)
    keep = args.keep or Path(tempfile.mkdtemp(prefix="kjreport-scaling-inputs-"))
    inputs = Inputs(keep, args.tree.resolve())
    only = {s.strip() for s in args.only.split(",") if s.strip()}
    chosen = [c for c in cases(inputs, size) if not only or c.name in only]
    if not chosen:
        ap.error(f"no command named {args.only}")
    load = f", load average {os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else ""
    print(f"tree {inputs.tree}; inputs in {keep}; {reps} round(s){load}")
    print("CPU: median of the rounds, the command's own run after a warm-up run on the smallest input;")
    print("exponent per step: log(cost ratio) / log(size ratio) — 1 linear, 2 quadratic")
    failed = 0
    for case in chosen:
        try:
            measure(case, inputs, reps, args.calls)
        except (RuntimeError, subprocess.CalledProcessError) as exc:
            print(f"\n{case.name} — {case.dimension}: FAILED {str(exc)[:500]}")
            failed += 1
            continue
        report(case)
        failed += bool(case.failed)
    if not args.keep:
        shutil.rmtree(keep, ignore_errors=True)
    if failed:
        print(f"\n{failed} case(s) FAILED (see above)")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
