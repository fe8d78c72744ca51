"""Fuzz ``sanitise`` with broken copies of the sample workbooks: nothing may end in a traceback.

Each mutant is a sample workbook with flipped bytes, a deleted part, broken XML, wrong content
types or odd cell values. Running sanitise on it must either refuse with a WpxlError (one
sentence for the user) or write an output that passed verification; any other exception is a
crash, printed with its traceback's last frames. Run it as a script (it is not a pytest test:
thousands of mutants take minutes):

    python benchmarks/fuzz.py --count 2000 --seed 1

Exit status is 1 if any mutant crashed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import random
import re
import resource
import sys
import tempfile
import time
import traceback
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from wpxl.errors import WpxlError
from wpxl.plan import Audience
from wpxl.policy import Policy
from wpxl.sanitise import Job, sanitise_file

SAMPLES = Path(__file__).resolve().parent.parent / "sample_workbooks"
Parts = dict[str, bytes]


def _parts(data: bytes) -> Parts:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {name: z.read(name) for name in z.namelist()}


def _pack(parts: Parts) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return buffer.getvalue()


def flip_bytes(rng: random.Random, data: bytes) -> bytes:
    raw = bytearray(data)
    for _ in range(rng.randint(1, 12)):
        raw[rng.randrange(len(raw))] ^= 1 << rng.randrange(8)
    return bytes(raw)


def truncate_file(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data))]


def delete_part(rng: random.Random, data: bytes) -> bytes:
    parts = _parts(data)
    del parts[rng.choice(sorted(parts))]
    return _pack(parts)


def _xml_part(rng: random.Random, parts: Parts) -> str:
    return rng.choice(sorted(n for n in parts if n.endswith((".xml", ".rels"))))


def break_xml(rng: random.Random, data: bytes) -> bytes:
    parts = _parts(data)
    name = _xml_part(rng, parts)
    xml = parts[name]
    at = rng.randrange(len(xml))
    how = rng.randrange(4)
    if how == 0:
        xml = xml[:at]
    elif how == 1:
        xml = xml[:at] + rng.choice([b"<", b">", b"&", b"</x>", b"\x00", b"\xff\xfe"]) + xml[at:]
    elif how == 2:
        xml = re.sub(rb"</[A-Za-z:]+>", b"", xml, count=1)
    else:
        xml = xml[:at] + xml[at + rng.randint(1, 40) :]
    parts[name] = xml
    return _pack(parts)


def wrong_content_types(rng: random.Random, data: bytes) -> bytes:
    parts = _parts(data)
    types = parts.get("[Content_Types].xml", b"")
    how = rng.randrange(3)
    if how == 0:
        types = re.sub(rb'ContentType="[^"]*"', b'ContentType="application/octet-stream"', types)
    elif how == 1:
        types = re.sub(rb"<Override [^>]*/>", b"", types, count=rng.randint(1, 4))
    else:
        types = types.replace(b"sheet.main+xml", b"template.main+xml").replace(
            b"worksheet+xml", b"chartsheet+xml"
        )
    parts["[Content_Types].xml"] = types
    return _pack(parts)


_ODD_VALUES = [
    b"-1", b"1e308", b"NaN", b"INF", b"", b"99999999", b"abc", b"0.5", b"-0", b"1E-320",
    b"=1+1", b"#REF!", b"\xc3\x28", b"18446744073709551616",
]  # fmt: skip
_ODD_ATTRIBUTES = [
    (rb' t="s"', [b' t="b"', b' t="e"', b' t="str"', b' t="inlineStr"', b' t="d"', b' t="x"']),
    (rb' r="[A-Z]+\d+"', [b' r="XFE1048577"', b' r="A0"', b' r="1A"', b' r=""']),
    (rb' s="\d+"', [b' s="9999"', b' s="-1"']),
    (rb'state="hidden"', [b'state="veryHidden"', b'state="bogus"']),
    (rb"<sheet ", [b'<sheet state="hidden" ']),
    (rb' ref="[A-Z0-9:]+"', [b' ref="A1:XFD1048576"', b' ref="ZZZ"']),
    (rb"SUM\(", [b"SUM(SUM(", b"INDIRECT(", b"SUM(Nope!", b"("]),
    (rb'<sheet name="', [b'<sheet name="Referrals n=307 ', b'<sheet name="Pat&apos;s 1,234 ']),
    (rb'formatCode="', [b'formatCode="&quot;of 307&quot; ', b'formatCode="\\3\\0\\7 ']),
]


def odd_values(rng: random.Random, data: bytes) -> bytes:
    parts = _parts(data)
    sheets = sorted(
        n
        for n in parts
        if n.startswith(("xl/worksheets/", "xl/sharedStrings", "xl/wo", "xl/styles"))
    )
    name = rng.choice(sheets)
    xml = parts[name]
    for _ in range(rng.randint(1, 6)):
        if rng.random() < 0.5:
            values = list(re.finditer(rb"<v>[^<]*</v>|<t>[^<]*</t>", xml))
            if values:
                hit = rng.choice(values)
                tag = hit.group()[:3]
                new = tag + rng.choice(_ODD_VALUES) + tag[:1] + b"/" + tag[1:]
                xml = xml[: hit.start()] + new + xml[hit.end() :]
        else:
            pattern, options = rng.choice(_ODD_ATTRIBUTES)
            hits = list(re.finditer(pattern, xml))
            if hits:
                hit = rng.choice(hits)
                xml = xml[: hit.start()] + rng.choice(options) + xml[hit.end() :]
    parts[name] = xml
    return _pack(parts)


MUTATIONS: list[Callable[[random.Random, bytes], bytes]] = [
    flip_bytes,
    truncate_file,
    delete_part,
    break_xml,
    wrong_content_types,
    odd_values,
]


def run(count: int, seed: int, show: int, verbose: bool = False, trace: bool = False) -> int:
    rng = random.Random(seed)
    samples = [(p.name, p.read_bytes()) for p in sorted(SAMPLES.glob("*.xlsx"))]
    audience = Audience(produced=dt.date(2026, 1, 1))
    outcomes: Counter[str] = Counter()
    crashes: list[tuple[str, str]] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="wpxl-fuzz-") as folder:
        work = Path(folder)
        job = Job(policy=Policy(), audience=audience, out_dir=work / "out", force=True)
        for index in range(count):
            name, data = rng.choice(samples)
            mutate = rng.choice(MUTATIONS)
            source = work / f"mutant-{index % 50}.xlsx"
            source.write_bytes(mutate(rng, data))
            label = f"#{index} {mutate.__name__} of {name}"
            if trace:
                print(label, file=sys.stderr, flush=True)
            try:
                sanitise_file(source, job)
                outcomes["written (verified)"] += 1
            except WpxlError as exc:
                outcomes[f"refused: {type(exc).__name__}"] += 1
                if verbose:
                    print(f"{label}: {exc}")
            except Exception as exc:  # a crash is exactly what the fuzzer looks for
                outcomes["CRASH"] += 1
                frames = traceback.format_exception(exc)
                crashes.append((label, "".join(frames[-4:])))
    seconds = time.perf_counter() - started
    print(f"{count} mutants in {seconds:.1f} s (seed {seed})")
    for outcome, n in sorted(outcomes.items()):
        print(f"  {outcome}: {n}")
    for label, trace in crashes[:show]:
        print(f"\n{label}\n{trace}")
    return 1 if crashes else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=5, help="crash tracebacks to print")
    parser.add_argument("--verbose", action="store_true", help="print every refusal too")
    parser.add_argument("--trace", action="store_true", help="name each mutant before its run")
    parser.add_argument(
        "--memory-gb", type=float, default=4.0, help="address-space cap: a blow-up is a crash"
    )
    args = parser.parse_args()
    limit = int(args.memory_gb * 2**30)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    sys.exit(run(args.count, args.seed, args.show, args.verbose, args.trace))


if __name__ == "__main__":
    main()
