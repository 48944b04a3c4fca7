using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace Vigil.Ledger.Notes;

/// <summary>
/// The 32-bit key ID that starts every note signature (big-endian) and sits in the middle of a
/// verifier key (8 lowercase hex digits). It only picks the key; it is not a cryptographic commitment.
/// Any 32-bit value; the default is 00000000.
/// </summary>
public readonly struct NoteKeyId : IEquatable<NoteKeyId>
{
    /// <summary>Bytes of a key ID at the start of a signature.</summary>
    public const int Size = 4;

    /// <summary>The key ID with this value.</summary>
    public NoteKeyId(uint value) => Value = value;

    /// <summary>The ID as a number (its big-endian bytes are the wire form).</summary>
    public uint Value { get; }

    /// <summary>
    /// The recommended key ID of c2sp.org/signed-note: the first four bytes of
    /// SHA-256(key name ‖ 0x0A ‖ signature type ‖ public key), read big-endian.
    /// </summary>
    public static NoteKeyId Compute(string name, NoteSignatureType type, ReadOnlySpan<byte> publicKey)
    {
        ArgumentNullException.ThrowIfNull(name);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes(name));
        sha.AppendData([(byte)'\n', (byte)type]);
        sha.AppendData(publicKey);
        Span<byte> digest = stackalloc byte[32];
        sha.GetHashAndReset(digest);
        return ReadBigEndian(digest);
    }

    /// <summary>The key ID in the first four bytes of <paramref name="bytes"/>, big-endian.</summary>
    public static NoteKeyId ReadBigEndian(ReadOnlySpan<byte> bytes) => new(BinaryPrimitives.ReadUInt32BigEndian(bytes));

    /// <summary>Writes the four big-endian bytes to the start of <paramref name="destination"/>.</summary>
    public void WriteBigEndian(Span<byte> destination) => BinaryPrimitives.WriteUInt32BigEndian(destination, Value);

    /// <summary>Parses exactly 8 lowercase hex digits, as a verifier key writes them.</summary>
    public static bool TryParseHex(string text, [NotNullWhen(true)] out NoteKeyId? keyId)
    {
        keyId = null;
        if (text is null || text.Length != 8)
        {
            return false;
        }

        uint value = 0;
        foreach (char c in text)
        {
            int digit = c is >= '0' and <= '9' ? c - '0' : c is >= 'a' and <= 'f' ? c - 'a' + 10 : -1;
            if (digit < 0)
            {
                return false;
            }

            value = (value << 4) | (uint)digit;
        }

        keyId = new NoteKeyId(value);
        return true;
    }

    /// <inheritdoc />
    public bool Equals(NoteKeyId other) => Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is NoteKeyId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((int)Value);

    /// <summary>8 lowercase hex digits, e.g. 530d903a.</summary>
    public override string ToString() => Value.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Same value.</summary>
    public static bool operator ==(NoteKeyId left, NoteKeyId right) => left.Equals(right);

    /// <summary>Different values.</summary>
    public static bool operator !=(NoteKeyId left, NoteKeyId right) => !left.Equals(right);
}
