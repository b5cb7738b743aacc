"""Transparent huge pages off for a copydesk run: the stages' Arrow buffers churn too fast.

The stages allocate and free Arrow buffers of tens to hundreds of MB all the time (Parquet
pages, takes, casts, sorts). Where an allocator asks for transparent huge pages (Arrow's
mimalloc does, with the kernel's THP mode `madvise`), each fresh 2 MB page is zeroed whole by
the kernel on first touch, and the pages go back to the system when freed, so the zeroing
repeats: a perf profile of the package stage on 1M articles had 22 % of its CPU in the
kernel's `clear_page_erms`, and without huge pages the stage took 78 instead of 116 CPU
seconds. Results do not depend on it: it only decides the kernel's page size for the
process's anonymous memory.
"""

from __future__ import annotations

import ctypes
import sys

PR_SET_THP_DISABLE = 41  # linux/prctl.h


def disable_transparent_huge_pages() -> bool:
    """Turn THP off for this process and every process it starts (the flag is inherited by
    children and kept across exec, so spawned pool workers get it too). Linux only; True if
    the kernel took it, False elsewhere or on failure (nothing changes then)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return int(libc.prctl(PR_SET_THP_DISABLE, 1, 0, 0, 0)) == 0
    except (OSError, AttributeError):
        return False
