"""Machine instructions per coordinate of the update loops, at each precision (issue 16, item 1: "count it").

    python benchmarks/instructions.py                 # the table of docs/precision.md
    python benchmarks/instructions.py --json          # one JSON object
    python benchmarks/instructions.py --loops -v      # also every loop of each kernel, with its instructions

No timing: this reads the code. For each case (a spec, a data layout, the loop to find) and each schedule
(precision, rounding, draw) it builds ``sgdc_train`` exactly as training does (``pipeline.emit``, linked with the
support library and optimised by ``jitworker.optimised_module`` for the target of ``jit.target_machine``: what
``pipeline.build`` does before the JIT, and what ``sgdc compile --emit asm`` prints), then:

1. **Names the instructions.** The printer's LLVM text gets a debug location on every instruction of
   ``sgdc_train`` whose line is the instruction's line in that text; after O3 every instruction (vectorised ones
   included) still carries the line of the printer instruction it came from, so each optimised instruction is
   known to come from a printer block (``sp.body``, ``rows.body``, ...). The optimised text is then given new
   locations, line = its own line, and code-generated: the ``.loc`` directives of the assembly name, for every
   machine instruction, the optimised IR instruction (hence block) it came from.
2. **Checks the names changed nothing.** The instructions of ``sgdc_train`` (directives and label names aside)
   must equal those of the plain build (``KernelLibrary.assembly()`` of the printer's text): ``same_code``
   in the output; the script fails if not (``--allow-different`` reports anyway).
3. **Finds the loops in the machine code.** The assembly of ``sgdc_train`` is cut into basic blocks (labels,
   jumps, fall-through), dominators are computed and every back edge gives a natural loop; innermost loops are
   those that contain no other loop's header.
4. **Attributes and counts.** An innermost machine loop belongs to the printer block most of its located
   instructions come from; its optimised-IR header block says whether it is a vector body (LLVM's names
   ``vector.body``, ``vec.epilog.vector.body``) and how many coordinates one iteration handles: the constant step
   of the induction variable that the loop's exit test compares (VF x interleave for a vector body, the unroll
   factor for a scalar one). Instructions per coordinate = the loop's machine instructions (all of its blocks,
   loop control included) / coordinates per iteration. Where a printer loop became several machine loops
   (vector body, vector epilogue, scalar remainder) the table shows the one with the most coordinates per
   iteration (the one that does most of a long row's work) and ``--json`` lists all.

Limits: a static count, not a measurement of executed instructions. A loop body with inner branches (none in
the loops measured here when this was written: ``blocks`` says) is counted whole. Instructions outside the loop
(per example: the dot's scale, the state step, the row pointers) are not per coordinate and are left out; so is
the remainder loop's share of a short row. ``--generic`` measures the portable x86-64 target instead of the host.
"""
from __future__ import annotations

import argparse
import json
import platform
import re
import sys
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

EXAMPLES = ROOT / "examples"

# (name, spec, data layout, printer block of the loop, what it is)
CASES = [
    ("sparse", "logistic.sgd", "sparse", "sp.body", "logistic, sparse x: w[j] over the stored (j, xj) of x"),
    ("sparse16", "logistic.sgd", "sparse", "spv.body",
     "logistic, sparse x: the same, 16 stored entries at a time (fixed-point models: gathered, scattered)"),
    ("dense", "logistic.sgd", "dense", "sp.body", "logistic, dense x: w[j] over all d columns of the row"),
    ("mc", "matrix_completion.sgd", None, "rows.body", "matrix_completion: L[u] and R[i] over k = 50"),
]
#: printer blocks of a packed row statement (its full blocks, its masked last block) and the coordinates they
#: write together (L[u] and R[i]: 2 x 50); counted as one loop where ``rows.body`` is not printed
PACKED = {"rows.body": (("rowsv.body", "rowsm.body"), 100)}
PRECISIONS = ["D32M32", "D32M16", "D16M16", "D8M16", "D8M8"]
ROUNDINGS = ["nearest", "unbiased"]


# ---------------------------------------------------------------------------------------------------------------
# 1. debug locations: line = the instruction's own line in the text


_DEFINE = re.compile(r'^define [^@]*@"?([A-Za-z0-9_.$]+)"?\(')
_LABEL = re.compile(r'^("?[-A-Za-z0-9_.$]+"?):')
_DBG = re.compile(r", !dbg !(\d+)")
_METADATA_ID = re.compile(r"^!(\d+) = ")


def _instruction_lines(lines: list[str], function: str):
    """Yield ``(index, block)`` for every instruction line of ``function`` (a one-line instruction each: the
    printer's and LLVM's texts of these kernels have no multi-line ``switch``)."""
    inside, block = False, None
    for k, line in enumerate(lines):
        if not inside:
            m = _DEFINE.match(line)
            if m and m.group(1) == function:
                inside, block = True, "entry"
            continue
        if line.startswith("}"):
            return
        m = _LABEL.match(line)
        if m:
            block = m.group(1).strip('"')
            continue
        s = line.strip()
        if not s or s.startswith(";") or s.endswith("{"):
            continue
        if s.endswith("[") or s.startswith("]"):
            raise ValueError(f"multi-line instruction at line {k + 1}: {s[:60]}")
        yield k, block


def annotate(text: str, function: str = "sgdc_train") -> tuple[str, dict, dict]:
    """``text`` with a debug location on every instruction of ``function``, line = the instruction's line (1-based)
    in ``text``. Locations the text already has are replaced. Returns ``(new text, {line: block},
    {line: old location's line or None})``."""
    lines = text.split("\n")
    old_lines = {}  # metadata id -> line of a DILocation already in the text
    for line in lines:
        m = re.match(r"^!(\d+) = (?:distinct )?!DILocation\(line: (\d+)", line)
        if m:
            old_lines[int(m.group(1))] = int(m.group(2))
    next_id = 1 + max((int(m.group(1)) for line in lines if (m := _METADATA_ID.match(line))), default=-1)
    subprogram = None
    for line in lines:
        m = re.match(r"^!(\d+) = distinct !DISubprogram\(name: \"" + re.escape(function) + '"', line)
        if m:
            subprogram = int(m.group(1))
    new_nodes = []
    if subprogram is None:  # a first annotation: compile unit, file, subprogram, module flags
        cu, file, sp, ty, f1, f2 = range(next_id, next_id + 6)
        next_id += 6
        subprogram = sp
        new_nodes += [
            f"!llvm.dbg.cu = !{{!{cu}}}",
            f"!llvm.module.flags = !{{!{f1}, !{f2}}}",
            f'!{cu} = distinct !DICompileUnit(language: DW_LANG_C, file: !{file}, producer: "sgdc instructions.py", '
            f"isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly)",
            f'!{file} = !DIFile(filename: "kernel.ll", directory: "/")',
            f'!{sp} = distinct !DISubprogram(name: "{function}", scope: !{file}, file: !{file}, line: 1, type: !{ty}, '
            f"scopeLine: 1, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !{cu})",
            f"!{ty} = !DISubroutineType(types: !{{}})",
            f'!{f1} = !{{i32 2, !"Debug Info Version", i32 3}}',
            f'!{f2} = !{{i32 2, !"Dwarf Version", i32 4}}',
        ]
        if any(line.startswith("!llvm.module.flags") for line in lines):
            raise ValueError("the module has flags already: merging them is not implemented")
        for k, line in enumerate(lines):
            m = _DEFINE.match(line)
            if m and m.group(1) == function:
                j = k if "{" in line else k + 1  # the printer puts the brace on a line of its own
                head, brace = lines[j].rsplit("{", 1)
                lines[j] = f"{head}!dbg !{sp} {{{brace}" if j == k else f"!dbg !{sp} {{{brace}"
                lines[j - 1] += "" if j == k else " "
    blocks, origins = {}, {}
    for k, block in list(_instruction_lines(lines, function)):
        line = lines[k]
        m = _DBG.search(line)
        origins[k + 1] = old_lines.get(int(m.group(1))) if m else None
        loc = next_id
        next_id += 1
        new_nodes.append(f"!{loc} = !DILocation(line: {k + 1}, column: 1, scope: !{subprogram})")
        lines[k] = _DBG.sub(f", !dbg !{loc}", line) if m else f"{line}, !dbg !{loc}"
        blocks[k + 1] = block
    return "\n".join(lines + new_nodes) + "\n", blocks, origins


# ---------------------------------------------------------------------------------------------------------------
# 2.-3. the assembly: blocks, loops


_JUMP = re.compile(r"^j[a-z]+$")


@dataclass
class AsmBlock:
    label: str
    insns: list = field(default_factory=list)  # (text, IR line or 0)
    succ: list = field(default_factory=list)


def function_asm(asm: str, function: str = "sgdc_train") -> list[str]:
    lines = asm.split("\n")
    start = next(k for k, line in enumerate(lines) if line.startswith(f"{function}:"))
    end = next(k for k in range(start + 1, len(lines)) if lines[k].startswith(".Lfunc_end"))
    return lines[start:end]


def instructions(asm_lines: list[str]) -> list[str]:
    """The instructions of a function's assembly, label names of jumps kept (``.LBB`` numbering does not depend on
    debug info), directives and comments dropped: what :func:`same_code` compares."""
    out = []
    for line in asm_lines:
        s = line.split("#", 1)[0].strip()
        if s and not s.startswith(".") and not s.endswith(":"):
            out.append(" ".join(s.split()))
    return out


def asm_blocks(asm_lines: list[str]) -> list[AsmBlock]:
    blocks: list[AsmBlock] = [AsmBlock("entry")]
    loc = 0
    ends = False  # the previous instruction ended a block
    for line in asm_lines[1:]:
        s = line.split("#", 1)[0].strip()
        if not s:
            continue
        if s.startswith(".loc"):
            loc = int(s.split()[2])
            continue
        if s.endswith(":"):
            if s.startswith(".LBB"):
                label = s[:-1]
                if blocks[-1].insns or blocks[-1].label != "entry" or len(blocks) > 1:
                    if not ends:
                        blocks[-1].succ.append(label)
                    blocks.append(AsmBlock(label))
                else:
                    blocks[-1].label = label
                ends = False
            continue
        if s.startswith("."):
            continue
        if ends:  # an instruction after a jump without a label: a new (unreachable by name) block
            blocks.append(AsmBlock(f"after.{len(blocks)}"))
            ends = False
        blocks[-1].insns.append((" ".join(s.split()), loc))
        op = s.split()[0]
        if _JUMP.match(op):
            target = s.split()[1]
            if not target.startswith(".LBB"):
                raise ValueError(f"indirect or unexpected jump: {s}")
            blocks[-1].succ.append(target)
            ends = True
            if op != "jmp":  # conditional: falls through too
                blocks.append(AsmBlock(f"ft.{len(blocks)}"))
                blocks[-2].succ.append(blocks[-1].label)
                ends = False
        elif op in ("ret", "retq", "ud2"):
            ends = True
    blocks = [b for b in blocks if b.insns or b.succ]
    return blocks


def natural_loops(blocks: list[AsmBlock]) -> dict:
    """``{header label: set of labels}`` of the natural loops (back edges to a dominator, merged per header)."""
    index = {b.label: b for b in blocks}
    preds = {b.label: [] for b in blocks}
    for b in blocks:
        for s in b.succ:
            if s in preds:
                preds[s].append(b.label)
    labels = [b.label for b in blocks]
    dom = {x: set(labels) for x in labels}
    dom[labels[0]] = {labels[0]}
    changed = True
    while changed:
        changed = False
        for x in labels[1:]:
            ps = [dom[p] for p in preds[x]]
            new = {x} | (set.intersection(*ps) if ps else set())
            if new != dom[x]:
                dom[x], changed = new, True
    loops: dict = {}
    for b in blocks:
        for h in b.succ:
            if h in index and h in dom[b.label]:
                body = loops.setdefault(h, {h})
                stack = [b.label]
                while stack:
                    x = stack.pop()
                    if x not in body:
                        body.add(x)
                        stack.extend(preds[x])
    return loops


# ---------------------------------------------------------------------------------------------------------------
# 4. attribution and the coordinates an iteration handles


def _ir_blocks(text: str, function: str = "sgdc_train") -> dict:
    """``{block name: [instruction lines]}`` of ``function`` in LLVM text."""
    lines = text.split("\n")
    out: dict = {}
    for k, block in _instruction_lines(lines, function):
        out.setdefault(block, []).append(lines[k].strip())
    return out


def coordinates_per_iteration(block_lines: list[str]) -> int | None:
    """The constant step of the induction variable that the block's exit test compares (a loop's latch block)."""
    defs = {}
    for line in block_lines:
        m = re.match(r"(%[-\w.$]+) = (.*)", line)
        if m:
            defs[m.group(1)] = _DBG.sub("", m.group(2))
    if not block_lines:
        return None
    br = block_lines[-1]
    m = re.match(r"br i1 (%[-\w.$]+),", br)
    if not m or m.group(1) not in defs:
        return None
    cmp = re.match(r"icmp \w+ i64 (%[-\w.$]+|-?\d+), (%[-\w.$]+|-?\d+)", defs[m.group(1)])
    if not cmp:
        return None
    for operand in cmp.groups():
        add = re.match(r"add (?:nuw )?(?:nsw )?i64 (%[-\w.$]+), (\d+)$", defs.get(operand, ""))
        if add and defs.get(add.group(1), "").startswith("phi i64"):
            return int(add.group(2))
    return None


# what a printer instruction is there for, by its opcode (the kinds of the breakdown)
_KINDS = [
    ("hash", re.compile(r"^(mul|xor|lshr|shl|and|or) i32\b|^trunc i64 .* to i32")),
    ("convert", re.compile(r"^(sitofp|uitofp|fptosi|fptoui|sext|zext|trunc)\b")),
    ("float", re.compile(r"^(fmul|fadd|fsub|fdiv|fneg)\b")),
    ("floor", re.compile(r"^(tail )?call .*@\"?llvm\.floor")),
    ("clamp", re.compile(r"^(fcmp|select)\b")),
    ("memory", re.compile(r"^(load|store|getelementptr)\b")),
    ("loop", re.compile(r"^(phi|add|icmp|br)\b")),
]


def kind_of(printer_instruction: str | None) -> str:
    """The kind of a printer instruction (``hash``, ``convert``, ``float``, ``floor``, ``clamp``, ``memory``,
    ``loop``), ``other`` for the rest, ``none`` for a machine instruction without a location."""
    if not printer_instruction:
        return "none"
    text = re.sub(r"^%[-\w.\"$]+ = ", "", printer_instruction.strip())
    return next((k for k, rx in _KINDS if rx.search(text)), "other")


@dataclass
class Loop:
    source: str            # printer block most of its instructions come from
    ir_block: str          # the optimised IR block most of its instructions come from ("" when unrolled)
    vectorised: bool       # an LLVM vector body (or, unrolled: vector instructions among them)
    coords: int | None     # coordinates one iteration handles (unrolled: in all)
    instructions: int      # machine instructions in the loop (all its blocks)
    blocks: int            # machine basic blocks in the loop (0: unrolled, no machine loop)
    vector_regs: str       # widest vector registers used: zmm, ymm, xmm or ""
    per_coordinate: float | None
    kinds: dict = field(default_factory=dict)  # machine instructions by the kind of printer instruction they're from
    text: list = field(default_factory=list)


def _widest(insns: list) -> str:
    text = " ".join(t for t, _ in insns)
    return next((r for r in ("zmm", "ymm", "xmm") if f"%{r}" in text), "")


def _packed(insn: str) -> bool:
    """A SIMD instruction on several lanes (packed float ``..ps``/``..pd``, or a ``vp..`` integer op on vectors)."""
    op = insn.split()[0]
    return bool(re.match(r"v\w+p[sd]$", op) or (op.startswith("vp") and re.search(r"%[xyz]mm", insn)))


def _stores(block_lines: list) -> int:
    return sum(1 for line in block_lines if re.match(r"store\b", line)) or 1


def _trip_count(head_lines: list) -> int | None:
    """A printer loop's constant trip count: ``icmp slt i64 %i, N`` in its head block."""
    for line in head_lines:
        m = re.search(r"icmp slt i64 %[-\w.\"$]+, (\d+)", line)
        if m:
            return int(m.group(1))
    return None


def measure(spec: Path, layout: str | None, precision: str, rounding: str, draw: str = "stride",
            generic: bool | None = None, keep_text: bool = False) -> dict:
    """Every innermost loop of ``sgdc_train`` for one schedule, attributed and counted (see the module doc), and
    the machine instructions of each printer block wherever they are (for loops unrolled away)."""
    from llvmlite import binding as llvm

    from sgdc import pipeline
    from sgdc.backend import jit, jitworker
    from sgdc.backend.jit import KernelLibrary
    from sgdc.frontend.load import load_model

    overrides = {"precision": precision, "rounding": rounding, "draw": draw}
    if layout:
        overrides["data_layout"] = layout
    model = load_model(str(spec), **overrides)
    uir = pipeline.differentiate(model)
    layouts = pipeline.layouts_for(model)
    locked = model.schedule.layout == "locked"
    # the plain build: pipeline.build's steps short of the JIT (emit, a KernelLibrary of the text, its assembly).
    # Not pipeline.build(...).assembly(): after an in-process finalise that re-runs code generation on the module
    # MCJIT has already code-generated, which is not always the code that runs (--generic D16M16: 385
    # instructions against 371 when this was written).
    module, _ = pipeline.emit(uir, layouts, locked)
    printer_text = str(module)
    lib = KernelLibrary(f"sgdc.{uir.model.name}", generic=generic, cache=False)
    lib.add_ir(printer_text)
    plain = function_asm(lib.assembly())
    printed, printer_blocks, _ = annotate(printer_text)
    printer_lines = printed.split("\n")
    optimised = str(jitworker.optimised_module([printed, jit.support_ir()], jit.target_machine(generic)))
    named, opt_blocks, origins = annotate(optimised)
    mod = llvm.parse_assembly(named)
    mod.verify()
    asm = function_asm(jit.target_machine(generic).emit_assembly(mod))
    same = instructions(asm) == instructions(plain)
    blocks = asm_blocks(asm)
    loops = natural_loops(blocks)
    headers = set(loops)
    ir = _ir_blocks(optimised)
    printer_ir = _ir_blocks(printer_text)

    def source(line):
        return printer_blocks.get(origins.get(line))

    def kinds(insns):
        return dict(Counter(kind_of(printer_lines[origins[line] - 1] if origins.get(line) else None)
                            for _, line in insns).most_common())

    def note(insns):
        return [f"{t}    # {opt_blocks.get(line, '-')} <- {source(line) or '-'}: "
                f"{(printer_lines[origins[line] - 1].strip() if origins.get(line) else '-')[:60]}"
                for t, line in insns] if keep_text else []

    out = []
    for h, body in loops.items():
        if (body & headers) - {h}:
            continue  # not innermost
        insns = [i for b in blocks if b.label in body for i in b.insns]  # in layout order
        opt = Counter(opt_blocks.get(line) for _, line in insns if line in opt_blocks)
        src = Counter(source(line) for _, line in insns if source(line))
        header_ir = next((b for b, _ in opt.most_common() if b), "?") if opt else "?"
        # the IR loop's latch: the IR block of the machine loop's last instruction (its back edge)
        latch_ir = opt_blocks.get(insns[-1][1], header_ir) if insns else header_ir
        steps = coordinates_per_iteration(ir.get(latch_ir, [])) or coordinates_per_iteration(ir.get(header_ir, []))
        where = src.most_common(1)[0][0] if src else "?"
        coords = steps * _stores(printer_ir.get(where, [])) if steps else None
        n = len(insns)
        out.append(Loop(source=where, ir_block=header_ir, vectorised="vector.body" in header_ir, coords=coords,
                        instructions=n, blocks=len(body), vector_regs=_widest(insns),
                        per_coordinate=round(n / coords, 2) if coords else None, kinds=kinds(insns),
                        text=note(insns)))
    # printer loops with no machine loop of their own (unrolled): all their instructions, per coordinate
    everything = [i for b in blocks for i in b.insns]
    looped = {lp.source for lp in out}
    for name in dict.fromkeys(source(line) for _, line in everything if source(line)):
        if name in looped or not name.endswith(".body"):
            continue
        insns = [i for i in everything if source(i[1]) == name]
        trips = _trip_count(printer_ir.get(name[:-len(".body")] + ".head", []))
        coords = trips * _stores(printer_ir.get(name, [])) if trips else None
        vector = any(_packed(t) for t, _ in insns)
        out.append(Loop(source=name, ir_block="", vectorised=vector, coords=coords, instructions=len(insns),
                        blocks=0, vector_regs=_widest(insns),
                        per_coordinate=round(len(insns) / coords, 2) if coords else None, kinds=kinds(insns),
                        text=note(insns)))
    return {"same_code": same, "loops": out, "machine_instructions": len(instructions(plain))}


def run_case(case, precision: str, rounding: str, draw: str = "stride", generic: bool | None = None,
             keep_text: bool = False) -> dict:
    name, spec, layout, source, what = case
    r = measure(EXAMPLES / spec, layout, precision, rounding, draw, generic, keep_text)
    mine = [lp for lp in r["loops"] if lp.source == source]
    if not mine and source in PACKED:  # a packed statement: its blocks together, per coordinate written
        names, coords = PACKED[source]
        parts = [lp for lp in r["loops"] if lp.source in names]
        if parts:
            n = sum(lp.instructions for lp in parts)
            kinds = Counter()
            for lp in parts:
                kinds.update(lp.kinds)
            mine = [Loop(source="+".join(names), ir_block="", vectorised=True, coords=coords, instructions=n,
                         blocks=0, vector_regs=_widest([(lp.vector_regs and f"%{lp.vector_regs}", 0)
                                                        for lp in parts]),
                         per_coordinate=round(n / coords, 2), kinds=dict(kinds),
                         text=[t for lp in parts for t in lp.text])]
    main = max(mine, key=lambda lp: (lp.coords or 0, lp.instructions), default=None)
    return {"case": name, "spec": spec, "layout": layout, "loop": source, "what": what, "precision": precision,
            "rounding": rounding, "draw": draw, "same_code": r["same_code"],
            "main": asdict(main) if main else None, "loops_of_source": [asdict(lp) for lp in mine],
            "all_loops": [asdict(lp) for lp in r["loops"]]}


def machine(generic: bool | None = None) -> dict:
    from llvmlite import binding as llvm

    from sgdc.backend import jit

    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor()
    jit.target_machine(generic)  # initialises LLVM
    target_cpu, _ = jit.host_target(generic)
    return {"cpu": cpu, "llvm_host_cpu": llvm.get_host_cpu_name(), "target_cpu": target_cpu,
            "llvm": ".".join(map(str, llvm.llvm_version_info))}


def _cell(row: dict) -> str:
    m = row["main"]
    if m is None:
        return "not found"
    if m["per_coordinate"] is None:
        return f"{m['instructions']} / ? coords"
    if "+" in m["source"]:  # a packed statement (the printer's own 32-lane blocks, the last one masked)
        shape = f"packed, {m['coords']} coords, {m['vector_regs']}"
    elif row["loop"].startswith("spv"):  # the printer's own 16-lane loop (not LLVM's vectoriser)
        shape = f"gathered, {m['coords']}/iter, {m['vector_regs']}"
    elif not m["blocks"]:
        shape = f"unrolled, {m['coords']} coords" + (f", vector {m['vector_regs']}" if m["vectorised"] else "")
    elif m["vectorised"]:
        shape = f"vector, {m['coords']}/iter, {m['vector_regs']}"
    else:
        shape = "scalar" + (f", {m['coords']}/iter (unrolled)" if m["coords"] > 1 else "")
    return f"{m['per_coordinate']:g} ({shape})"


def kinds_table(rows: list) -> str:
    """Each row's main loop: machine instructions per coordinate by the kind of printer instruction they come
    from."""
    names = ["memory", "convert", "float", "hash", "floor", "clamp", "loop", "other", "none"]
    out = ["| case | precision | rounding | total | " + " | ".join(names) + " |",
           "| --- | --- | --- |" + " ---: |" * (len(names) + 1)]
    for r in rows:
        m = r["main"]
        if not m or not m["coords"]:
            continue
        cells = [f"{m['kinds'].get(k, 0) / m['coords']:.3g}" if m["kinds"].get(k) else "" for k in names]
        out.append(f"| {r['case']} | {r['precision']} | {r['rounding']} | {m['per_coordinate']:g} | "
                   + " | ".join(cells) + " |")
    return "\n".join(out)


def table(rows: list, cases: list) -> str:
    head = "| precision | rounding | " + " | ".join(f"{c[0]}: {c[3]}" for c in cases) + " |"
    out = [head, "| --- | --- |" + " ---: |" * len(cases)]
    keyed = {(r["case"], r["precision"], r["rounding"]): r for r in rows}
    for p in dict.fromkeys(r["precision"] for r in rows):
        for rd in dict.fromkeys(r["rounding"] for r in rows):
            cells = [_cell(keyed[(c[0], p, rd)]) if (c[0], p, rd) in keyed else "" for c in cases]
            out.append(f"| {p} | {rd} | " + " | ".join(cells) + " |")
    return "\n".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--precisions", default=",".join(PRECISIONS))
    ap.add_argument("--roundings", default=",".join(ROUNDINGS))
    ap.add_argument("--draw", default="stride", help="stride | lane | vector (unbiased rounding's draws)")
    ap.add_argument("--cases", default=",".join(c[0] for c in CASES))
    ap.add_argument("--generic", action="store_true", help="the portable x86-64 target instead of the host CPU")
    ap.add_argument("--kinds", action="store_true",
                    help="also a table of each loop's instructions per coordinate by what they do")
    ap.add_argument("--loops", action="store_true", help="also list every innermost loop of each kernel")
    ap.add_argument("-v", "--verbose", action="store_true", help="with --loops: each loop's instructions")
    ap.add_argument("--allow-different", action="store_true",
                    help="report even if the named build's instructions differ from the plain build's")
    args = ap.parse_args(argv)
    generic = True if args.generic else None
    cases = [c for c in CASES if c[0] in args.cases.split(",")]
    rows = []
    for c in cases:
        for p in args.precisions.split(","):
            for rd in args.roundings.split(","):
                row = run_case(c, p, rd, args.draw, generic, keep_text=args.verbose)
                if not row["same_code"] and not args.allow_different:
                    print(f"{c[0]} {p} {rd}: the debug-named build's instructions differ from the plain build's; "
                          f"--allow-different reports anyway", file=sys.stderr)
                    return 1
                rows.append(row)
    info = {"machine": machine(generic), "generic": bool(args.generic), "draw": args.draw,
            "command": "python benchmarks/instructions.py " + " ".join(argv if argv is not None else sys.argv[1:]),
            "cases": [{"case": c[0], "spec": c[1], "layout": c[2], "loop": c[3], "what": c[4]} for c in cases]}
    if args.json:
        for r in rows:
            if not args.loops:
                r.pop("all_loops")
        print(json.dumps({**info, "rows": rows}, indent=1))
        return 0
    m = info["machine"]
    print(f"# {m['cpu']}; LLVM {m['llvm']} host CPU {m['llvm_host_cpu']}, kernels for {m['target_cpu']}; "
          f"draw {args.draw}")
    print("# machine instructions per coordinate of the loop (loop control included); vector: coordinates an "
          "iteration handles and the widest registers")
    print(table(rows, cases))
    if args.kinds:
        print("\n# by the kind of printer instruction each machine instruction comes from (its debug location)")
        print(kinds_table(rows))
    if args.loops:
        for r in rows:
            print(f"\n## {r['case']} {r['precision']} {r['rounding']}: innermost loops of sgdc_train")
            for lp in r["all_loops"]:
                print(f"  {lp['source']:<14} {lp['ir_block']:<26} {lp['instructions']:>4} insns {lp['blocks']} "
                      f"block(s) coords/iter {lp['coords']} per coord {lp['per_coordinate']} {lp['vector_regs']}")
                for t in lp["text"]:
                    print(f"      {t}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
