using System.Numerics;

namespace Vigil.Ledger.Merkle;

/// <summary>
/// Where the hashes of a proof sit in the tree, worked out from the sizes alone: shared by proof
/// generation (<see cref="MerkleProofs"/>) and the length checks of <see cref="ProofVerifier"/>.
/// </summary>
/// <remarks>
/// Seen from leaf <c>x</c> of a tree of size <c>n</c>, the path to the root splits in two. Below
/// level <c>inner</c> = bit length of <c>x XOR (n-1)</c>, <c>x</c> and the last leaf <c>n-1</c> lie
/// in different subtrees, so every sibling there is a complete subtree except the one at level
/// <c>inner-1</c>, which holds the last leaf and may be cut by the tree's right edge. From level
/// <c>inner</c> up, the path runs along the right edge and a sibling (a complete subtree on the
/// left) exists only at the levels where <c>x</c> has a 1 bit: <c>border</c> = popcount(x &gt;&gt; inner).
/// </remarks>
internal static class ProofShape
{
    /// <summary>Bits of <c>x XOR (n-1)</c>: the levels that end at a subtree holding the last leaf.</summary>
    public static int Inner(long leaf, long size) => 64 - BitOperations.LeadingZeroCount((ulong)(leaf ^ (size - 1)));

    /// <summary>Siblings above level <paramref name="inner"/>, one per 1 bit of the leaf index there.</summary>
    public static int Border(long leaf, int inner) => BitOperations.PopCount((ulong)leaf >> inner);

    /// <summary>Hashes in PATH(index, D[size]); requires 0 ≤ index &lt; size.</summary>
    public static int InclusionLength(long index, long size)
    {
        int inner = Inner(index, size);
        return inner + Border(index, inner);
    }

    /// <summary>
    /// Hashes in PROOF(size1, D[size2]); requires 0 &lt; size1 &lt; size2. The old tree's last
    /// leaf is <c>size1-1</c>; the largest complete subtree ending at <c>size1</c> sits at level
    /// <c>t</c> = trailing zeros of <c>size1</c>, and the proof is that subtree (omitted when it
    /// is the whole old tree, i.e. size1 is a power of 2) followed by its path from level <c>t</c>.
    /// </summary>
    public static int ConsistencyLength(long size1, long size2)
    {
        long leaf = size1 - 1;
        int inner = Inner(leaf, size2);
        int first = BitOperations.IsPow2(size1) ? 0 : 1;
        return first + (inner - BitOperations.TrailingZeroCount(size1)) + Border(leaf, inner);
    }
}
