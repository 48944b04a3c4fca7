using System.Globalization;
using System.Numerics;

namespace Vigil.Ledger.Tests.Json;

/// <summary>
/// A slow, literal reading of ECMA-262 §7.1.12.1 Number::toString with exact integer arithmetic,
/// to cross-check the fast formatter. For k = 1, 2, …: the two k-digit decimals either side of the
/// value are the only candidates; keep those that parse back to the value; the first k with any
/// wins, the closer candidate (the even one on a tie, "Note 2") gives the digits s.
/// </summary>
internal static class EcmaNumberReference
{
    public static string ToString(double value)
    {
        if (value == 0)
        {
            return "0";
        }

        if (value < 0)
        {
            return "-" + ToString(-value);
        }

        // value = num / den exactly.
        long bits = BitConverter.DoubleToInt64Bits(value);
        int biased = (int)(bits >> 52) & 0x7FF;
        long mantissa = bits & 0xF_FFFF_FFFF_FFFF;
        int exponent = biased == 0 ? -1074 : biased - 1075;
        if (biased != 0)
        {
            mantissa |= 1L << 52;
        }

        BigInteger num = exponent >= 0 ? new BigInteger(mantissa) << exponent : mantissa;
        BigInteger den = exponent >= 0 ? BigInteger.One : BigInteger.One << -exponent;

        // The decade: 10^(n-1) <= value < 10^n.
        int n = (int)Math.Floor(Math.Log10(value)) + 1;
        while (Compare(BigInteger.One, n - 1, num, den) > 0)
        {
            n--;
        }

        while (Compare(BigInteger.One, n, num, den) <= 0)
        {
            n++;
        }

        for (int k = 1; k <= 17; k++)
        {
            int q = n - k; // candidate = s × 10^q
            BigInteger floor = q >= 0 ? num / (den * BigInteger.Pow(10, q)) : num * BigInteger.Pow(10, -q) / den;
            BigInteger? best = null;
            BigInteger bestDistance = default;
            foreach (BigInteger s in new[] { floor, floor + 1 })
            {
                if (!RoundTrips(s, q, value))
                {
                    continue;
                }

                BigInteger distance = BigInteger.Abs(q >= 0
                    ? (s * BigInteger.Pow(10, q) * den) - num
                    : (s * den) - (num * BigInteger.Pow(10, -q)));
                if (best is null || distance < bestDistance || (distance == bestDistance && s.IsEven))
                {
                    best = s;
                    bestDistance = distance;
                }
            }

            if (best is { } found)
            {
                string digits = found.ToString(CultureInfo.InvariantCulture);
                int point = q + digits.Length; // ECMAScript's n for these digits (floor + 1 may gain a digit)
                return Layout(digits.TrimEnd('0'), point);
            }
        }

        throw new InvalidOperationException($"no 17-digit decimal round-trips {value:R}");
    }

    private static string Layout(string s, int n)
    {
        int k = s.Length;
        if (k <= n && n <= 21)
        {
            return s + new string('0', n - k);
        }

        if (0 < n && n <= 21)
        {
            return s[..n] + "." + s[n..];
        }

        if (-6 < n && n <= 0)
        {
            return "0." + new string('0', -n) + s;
        }

        string e = (n - 1 > 0 ? "e+" : "e-") + Math.Abs(n - 1).ToString(CultureInfo.InvariantCulture);
        return k == 1 ? s + e : s[..1] + "." + s[1..] + e;
    }

    private static bool RoundTrips(BigInteger s, int q, double value) =>
        double.Parse($"{s}e{q}", NumberStyles.Float, CultureInfo.InvariantCulture) == value;

    /// <summary>Sign of (s × 10^p) − num/den.</summary>
    private static int Compare(BigInteger s, int p, BigInteger num, BigInteger den) => p >= 0
        ? (s * BigInteger.Pow(10, p) * den).CompareTo(num)
        : (s * den).CompareTo(num * BigInteger.Pow(10, -p));
}
