using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Vigil.Ledger.Merkle;

/// <summary>A SHA-256 hash: 32 bytes held inline, compared by value. The default is all zeros.</summary>
public readonly struct Hash : IEquatable<Hash>
{
    private readonly Bytes32 _bytes;

    private Hash(ReadOnlySpan<byte> bytes) => bytes.CopyTo(_bytes);

    /// <summary>The hash with these 32 bytes.</summary>
    /// <exception cref="ArgumentException">Not exactly 32 bytes.</exception>
    public static Hash From(ReadOnlySpan<byte> bytes) => bytes.Length == Rfc9162.HashSize
        ? new Hash(bytes)
        : throw new ArgumentException($"a hash is {Rfc9162.HashSize} bytes, got {bytes.Length}", nameof(bytes));

    /// <summary>Parses standard base64 of exactly 32 bytes.</summary>
    public static bool TryFromBase64(string text, out Hash hash)
    {
        Span<byte> buffer = stackalloc byte[Rfc9162.HashSize + 3];
        if (Convert.TryFromBase64String(text, buffer, out int written) && written == Rfc9162.HashSize)
        {
            hash = new Hash(buffer[..Rfc9162.HashSize]);
            return true;
        }

        hash = default;
        return false;
    }

    /// <summary>The 32 bytes (a view of this value: keep the hash in a variable while using it).</summary>
    [UnscopedRef]
    public ReadOnlySpan<byte> Bytes => _bytes;

    /// <summary>Copies the 32 bytes to the start of <paramref name="destination"/>.</summary>
    public void CopyTo(Span<byte> destination) => Bytes.CopyTo(destination);

    /// <summary>A new array with the 32 bytes.</summary>
    public byte[] ToArray() => Bytes.ToArray();

    /// <summary>Standard base64 (44 characters).</summary>
    public string ToBase64() => Convert.ToBase64String(Bytes);

    /// <inheritdoc />
    public bool Equals(Hash other) => Bytes.SequenceEqual(other.Bytes);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Hash other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => BitConverter.ToInt32(Bytes);

    /// <summary>Base64, as the log's JSON and notes write hashes.</summary>
    public override string ToString() => ToBase64();

    /// <summary>Equal bytes.</summary>
    public static bool operator ==(Hash left, Hash right) => left.Equals(right);

    /// <summary>Different bytes.</summary>
    public static bool operator !=(Hash left, Hash right) => !left.Equals(right);

    [InlineArray(Rfc9162.HashSize)]
    private struct Bytes32
    {
        private byte _element0;
    }
}
