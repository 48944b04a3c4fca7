using System.Security.Cryptography;

namespace Vigil.Incidents;

/// <summary>
/// Identifies a piece of evidence by its content: the SHA-256 of its bytes, computed when it was
/// collected (Berkeley Protocol on Digital Open Source Investigations, 2022, on preservation: hash at
/// collection). Printed as <c>sha256:</c> and 64 lowercase hex digits. The default value, all zero
/// bytes, names no evidence.
/// </summary>
public readonly struct EvidenceId : IEquatable<EvidenceId>
{
    private const string Prefix = "sha256:";
    private readonly string? _hex;

    private EvidenceId(string hex) => _hex = hex;

    /// <summary>The hash as 64 lowercase hex digits.</summary>
    public string Hex => _hex ?? new string('0', 64);

    /// <summary>The id of <paramref name="content"/>: its SHA-256.</summary>
    public static EvidenceId Of(ReadOnlySpan<byte> content)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(content, hash);
        return new EvidenceId(Convert.ToHexStringLower(hash));
    }

    /// <summary>Parses <c>sha256:</c>‹64 hex digits› or the 64 hex digits alone; any case.</summary>
    public static bool TryParse(string? s, out EvidenceId id)
    {
        id = default;
        if (s is null)
        {
            return false;
        }

        string hex = s.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) ? s[Prefix.Length..] : s;
        if (hex.Length != 64 || !hex.All(char.IsAsciiHexDigit))
        {
            return false;
        }

        id = new EvidenceId(hex.ToLowerInvariant());
        return true;
    }

    /// <summary>Parses like <see cref="TryParse"/>.</summary>
    /// <exception cref="FormatException"><paramref name="s"/> is not a SHA-256 evidence id.</exception>
    public static EvidenceId Parse(string s) =>
        TryParse(s, out EvidenceId id) ? id : throw new FormatException($"Not an evidence id: got \"{s}\", want sha256: and 64 hex digits.");

    /// <inheritdoc />
    public bool Equals(EvidenceId other) => string.Equals(Hex, other.Hex, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EvidenceId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Hex);

    /// <summary>Equality of the hashes.</summary>
    public static bool operator ==(EvidenceId left, EvidenceId right) => left.Equals(right);

    /// <summary>Inequality of the hashes.</summary>
    public static bool operator !=(EvidenceId left, EvidenceId right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => Prefix + Hex;
}
