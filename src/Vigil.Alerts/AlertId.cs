namespace Vigil.Alerts;

/// <summary>
/// Identifies an alert within one run of the pipeline. Printed as <c>A</c> and at least four digits
/// (<c>A0007</c>); numbering starts at 1, so the default value <c>A0000</c> names no alert.
/// </summary>
/// <param name="Value">The alert number.</param>
public readonly record struct AlertId(int Value)
{
    /// <inheritdoc />
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"A{Value:D4}");
}
