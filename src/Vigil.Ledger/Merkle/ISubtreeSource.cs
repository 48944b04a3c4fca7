namespace Vigil.Ledger.Merkle;

/// <summary>
/// Reads the hashes of complete (perfect) subtrees of a log, the unit in which the log is stored.
/// The node at level <c>L</c>, index <c>i</c> is the RFC 9162 Merkle Tree Hash of the leaves
/// <c>[i·2^L, (i+1)·2^L)</c>; level 0 holds the leaf hashes.
/// </summary>
/// <remarks>
/// Proofs and roots for any tree size up to the log's size are built from these nodes alone
/// (see <see cref="MerkleProofs"/>): a subtree that is cut by the tree's right edge is never
/// stored, it is folded from the complete subtrees that make it up.
/// </remarks>
public interface ISubtreeSource
{
    /// <summary>The hash of the complete subtree at <paramref name="level"/>, <paramref name="index"/>.</summary>
    /// <param name="level">Height of the subtree, 0 for a leaf; the subtree spans <c>2^level</c> leaves.</param>
    /// <param name="index">Position among the subtrees of that level, counted from 0 at the left.</param>
    /// <exception cref="ArgumentOutOfRangeException">The subtree is not complete in the log (yet).</exception>
    Hash Subtree(int level, long index);
}
