using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using Vigil.Ledger.Crypto;

namespace Vigil.Ledger.Notes;

/// <summary>
/// The text forms of note keys. A verifier key (vkey) is <c>&lt;name&gt;+&lt;key ID&gt;+&lt;key data&gt;</c>
/// and a signer key (skey) is <c>PRIVATE+KEY+&lt;name&gt;+&lt;key ID&gt;+&lt;key data&gt;</c>, with the key ID
/// as 8 lowercase hex digits and the key data as base64(signature type ‖ key bytes): the 32-byte
/// public key in a vkey, the 32-byte seed in an skey (the format of golang.org/x/mod/sumdb/note that
/// c2sp.org/signed-note refers to as vkeys). Only Ed25519-based types are handled.
/// </summary>
internal static class NoteKeyEncoding
{
    private const string SignerKeyPrefix = "PRIVATE+KEY+";

    /// <summary>The vkey for this name, type and public key; the key ID is computed.</summary>
    internal static string FormatVerifierKey(string name, NoteSignatureType type, Ed25519PublicKey publicKey) =>
        $"{name}+{NoteKeyId.Compute(name, type, publicKey.Bytes)}+{EncodeKeyData(type, publicKey.Bytes)}";

    /// <summary>The skey for this name, type and private key (secret).</summary>
    internal static string FormatSignerKey(string name, NoteSignatureType type, Ed25519PrivateKey privateKey)
    {
        Span<byte> seed = stackalloc byte[Ed25519PrivateKey.SeedSize];
        try
        {
            privateKey.CopySeedTo(seed);
            NoteKeyId keyId = NoteKeyId.Compute(name, type, privateKey.PublicKey.Bytes);
            return $"{SignerKeyPrefix}{name}+{keyId}+{EncodeKeyData(type, seed)}";
        }
        finally
        {
            CryptographicOperations.ZeroMemory(seed);
        }
    }

    /// <summary>
    /// Parses a vkey of the given type: valid name, 8 lowercase hex digits, canonical base64 of the
    /// type byte and a 32-byte Ed25519 public key, and a key ID equal to the one computed from them.
    /// </summary>
    internal static bool TryParseVerifierKey(
        string vkey, NoteSignatureType type, [NotNullWhen(true)] out string? name, [NotNullWhen(true)] out Ed25519PublicKey? publicKey, out string error)
    {
        ArgumentNullException.ThrowIfNull(vkey);
        name = null;
        publicKey = null;
        if (!TrySplit(vkey, type, "verifier key", "<name>+<key ID>+<key data>", out string? parsedName, out NoteKeyId keyId, out byte[]? key, out error))
        {
            return false;
        }

        var parsedKey = Ed25519PublicKey.From(key);
        NoteKeyId expected = NoteKeyId.Compute(parsedName, type, parsedKey.Bytes);
        if (keyId != expected)
        {
            error = $"verifier key: key ID got {keyId}, want {expected} (computed from the name and the key)";
            return false;
        }

        name = parsedName;
        publicKey = parsedKey;
        return true;
    }

    /// <summary>
    /// Parses an skey of the given type, as <see cref="TryParseVerifierKey"/> does a vkey, and checks
    /// the key ID against the public key derived from the seed.
    /// </summary>
    /// <exception cref="CryptographicException">libcrypto failed.</exception>
    internal static bool TryParseSignerKey(
        string skey, NoteSignatureType type, [NotNullWhen(true)] out string? name, [NotNullWhen(true)] out Ed25519PrivateKey? privateKey, out string error)
    {
        ArgumentNullException.ThrowIfNull(skey);
        name = null;
        privateKey = null;
        if (!skey.StartsWith(SignerKeyPrefix, StringComparison.Ordinal))
        {
            error = $"signer key must start with '{SignerKeyPrefix}'";
            return false;
        }

        if (!TrySplit(skey[SignerKeyPrefix.Length..], type, "signer key", "PRIVATE+KEY+<name>+<key ID>+<key data>", out string? parsedName, out NoteKeyId keyId, out byte[]? seed, out error))
        {
            return false;
        }

        Ed25519PrivateKey key;
        try
        {
            key = Ed25519PrivateKey.FromSeed(seed);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(seed);
        }

        NoteKeyId expected = NoteKeyId.Compute(parsedName, type, key.PublicKey.Bytes);
        if (keyId != expected)
        {
            key.Dispose();
            error = $"signer key: key ID got {keyId}, want {expected} (computed from the name and the key)";
            return false;
        }

        name = parsedName;
        privateKey = key;
        return true;
    }

    private static string EncodeKeyData(NoteSignatureType type, ReadOnlySpan<byte> key)
    {
        Span<byte> data = stackalloc byte[1 + key.Length];
        data[0] = (byte)type;
        key.CopyTo(data[1..]);
        try
        {
            return Convert.ToBase64String(data);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(data);
        }
    }

    private static bool TrySplit(
        string text,
        NoteSignatureType type,
        string what,
        string shape,
        [NotNullWhen(true)] out string? name,
        out NoteKeyId keyId,
        [NotNullWhen(true)] out byte[]? key,
        out string error)
    {
        name = null;
        keyId = default;
        key = null;

        // The name holds no '+' and the hex none, so the first two '+' split; base64 may hold more.
        int first = text.IndexOf('+', StringComparison.Ordinal);
        int second = first < 0 ? -1 : text.IndexOf('+', first + 1);
        if (second < 0)
        {
            error = $"{what} must be '{shape}'";
            return false;
        }

        string parsedName = text[..first];
        string hex = text[(first + 1)..second];
        string data = text[(second + 1)..];
        if (NoteSyntax.CheckKeyName(parsedName) is { } nameError)
        {
            error = $"{what}: {nameError}";
            return false;
        }

        if (!NoteKeyId.TryParseHex(hex, out NoteKeyId? parsedId))
        {
            error = $"{what}: key ID must be 8 lowercase hex digits, got '{NoteSyntax.Escape(hex)}'";
            return false;
        }

        if (NoteSyntax.DecodeBase64(data) is not { } bytes)
        {
            error = $"{what}: key data is not canonical base64";
            return false;
        }

        byte typeByte = bytes[0];
        if (typeByte != (byte)type)
        {
            CryptographicOperations.ZeroMemory(bytes);
            error = $"{what}: signature type got 0x{typeByte:x2}, want 0x{(byte)type:x2}";
            return false;
        }

        if (bytes.Length != 1 + Ed25519PublicKey.Size)
        {
            CryptographicOperations.ZeroMemory(bytes);
            error = $"{what}: key is {bytes.Length - 1} bytes, want {Ed25519PublicKey.Size}";
            return false;
        }

        name = parsedName;
        keyId = parsedId.Value;
        key = bytes[1..];
        CryptographicOperations.ZeroMemory(bytes);
        error = string.Empty;
        return true;
    }
}
