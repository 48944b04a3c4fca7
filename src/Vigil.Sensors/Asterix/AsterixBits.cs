using System.Runtime.CompilerServices;

namespace Vigil.Sensors.Asterix;

/// <summary>Big-endian field access and two's-complement sign extension for ASTERIX items.</summary>
internal static class AsterixBits
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint U16(ReadOnlySpan<byte> s, int at) => (uint)((s[at] << 8) | s[at + 1]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint U24(ReadOnlySpan<byte> s, int at) => (uint)((s[at] << 16) | (s[at + 1] << 8) | s[at + 2]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint U32(ReadOnlySpan<byte> s, int at) => unchecked((uint)((s[at] << 24) | (s[at + 1] << 16) | (s[at + 2] << 8) | s[at + 3]));

    /// <summary>Reads <paramref name="count"/> (at most 8) bytes as a big-endian unsigned number.</summary>
    public static ulong UBig(ReadOnlySpan<byte> s, int at, int count)
    {
        ulong value = 0;
        for (int i = 0; i < count; i++)
        {
            value = (value << 8) | s[at + i];
        }

        return value;
    }

    /// <summary>Sign-extends the low <paramref name="bits"/> bits of <paramref name="value"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Signed(uint value, int bits) => unchecked((int)(value << (32 - bits))) >> (32 - bits);

    /// <summary>Sign-extends a byte.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static sbyte S8(byte value) => unchecked((sbyte)value);

    /// <summary>The low <paramref name="bits"/> bits of a two's-complement number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Field(long value, int bits) => unchecked((uint)value & (uint)((1UL << bits) - 1));

    /// <summary>Rounds a scaled value to the nearest whole number of LSBs, saturating to the signed field range.</summary>
    public static long QuantiseSigned(double value, double lsb, int bits)
    {
        double raw = Math.Round(value / lsb, MidpointRounding.AwayFromZero);
        long max = (1L << (bits - 1)) - 1, min = -(1L << (bits - 1));
        return double.IsNaN(raw) ? 0 : raw >= max ? max : raw <= min ? min : (long)raw;
    }

    /// <summary>Rounds a scaled value to the nearest whole number of LSBs, saturating to the unsigned field range.</summary>
    public static ulong QuantiseUnsigned(double value, double lsb, int bits)
    {
        double raw = Math.Round(value / lsb, MidpointRounding.AwayFromZero);
        ulong max = (1UL << bits) - 1;
        return double.IsNaN(raw) || raw <= 0 ? 0 : raw >= max ? max : (ulong)raw;
    }

    /// <summary>Rounds an angle in degrees to a field of <paramref name="bits"/> bits of 360/2^bits, wrapping at 360.</summary>
    public static uint QuantiseAngle(double degrees, int bits)
    {
        double turns = degrees / 360.0;
        turns -= Math.Floor(turns);
        double raw = Math.Round(turns * (1L << bits), MidpointRounding.AwayFromZero);
        return double.IsNaN(raw) ? 0 : (uint)((long)raw & ((1L << bits) - 1));
    }

    public static void Put16(Span<byte> d, int at, uint v)
    {
        d[at] = (byte)((v >> 8) & 0xFF);
        d[at + 1] = (byte)(v & 0xFF);
    }

    public static void Put24(Span<byte> d, int at, uint v)
    {
        d[at] = (byte)((v >> 16) & 0xFF);
        d[at + 1] = (byte)((v >> 8) & 0xFF);
        d[at + 2] = (byte)(v & 0xFF);
    }

    public static void PutBig(Span<byte> d, int at, ulong v, int count)
    {
        for (int i = count - 1; i >= 0; i--)
        {
            d[at + i] = (byte)(v & 0xFF);
            v >>= 8;
        }
    }
}
