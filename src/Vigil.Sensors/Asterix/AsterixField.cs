using System.Globalization;

namespace Vigil.Sensors.Asterix;

/// <summary>How a bit field's value is presented.</summary>
internal enum AsterixFieldFormat
{
    /// <summary>An integer, or the integer times <see cref="AsterixField.Scale"/> when a scale is given.</summary>
    Number,

    /// <summary>A Mode-1/2/3A code: 12 bits as four octal digits.</summary>
    Octal,

    /// <summary>Hexadecimal digits (e.g. a 24-bit aircraft address).</summary>
    Hex,

    /// <summary>Characters of the ICAO 6-bit alphabet.</summary>
    Icao6,

    /// <summary>ASCII characters, one per octet.</summary>
    Ascii,
}

/// <summary>
/// One bit field of a fixed item or subfield, bits numbered as the specifications do: bit 1 is the least
/// significant bit of the item (or, when <see cref="Octet"/> is set, of that octet of an extended item).
/// </summary>
internal readonly record struct AsterixField(string Name, int From, int To, double Scale = 0, bool Signed = false,
    AsterixFieldFormat Format = AsterixFieldFormat.Number, int Octet = -1)
{
    /// <summary>Whether the field is in <paramref name="item"/> (an extended item may stop before its octet).</summary>
    public bool IsIn(ReadOnlySpan<byte> item) => Octet < 0 ? item.Length <= 8 && From <= 8 * item.Length : Octet < item.Length;

    /// <summary>The field's raw bits (sign-extended when signed).</summary>
    public long Raw(ReadOnlySpan<byte> item)
    {
        ulong all = Octet < 0 ? AsterixBits.UBig(item, 0, item.Length) : item[Octet];
        int width = From - To + 1;
        ulong bits = (all >> (To - 1)) & (width == 64 ? ulong.MaxValue : (1UL << width) - 1);
        return Signed ? unchecked((long)(bits << (64 - width))) >> (64 - width) : unchecked((long)bits);
    }

    /// <summary>The field's value as a number: scaled when a scale is given.</summary>
    public double Value(ReadOnlySpan<byte> item) => Scale == 0 ? Raw(item) : Raw(item) * Scale;

    /// <summary>The field's value as text for the non-numeric formats.</summary>
    public string Text(ReadOnlySpan<byte> item)
    {
        long raw = Raw(item);
        switch (Format)
        {
            case AsterixFieldFormat.Octal:
                return Convert.ToString(raw, 8).PadLeft(4, '0');
            case AsterixFieldFormat.Hex:
                return raw.ToString("X" + ((From - To + 4) / 4).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            case AsterixFieldFormat.Icao6:
            {
                int count = (From - To + 1) / 6;
                var chars = new char[count];
                var sign = new AsterixCallsign(unchecked((ulong)raw) << (6 * (8 - count)));
                for (int i = 0; i < count; i++)
                {
                    chars[i] = sign[i];
                }

                return new string(chars);
            }

            case AsterixFieldFormat.Ascii:
            {
                int count = (From - To + 1) / 8;
                var chars = new char[count];
                for (int i = 0; i < count; i++)
                {
                    int c = (int)((raw >> (8 * (count - 1 - i))) & 0xFF);
                    chars[i] = c is >= 0x20 and < 0x7F ? (char)c : '?';
                }

                return new string(chars);
            }

            default:
                return Scale == 0 ? raw.ToString(CultureInfo.InvariantCulture) : Value(item).ToString("R", CultureInfo.InvariantCulture);
        }
    }
}
