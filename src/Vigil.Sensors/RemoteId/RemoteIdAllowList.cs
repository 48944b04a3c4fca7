using System.Diagnostics.CodeAnalysis;

namespace Vigil.Sensors.RemoteId;

/// <summary>
/// The UAS IDs of registered (cooperative) aircraft, whose tracks are marked as such and whose
/// crossing alerts are suppressed. File format: UTF-8 text, one UAS ID per line; '#' starts a
/// comment to the end of the line; blank lines and surrounding spaces are ignored. A UAS ID is 1 to
/// 20 printable ASCII characters without spaces, compared exactly (case matters), e.g.
/// <code>
/// # border patrol fleet
/// 1596A123456789012345   # serial number
/// FIN87astrdge12kxyz8
/// </code>
/// </summary>
public sealed class RemoteIdAllowList
{
    private readonly HashSet<string> _ids;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>A list of the given UAS IDs.</summary>
    /// <exception cref="ArgumentException">An ID is empty, longer than 20 characters, or not printable ASCII without spaces.</exception>
    public RemoteIdAllowList(IEnumerable<string> uasIds)
    {
        ArgumentNullException.ThrowIfNull(uasIds);
        _ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (string id in uasIds)
        {
            if (Invalid(id) is { } reason)
            {
                throw new ArgumentException($"UAS ID \"{id}\": {reason}.", nameof(uasIds));
            }

            _ids.Add(id);
        }

        _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The empty list: no aircraft is registered.</summary>
    public static RemoteIdAllowList Empty { get; } = new([]);

    /// <summary>The number of distinct UAS IDs.</summary>
    public int Count => _ids.Count;

    /// <summary>The UAS IDs.</summary>
    public IReadOnlyCollection<string> UasIds => _ids;

    /// <summary>Parses the text of an allow-list file; on a bad line, the error's offset is the line's first character and its reason names the line.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out RemoteIdAllowList? list, out DecodeError error)
    {
        ArgumentNullException.ThrowIfNull(text);
        list = null;
        error = default;
        var ids = new List<string>();
        int lineNumber = 0, start = 0;
        while (start <= text.Length)
        {
            int newline = text.IndexOf('\n', start);
            int end = newline < 0 ? text.Length : newline;
            lineNumber++;
            ReadOnlySpan<char> line = text.AsSpan(start, end - start);
            int hash = line.IndexOf('#');
            ReadOnlySpan<char> id = (hash < 0 ? line : line[..hash]).Trim();
            if (!id.IsEmpty)
            {
                string value = id.ToString();
                if (Invalid(value) is { } reason)
                {
                    error = new DecodeError(start, $"line {lineNumber}: UAS ID \"{value}\": {reason}");
                    return false;
                }

                ids.Add(value);
            }

            if (newline < 0)
            {
                break;
            }

            start = newline + 1;
        }

        list = new RemoteIdAllowList(ids);
        return true;
    }

    /// <summary>Reads and parses an allow-list file (see <see cref="TryParse"/>).</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static bool TryLoad(string path, [NotNullWhen(true)] out RemoteIdAllowList? list, out DecodeError error) =>
        TryParse(File.ReadAllText(path), out list, out error);

    /// <summary>Whether <paramref name="uasId"/> is registered.</summary>
    public bool IsRegistered(ReadOnlySpan<char> uasId) => _lookup.Contains(uasId);

    /// <summary>Whether the text of a decoded UAS ID field is registered (no allocation).</summary>
    public bool IsRegistered(RemoteIdBytes uasId)
    {
        ReadOnlySpan<byte> bytes = uasId.TextSpan();
        Span<char> chars = stackalloc char[RemoteIdBytes.MaxLength];
        for (int i = 0; i < bytes.Length; i++)
        {
            chars[i] = (char)bytes[i];
        }

        return IsRegistered(chars[..bytes.Length]);
    }

    /// <summary>Whether any identity the observation's sender broadcast is registered.</summary>
    public bool IsRegistered(RemoteIdObservation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        foreach (UasIdentity identity in observation.Identities)
        {
            if (IsRegistered(identity.UasId))
            {
                return true;
            }
        }

        return false;
    }

    private static string? Invalid(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return "empty";
        }

        if (id.Length > BasicIdMessage.UasIdLength)
        {
            return $"{id.Length} characters, at most 20";
        }

        foreach (char c in id)
        {
            if (c is <= ' ' or > '~')
            {
                return $"character U+{(int)c:X4} is not printable ASCII";
            }
        }

        return null;
    }
}
