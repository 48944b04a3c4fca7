namespace Vigil.Incidents;

/// <summary>
/// Identifies an incident record across the whole database, whatever run, report or import opened it.
/// Printed as <c>INC-</c> and at least four digits (<c>INC-0007</c>); numbering starts at 1.
/// </summary>
/// <param name="Value">The record number.</param>
public readonly record struct IncidentRecordId(int Value)
{
    /// <inheritdoc />
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"INC-{Value:D4}");

    /// <summary>Reads <c>INC-0007</c>, <c>inc-7</c> or <c>7</c>.</summary>
    public static bool TryParse(string? text, out IncidentRecordId id)
    {
        bool ok = RecordNumber.TryParse(text, "INC-", out int n);
        id = new IncidentRecordId(n);
        return ok;
    }
}
