namespace Vigil.Ledger.Merkle;

/// <summary>Reads the hashes of complete subtrees of a Merkle tree.</summary>
public interface ISubtreeSource
{
    /// <summary>The root of the perfect subtree over leaves [index · 2^level, (index + 1) · 2^level), which must be complete.</summary>
    Hash Subtree(int level, long index);
}
