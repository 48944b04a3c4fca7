using System.Globalization;

namespace Vigil.Storage;

/// <summary>Identifies a notification across the whole database; numbering starts at 1.</summary>
/// <param name="Value">The notification's number.</param>
public readonly record struct NotificationId(long Value)
{
    /// <inheritdoc />
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads a positive number.</summary>
    public static bool TryParse(string? text, out NotificationId id)
    {
        bool ok = long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long n) && n > 0;
        id = new NotificationId(ok ? n : 0);
        return ok;
    }
}
