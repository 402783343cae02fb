"""Where each block of a long text starts, when only the blocks drawn have been measured.

The reader wraps a paragraph only when it is drawn: an article of 100,000
paragraphs must open, and reach its end, at the cost of a screen. Every block
not measured yet counts as `estimate` lines; a measured one, as what it took.
The measured blocks' differences from the estimate sit in a Fenwick tree, so
that measuring a block, the line a block starts on and the block on a line each
cost O(log n), and a new article costs nothing per block.
"""

from __future__ import annotations


class Heights:
    """The heights of `count` blocks, `estimate` lines each until measured."""

    def __init__(self, count: int, estimate: int) -> None:
        self.count = count
        self.estimate = max(1, estimate)
        self._measured: dict[int, int] = {}
        self._tree = [0] * (count + 1)  # Fenwick tree of (measured height - estimate), 1-based
        self.total = count * self.estimate
        self._step = 1 << (count.bit_length() - 1) if count else 0  # the highest power of two up to count

    def __len__(self) -> int:
        return self.count

    def measured(self, index: int) -> bool:
        return index in self._measured

    def height(self, index: int) -> int:
        return self._measured.get(index, self.estimate)

    def measure(self, index: int, height: int) -> int:
        """Block `index` takes `height` lines; returns by how many lines that moved the blocks after it."""
        delta = height - self.height(index)
        self._measured[index] = height
        if delta:
            self.total += delta
            i = index + 1
            while i <= self.count:
                self._tree[i] += delta
                i += i & -i
        return delta

    def top(self, index: int) -> int:
        """The line block `index` starts on (`count`: the line after the last block)."""
        line, i = index * self.estimate, index
        while i > 0:
            line += self._tree[i]
            i -= i & -i
        return line

    def at(self, line: int) -> int:
        """The block that line `line` is in (the first or the last block for a line before or after them)."""
        if not self.count:
            raise IndexError("no blocks")
        # descend the tree: `index` blocks (those whose nodes were taken) end on or before `line`
        index, left, step = 0, line, self._step
        while step:
            node = index + step
            if node <= self.count:
                span = step * self.estimate + self._tree[node]
                if span <= left:
                    index, left = node, left - span
            step >>= 1
        return min(index, self.count - 1)
