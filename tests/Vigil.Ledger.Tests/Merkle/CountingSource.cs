using Vigil.Ledger.Merkle;

namespace Vigil.Ledger.Tests.Merkle;

/// <summary>
/// Wraps a source to count reads and to fail any read of a subtree that reaches past
/// <see cref="Size"/> leaves: a proof for a tree of that size must not look beyond it.
/// </summary>
internal sealed class CountingSource(ISubtreeSource inner, long size) : ISubtreeSource
{
    public long Size { get; } = size;

    public int Reads { get; private set; }

    public Hash Subtree(int level, long index)
    {
        if (level < 0 || index < 0 || (index + 1) << level > Size)
        {
            throw new InvalidOperationException($"read of level {level} index {index}: got leaves up to {(index + 1) << level}, want ≤ {Size}");
        }

        Reads++;
        return inner.Subtree(level, index);
    }
}
