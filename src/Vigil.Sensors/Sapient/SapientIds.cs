using System.Security.Cryptography;

namespace Vigil.Sensors.Sapient;

/// <summary>
/// The identifier formats of BSI Flex 335 v2.0: node ids are UUIDs (canonical 8-4-4-4-12 hex form); report, object,
/// task, region and alert ids are ULIDs (26 characters of Crockford base32: 48-bit millisecond time, 80 random bits).
/// </summary>
public static class SapientIds
{
    // Crockford base32 alphabet: digits and letters without I, L, O and U.
    private const string Crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>Length of a ULID in characters.</summary>
    public const int UlidLength = 26;

    /// <summary>
    /// True if <paramref name="value"/> is a ULID: exactly 26 Crockford base32 characters (either case) whose first
    /// character is 0-7, so the value fits in 128 bits.
    /// </summary>
    public static bool IsUlid(string? value)
    {
        if (value is null || value.Length != UlidLength)
        {
            return false;
        }

        if (value[0] > '7')
        {
            return false;
        }

        foreach (char c in value)
        {
            if (CrockfordValue(c) < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True if <paramref name="value"/> is a UUID in canonical form, e.g. <c>a8654cdf-4328-47de-81fa-c495589e30c9</c>.</summary>
    public static bool IsUuid(string? value) =>
        value is not null && value.Length == 36 && Guid.TryParseExact(value, "D", out _);

    /// <summary>A new ULID for <paramref name="at"/> (must be at or after the Unix epoch), with cryptographically random low bits.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before 1970.</exception>
    public static string NewUlid(DateTimeOffset at)
    {
        Span<byte> random = stackalloc byte[10];
        RandomNumberGenerator.Fill(random);
        return NewUlid(at, random);
    }

    /// <summary>A ULID for <paramref name="at"/> with the given 10 random bytes (for deterministic tests).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before 1970 or <paramref name="random"/> is not 10 bytes.</exception>
    public static string NewUlid(DateTimeOffset at, ReadOnlySpan<byte> random)
    {
        long ms = at.ToUnixTimeMilliseconds();
        ArgumentOutOfRangeException.ThrowIfNegative(ms, nameof(at));
        if (random.Length != 10)
        {
            throw new ArgumentOutOfRangeException(nameof(random), random.Length, "need exactly 10 random bytes");
        }

        // 128 bits, big-endian: 6 bytes of time then 10 of randomness, written 5 bits per character.
        Span<byte> bytes = stackalloc byte[16];
        for (int i = 0; i < 6; i++)
        {
            bytes[i] = unchecked((byte)(ms >> (8 * (5 - i))));
        }

        random.CopyTo(bytes[6..]);
        UInt128 value = 0;
        foreach (byte b in bytes)
        {
            value = (value << 8) | b;
        }

        return string.Create(UlidLength, value, static (chars, v) =>
        {
            for (int i = UlidLength - 1; i >= 0; i--)
            {
                chars[i] = Crockford[(int)(v & 31)];
                v >>= 5;
            }
        });
    }

    /// <summary>A new random (version 4) UUID in canonical lower-case form, for a node id.</summary>
    public static string NewUuid() => Guid.NewGuid().ToString("D");

    private static int CrockfordValue(char c)
    {
        char upper = c is >= 'a' and <= 'z' ? (char)(c - 32) : c;
        return Crockford.IndexOf(upper, StringComparison.Ordinal);
    }
}
