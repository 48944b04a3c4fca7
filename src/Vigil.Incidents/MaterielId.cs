namespace Vigil.Incidents;

/// <summary>
/// Identifies a recovered item. Printed as <c>M</c> and at least four digits (<c>M0007</c>); numbering
/// starts at 1.
/// </summary>
/// <param name="Value">The item number.</param>
public readonly record struct MaterielId(int Value)
{
    /// <inheritdoc />
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"M{Value:D4}");
}
