"""Connected components of the copy graph, labelled by their smallest row.

In-process, a union-find (`components`). Distributed, the large-star / small-star rounds of
Kiveris et al. (2014), "Connected Components in MapReduce and Beyond": min-label propagation
that also rewires each node to the smallest label it sees, so a chain of length L converges
in O(log² L) rounds instead of L. `large_star` and `small_star` are the per-group reduces,
pure over arrays of (node, neighbour) rows whose groups are whole; `star_components` runs the
rounds in-process (tests), `dedup_ray` runs them as group-bys.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import numpy as np

MAX_ROUNDS = 200  # log² of any real corpus is far below; a safety stop, not a tuning knob


class UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)  # the root is the component's smallest row


def components(n: int, edges: Iterable[tuple[int, int]]) -> dict[int, list[int]]:
    """Components of rows 0..n-1 over `edges`: smallest row -> its rows, ascending."""
    uf = UnionFind(n)
    for i, j in edges:
        uf.union(i, j)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[uf.find(i)].append(i)
    return groups


def _groups(node: np.ndarray, nbr: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rows sorted by (node, neighbour) without repeats, and each row's group number."""
    order = np.lexsort((nbr, node))
    node, nbr = node[order], nbr[order]
    fresh = np.r_[True, (node[1:] != node[:-1]) | (nbr[1:] != nbr[:-1])]
    node, nbr = node[fresh], nbr[fresh]
    starts = np.r_[True, node[1:] != node[:-1]] if len(node) else np.empty(0, dtype=bool)
    return node, nbr, np.cumsum(starts) - 1


def large_star(node: np.ndarray, nbr: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rows hold both directions of each edge. Every larger neighbour of a node is linked to
    the smallest of the node and its neighbours: (u, v, moved), moved when that changed it."""
    node, nbr, group = _groups(node, nbr)
    if not len(node):
        return node, nbr, np.empty(0, dtype=bool)
    starts = np.flatnonzero(np.r_[True, group[1:] != group[:-1]])
    smallest = np.minimum(np.minimum.reduceat(nbr, starts), node[starts])[group]
    keep = nbr > node
    return nbr[keep], smallest[keep], (smallest != node)[keep]


def small_star(node: np.ndarray, nbr: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rows hold each edge once as (larger, smaller). A node and its smaller neighbours are
    all linked to the smallest of them: (u, v, moved), moved when the node had several."""
    node, nbr, group = _groups(node, nbr)
    if not len(node):
        return node, nbr, np.empty(0, dtype=bool)
    starts = np.flatnonzero(np.r_[True, group[1:] != group[:-1]])
    smallest = np.minimum.reduceat(nbr, starts)[group]
    several = (np.diff(np.r_[starts, len(node)]) > 1)[group]
    others = nbr != smallest
    u = np.r_[nbr[others], node[starts]]
    v = np.r_[smallest[others], smallest[starts]]
    return u, v, np.r_[several[others], several[starts]]


def star_labels(u: np.ndarray, v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(node, label) of a star forest whose centres are their components' smallest nodes."""
    node = np.r_[np.maximum(u, v), np.minimum(u, v)]
    label = np.r_[np.minimum(u, v), np.minimum(u, v)]
    order = np.lexsort((label, node))
    node, label = node[order], label[order]
    first = np.r_[True, node[1:] != node[:-1]]
    return node[first], label[first]


def star_components(u: np.ndarray, v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(node, smallest node of its component) for every node of the edges (u, v)."""
    for _ in range(MAX_ROUNDS):
        u, v, moved_large = large_star(np.r_[u, v], np.r_[v, u])
        u, v, moved_small = small_star(np.maximum(u, v), np.minimum(u, v))
        if not moved_large.any() and not moved_small.any():
            return star_labels(u, v)
    raise RuntimeError(f"connected components did not converge in {MAX_ROUNDS} rounds")
