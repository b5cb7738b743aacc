"""bench/site_probe.py: the invented house-style pages stay aligned with their expectations,
and the parser keeps what it finds on them (floors at the scores of 2026-12-05, 05:15 UTC)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

_SCRIPT = Path(__file__).resolve().parent.parent / "bench" / "site_probe.py"


def _probe() -> ModuleType:
    spec = importlib.util.spec_from_file_location("site_probe", _SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["site_probe"] = module
    spec.loader.exec_module(module)
    return module


# set: (pages, {field: passed at least}, body precision at least, body recall at least)
FLOORS = {
    "us": (
        16,
        {
            "title": 16,
            "reporters": 16,
            "outlet": 15,
            "published": 16,
            "media_credit": 16,
            "photographers": 16,
            "agencies": 15,
        },
        0.95,
        1.0,
    ),
    "europe": (
        16,
        {
            "title": 16,
            "reporters": 16,
            "published": 16,
            "media_credit": 18,
            "photographers": 18,
            "agencies": 18,
        },
        0.97,
        0.98,
    ),
    "unseen": (
        20,
        {
            "title": 20,
            "reporters": 20,
            "outlet": 16,
            "published": 20,
            "media_credit": 28,
            "photographers": 28,
            "agencies": 26,
        },
        0.94,
        1.0,
    ),
    # first scores (be8d31e): title 18, reporters 19, published 18, credits 17, P 0.754
    "unseen2": (
        20,
        {
            "title": 20,
            "reporters": 20,
            "outlet": 19,
            "published": 19,
            "media_credit": 33,
            "photographers": 33,
            "agencies": 33,
        },
        0.95,
        1.0,
    ),
    # first scores (90b3a45): title 12, reporters 13, outlet 16, published 17, credits 29,
    # P 0.830, R 0.994
    "unseen3": (
        20,
        {
            "title": 20,
            "reporters": 19,
            "outlet": 19,
            "published": 20,
            "media_credit": 37,
            "photographers": 37,
            "agencies": 37,
        },
        0.95,
        0.99,
    ),
    # first scores (bc89679): title 16, reporters 18, outlet 18, published 17, credits 27,
    # P 0.825, R 0.929
    "unseen4": (
        20,
        {
            "title": 20,
            "reporters": 18,
            "outlet": 20,
            "published": 19,
            "media_credit": 36,
            "photographers": 36,
            "agencies": 36,
        },
        0.95,
        0.99,
    ),
    # first scores (bd54d39): title 13, reporters 16, outlet 18, published 19, credits 18,
    # P 0.830, R 1.000; rules written from it on 2026-12-05 (03:36 UTC session)
    "unseen5": (
        20,
        {
            "title": 20,
            "reporters": 20,
            "outlet": 20,
            "published": 20,
            "media_credit": 31,
            "photographers": 31,
            "agencies": 31,
        },
        1.0,
        1.0,
    ),
    # first scores (887622c, the session's start): title 12, reporters 16, outlet 17,
    # published 20, credits 26, P 0.781; with unseen5's rules (515f766): title 15, reporters
    # 17, credits 26, P 0.794; rules written from it since (training numbers)
    "unseen6": (
        20,
        {
            "title": 20,
            "reporters": 20,
            "outlet": 20,
            "published": 20,
            "media_credit": 37,
            "photographers": 37,
            "agencies": 37,
        },
        1.0,
        1.0,
    ),
    # first scores (887622c): title 16, reporters 16, outlet 17, published 18, credits 20,
    # P 0.780; at 515f766 and c340e68 (unseen5's and unseen6's rules): title 17, the rest the
    # same, P 0.793; rules written from it since (training numbers)
    "unseen7": (
        20,
        {
            "title": 20,
            "reporters": 20,
            "outlet": 20,
            "published": 20,
            "media_credit": 35,
            "photographers": 35,
            "agencies": 35,
        },
        0.9,
        1.0,
    ),
    # unseen8 and unseen9: rules written from them in the session of 2026-12-05 06:14 UTC
    # (training numbers since)
    "unseen8": (
        20,
        {
            "title": 19,
            "reporters": 20,
            "outlet": 20,
            "published": 20,
            "media_credit": 41,
            "photographers": 41,
            "agencies": 41,
        },
        0.91,
        0.99,
    ),
    "unseen9": (
        20,
        {
            "title": 20,
            "reporters": 20,
            "outlet": 20,
            "published": 20,
            "media_credit": 29,
            "photographers": 29,
            "agencies": 29,
        },
        0.98,
        0.98,
    ),
    # rules written from it too, after its scores with unseen8's and unseen9's rules (first
    # scores at 29550a3: title 18, body precision 0.819)
    "unseen10": (
        20,
        {
            "title": 20,
            "reporters": 19,
            "outlet": 20,
            "published": 19,
            "media_credit": 24,
            "photographers": 24,
            "agencies": 24,
        },
        0.93,
        1.0,
    ),
    # rules written from unseen11, then unseen12, in the session of 2026-12-05 08:51 UTC
    # (training numbers since; first scores at 29550a3: unseen11 title 19, body precision
    # 0.894; unseen12 title 14, reporters 14, credits 21 of 40, precision 0.784, recall 0.879)
    "unseen11": (
        20,
        {
            "title": 20,
            "reporters": 19,
            "outlet": 20,
            "published": 19,
            "media_credit": 24,
            "photographers": 24,
            "agencies": 24,
        },
        0.99,
        1.0,
    ),
    "unseen12": (
        20,
        {
            "title": 19,
            "reporters": 18,
            "outlet": 17,
            "published": 18,
            "media_credit": 39,
            "photographers": 39,
            "agencies": 39,
        },
        0.95,
        1.0,
    ),
    # unseen13: rules written from it in the session of 2026-12-05 08:51 UTC (training numbers
    # since; first scores at 1a18c41: title 15, reporters 17, outlet 12, credits 25 of 31,
    # body precision 0.928, recall 0.941)
    "unseen13": (
        20,
        {
            "title": 19,
            "reporters": 20,
            "outlet": 20,
            "published": 20,
            "media_credit": 30,
            "photographers": 30,
            "agencies": 30,
        },
        0.99,
        1.0,
    ),
    # unseen14: rules written from it in the session of 2026-12-05 08:51 UTC (training numbers
    # since; first scores at 1a18c41: title 16, reporters 15, outlet 11, credits 29 of 42,
    # body precision 0.902)
    "unseen14": (
        20,
        {
            "title": 20,
            "reporters": 17,
            "outlet": 20,
            "published": 18,
            "media_credit": 42,
            "photographers": 42,
            "agencies": 42,
        },
        0.98,
        0.99,
    ),
    # unseen15: rules written from it in the session of 2026-12-05 08:51 UTC (training numbers
    # since; first scores at 1a18c41: title 18, reporters 16, outlet 14, credits 27 of 40,
    # body precision 0.861)
    "unseen15": (
        20,
        {
            "title": 20,
            "reporters": 18,
            "outlet": 20,
            "published": 20,
            "media_credit": 39,
            "photographers": 39,
            "agencies": 37,
        },
        0.96,
        1.0,
    ),
    # unseen16: rules written from it in the session of 2026-12-05 08:51 UTC (training numbers
    # since; first scores at 1a18c41: title 16, reporters 17, outlet 12, credits 23 of 31,
    # body precision 0.878)
    "unseen16": (
        20,
        {
            "title": 20,
            "reporters": 18,
            "outlet": 19,
            "published": 20,
            "media_credit": 28,
            "photographers": 27,
            "agencies": 22,
        },
        0.98,
        0.99,
    ),
    # unseen17, unseen18: rules written from them in the session of 2026-12-05 11:33 UTC
    # (training numbers since; first scores at 1a18c41 in docs/history/EVALUATION-log.md)
    # (unseen17's recall 0.991 -> 0.986 in the session of 14:05 UTC: a paragraph over a
    # bracketed '(Pic by ...)' credit is now its caption)
    "unseen17": (
        20,
        {
            "title": 20,
            "reporters": 18,
            "outlet": 20,
            "published": 20,
            "media_credit": 27,
            "photographers": 27,
            "agencies": 27,
        },
        0.94,
        0.98,
    ),
    "unseen18": (
        20,
        {
            "title": 20,
            "reporters": 20,
            "outlet": 20,
            "published": 20,
            "media_credit": 21,
            "photographers": 20,
            "agencies": 19,
        },
        0.96,
        1.0,
    ),
    # unseen19: rules written from it in the same session (first scores at b38928d: title 18,
    # reporters 18, outlet 15, credits 21 of 28, body precision 0.924)
    "unseen19": (
        20,
        {
            "title": 20,
            "reporters": 20,
            "outlet": 19,
            "published": 20,
            "media_credit": 28,
            "photographers": 28,
            "agencies": 28,
        },
        0.97,
        1.0,
    ),
    # unseen20-unseen22: rules written from them in the session of 2026-12-05 14:05 UTC
    # (training numbers since; their first scores at b38928d and at 19fa2e3 are in
    # docs/history/EVALUATION-log.md, sessions of 11:33 and 14:05 UTC)
    "unseen20": (
        20,
        {
            "title": 20,
            "reporters": 19,
            "outlet": 19,
            "published": 20,
            "media_credit": 30,
            "photographers": 29,
            "agencies": 30,
        },
        0.98,
        1.0,
    ),
    "unseen21": (
        20,
        {
            "title": 19,
            "reporters": 19,
            "outlet": 20,
            "published": 20,
            "media_credit": 27,
            "photographers": 27,
            "agencies": 27,
        },
        0.97,
        0.99,
    ),
    "unseen22": (
        20,
        {
            "title": 19,
            "reporters": 20,
            "outlet": 20,
            "published": 19,
            "media_credit": 25,
            "photographers": 25,
            "agencies": 25,
        },
        0.99,
        0.99,
    ),
    # unseen23, unseen24: first scores at 19fa2e3 and f4d0978 (no rule from them) in
    # docs/history/EVALUATION-log.md, session of 14:05 UTC; rules written from them after f4d0978
    # (training numbers since)
    "unseen23": (
        20,
        {
            "title": 19,
            "reporters": 19,
            "outlet": 20,
            "published": 20,
            "media_credit": 30,
            "photographers": 28,
            "agencies": 30,
        },
        0.97,
        0.99,
    ),
    "unseen24": (
        20,
        {
            "title": 20,
            "reporters": 19,
            "outlet": 20,
            "published": 20,
            "media_credit": 25,
            "photographers": 25,
            "agencies": 25,
        },
        0.98,
        1.0,
    ),
    # honest estimates in the session of 14:05 UTC (docs/history/EVALUATION-log.md); rules written
    # from them in the session of 16:05 UTC (training numbers since)
    "unseen25": (
        20,
        {
            "title": 20,
            "reporters": 20,
            "outlet": 20,
            "published": 20,
            "media_credit": 33,
            "photographers": 33,
            "agencies": 33,
        },
        1.0,
        1.0,
    ),
    "unseen26": (
        20,
        {
            "title": 20,
            "reporters": 20,
            "outlet": 20,
            "published": 20,
            "media_credit": 27,
            "photographers": 27,
            "agencies": 27,
        },
        1.0,
        1.0,
    ),
    # written 2026-12-05 at about 16:10 UTC; first scores at 3545423
    # (docs/history/EVALUATION-log.md, session of 16:05 UTC): title 18, 18, 18; credits 33, 24, 17.
    # Rules written from them in that session's round two (training numbers since)
    "unseen27": (
        20,
        {
            "title": 20,
            "reporters": 20,
            "outlet": 20,
            "published": 20,
            "media_credit": 36,
            "photographers": 36,
            "agencies": 35,
        },
        1.0,
        1.0,
    ),
    "unseen28": (
        20,
        {
            "title": 20,
            "reporters": 20,
            "outlet": 20,
            "published": 20,
            "media_credit": 28,
            "photographers": 28,
            "agencies": 28,
        },
        1.0,
        1.0,
    ),
    "unseen29": (
        20,
        {
            "title": 20,
            "reporters": 20,
            "outlet": 20,
            "published": 20,
            "media_credit": 27,
            "photographers": 27,
            "agencies": 27,
        },
        0.98,
        0.97,
    ),
    # honest estimates of rounds one and two (docs/history/EVALUATION-log.md, session of 16:05 UTC):
    # first scores at 3545423 title 18, 19; credits 28, 20. Rules written from them in that
    # session's round three (training numbers since)
    "unseen30": (
        20,
        {
            "title": 20,
            "reporters": 20,
            "outlet": 20,
            "published": 19,
            "media_credit": 38,
            "photographers": 38,
            "agencies": 38,
        },
        1.0,
        1.0,
    ),
    "unseen31": (
        20,
        {
            "title": 20,
            "reporters": 20,
            "outlet": 20,
            "published": 20,
            "media_credit": 27,
            "photographers": 27,
            "agencies": 26,
        },
        0.96,
        0.99,
    ),
    # honest estimates of the session of 16:05 UTC (first scores at 3545423 title 17, 20;
    # credits 22, 29). Rules written from them in the session of 18:34 UTC (round four;
    # training numbers since)
    "unseen32": (
        20,
        {
            "title": 20,
            "reporters": 20,
            "outlet": 20,
            "published": 20,
            "media_credit": 24,
            "photographers": 24,
            "agencies": 24,
        },
        1.0,
        1.0,
    ),
    "unseen33": (
        20,
        {
            "title": 20,
            "reporters": 20,
            "outlet": 20,
            "published": 20,
            "media_credit": 30,
            "photographers": 30,
            "agencies": 30,
        },
        1.0,
        1.0,
    ),
    # honest estimates of the session of 18:34 UTC (first scores at 6c5143c: credits 26, 18;
    # outlets 18, 16). Rules written from them in that session's round five (training
    # numbers since)
    "unseen34": (
        20,
        {
            "title": 20,
            "reporters": 20,
            "outlet": 20,
            "published": 20,
            "media_credit": 28,
            "photographers": 28,
            "agencies": 28,
        },
        0.98,
        1.0,
    ),
    "unseen35": (
        20,
        {
            "title": 19,
            "reporters": 20,
            "outlet": 20,
            "published": 20,
            "media_credit": 20,
            "photographers": 20,
            "agencies": 20,
        },
        0.99,
        1.0,
    ),
    # honest estimates of the session of 18:34 UTC (first scores at 0ff62dd: credits 29, 30;
    # outlets 16, 19). Rules written from them in round six (session of 21:07 UTC; training
    # numbers since)
    "unseen36": (
        20,
        {
            "title": 20,
            "reporters": 19,
            "outlet": 18,
            "published": 20,
            "media_credit": 32,
            "photographers": 32,
            "agencies": 32,
        },
        1.0,
        1.0,
    ),
    "unseen37": (
        20,
        {
            "title": 20,
            "reporters": 20,
            "outlet": 20,
            "published": 20,
            "media_credit": 38,
            "photographers": 38,
            "agencies": 38,
        },
        0.99,
        1.0,
    ),
    # honest estimates of the session of 21:07 UTC (first scores at 5b5d10d: credits 24, 23;
    # outlets 15, 20). Rules written from them in round seven (training numbers since)
    "unseen38": (
        20,
        {
            "title": 20,
            "reporters": 19,
            "outlet": 19,
            "published": 20,
            "media_credit": 26,
            "photographers": 26,
            "agencies": 26,
        },
        1.0,
        1.0,
    ),
    "unseen39": (
        20,
        {
            "title": 20,
            "reporters": 19,
            "outlet": 20,
            "published": 20,
            "media_credit": 27,
            "photographers": 27,
            "agencies": 27,
        },
        0.96,
        1.0,
    ),
    # honest estimates of the session of 21:07 UTC (first scores at 5b5d10d, 85f9d98 and
    # d72f327: credits 27, 25; outlets 20, 19). Rules written from them in round eight
    # (training numbers since)
    "unseen40": (
        20,
        {
            "title": 20,
            "reporters": 20,
            "outlet": 20,
            "published": 20,
            "media_credit": 29,
            "photographers": 29,
            "agencies": 29,
        },
        0.97,
        1.0,
    ),
    "unseen41": (
        20,
        {
            "title": 20,
            "reporters": 20,
            "outlet": 20,
            "published": 20,
            "media_credit": 27,
            "photographers": 27,
            "agencies": 27,
        },
        0.99,
        0.99,
    ),
    # honest estimates of the session of 21:07 UTC (first scores at 5b5d10d, d72f327 and
    # 1256d9f: credits 24, 21; outlets 16-17, 17). Rules written from them in round nine
    # (training numbers since)
    "unseen42": (
        20,
        {
            "title": 20,
            "reporters": 20,
            "outlet": 20,
            "published": 20,
            "media_credit": 28,
            "photographers": 28,
            "agencies": 28,
        },
        1.0,
        1.0,
    ),
    "unseen43": (
        20,
        {
            "title": 20,
            "reporters": 18,
            "outlet": 20,
            "published": 19,
            "media_credit": 26,
            "photographers": 26,
            "agencies": 26,
        },
        1.0,
        0.99,
    ),
    # honest estimates of the session of 21:07 UTC (first scores at 5b5d10d and 1500777:
    # credits 25, 20 -> 25, 21; outlets 16 -> 17, 17). Rules written from them in round ten
    # (training numbers since)
    # (outlet 20 -> 19 on 2026-12-06: 'Video: Thai PBS' is a credit now, and the broadcaster
    # it names is taken for the outlet where the page expects 'Thai PBS World')
    "unseen44": (
        20,
        {
            "title": 19,
            "reporters": 20,
            "outlet": 19,
            "published": 20,
            "media_credit": 29,
            "photographers": 29,
            "agencies": 29,
        },
        0.99,
        1.0,
    ),
    "unseen45": (
        20,
        {
            "title": 20,
            "reporters": 19,
            "outlet": 20,
            "published": 20,
            "media_credit": 26,
            "photographers": 26,
            "agencies": 26,
        },
        1.0,
        1.0,
    ),
    # honest estimates of the session of 21:07 UTC (first scores at 5b5d10d and 0f974ff:
    # credits 19, 32; outlets 19, 17 -> 18). Rules written from them in round eleven
    # (training numbers since)
    "unseen46": (
        20,
        {
            "title": 18,
            "reporters": 20,
            "outlet": 20,
            "published": 20,
            "media_credit": 19,
            "photographers": 19,
            "agencies": 18,
        },
        0.97,
        1.0,
    ),
    "unseen47": (
        20,
        {
            "title": 20,
            "reporters": 20,
            "outlet": 19,
            "published": 20,
            "media_credit": 32,
            "photographers": 32,
            "agencies": 32,
        },
        0.99,
        1.0,
    ),
    # honest estimates of the session of 21:07 UTC (first scores at 5b5d10d and 5bb7804:
    # credits 23, 20; outlets 17 -> 16, 16). Rules written from them in round twelve
    # (training numbers since)
    "unseen48": (
        20,
        {
            "title": 20,
            "reporters": 18,
            "outlet": 19,
            "published": 20,
            "media_credit": 29,
            "photographers": 29,
            "agencies": 28,
        },
        0.99,
        1.0,
    ),
    "unseen49": (
        20,
        {
            "title": 19,
            "reporters": 17,
            "outlet": 19,
            "published": 20,
            "media_credit": 22,
            "photographers": 22,
            "agencies": 22,
        },
        1.0,
        1.0,
    ),
    # honest estimates of the parser of 2026-12-05 22:49 UTC (docs/history/EVALUATION-log.md,
    # session of 21:07 UTC); round thirteen was written from them (session of 23:24 UTC)
    "unseen50": (
        20,
        {
            "title": 20,
            "reporters": 20,
            "outlet": 20,
            "published": 20,
            "media_credit": 31,
            "photographers": 31,
            "agencies": 31,
        },
        1.0,
        1.0,
    ),
    "unseen51": (
        20,
        {
            "title": 20,
            "reporters": 19,
            "outlet": 20,
            "published": 20,
            "media_credit": 27,
            "photographers": 27,
            "agencies": 27,
        },
        1.0,
        1.0,
    ),
    # honest estimates of round thirteen (docs/history/EVALUATION-log.md, session of 23:24 UTC);
    # round fourteen was written from them
    "unseen52": (
        20,
        {
            "title": 20,
            "reporters": 20,
            "outlet": 20,
            "published": 20,
            "media_credit": 26,
            "photographers": 26,
            "agencies": 26,
        },
        0.97,
        0.99,
    ),
    "unseen53": (
        20,
        {
            "title": 20,
            "reporters": 19,
            "outlet": 20,
            "published": 20,
            "media_credit": 23,
            "photographers": 23,
            "agencies": 22,
        },
        0.97,
        1.0,
    ),
    "unseen54": (
        20,
        {
            "title": 20,
            "reporters": 19,
            "outlet": 16,
            "published": 19,
            "media_credit": 25,
            "photographers": 25,
            "agencies": 25,
        },
        0.97,
        0.98,
    ),
    "unseen55": (
        20,
        {
            "title": 20,
            "reporters": 19,
            "outlet": 19,
            "published": 20,
            "media_credit": 28,
            "photographers": 28,
            "agencies": 23,
        },
        0.97,
        1.0,
    ),
    # honest estimates of round fourteen (docs/history/EVALUATION-log.md, session of 23:24 UTC);
    # round fifteen was written from them
    "unseen56": (
        20,
        {
            "title": 20,
            "reporters": 18,
            "outlet": 20,
            "published": 20,
            "media_credit": 26,
            "photographers": 26,
            "agencies": 16,
        },
        0.94,
        1.0,
    ),
    "unseen57": (
        20,
        {
            "title": 20,
            "reporters": 19,
            "outlet": 20,
            "published": 20,
            "media_credit": 22,
            "photographers": 22,
            "agencies": 22,
        },
        0.94,
        1.0,
    ),
    "unseen58": (
        20,
        {
            "title": 19,
            "reporters": 18,
            "outlet": 20,
            "published": 20,
            "media_credit": 20,
            "photographers": 20,
            "agencies": 20,
        },
        0.94,
        1.0,
    ),
    "unseen59": (
        20,
        {
            "title": 20,
            "reporters": 18,
            "outlet": 20,
            "published": 20,
            "media_credit": 23,
            "photographers": 23,
            "agencies": 23,
        },
        0.94,
        1.0,
    ),
    # honest estimates of round fifteen (docs/history/EVALUATION-log.md, session of 2026-12-05 23:24
    # UTC); round sixteen was written from them
    "unseen60": (
        20,
        {
            "title": 20,
            "reporters": 20,
            "outlet": 19,
            "published": 19,
            "media_credit": 26,
            "photographers": 26,
            "agencies": 26,
        },
        0.97,
        1.0,
    ),
    "unseen61": (
        20,
        {
            "title": 20,
            "reporters": 20,
            "outlet": 20,
            "published": 18,
            "media_credit": 23,
            "photographers": 23,
            "agencies": 23,
        },
        0.94,
        1.0,
    ),
    "unseen62": (
        20,
        {
            "title": 19,
            "reporters": 18,
            "outlet": 20,
            "published": 20,
            "media_credit": 21,
            "photographers": 21,
            "agencies": 21,
        },
        0.93,
        0.99,
    ),
    "unseen63": (
        20,
        {
            "title": 20,
            "reporters": 19,
            "outlet": 20,
            "published": 20,
            "media_credit": 21,
            "photographers": 21,
            "agencies": 21,
        },
        0.99,
        1.0,
    ),
    # no rule written from them (written 2026-12-06 at about 00:35 UTC): their scores are honest
    # estimates of round sixteen (docs/history/EVALUATION-log.md, session of 2026-12-05 23:24 UTC)
    "unseen64": (
        20,
        {
            "title": 20,
            "reporters": 20,
            "outlet": 20,
            "published": 19,
            "media_credit": 29,
            "photographers": 29,
            "agencies": 29,
        },
        0.97,
        1.0,
    ),
    "unseen65": (
        20,
        {
            "title": 20,
            "reporters": 19,
            "outlet": 20,
            "published": 19,
            "media_credit": 29,
            "photographers": 28,
            "agencies": 28,
        },
        0.97,
        0.99,
    ),
    "unseen66": (
        20,
        {
            "title": 20,
            "reporters": 20,
            "outlet": 18,
            "published": 19,
            "media_credit": 27,
            "photographers": 27,
            "agencies": 27,
        },
        0.96,
        1.0,
    ),
    # outlet 19: round seventeen's masthead cue for unsigned stories names the site on its
    # republished press release (one of two training pages it lost; docs/history/EVALUATION-log.md)
    "unseen67": (
        20,
        {
            "title": 20,
            "reporters": 16,
            "outlet": 19,
            "published": 18,
            "media_credit": 27,
            "photographers": 26,
            "agencies": 27,
        },
        0.96,
        1.0,
    ),
    # honest estimates of round seventeen (docs/history/EVALUATION-log.md, session of 2026-12-06
    # 02:00 UTC); first scores at f0e5a23, the session's start:
    # unseen68: title 19, reporters 18, outlet 18, published 20, credits 22, P 0.978
    # unseen69: title 20, reporters 20, outlet 20, published 19, credits 21, P 0.947
    # unseen70: title 18, reporters 17, outlet 18, published 19, credits 25, P 0.989
    # unseen71: title 19, reporters 17, outlet 19, published 19, credits 27, P 0.957
    "unseen68": (
        20,
        {
            "title": 20,
            "reporters": 18,
            "outlet": 19,
            "published": 20,
            "media_credit": 26,
            "photographers": 26,
            "agencies": 26,
        },
        0.98,
        1.0,
    ),
    "unseen69": (
        20,
        {
            "title": 20,
            "reporters": 20,
            "outlet": 20,
            "published": 19,
            "media_credit": 23,
            "photographers": 23,
            "agencies": 23,
        },
        0.96,
        0.99,
    ),
    "unseen70": (
        20,
        {
            "title": 20,
            "reporters": 18,
            "outlet": 19,
            "published": 20,
            "media_credit": 26,
            "photographers": 26,
            "agencies": 26,
        },
        0.98,
        0.98,
    ),
    "unseen71": (
        20,
        {
            "title": 19,
            "reporters": 18,
            "outlet": 20,
            "published": 19,
            "media_credit": 30,
            "photographers": 30,
            "agencies": 30,
        },
        0.97,
        1.0,
    ),
    # honest estimates of round eighteen (docs/history/EVALUATION-log.md, session of 2026-12-06
    # 02:00 UTC), which moved none of their scores from round seventeen's; first scores at f0e5a23,
    # the session's start:
    # unseen72: title 17, reporters 17, outlet 18, published 19, credits 25, P 0.966
    # unseen73: title 17, reporters 19, outlet 19, published 20, credits 29, P 0.967
    # unseen74: title 20, reporters 17, outlet 19, published 20, credits 21, P 0.936
    # unseen75: title 20, reporters 17, outlet 19, published 20, credits 27, P 0.951
    "unseen72": (
        20,
        {
            "title": 18,
            "reporters": 18,
            "outlet": 20,
            "published": 19,
            "media_credit": 25,
            "photographers": 25,
            "agencies": 25,
        },
        0.96,
        1.0,
    ),
    "unseen73": (
        20,
        {
            "title": 19,
            "reporters": 20,
            "outlet": 19,
            "published": 20,
            "media_credit": 31,
            "photographers": 30,
            "agencies": 23,
        },
        0.97,
        1.0,
    ),
    "unseen74": (
        20,
        {
            "title": 20,
            "reporters": 19,
            "outlet": 20,
            "published": 20,
            "media_credit": 23,
            "photographers": 23,
            "agencies": 23,
        },
        0.95,
        1.0,
    ),
    "unseen75": (
        20,
        {
            "title": 20,
            "reporters": 19,
            "outlet": 19,
            "published": 20,
            "media_credit": 30,
            "photographers": 30,
            "agencies": 30,
        },
        0.97,
        0.99,
    ),
    # honest estimates of rounds seventeen to nineteen (docs/history/EVALUATION-log.md, session of
    # 2026-12-06 02:00 UTC); first scores at f0e5a23, the session's start:
    # unseen76: title 20, reporters 20, outlet 19, published 19, credits 24, P 0.956
    # unseen77: title 19, reporters 18, outlet 18, published 18, credits 22, P 0.969
    # unseen78: title 20, reporters 20, outlet 19, published 19, credits 24, P 0.927
    # unseen79: title 18, reporters 18, outlet 20, published 19, credits 25, P 0.897
    "unseen76": (
        20,
        {
            "title": 20,
            "reporters": 20,
            "outlet": 20,
            "published": 20,
            "media_credit": 29,
            "photographers": 29,
            "agencies": 28,
        },
        0.97,
        1.0,
    ),
    "unseen77": (
        20,
        {
            "title": 19,
            "reporters": 18,
            "outlet": 19,
            "published": 18,
            "media_credit": 25,
            "photographers": 24,
            "agencies": 25,
        },
        0.98,
        0.99,
    ),
    "unseen78": (
        20,
        {
            "title": 20,
            "reporters": 20,
            "outlet": 20,
            "published": 19,
            "media_credit": 28,
            "photographers": 28,
            "agencies": 28,
        },
        0.93,
        1.0,
    ),
    "unseen79": (
        20,
        {
            "title": 18,
            "reporters": 18,
            "outlet": 20,
            "published": 19,
            "media_credit": 29,
            "photographers": 29,
            "agencies": 17,
        },
        0.93,
        0.99,
    ),
    # honest estimates of rounds seventeen to twenty (docs/history/EVALUATION-log.md, session of
    # 2026-12-06 02:00 UTC); first scores at f0e5a23, the session's start:
    # unseen80: title 16, reporters 19, outlet 13, published 20, credits 17, P 0.948
    # unseen81: title 17, reporters 19, outlet 15, published 15, credits 19, P 0.905
    # unseen82: title 19, reporters 17, outlet 16, published 18, credits 19, P 0.957
    # unseen83: title 17, reporters 16, outlet 16, published 18, credits 12, P 0.983
    "unseen80": (
        20,
        {
            "title": 19,
            "reporters": 19,
            "outlet": 19,
            "published": 20,
            "media_credit": 20,
            "photographers": 20,
            "agencies": 20,
        },
        0.94,
        1.0,
    ),
    "unseen81": (
        20,
        {
            "title": 20,
            "reporters": 19,
            "outlet": 18,
            "published": 17,
            "media_credit": 27,
            "photographers": 27,
            "agencies": 27,
        },
        0.92,
        0.99,
    ),
    "unseen82": (
        20,
        {
            "title": 19,
            "reporters": 17,
            "outlet": 19,
            "published": 18,
            "media_credit": 21,
            "photographers": 20,
            "agencies": 20,
        },
        0.96,
        0.99,
    ),
    "unseen83": (
        20,
        {
            "title": 18,
            "reporters": 18,
            "outlet": 20,
            "published": 19,
            "media_credit": 15,
            "photographers": 15,
            "agencies": 13,
        },
        0.98,
        1.0,
    ),
    # first scores (defcf53, the session's start): title 18, reporters 16, outlet 18, credits
    # 18 of 27; its failure lines were read for round 22
    # (body precision 0.95 -> 0.94 on 2026-12-06: a summary box's 'Story highlights' is a label
    # now, so the headline over it is found, and one highlight under it is read as story)
    "unseen84": (
        20,
        {
            "title": 20,
            "reporters": 19,
            "outlet": 20,
            "published": 20,
            "media_credit": 25,
            "photographers": 25,
            "agencies": 24,
        },
        0.94,
        0.99,
    ),
    # first scores (defcf53): title 20, reporters 19, outlet 17, credits 27 of 34; read for
    # round 22
    "unseen85": (
        20,
        {
            "title": 20,
            "reporters": 19,
            "outlet": 19,
            "published": 19,
            "media_credit": 31,
            "photographers": 31,
            "agencies": 31,
        },
        0.93,
        1.0,
    ),
    # first scores (defcf53): title 19, reporters 19, outlet 16, credits 30 of 34; never read:
    # honest estimates
    "unseen86": (
        20,
        {
            "title": 20,
            "reporters": 19,
            "outlet": 18,
            "published": 19,
            "media_credit": 31,
            "photographers": 28,
            "agencies": 30,
        },
        0.94,
        1.0,
    ),
    # first scores (defcf53): title 20, reporters 19, outlet 17, credits 27 of 35; never read:
    # honest estimates
    "unseen87": (
        20,
        {
            "title": 20,
            "reporters": 19,
            "outlet": 17,
            "published": 19,
            "media_credit": 31,
            "photographers": 30,
            "agencies": 30,
        },
        0.92,
        1.0,
    ),
    # scored first at defcf53 (the session's start); its failure lines were read for round 23
    "unseen88": (
        20,
        {
            "title": 19,
            "reporters": 20,
            "outlet": 19,
            "published": 19,
            "media_credit": 32,
            "photographers": 31,
            "agencies": 32,
        },
        0.9,
        0.97,
    ),
    # scored first at defcf53 (the session's start); its failure lines were read for round 23
    "unseen89": (
        20,
        {
            "title": 20,
            "reporters": 18,
            "outlet": 20,
            "published": 18,
            "media_credit": 32,
            "photographers": 32,
            "agencies": 32,
        },
        0.97,
        0.97,
    ),
    # scored first at defcf53 (the session's start); never read: honest estimates
    "unseen90": (
        20,
        {
            "title": 20,
            "reporters": 18,
            "outlet": 16,
            "published": 20,
            "media_credit": 36,
            "photographers": 36,
            "agencies": 35,
        },
        0.92,
        0.97,
    ),
    # scored first at defcf53 (the session's start); never read: honest estimates
    "unseen91": (
        20,
        {
            "title": 20,
            "reporters": 17,
            "outlet": 16,
            "published": 20,
            "media_credit": 52,
            "photographers": 48,
            "agencies": 44,
        },
        0.9,
        0.98,
    ),
    # (no floor until 2026-12-06)
    "asia_africa_pacific": (
        16,
        {
            "title": 16,
            "reporters": 16,
            "outlet": 16,
            "published": 16,
            "media_credit": 21,
            "photographers": 21,
            "agencies": 21,
        },
        0.98,
        1.0,
    ),
    "unseen92": (
        20,
        {
            "title": 19,
            "reporters": 18,
            "outlet": 18,
            "published": 19,
            "media_credit": 26,
            "photographers": 26,
            "agencies": 26,
        },
        0.95,
        0.99,
    ),
    "unseen93": (
        20,
        {
            "title": 20,
            "reporters": 20,
            "outlet": 19,
            "published": 19,
            "media_credit": 28,
            "photographers": 28,
            "agencies": 28,
        },
        0.9,
        1.0,
    ),
    "unseen94": (
        20,
        {
            "title": 19,
            "reporters": 17,
            "outlet": 17,
            "published": 18,
            "media_credit": 15,
            "photographers": 14,
            "agencies": 14,
        },
        0.93,
        0.97,
    ),
    "unseen95": (
        20,
        {
            "title": 19,
            "reporters": 19,
            "outlet": 17,
            "published": 18,
            "media_credit": 23,
            "photographers": 20,
            "agencies": 19,
        },
        0.83,
        1.0,
    ),
    # unseen96-98: written in the session of 2026-12-06 12:40 UTC, never used to write a rule
    # (one page's outlet failure was read to find a regression, since fixed)
    "unseen96": (
        20,
        {
            "title": 20,
            "reporters": 20,
            "outlet": 19,
            "published": 20,
            "media_credit": 19,
            "photographers": 18,
            "agencies": 18,
        },
        0.92,
        1.0,
    ),
    "unseen97": (
        20,
        {
            "title": 20,
            "reporters": 19,
            "outlet": 16,
            "published": 20,
            "media_credit": 20,
            "photographers": 18,
            "agencies": 18,
        },
        0.94,
        0.98,
    ),
    "unseen98": (
        20,
        {
            "title": 17,
            "reporters": 19,
            "outlet": 20,
            "published": 19,
            "media_credit": 15,
            "photographers": 15,
            "agencies": 15,
        },
        0.94,
        0.99,
    ),
    # unseen99, unseen100: written in the same session; their failure lines were read and rules
    # written from them (training numbers)
    "unseen99": (
        20,
        {
            "title": 17,
            "reporters": 19,
            "outlet": 20,
            "published": 20,
            "media_credit": 58,
            "photographers": 57,
            "agencies": 58,
        },
        0.91,
        1.0,
    ),
    "unseen100": (
        20,
        {
            "title": 20,
            "reporters": 19,
            "outlet": 17,
            "published": 20,
            "media_credit": 15,
            "photographers": 15,
            "agencies": 15,
        },
        0.95,
        1.0,
    ),
    # unseen101: written in the same session; its failure lines were read (training numbers)
    "unseen101": (
        20,
        {
            "title": 20,
            "reporters": 20,
            "outlet": 18,
            "published": 20,
            "media_credit": 25,
            "photographers": 25,
            "agencies": 25,
        },
        0.97,
        1.0,
    ),
    # unseen102: written in the same session; its failure lines were read (training numbers)
    "unseen102": (
        20,
        {
            "title": 20,
            "reporters": 20,
            "outlet": 20,
            "published": 20,
            "media_credit": 33,
            "photographers": 33,
            "agencies": 33,
        },
        0.89,
        1.0,
    ),
    # unseen103-105: written by helpers in the session of 2026-12-06 15:22 UTC (first scores in
    # docs/history/EVALUATION-log.md); their failure lines were then read (training numbers)
    "unseen103": (
        20,
        {
            "title": 20,
            "reporters": 20,
            "outlet": 20,
            "published": 20,
            "media_credit": 31,
            "photographers": 31,
            "agencies": 31,
        },
        0.95,
        1.0,
    ),
    "unseen104": (
        20,
        {
            "title": 19,
            "reporters": 19,
            "outlet": 20,
            "published": 19,
            "media_credit": 27,
            "photographers": 27,
            "agencies": 27,
        },
        0.93,
        1.0,
    ),
    "unseen105": (
        20,
        {
            "title": 18,
            "reporters": 18,
            "outlet": 20,
            "published": 20,
            "media_credit": 22,
            "photographers": 22,
            "agencies": 22,
        },
        0.98,
        0.99,
    ),
    # unseen106: written in the same session, never read (score only): an honest estimate
    "unseen106": (
        20,
        {
            "title": 20,
            "reporters": 18,
            "outlet": 17,
            "published": 19,
            "media_credit": 55,
            "photographers": 52,
            "agencies": 48,
        },
        0.93,
        1.0,
    ),
    # unseen107-108: written by helpers later in the session of 2026-12-06 15:22 UTC (first scores
    # in docs/history/EVALUATION-log.md); their failure lines were then read (training numbers)
    "unseen107": (
        20,
        {
            "title": 19,
            "reporters": 20,
            "outlet": 20,
            "published": 20,
            "media_credit": 24,
            "photographers": 24,
            "agencies": 24,
        },
        0.95,
        1.0,
    ),
    "unseen108": (
        20,
        {
            "title": 20,
            "reporters": 20,
            "outlet": 20,
            "published": 20,
            "media_credit": 30,
            "photographers": 29,
            "agencies": 28,
        },
        0.94,
        1.0,
    ),
    # unseen109-110: written at the same time, never read (score only): honest estimates
    "unseen109": (
        20,
        {
            "title": 19,
            "reporters": 19,
            "outlet": 17,
            "published": 17,
            "media_credit": 20,
            "photographers": 20,
            "agencies": 19,
        },
        0.95,
        0.99,
    ),
    "unseen110": (
        20,
        {
            "title": 20,
            "reporters": 19,
            "outlet": 19,
            "published": 17,
            "media_credit": 53,
            "photographers": 51,
            "agencies": 51,
        },
        0.88,
        0.99,
    ),
    # unseen111-116 (session of 2026-12-06 18:05 UTC): written by six helpers at once;
    # unseen111, 113 and 115 read and used for rules (training), unseen112, 114 and 116 never
    # read (score only): honest estimates
    "unseen111": (
        20,
        {
            "title": 19,
            "reporters": 20,
            "outlet": 20,
            "published": 20,
            "media_credit": 29,
            "photographers": 28,
            "agencies": 29,
        },
        0.96,
        1.0,
    ),
    "unseen112": (
        20,
        {
            "title": 20,
            "reporters": 18,
            "outlet": 20,
            "published": 19,
            "media_credit": 27,
            "photographers": 25,
            "agencies": 25,
        },
        0.92,
        1.0,
    ),
    "unseen113": (
        20,
        {
            "title": 19,
            "reporters": 19,
            "outlet": 19,
            "published": 19,
            "media_credit": 20,
            "photographers": 20,
            "agencies": 19,
        },
        0.93,
        0.99,
    ),
    "unseen114": (
        20,
        {
            "title": 18,
            "reporters": 20,
            "outlet": 17,
            "published": 19,
            "media_credit": 50,
            "photographers": 50,
            "agencies": 48,
        },
        0.84,
        0.99,
    ),
    "unseen115": (
        20,
        {
            "title": 19,
            "reporters": 20,
            "outlet": 20,
            "published": 18,
            "media_credit": 18,
            "photographers": 18,
            "agencies": 18,
        },
        0.97,
        1.0,
    ),
    "unseen116": (
        20,
        {
            "title": 20,
            "reporters": 18,
            "outlet": 20,
            "published": 19,
            "media_credit": 28,
            "photographers": 28,
            "agencies": 28,
        },
        0.84,
        0.98,
    ),
    # unseen117-122 (same session, second round; the split decided before any page existed):
    # unseen117, 119 and 121 training, unseen118, 120 and 122 never read (score only)
    "unseen117": (
        20,
        {
            "title": 20,
            "reporters": 20,
            "outlet": 19,
            "published": 19,
            "media_credit": 31,
            "photographers": 31,
            "agencies": 31,
        },
        0.95,
        1.0,
    ),
    "unseen118": (
        20,
        {
            "title": 20,
            "reporters": 19,
            "outlet": 12,
            "published": 19,
            "media_credit": 25,
            "photographers": 24,
            "agencies": 24,
        },
        0.97,
        1.0,
    ),
    "unseen119": (
        20,
        {
            "title": 19,
            "reporters": 20,
            "outlet": 19,
            "published": 19,
            "media_credit": 25,
            "photographers": 25,
            "agencies": 25,
        },
        0.97,
        0.98,
    ),
    "unseen120": (
        20,
        {
            "title": 20,
            "reporters": 16,
            "outlet": 19,
            "published": 20,
            "media_credit": 23,
            "photographers": 22,
            "agencies": 23,
        },
        0.96,
        0.99,
    ),
    "unseen121": (
        20,
        {
            "title": 19,
            "reporters": 20,
            "outlet": 17,
            "published": 20,
            "media_credit": 19,
            "photographers": 19,
            "agencies": 19,
        },
        0.97,
        0.99,
    ),
    "unseen122": (
        20,
        {
            "title": 19,
            "reporters": 18,
            "outlet": 18,
            "published": 19,
            "media_credit": 29,
            "photographers": 29,
            "agencies": 27,
        },
        0.86,
        1.0,
    ),
    # unseen123-126 (same session, third round): never read (score only), honest estimates
    "unseen123": (
        20,
        {
            "title": 19,
            "reporters": 18,
            "outlet": 18,
            "published": 20,
            "media_credit": 33,
            "photographers": 32,
            "agencies": 32,
        },
        0.97,
        1.0,
    ),
    "unseen124": (
        20,
        {
            "title": 18,
            "reporters": 18,
            "outlet": 17,
            "published": 19,
            "media_credit": 27,
            "photographers": 27,
            "agencies": 25,
        },
        0.92,
        0.98,
    ),
    "unseen125": (
        20,
        {
            "title": 19,
            "reporters": 19,
            "outlet": 18,
            "published": 19,
            "media_credit": 18,
            "photographers": 18,
            "agencies": 17,
        },
        0.94,
        1.0,
    ),
    "unseen126": (
        20,
        {
            "title": 20,
            "reporters": 18,
            "outlet": 18,
            "published": 20,
            "media_credit": 54,
            "photographers": 51,
            "agencies": 52,
        },
        0.86,
        1.0,
    ),
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_site_pages_score_at_least_their_floor(name: str) -> None:
    pages, fields, precision, recall = FLOORS[name]
    score = _probe().score_set(name)
    assert score.pages == pages
    assert score.errors == {}
    assert score.unaligned == []  # every page's lines line up with `line_roles`
    for field, floor in fields.items():
        assert score.passed[field] >= floor, (field, score.passed[field])
    assert score.precision() >= precision
    assert score.recall() >= recall


def test_a_wrong_expectation_fails_its_field(tmp_path: Path) -> None:
    probe = _probe()
    got = {"title": "Something else", "reporters": ["Jo Li"], "outlet": None}
    score = probe.SetScore("t")
    probe.score_fields(score, "p", {"title": ["A headline"], "reporters": ["Jo Li"]}, got)
    assert score.passed["title"] == 0 and score.total["title"] == 1
    assert score.passed["reporters"] == 1


def test_agencies_are_counted_one_by_one_with_their_spellings() -> None:
    probe = _probe()
    expected = [["Getty Images"], ["The Atlantic", None], ["AP", "Associated Press"]]
    # Getty and AP found, The Atlantic may be absent: all hits, nothing missed
    assert probe.agency_counts(["Getty Images", "Associated Press"], expected) == (2, 0, 0)
    # an optional agency found is a hit too; an agency nobody expected is a false positive
    assert probe.agency_counts(["the atlantic", "Getty Images", "AFP"], expected) == (2, 1, 1)
    # two spellings of one agency stand for it once
    assert probe.agency_counts(["AP", "Associated Press"], expected) == (1, 1, 1)
    assert probe.agency_counts([], expected) == (0, 0, 2)


def test_photographers_are_counted_one_by_one_where_the_exact_set_fails() -> None:
    probe = _probe()
    score = probe.SetScore("t")
    exp = {"media": [{"credit": ["Jo Li and Al Ma/AP"], "photographers": ["Jo Li", "Al Ma"]}]}
    got = {"media": [{"credit": "Jo Li and Al Ma/AP", "photographers": ["Jo Li", "Al"]}]}
    probe.score_fields(score, "p", exp, got)
    assert score.passed["photographers"] == 0 and score.total["photographers"] == 1
    t = score.names["photographers"]
    assert (t.tp, t.fp, t.fn) == (1, 1, 1)
    assert probe.f1(t.tp, t.fp, t.fn) == 0.5


def test_names_on_a_credit_nobody_expected_are_false_positives() -> None:
    probe = _probe()
    score = probe.SetScore("t")
    exp = {"media": [{"credit": ["Jo Li/AP"], "photographers": ["Jo Li"], "agencies": [["AP"]]}]}
    got = {
        "media": [
            {"credit": "Read more", "photographers": ["Read More"], "agencies": ["AFP"]},
            {"credit": "Jo Li/AP", "photographers": ["Jo Li"], "agencies": ["AP"]},
        ]
    }
    probe.score_fields(score, "p", exp, got)
    assert score.passed["photographers"] == 1 and score.passed["agencies"] == 1
    p, a = score.names["photographers"], score.names["agencies"]
    assert (p.tp, p.fp, p.fn) == (1, 1, 0) and (a.tp, a.fp, a.fn) == (1, 1, 0)


def test_never_read_sets_keep_photographer_and_agency_set_f1_at_the_target() -> None:
    """The issue's target (set F1 >= 0.90), on the 420 pages no rule was written from;
    2026-12-07: photographers 0.910, agencies 0.903."""
    probe = _probe()
    assert len(probe.NEVER_READ) == 21 and set(probe.NEVER_READ) <= set(probe.SETS)
    scores = [probe.score_set(name) for name in probe.NEVER_READ]
    for kind in ("photographers", "agencies"):
        tp, fp, fn = (sum(getattr(s.names[kind], c) for s in scores) for c in ("tp", "fp", "fn"))
        assert probe.f1(tp, fp, fn) >= 0.90, (kind, tp, fp, fn)


@pytest.mark.parametrize(
    ("expected", "got", "cued", "uncued"),
    [
        (["Reuters"], "Reuters", (1, 1), (0, 0)),
        (["Portvale Post", None], None, (1, 1), (0, 0)),  # a weak cue: none is right too
        (["Reuters"], None, (0, 1), (0, 0)),
        ([None], None, (0, 0), (1, 1)),
        ([None], "Portvale Post", (0, 0), (0, 1)),  # an outlet where the page gives no cue
    ],
)
def test_the_outlet_is_counted_apart_where_a_cue_exists(expected, got, cued, uncued) -> None:
    probe = _probe()
    score = probe.SetScore("t")
    probe.score_fields(score, "p", {"outlet": expected}, {"outlet": got})
    assert (score.passed["outlet_cued"], score.total["outlet_cued"]) == cued
    assert (score.passed["outlet_uncued"], score.total["outlet_uncued"]) == uncued
    assert score.total["outlet"] == 1 and len(score.failures) == 1 - score.passed["outlet"]


def test_an_agency_found_stands_for_the_expected_one_that_must_be_there() -> None:
    """'AP' may stand for an optional agency or a required one: it is the required one's, so
    nothing is missed and the exact set matches."""
    probe = _probe()
    expected = [["AP", None], ["Associated Press", "AP"]]
    assert probe.agency_counts(["AP"], expected) == (1, 0, 0)
    assert probe.agencies_match(["AP"], expected)
    assert not probe.agencies_match(["AFP"], expected)
