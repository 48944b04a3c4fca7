using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Vigil.Ledger.Merkle;

namespace Vigil.Ledger.Verification;

/// <summary>
/// An inclusion proof as <c>vigil log prove</c> prints it:
/// <c>{"leafIndex", "treeSize", "leafHash", "proof": [base64 hash, …]}</c>, hashes in standard base64.
/// It claims that <see cref="LeafHash"/> is leaf <see cref="LeafIndex"/> of the tree of
/// <see cref="TreeSize"/> leaves; check it with <see cref="ProofVerifier.VerifyInclusion"/>.
/// </summary>
public sealed class InclusionProof
{
    private readonly Hash[] _proof;

    /// <summary>A proof with these parts.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is negative or not below the tree size.</exception>
    public InclusionProof(long leafIndex, long treeSize, Hash leafHash, IEnumerable<Hash> proof)
    {
        ArgumentNullException.ThrowIfNull(proof);
        ArgumentOutOfRangeException.ThrowIfNegative(leafIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(leafIndex, treeSize);
        LeafIndex = leafIndex;
        TreeSize = treeSize;
        LeafHash = leafHash;
        _proof = [.. proof];
    }

    /// <summary>The leaf's index, from 0; below <see cref="TreeSize"/>.</summary>
    public long LeafIndex { get; }

    /// <summary>Leaves in the tree the proof is for, at least 1.</summary>
    public long TreeSize { get; }

    /// <summary>The leaf's hash, SHA-256(0x00 ‖ entry).</summary>
    public Hash LeafHash { get; }

    /// <summary>The audit path, leaf to root.</summary>
    public IReadOnlyList<Hash> Proof => _proof;

    /// <summary>
    /// Parses the JSON object. On failure <paramref name="error"/> names the JSON path at fault,
    /// e.g. <c>$.proof[2]: a hash is 32 bytes, got 31</c>.
    /// </summary>
    public static bool TryParse(ReadOnlyMemory<byte> utf8Json, [NotNullWhen(true)] out InclusionProof? proof, out string error)
    {
        proof = null;
        if (!JsonInput.TryParseObject(utf8Json, out JsonDocument? document, out error))
        {
            return false;
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (!JsonInput.TryInteger(root, "$", "treeSize", 1, long.MaxValue, out long size, out error)
                || !JsonInput.TryInteger(root, "$", "leafIndex", 0, size - 1, out long index, out error)
                || !JsonInput.TryProperty(root, "$", "leafHash", JsonValueKind.String, out JsonElement leaf, out error)
                || !JsonInput.TryHash(leaf, "$.leafHash", out Hash leafHash, out error)
                || !JsonInput.TryHashes(root, "$", "proof", out Hash[]? path, out error))
            {
                return false;
            }

            proof = new InclusionProof(index, size, leafHash, path);
            return true;
        }
    }
}
