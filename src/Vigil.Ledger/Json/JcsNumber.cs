using System.Globalization;

namespace Vigil.Ledger.Json;

/// <summary>
/// RFC 8785 §3.2.2.3 number serialisation: the ECMAScript Number::toString algorithm
/// (ECMA-262 §7.1.12.1, including its "Note 2": among the shortest digit strings that round-trip,
/// the one closest to the value) applied to an IEEE-754 double.
/// </summary>
internal static class JcsNumber
{
    /// <summary>
    /// Room for any output: a sign, at most 17 digits, and either up to 21 integer digits,
    /// "0." with five zeros, or a point and "e-324".
    /// </summary>
    public const int MaxLength = 32;

    /// <summary>"E0" to "E16": scientific notation with 1 to 17 significant digits.</summary>
    private static readonly string[] ExponentFormats =
        [.. Enumerable.Range(0, 17).Select(p => "E" + p.ToString(CultureInfo.InvariantCulture))];

    /// <summary>Writes <paramref name="value"/> in canonical form and returns the byte count.</summary>
    /// <param name="value">A finite double; -0 writes as "0".</param>
    /// <param name="destination">At least <see cref="MaxLength"/> bytes.</param>
    /// <exception cref="ArgumentOutOfRangeException">NaN or an infinity (RFC 8785 §3.2.2.3 forbids them).</exception>
    public static int Format(double value, Span<byte> destination)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "NaN and infinities have no JSON form");
        }

        if (value == 0)
        {
            destination[0] = (byte)'0'; // +0 and -0 alike
            return 1;
        }

        Span<byte> digits = stackalloc byte[MaxLength];
        int k = ShortestDigits(Math.Abs(value), digits, out int n);
        return Layout(value < 0, digits[..k], n, destination);
    }

    /// <summary>The canonical form of <paramref name="value"/> as a string.</summary>
    public static string ToString(double value)
    {
        Span<byte> buffer = stackalloc byte[MaxLength];
        int length = Format(value, buffer);
        return System.Text.Encoding.ASCII.GetString(buffer[..length]);
    }

    /// <summary>ECMA-262 §7.1.12.1 steps 6–10 for the digits s (k of them) and the exponent n.</summary>
    private static int Layout(bool negative, ReadOnlySpan<byte> s, int n, Span<byte> destination)
    {
        int k = s.Length, w = 0;
        if (negative)
        {
            destination[w++] = (byte)'-';
        }

        if (k <= n && n <= 21)
        {
            // Integer: the digits, then n - k zeros.
            s.CopyTo(destination[w..]);
            w += k;
            destination.Slice(w, n - k).Fill((byte)'0');
            w += n - k;
        }
        else if (0 < n && n <= 21)
        {
            // The point falls inside the digits.
            s[..n].CopyTo(destination[w..]);
            w += n;
            destination[w++] = (byte)'.';
            s[n..].CopyTo(destination[w..]);
            w += k - n;
        }
        else if (-6 < n && n <= 0)
        {
            // "0." then -n zeros, then the digits.
            destination[w++] = (byte)'0';
            destination[w++] = (byte)'.';
            destination.Slice(w, -n).Fill((byte)'0');
            w += -n;
            s.CopyTo(destination[w..]);
            w += k;
        }
        else
        {
            // Exponential: one digit, the rest after a point, then e+/e- and the exponent
            // without leading zeros.
            destination[w++] = s[0];
            if (k > 1)
            {
                destination[w++] = (byte)'.';
                s[1..].CopyTo(destination[w..]);
                w += k - 1;
            }

            int e = n - 1;
            destination[w++] = (byte)'e';
            destination[w++] = e > 0 ? (byte)'+' : (byte)'-';
            if (!Math.Abs(e).TryFormat(destination[w..], out int written, default, CultureInfo.InvariantCulture))
            {
                throw new InvalidOperationException("exponent exceeds the buffer");
            }

            w += written;
        }

        return w;
    }

    /// <summary>
    /// The ECMAScript digits s (returned count k, written to <paramref name="digits"/>) and exponent
    /// n of a positive finite double: the fewest digits that parse back to it, the closest such.
    /// </summary>
    private static int ShortestDigits(double magnitude, Span<byte> digits, out int n)
    {
        // Since .NET Core 3.0, "R" gives the shortest string that parses back to the same double,
        // the closest such: the digits ECMAScript asks for. Only the layout differs ("1E+21").
        Span<byte> text = stackalloc byte[MaxLength];
        if (!magnitude.TryFormat(text, out int length, "R", CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException("a double's shortest form exceeds the buffer");
        }

        int k = Decompose(text[..length], digits, out n);

        // Exact powers of two have a lower rounding margin half the upper one. The .NET 10
        // runtime's Dragon4 path treats the margins as equal, and for some (2^-25, 2^-958) returns
        // a string that parses to the next double down (dotnet/runtime PR 131131). Check those.
        bool powerOfTwo = (BitConverter.DoubleToInt64Bits(magnitude) & 0xF_FFFF_FFFF_FFFF) == 0;
        return powerOfTwo && Parse(text[..length]) != magnitude
            ? ShortestByPrecision(magnitude, digits, out n)
            : k;
    }

    /// <summary>
    /// The slow way to <see cref="ShortestDigits"/>: for k = 1, 2, …, the correctly rounded k-digit
    /// decimal is the closest; if it does not parse back, only its neighbour on the other side of
    /// the value can (a power of two's rounding interval is lopsided). 17 digits always do.
    /// </summary>
    private static int ShortestByPrecision(double magnitude, Span<byte> digits, out int n)
    {
        Span<byte> text = stackalloc byte[MaxLength];
        for (int k = 1; k <= 17; k++)
        {
            if (!magnitude.TryFormat(text, out int length, ExponentFormats[k - 1], CultureInfo.InvariantCulture))
            {
                throw new InvalidOperationException("a double's E format exceeds the buffer");
            }

            double nearest = Parse(text[..length]);
            int count = Decompose(text[..length], digits, out n);
            if (nearest == magnitude)
            {
                return count;
            }

            // s × 10^q, then one unit in the last place towards the value.
            long s = long.Parse(digits[..count], NumberStyles.None, CultureInfo.InvariantCulture);
            int q = n - count;
            long other = nearest < magnitude ? s + 1 : s - 1;
            if (!other.TryFormat(text, out length, default, CultureInfo.InvariantCulture))
            {
                throw new InvalidOperationException("digits exceed the buffer");
            }

            text[length++] = (byte)'E';
            if (!q.TryFormat(text[length..], out int written, default, CultureInfo.InvariantCulture))
            {
                throw new InvalidOperationException("exponent exceeds the buffer");
            }

            length += written;
            if (Parse(text[..length]) == magnitude)
            {
                return Decompose(text[..length], digits, out n);
            }
        }

        throw new InvalidOperationException("no 17-digit decimal parses back to the double");
    }

    /// <summary>
    /// Splits an unsigned decimal ("123.45", "0.001", "1.5E+21", "12E-3") into its significant
    /// digits, without leading or trailing zeros, and ECMAScript's n: value = 0.d1d2…dk × 10^n.
    /// </summary>
    private static int Decompose(ReadOnlySpan<byte> text, Span<byte> digits, out int n)
    {
        int k = 0, pointAt = -1, exponent = 0;
        for (int i = 0; i < text.Length; i++)
        {
            byte c = text[i];
            if (c == (byte)'.')
            {
                pointAt = k;
            }
            else if (c is (byte)'E' or (byte)'e')
            {
                exponent = ParseExponent(text[(i + 1)..]);
                break;
            }
            else
            {
                digits[k++] = c;
            }
        }

        n = (pointAt < 0 ? k : pointAt) + exponent;
        int first = 0;
        while (first < k - 1 && digits[first] == (byte)'0')
        {
            first++;
            n--;
        }

        int end = k;
        while (end > first + 1 && digits[end - 1] == (byte)'0')
        {
            end--;
        }

        digits[first..end].CopyTo(digits);
        return end - first;
    }

    private static double Parse(ReadOnlySpan<byte> text) =>
        double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static int ParseExponent(ReadOnlySpan<byte> text)
    {
        int sign = 1, i = 0, e = 0;
        if (text[0] is (byte)'+' or (byte)'-')
        {
            sign = text[0] == (byte)'-' ? -1 : 1;
            i = 1;
        }

        for (; i < text.Length; i++)
        {
            e = (e * 10) + (text[i] - '0');
        }

        return sign * e;
    }
}
