"""Optional compiled build of the parser, as Black ships its own (mypyc).

`pip install .` builds copydesk as plain Python. With COPYDESK_MYPYC=1 the parse modules
are compiled to C extensions by mypyc (part of the pinned mypy): the same code, ~1.3x fewer
instructions per article (docs/BENCHMARKS.md). It needs a C compiler and mypy in the build
environment, so `make compiled` installs it into its own virtualenv with
`--no-build-isolation`; editable installs stay pure Python, so an edited `.py` file is never
shadowed by a stale compiled one. `language_model.py` stays Python (its language model
subclass is defined lazily, which mypyc does not support). The same build also compiles dedup's
word-shingle loop (`pipeline/_shingle_kernel.c`, ~4x faster than its numpy twin, which plain
installs run; the tests check both give the same hashes).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from setuptools import Extension, setup

_INTERPRETED = "language_model.py"  # see above


def compiled_modules() -> list[Any]:  # setuptools Extension objects
    if os.environ.get("COPYDESK_MYPYC", "0") != "1":
        return []
    from mypyc.build import mypycify

    sources = sorted(str(p) for p in Path("pipeline/parse").glob("*.py") if p.name != _INTERPRETED)
    # the pyproject's mypy config applies; one `type: ignore` is unused in this file-list mode
    parser = mypycify(["--no-warn-unused-ignores", *sources], opt_level="3")
    # dedup's word-shingle hashes: a loop in C, the same values as the numpy code
    shingles = Extension(
        "pipeline._shingle_kernel", ["pipeline/_shingle_kernel.c"], extra_compile_args=["-O3"]
    )
    return [*parser, shingles]


setup(ext_modules=compiled_modules())
