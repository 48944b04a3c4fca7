using System.Globalization;

namespace Vigil.Incidents;

/// <summary>Reads the printed form of a store-wide number: a prefix and digits (<c>INC-0003</c>), or the digits alone.</summary>
internal static class RecordNumber
{
    /// <summary>The positive number in <paramref name="text"/>, with or without <paramref name="prefix"/> (any case).</summary>
    public static bool TryParse(string? text, string prefix, out int value)
    {
        value = 0;
        if (text is null)
        {
            return false;
        }

        ReadOnlySpan<char> digits = text.AsSpan().Trim();
        if (digits.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            digits = digits[prefix.Length..];
        }

        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;
    }
}
