namespace Vigil.Sensors.Asterix;

/// <summary>Writes big-endian fields into a span, counting on past its end so the caller learns the length needed.</summary>
internal ref struct AsterixSpanWriter
{
    private readonly Span<byte> _destination;

    public AsterixSpanWriter(Span<byte> destination) => _destination = destination;

    /// <summary>Bytes written (or that would have been, past the end).</summary>
    public int Position { get; private set; }

    /// <summary>Whether anything fell past the end of the span.</summary>
    public readonly bool Overflowed => Position > _destination.Length;

    public void Byte(uint value)
    {
        if (Position < _destination.Length)
        {
            _destination[Position] = (byte)(value & 0xFF);
        }

        Position++;
    }

    public void U16(uint value)
    {
        Byte(value >> 8);
        Byte(value);
    }

    public void U24(uint value)
    {
        Byte(value >> 16);
        Byte(value >> 8);
        Byte(value);
    }

    public void Big(ulong value, int count)
    {
        for (int i = count - 1; i >= 0; i--)
        {
            Byte((uint)((value >> (8 * i)) & 0xFF));
        }
    }

    public void Bytes(scoped ReadOnlySpan<byte> bytes)
    {
        foreach (byte b in bytes)
        {
            Byte(b);
        }
    }

    /// <summary>An explicit item: length octet (counting itself), then the content.</summary>
    public void Explicit(scoped ReadOnlySpan<byte> content)
    {
        Byte((uint)content.Length + 1);
        Bytes(content);
    }

    /// <summary>An FSPEC for the FRNs set in <paramref name="frns"/> (bit FRN - 1).</summary>
    public void Fspec(ulong frns)
    {
        int highest = 64 - System.Numerics.BitOperations.LeadingZeroCount(frns);
        int octets = Math.Max(1, (highest + 6) / 7);
        for (int octet = 0; octet < octets; octet++)
        {
            uint b = 0;
            for (int bit = 0; bit < 7; bit++)
            {
                if ((frns & (1UL << ((7 * octet) + bit))) != 0)
                {
                    b |= 0x80u >> bit;
                }
            }

            Byte(octet < octets - 1 ? b | 1 : b);
        }
    }

    /// <summary>Overwrites two bytes already written (a data block's length).</summary>
    public readonly void Patch16(int at, int value)
    {
        if (at + 1 < _destination.Length)
        {
            _destination[at] = (byte)((value >> 8) & 0xFF);
            _destination[at + 1] = (byte)(value & 0xFF);
        }
    }
}
