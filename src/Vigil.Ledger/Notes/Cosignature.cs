using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using Vigil.Ledger.Crypto;

namespace Vigil.Ledger.Notes;

/// <summary>
/// A cosignature/v1 (c2sp.org/tlog-cosignature): a witness's timestamped Ed25519 signature of a
/// checkpoint. On the signature line the bytes after the key ID are the <c>timestamped_signature</c>:
/// the time in seconds since the Unix epoch as a big-endian uint64, then the 64-byte signature of
/// <c>cosignature/v1\ntime &lt;seconds&gt;\n</c> followed by the checkpoint's note text. Compared by value.
/// </summary>
public sealed class Cosignature : IEquatable<Cosignature>
{
    /// <summary>Bytes after the key ID: an 8-byte timestamp and a 64-byte signature.</summary>
    public const int TimestampedSignatureSize = sizeof(ulong) + Ed25519PrivateKey.SignatureSize;

    private const string Header = "cosignature/v1\n";

    private readonly byte[] _signature;

    /// <summary>A cosignature with these parts.</summary>
    /// <exception cref="ArgumentException">
    /// The name is not a valid key name, the time is before the Unix epoch or not a whole second, or
    /// the signature is not 64 bytes.
    /// </exception>
    public Cosignature(string name, NoteKeyId keyId, DateTimeOffset signedAt, ReadOnlySpan<byte> signature)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (NoteSyntax.CheckKeyName(name) is { } nameError)
        {
            throw new ArgumentException(nameError, nameof(name));
        }

        if (signedAt < DateTimeOffset.UnixEpoch || signedAt.UtcTicks % TimeSpan.TicksPerSecond != 0)
        {
            throw new ArgumentException($"a cosignature time is a whole second since 1970, got {signedAt:O}", nameof(signedAt));
        }

        if (signature.Length != Ed25519PrivateKey.SignatureSize)
        {
            throw new ArgumentException($"an Ed25519 signature is {Ed25519PrivateKey.SignatureSize} bytes, got {signature.Length}", nameof(signature));
        }

        Name = name;
        KeyId = keyId;
        SignedAt = signedAt.ToUniversalTime();
        _signature = signature.ToArray();
    }

    /// <summary>The cosigner's key name.</summary>
    public string Name { get; }

    /// <summary>The cosigner's key ID (computed with signature type 0x04).</summary>
    public NoteKeyId KeyId { get; }

    /// <summary>When the cosigner signed, in UTC, to the second.</summary>
    public DateTimeOffset SignedAt { get; }

    /// <summary>The 64-byte Ed25519 signature.</summary>
    public ReadOnlySpan<byte> Signature => _signature;

    /// <summary>
    /// Reads a cosignature from a signature line: exactly 72 bytes after the key ID, a timestamp of at
    /// most 2^63 − 1 as the spec requires and no later than 9999-12-31T23:59:59Z (the spec lets
    /// verifiers reject future timestamps). Says nothing about whether it verifies.
    /// </summary>
    public static bool TryDecode(NoteSignature signature, [NotNullWhen(true)] out Cosignature? cosignature, out string error)
    {
        ArgumentNullException.ThrowIfNull(signature);
        cosignature = null;
        ReadOnlySpan<byte> bytes = signature.Signature;
        if (bytes.Length != TimestampedSignatureSize)
        {
            error = $"cosignature from {signature.Name} is {bytes.Length} bytes after the key ID, want {TimestampedSignatureSize} (8-byte time, 64-byte signature)";
            return false;
        }

        ulong seconds = BinaryPrimitives.ReadUInt64BigEndian(bytes);
        if (seconds > long.MaxValue)
        {
            error = $"cosignature from {signature.Name}: timestamp {seconds} is larger than 2^63 - 1";
            return false;
        }

        if (seconds > (ulong)DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            error = $"cosignature from {signature.Name}: timestamp {seconds} is after the year 9999";
            return false;
        }

        cosignature = new Cosignature(signature.Name, signature.KeyId, DateTimeOffset.FromUnixTimeSeconds((long)seconds), bytes[sizeof(ulong)..]);
        error = string.Empty;
        return true;
    }

    /// <summary>The signature line: key ID, then timestamp and signature.</summary>
    public NoteSignature ToNoteSignature()
    {
        Span<byte> bytes = stackalloc byte[TimestampedSignatureSize];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, (ulong)SignedAt.ToUnixTimeSeconds());
        _signature.CopyTo(bytes[sizeof(ulong)..]);
        return new NoteSignature(Name, KeyId, bytes);
    }

    /// <summary>The signed message: <c>cosignature/v1\ntime &lt;seconds&gt;\n</c> then the note text, as UTF-8.</summary>
    internal static byte[] Message(string text, DateTimeOffset signedAt)
    {
        string seconds = signedAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return Encoding.UTF8.GetBytes($"{Header}time {seconds}\n{text}");
    }

    /// <inheritdoc />
    public bool Equals(Cosignature? other) =>
        other is not null && Name == other.Name && KeyId == other.KeyId && SignedAt == other.SignedAt && _signature.AsSpan().SequenceEqual(other._signature);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Cosignature other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, KeyId, SignedAt);

    /// <summary>The signature line without its final newline.</summary>
    public override string ToString() => ToNoteSignature().ToString();
}
