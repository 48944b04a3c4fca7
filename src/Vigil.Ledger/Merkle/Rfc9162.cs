using System.Diagnostics;
using System.Security.Cryptography;

namespace Vigil.Ledger.Merkle;

/// <summary>
/// The hashes of RFC 9162 §2.1.1 with SHA-256: a leaf hashes as SHA-256(0x00 ‖ data), an interior
/// node as SHA-256(0x01 ‖ left ‖ right), the empty tree as SHA-256() — the prefixes keep a leaf from
/// passing for a node (second-preimage resistance).
/// </summary>
public static class Rfc9162
{
    /// <summary>Bytes in a hash.</summary>
    public const int HashSize = 32;

    /// <summary>The root of the empty tree, SHA-256 of no bytes.</summary>
    public static Hash EmptyRoot { get; } = Hash.From(SHA256.HashData(ReadOnlySpan<byte>.Empty));

    /// <summary>MTH({d}) = SHA-256(0x00 ‖ d).</summary>
    public static Hash HashLeaf(ReadOnlySpan<byte> data)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData([0x00]);
        sha.AppendData(data);
        Span<byte> digest = stackalloc byte[HashSize];
        sha.GetHashAndReset(digest);
        return Hash.From(digest);
    }

    /// <summary>SHA-256(0x01 ‖ left ‖ right).</summary>
    public static Hash HashChildren(in Hash left, in Hash right)
    {
        Span<byte> input = stackalloc byte[1 + (2 * HashSize)];
        input[0] = 0x01;
        left.CopyTo(input[1..]);
        right.CopyTo(input[(1 + HashSize)..]);
        Span<byte> digest = stackalloc byte[HashSize];
        SHA256.HashData(input, digest);
        return Hash.From(digest);
    }

    /// <summary>
    /// SHA-256(0x01 ‖ left ‖ right) for two sibling hashes stored next to each other
    /// (64 bytes, left first), written to the first 32 bytes of <paramref name="destination"/>.
    /// </summary>
    internal static void HashChildren(ReadOnlySpan<byte> leftThenRight, Span<byte> destination)
    {
        Debug.Assert(leftThenRight.Length == 2 * HashSize, "two hashes, left then right");
        Span<byte> input = stackalloc byte[1 + (2 * HashSize)];
        input[0] = 0x01;
        leftThenRight.CopyTo(input[1..]);
        SHA256.HashData(input, destination);
    }
}
