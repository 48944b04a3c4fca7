namespace Vigil.Incidents;

/// <summary>
/// Identifies an incident within one run. Printed as <c>I</c> and at least four digits (<c>I0002</c>);
/// numbering starts at 1.
/// </summary>
/// <param name="Value">The incident number.</param>
public readonly record struct IncidentId(int Value)
{
    /// <inheritdoc />
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"I{Value:D4}");
}
