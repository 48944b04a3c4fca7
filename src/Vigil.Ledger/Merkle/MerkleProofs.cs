using System.Numerics;

namespace Vigil.Ledger.Merkle;

/// <summary>
/// Roots, inclusion proofs and consistency proofs of RFC 9162 §2.1, built from the complete
/// subtrees of an <see cref="ISubtreeSource"/> with O(log n) reads each.
/// </summary>
/// <remarks>
/// Every hash in a proof is the root of some subtree <c>[a, b)</c> of the tree. When that subtree
/// is cut by the tree's right edge it is not stored; it is folded from the complete subtrees that
/// make it up, largest first, as in <see cref="RangeRoot"/>. Proofs are ordered leaf to root, as
/// in the RFC.
/// </remarks>
public static class MerkleProofs
{
    /// <summary>MTH(D[size]), the root of the first <paramref name="size"/> leaves (RFC 9162 §2.1.1).</summary>
    /// <param name="size">Leaves in the tree, ≥ 0; 0 gives <see cref="Rfc9162.EmptyRoot"/>.</param>
    /// <param name="source">The log's complete subtrees; reads popcount(size) of them.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is negative.</exception>
    public static Hash Root(long size, ISubtreeSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (size < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, $"tree size got {size}, want ≥ 0");
        }

        return size == 0 ? Rfc9162.EmptyRoot : Fold(0, size, source);
    }

    /// <summary>
    /// MTH(D[begin:end]), the root of the leaves <c>[begin, end)</c> taken as a tree of their own,
    /// folded from the complete subtrees given by the 1 bits of <c>end - begin</c>, largest first.
    /// Those are complete subtrees of the log only when <paramref name="begin"/> is a multiple of
    /// the largest power of 2 not above <c>end - begin</c>. Every node of a tree of size n is such
    /// a range: a complete subtree, or <c>[a, n)</c> on the right edge, with <c>a</c> a multiple
    /// of a power of 2 that is at least <c>n - a</c>.
    /// </summary>
    /// <param name="begin">First leaf, ≥ 0 and aligned as above.</param>
    /// <param name="end">One past the last leaf, &gt; <paramref name="begin"/>.</param>
    /// <param name="source">The log's complete subtrees; reads popcount(end - begin) of them.</param>
    /// <exception cref="ArgumentOutOfRangeException">The range is empty, negative or misaligned.</exception>
    public static Hash RangeRoot(long begin, long end, ISubtreeSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (begin < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(begin), begin, $"range begin got {begin}, want ≥ 0");
        }

        if (end <= begin)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, $"range end got {end}, want > begin {begin}");
        }

        long largest = 1L << (63 - BitOperations.LeadingZeroCount((ulong)(end - begin)));
        if (begin % largest != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(begin), begin, $"range begin got {begin}, want a multiple of {largest} for {end - begin} leaves");
        }

        return Fold(begin, end, source);
    }

    /// <summary>
    /// PATH(index, D[size]) of RFC 9162 §2.1.3.1: the hashes that, with the leaf's hash, give the
    /// root of the first <paramref name="size"/> leaves. Ordered from the leaf's sibling up.
    /// </summary>
    /// <param name="index">The leaf, 0 ≤ index &lt; <paramref name="size"/>.</param>
    /// <param name="size">Leaves in the tree the proof is for.</param>
    /// <param name="source">The log's complete subtrees; reads at most 2·⌈log2 size⌉ of them.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not below <paramref name="size"/>.</exception>
    public static Hash[] Inclusion(long index, long size, ISubtreeSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (index < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"leaf index got {index}, want ≥ 0");
        }

        if (index >= size)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"leaf index got {index}, want < tree size {size}");
        }

        int inner = ProofShape.Inner(index, size);
        var proof = new Hash[inner + ProofShape.Border(index, inner)];
        FillPath(index, 0, inner, size, source, proof);
        return proof;
    }

    /// <summary>
    /// PROOF(size1, D[size2]) of RFC 9162 §2.1.4.1: the hashes that show the tree of
    /// <paramref name="size1"/> leaves is a prefix of the tree of <paramref name="size2"/> leaves.
    /// Empty when the sizes are equal.
    /// </summary>
    /// <param name="size1">The older tree, 0 &lt; size1 ≤ <paramref name="size2"/>.</param>
    /// <param name="size2">The newer tree.</param>
    /// <param name="source">The log's complete subtrees; reads at most 2·⌈log2 size2⌉ of them.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size1"/> is not positive, or above <paramref name="size2"/>.</exception>
    public static Hash[] Consistency(long size1, long size2, ISubtreeSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (size1 <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(size1), size1, $"size1 got {size1}, want > 0 (a proof from the empty tree proves nothing)");
        }

        if (size2 < size1)
        {
            throw new ArgumentOutOfRangeException(nameof(size2), size2, $"size2 got {size2}, want ≥ size1 {size1}");
        }

        if (size1 == size2)
        {
            return [];
        }

        // SUBPROOF(m, D[n], b) descends to the largest complete subtree that ends at m, at level
        // t = trailing zeros of m; b stays true only if that subtree is the whole old tree (m is a
        // power of 2), otherwise the subtree's own hash comes first. Then come the siblings on its
        // path to the root, the same as for an inclusion proof of size1-1 from level t up.
        long leaf = size1 - 1;
        int level = BitOperations.TrailingZeroCount(size1);
        int inner = ProofShape.Inner(leaf, size2);
        var proof = new Hash[ProofShape.ConsistencyLength(size1, size2)];
        int first = 0;
        if (!BitOperations.IsPow2(size1))
        {
            proof[0] = source.Subtree(level, leaf >> level);
            first = 1;
        }

        FillPath(leaf, level, inner, size2, source, proof.AsSpan(first));
        return proof;
    }

    /// <summary>
    /// Writes the siblings on the path from the node at <paramref name="fromLevel"/> above
    /// <paramref name="leaf"/> to the root of the tree of <paramref name="size"/> leaves
    /// (see <see cref="ProofShape"/>).
    /// </summary>
    private static void FillPath(long leaf, int fromLevel, int inner, long size, ISubtreeSource source, Span<Hash> into)
    {
        int k = 0;
        for (int level = fromLevel; level < inner - 1; level++)
        {
            into[k++] = source.Subtree(level, (leaf >> level) ^ 1);
        }

        if (inner > fromLevel)
        {
            // The right sibling at level inner-1 holds the last leaf and may be cut short.
            long start = ((leaf >> (inner - 1)) | 1) << (inner - 1);
            into[k++] = Fold(start, size, source);
        }

        for (ulong high = (ulong)leaf >> inner; high != 0; high &= high - 1)
        {
            int level = inner + BitOperations.TrailingZeroCount(high);
            into[k++] = source.Subtree(level, (leaf >> level) - 1);
        }
    }

    /// <summary>
    /// MTH(D[begin:end]) for an aligned range: the complete subtrees given by the bits of
    /// <c>end - begin</c>, largest on the left, folded right to left with HashChildren.
    /// </summary>
    private static Hash Fold(long begin, long end, ISubtreeSource source)
    {
        // Clearing the lowest 1 bit leaves the offset of the rightmost (smallest) subtree.
        long offset = end - begin;
        int level = BitOperations.TrailingZeroCount(offset);
        offset &= offset - 1;
        Hash root = source.Subtree(level, (begin + offset) >> level);
        while (offset != 0)
        {
            level = BitOperations.TrailingZeroCount(offset);
            offset &= offset - 1;
            Hash left = source.Subtree(level, (begin + offset) >> level);
            root = Rfc9162.HashChildren(left, root);
        }

        return root;
    }
}
