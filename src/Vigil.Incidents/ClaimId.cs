namespace Vigil.Incidents;

/// <summary>
/// Identifies a claim within an incident's record. Printed as <c>C</c> and at least four digits
/// (<c>C0003</c>); numbering starts at 1.
/// </summary>
/// <param name="Value">The claim number.</param>
public readonly record struct ClaimId(int Value)
{
    /// <inheritdoc />
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"C{Value:D4}");
}
