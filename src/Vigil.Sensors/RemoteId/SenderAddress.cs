namespace Vigil.Sensors.RemoteId;

/// <summary>
/// The 48-bit address a Remote ID broadcast came from: the transmitter MAC address of a Wi-Fi frame,
/// or the advertiser address of a Bluetooth LE advertisement. Written most significant byte first,
/// "aa:bb:cc:dd:ee:ff" (Bluetooth sends the address least significant byte first; it is turned
/// round). The default value, 00:00:00:00:00:00, stands for an advertisement without an address.
/// </summary>
public readonly struct SenderAddress : IEquatable<SenderAddress>, IComparable<SenderAddress>
{
    private readonly ulong _value;

    /// <summary>An address from its 48-bit value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value has more than 48 bits.</exception>
    public SenderAddress(ulong value)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 0xFFFF_FFFF_FFFFUL);
        _value = value;
    }

    /// <summary>The 48-bit value, the first written byte most significant.</summary>
    public ulong Value => _value;

    /// <summary>Whether this is the all-zero address (none was sent).</summary>
    public bool IsNone => _value == 0;

    /// <summary>Parses "aa:bb:cc:dd:ee:ff" (or with '-'); false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out SenderAddress address)
    {
        address = default;
        if (text.Length != 17)
        {
            return false;
        }

        ulong value = 0;
        for (int i = 0; i < 6; i++)
        {
            if (i > 0 && text[(i * 3) - 1] is not (':' or '-'))
            {
                return false;
            }

            int hi = HexValue(text[i * 3]), lo = HexValue(text[(i * 3) + 1]);
            if (hi < 0 || lo < 0)
            {
                return false;
            }

            value = (value << 8) | (uint)((hi << 4) | lo);
        }

        address = new SenderAddress(value);
        return true;
    }

    /// <summary>"aa:bb:cc:dd:ee:ff", lower case.</summary>
    public override string ToString() => string.Create(17, _value, static (span, value) =>
    {
        for (int i = 0; i < 6; i++)
        {
            int b = (int)((value >> (40 - (8 * i))) & 0xFF);
            span[i * 3] = "0123456789abcdef"[b >> 4];
            span[(i * 3) + 1] = "0123456789abcdef"[b & 0xF];
            if (i < 5)
            {
                span[(i * 3) + 2] = ':';
            }
        }
    });

    /// <inheritdoc />
    public bool Equals(SenderAddress other) => _value == other._value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SenderAddress other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(SenderAddress other) => _value.CompareTo(other._value);

    /// <summary>Equal addresses.</summary>
    public static bool operator ==(SenderAddress left, SenderAddress right) => left.Equals(right);

    /// <summary>Different addresses.</summary>
    public static bool operator !=(SenderAddress left, SenderAddress right) => !left.Equals(right);

    /// <summary>Orders by value.</summary>
    public static bool operator <(SenderAddress left, SenderAddress right) => left._value < right._value;

    /// <summary>Orders by value.</summary>
    public static bool operator >(SenderAddress left, SenderAddress right) => left._value > right._value;

    /// <summary>Orders by value.</summary>
    public static bool operator <=(SenderAddress left, SenderAddress right) => left._value <= right._value;

    /// <summary>Orders by value.</summary>
    public static bool operator >=(SenderAddress left, SenderAddress right) => left._value >= right._value;

    /// <summary>Six bytes in the order they are written (Wi-Fi).</summary>
    internal static SenderAddress FromBytes(ReadOnlySpan<byte> six)
    {
        ulong value = 0;
        for (int i = 0; i < 6; i++)
        {
            value = (value << 8) | six[i];
        }

        return new SenderAddress(value);
    }

    /// <summary>Six bytes least significant first (Bluetooth LE).</summary>
    internal static SenderAddress FromLittleEndianBytes(ReadOnlySpan<byte> six)
    {
        ulong value = 0;
        for (int i = 5; i >= 0; i--)
        {
            value = (value << 8) | six[i];
        }

        return new SenderAddress(value);
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
