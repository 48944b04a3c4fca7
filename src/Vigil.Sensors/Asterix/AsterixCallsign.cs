namespace Vigil.Sensors.Asterix;

/// <summary>
/// Eight characters of the ICAO 6-bit alphabet (Annex 10 Vol. IV, table 3-9), as carried by CAT048 I240
/// and CAT062 I245 / I380 ID: the 48 bits are held inline, so a callsign costs nothing until it is turned
/// into a string. Codes 1-26 are A-Z, 32 is space, 48-57 are 0-9; code 0 (unassigned, sent by
/// transponders with no identification set) reads as space and any other code as '?'. The default value
/// is eight code-0 characters.
/// </summary>
public readonly struct AsterixCallsign : IEquatable<AsterixCallsign>
{
    private readonly ulong _bits;

    /// <summary>Wraps the 48 bits of the item (the high 16 bits of <paramref name="bits"/> are ignored).</summary>
    public AsterixCallsign(ulong bits) => _bits = bits & 0xFFFF_FFFF_FFFFUL;

    /// <summary>The raw 48 bits, first character in the most significant six.</summary>
    public ulong Bits => _bits;

    /// <summary>The 6-bit code of character <paramref name="index"/> (0-7).</summary>
    public int Code(int index) => (int)((_bits >> (42 - (6 * index))) & 0x3F);

    /// <summary>Character <paramref name="index"/> (0-7) in ASCII.</summary>
    public char this[int index] => ToChar(Code(index));

    /// <summary>Writes the eight characters into <paramref name="destination"/> (at least 8 long).</summary>
    public void CopyTo(Span<char> destination)
    {
        for (int i = 0; i < 8; i++)
        {
            destination[i] = this[i];
        }
    }

    /// <summary>The eight characters, trailing spaces kept (e.g. "DLH65A  ").</summary>
    public override string ToString() => string.Create(8, _bits, static (span, bits) => new AsterixCallsign(bits).CopyTo(span));

    /// <summary>
    /// Encodes up to eight characters (A-Z, 0-9, space; lower case is folded to upper), padded with spaces.
    /// </summary>
    /// <exception cref="ArgumentException">The text is longer than 8 or holds a character outside the alphabet.</exception>
    public static AsterixCallsign FromString(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 8)
        {
            throw new ArgumentException($"A callsign has at most 8 characters, got {text.Length}.", nameof(text));
        }

        ulong bits = 0;
        for (int i = 0; i < 8; i++)
        {
            char c = i < text.Length ? char.ToUpperInvariant(text[i]) : ' ';
            int code = c switch
            {
                >= 'A' and <= 'Z' => c - 'A' + 1,
                >= '0' and <= '9' => c - '0' + 48,
                ' ' => 32,
                _ => throw new ArgumentException($"'{c}' is not in the ICAO 6-bit alphabet.", nameof(text)),
            };
            bits = (bits << 6) | (uint)code;
        }

        return new AsterixCallsign(bits);
    }

    private static char ToChar(int code) => code switch
    {
        >= 1 and <= 26 => (char)('A' + code - 1),
        0 or 32 => ' ',
        >= 48 and <= 57 => (char)('0' + code - 48),
        _ => '?',
    };

    /// <inheritdoc />
    public bool Equals(AsterixCallsign other) => _bits == other._bits;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AsterixCallsign other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _bits.GetHashCode();

    /// <summary>Equality of the 48 bits.</summary>
    public static bool operator ==(AsterixCallsign left, AsterixCallsign right) => left.Equals(right);

    /// <summary>Inequality of the 48 bits.</summary>
    public static bool operator !=(AsterixCallsign left, AsterixCallsign right) => !left.Equals(right);
}
