namespace Vigil.Incidents;

/// <summary>
/// Identifies a stored report (a news item or statement) across the whole database. Printed as
/// <c>R</c> and at least four digits (<c>R0002</c>); numbering starts at 1.
/// </summary>
/// <param name="Value">The report number.</param>
public readonly record struct ReportId(int Value)
{
    /// <inheritdoc />
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"R{Value:D4}");

    /// <summary>Reads <c>R0002</c>, <c>r2</c> or <c>2</c>.</summary>
    public static bool TryParse(string? text, out ReportId id)
    {
        bool ok = RecordNumber.TryParse(text, "R", out int n);
        id = new ReportId(n);
        return ok;
    }
}
