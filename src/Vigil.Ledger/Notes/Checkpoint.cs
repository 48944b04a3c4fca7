using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using Vigil.Ledger.Merkle;

namespace Vigil.Ledger.Notes;

/// <summary>
/// A transparency log checkpoint (c2sp.org/tlog-checkpoint): the note text
/// <c>&lt;origin&gt;\n&lt;tree size&gt;\n&lt;base64 root hash&gt;\n</c> followed by optional extension
/// lines. Sign it with <see cref="NoteSigner"/>, cosign it with <see cref="CosignatureSigner"/>.
/// Compared by value.
/// </summary>
public sealed class Checkpoint : IEquatable<Checkpoint>
{
    private readonly string[] _extensions;

    /// <summary>A checkpoint for the tree of <paramref name="size"/> leaves with root <paramref name="rootHash"/>.</summary>
    /// <exception cref="ArgumentException">
    /// The origin is empty or holds a newline, control character or unpaired surrogate; an extension
    /// line is empty or holds one of those.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">The size is negative.</exception>
    public Checkpoint(string origin, long size, Hash rootHash, IEnumerable<string>? extensions = null)
    {
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        if (CheckLine(origin, 1, "origin") is { } originError)
        {
            throw new ArgumentException(originError, nameof(origin));
        }

        string[] lines = extensions is null ? [] : [.. extensions];
        for (int i = 0; i < lines.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(lines[i], nameof(extensions));
            if (CheckLine(lines[i], i + 4, "extension line") is { } extensionError)
            {
                throw new ArgumentException(extensionError, nameof(extensions));
            }
        }

        Origin = origin;
        Size = size;
        RootHash = rootHash;
        _extensions = lines;
    }

    /// <summary>The log's unique identity, e.g. example.com/log42.</summary>
    public string Origin { get; }

    /// <summary>The number of leaves in the tree, 0 or more.</summary>
    public long Size { get; }

    /// <summary>The RFC 6962 / RFC 9162 Merkle tree root at <see cref="Size"/>.</summary>
    public Hash RootHash { get; }

    /// <summary>The opaque extension lines after the root hash, without newlines; usually none.</summary>
    public IReadOnlyList<string> Extensions => _extensions;

    /// <summary>The note text: one line each for origin, size, root hash and extensions, each ending in a newline.</summary>
    public string Format()
    {
        var builder = new StringBuilder();
        builder.Append(Origin).Append('\n')
            .Append(Size.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append(RootHash.ToBase64()).Append('\n');
        foreach (string line in _extensions)
        {
            builder.Append(line).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>Same as <see cref="Format"/>.</summary>
    public override string ToString() => Format();

    /// <summary>
    /// Parses checkpoint note text strictly: at least three lines, each ending in a newline and none
    /// empty; a non-empty origin; a decimal size without sign or leading zeros that fits a
    /// <see cref="long"/>; canonical base64 of exactly 32 bytes for the root. On failure
    /// <paramref name="error"/> says what is wrong and on which line.
    /// </summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out Checkpoint? checkpoint, out string error)
    {
        ArgumentNullException.ThrowIfNull(text);
        checkpoint = null;
        if (NoteSyntax.CheckCharacters(text) is { } characters)
        {
            error = characters;
            return false;
        }

        if (!text.EndsWith('\n'))
        {
            error = "checkpoint must end with a newline";
            return false;
        }

        string[] lines = text[..^1].Split('\n');
        if (lines.Length < 3)
        {
            error = $"checkpoint has {lines.Length} lines, want at least 3 (origin, tree size, root hash)";
            return false;
        }

        if (lines[0].Length == 0)
        {
            error = "line 1: origin is empty";
            return false;
        }

        if (!TryParseSize(lines[1], out long size, out error))
        {
            return false;
        }

        if (NoteSyntax.DecodeBase64(lines[2]) is not { } root)
        {
            error = "line 3: root hash is not canonical base64";
            return false;
        }

        if (root.Length != Rfc9162.HashSize)
        {
            error = $"line 3: root hash is {root.Length} bytes, want {Rfc9162.HashSize}";
            return false;
        }

        for (int i = 3; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                error = $"line {i + 1}: extension line is empty";
                return false;
            }
        }

        checkpoint = new Checkpoint(lines[0], size, Hash.From(root), lines[3..]);
        error = string.Empty;
        return true;
    }

    /// <inheritdoc />
    public bool Equals(Checkpoint? other) =>
        other is not null
        && Origin == other.Origin
        && Size == other.Size
        && RootHash == other.RootHash
        && _extensions.AsSpan().SequenceEqual(other._extensions);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Checkpoint other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Origin, Size, RootHash);

    private static bool TryParseSize(string line, out long size, out string error)
    {
        size = 0;
        if (line.Length == 0 || line.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            error = $"line 2: tree size '{line}' is not a decimal number";
            return false;
        }

        if (line.Length > 1 && line[0] == '0')
        {
            error = $"line 2: tree size '{line}' has a leading zero";
            return false;
        }

        if (!long.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out size))
        {
            error = $"line 2: tree size {line} is larger than {long.MaxValue}";
            return false;
        }

        error = string.Empty;
        return true;
    }

    private static string? CheckLine(string line, int lineNumber, string what)
    {
        if (line.Length == 0)
        {
            return $"line {lineNumber}: {what} is empty";
        }

        if (line.Contains('\n', StringComparison.Ordinal))
        {
            return $"line {lineNumber}: {what} holds a newline";
        }

        return NoteSyntax.CheckCharacters(line, lineNumber);
    }
}
