namespace Vigil.Core;

/// <summary>
/// Identifies a track within one tracker run. Printed as <c>T</c> followed by at least four digits
/// (<c>T0042</c>); the default value, <c>T0000</c>, is never issued to a real track.
/// </summary>
/// <param name="Value">The track number, starting at 1.</param>
public readonly record struct TrackId(int Value)
{
    /// <inheritdoc />
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"T{Value:D4}");
}
