using System.Diagnostics.CodeAnalysis;

namespace Vigil.Ledger.Notes;

/// <summary>
/// One signature line of a signed note (c2sp.org/signed-note):
/// <c>— &lt;key name&gt; base64(key ID ‖ signature)\n</c>, where — is U+2014 EM DASH. The key name and
/// key ID together pick the key; the signature bytes are whatever that key's type defines (64 bytes
/// for Ed25519, 72 for a cosignature/v1). Compared by value.
/// </summary>
public sealed class NoteSignature : IEquatable<NoteSignature>
{
    private readonly byte[] _signature;

    /// <summary>A signature line for these parts.</summary>
    /// <exception cref="ArgumentException">The key name is not valid, or the signature is empty.</exception>
    public NoteSignature(string name, NoteKeyId keyId, ReadOnlySpan<byte> signature)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (NoteSyntax.CheckKeyName(name) is { } error)
        {
            throw new ArgumentException(error, nameof(name));
        }

        if (signature.IsEmpty)
        {
            throw new ArgumentException("a note signature has at least one byte after the key ID", nameof(signature));
        }

        Name = name;
        KeyId = keyId;
        _signature = signature.ToArray();
    }

    /// <summary>The key name: non-empty, no Unicode spaces, no '+'.</summary>
    public string Name { get; }

    /// <summary>The key ID, the first four bytes of the base64 payload.</summary>
    public NoteKeyId KeyId { get; }

    /// <summary>The bytes after the key ID.</summary>
    public ReadOnlySpan<byte> Signature => _signature;

    /// <summary>
    /// Parses one signature line, including its final newline. Strict: exactly one space between the
    /// name and the base64, canonical base64, at least one byte after the key ID.
    /// </summary>
    public static bool TryParse(string line, [NotNullWhen(true)] out NoteSignature? signature, out string error)
    {
        ArgumentNullException.ThrowIfNull(line);
        signature = null;
        if (!line.EndsWith('\n'))
        {
            error = "line 1: signature line must end with a newline";
            return false;
        }

        string body = line[..^1];
        if (body.Contains('\n', StringComparison.Ordinal))
        {
            error = "line 1: expected one signature line, found several lines";
            return false;
        }

        if (NoteSyntax.CheckCharacters(body) is { } characters)
        {
            error = characters;
            return false;
        }

        return TryParseLine(body, 1, out signature, out error);
    }

    /// <summary>
    /// Parses a signature line without its newline, already checked for control characters.
    /// <paramref name="lineNumber"/> goes into the error.
    /// </summary>
    internal static bool TryParseLine(string line, int lineNumber, [NotNullWhen(true)] out NoteSignature? signature, out string error)
    {
        signature = null;
        if (!line.StartsWith(NoteSyntax.SignatureLinePrefix, StringComparison.Ordinal))
        {
            error = $"line {lineNumber}: signature line must start with '{NoteSyntax.SignatureLinePrefix}'";
            return false;
        }

        string rest = line[NoteSyntax.SignatureLinePrefix.Length..];
        int space = rest.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            error = $"line {lineNumber}: signature line must be '— <key name> <base64 signature>', found no space after the key name";
            return false;
        }

        string name = rest[..space];
        string encoded = rest[(space + 1)..];
        if (NoteSyntax.CheckKeyName(name) is { } nameError)
        {
            error = $"line {lineNumber}: {nameError}";
            return false;
        }

        if (encoded.Contains(' ', StringComparison.Ordinal))
        {
            error = $"line {lineNumber}: signature line has more than one space after the key name";
            return false;
        }

        if (NoteSyntax.DecodeBase64(encoded) is not { } bytes)
        {
            error = $"line {lineNumber}: signature is not canonical base64";
            return false;
        }

        if (bytes.Length <= NoteKeyId.Size)
        {
            error = $"line {lineNumber}: signature is {bytes.Length} bytes, want a {NoteKeyId.Size}-byte key ID and at least one more";
            return false;
        }

        signature = new NoteSignature(name, NoteKeyId.ReadBigEndian(bytes), bytes.AsSpan(NoteKeyId.Size));
        error = string.Empty;
        return true;
    }

    /// <summary>The line as a note writes it: <c>— name base64(key ID ‖ signature)\n</c>.</summary>
    public string ToLine()
    {
        byte[] payload = new byte[NoteKeyId.Size + _signature.Length];
        KeyId.WriteBigEndian(payload);
        _signature.CopyTo(payload, NoteKeyId.Size);
        return $"{NoteSyntax.SignatureLinePrefix}{Name} {Convert.ToBase64String(payload)}\n";
    }

    /// <inheritdoc />
    public bool Equals(NoteSignature? other) =>
        other is not null && Name == other.Name && KeyId == other.KeyId && _signature.AsSpan().SequenceEqual(other._signature);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is NoteSignature other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, KeyId);

    /// <summary>The line without its final newline.</summary>
    public override string ToString() => ToLine()[..^1];
}
