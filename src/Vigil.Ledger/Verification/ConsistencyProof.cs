using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Vigil.Ledger.Merkle;

namespace Vigil.Ledger.Verification;

/// <summary>
/// A consistency proof as <c>vigil log consistency</c> prints it:
/// <c>{"size1", "size2", "proof": [base64 hash, …]}</c>. It claims that the tree of
/// <see cref="Size1"/> leaves is a prefix of the tree of <see cref="Size2"/> leaves; check it with
/// <see cref="ProofVerifier.VerifyConsistency"/> and the two roots.
/// </summary>
public sealed class ConsistencyProof
{
    private readonly Hash[] _proof;

    /// <summary>A proof with these parts.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not 1 ≤ size1 ≤ size2.</exception>
    public ConsistencyProof(long size1, long size2, IEnumerable<Hash> proof)
    {
        ArgumentNullException.ThrowIfNull(proof);
        ArgumentOutOfRangeException.ThrowIfLessThan(size1, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(size2, size1);
        Size1 = size1;
        Size2 = size2;
        _proof = [.. proof];
    }

    /// <summary>Leaves in the older tree, at least 1.</summary>
    public long Size1 { get; }

    /// <summary>Leaves in the newer tree, at least <see cref="Size1"/>.</summary>
    public long Size2 { get; }

    /// <summary>The proof hashes, PROOF(size1, D[size2]) of RFC 9162 §2.1.4.</summary>
    public IReadOnlyList<Hash> Proof => _proof;

    /// <summary>
    /// Parses the JSON object. On failure <paramref name="error"/> names the JSON path at fault,
    /// e.g. <c>$.size2: got 3, want 5 … 9223372036854775807</c>.
    /// </summary>
    public static bool TryParse(ReadOnlyMemory<byte> utf8Json, [NotNullWhen(true)] out ConsistencyProof? proof, out string error)
    {
        proof = null;
        if (!JsonInput.TryParseObject(utf8Json, out JsonDocument? document, out error))
        {
            return false;
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (!JsonInput.TryInteger(root, "$", "size1", 1, long.MaxValue, out long size1, out error)
                || !JsonInput.TryInteger(root, "$", "size2", size1, long.MaxValue, out long size2, out error)
                || !JsonInput.TryHashes(root, "$", "proof", out Hash[]? hashes, out error))
            {
                return false;
            }

            proof = new ConsistencyProof(size1, size2, hashes);
            return true;
        }
    }
}
