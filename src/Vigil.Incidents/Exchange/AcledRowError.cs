namespace Vigil.Incidents.Exchange;

/// <summary>Why a row of an ACLED CSV file was not imported, or why the whole file was not.</summary>
/// <param name="Line">The line of the file the row begins on; the header is line 1.</param>
/// <param name="Column">The column at fault, by its header name; empty when the row as a whole is at fault.</param>
/// <param name="Reason">What is wrong, e.g. <c>latitude '34.8N' is not a number</c>.</param>
public readonly record struct AcledRowError(int Line, string Column, string Reason)
{
    /// <summary>For example <c>line 7, latitude: latitude '34.8N' is not a number</c>.</summary>
    public override string ToString() =>
        Column.Length > 0 ? $"line {Line}, {Column}: {Reason}" : $"line {Line}: {Reason}";
}
