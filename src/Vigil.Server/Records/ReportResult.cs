using Vigil.Storage;

namespace Vigil.Server.Records;

/// <summary>What became of a report added to the record.</summary>
/// <param name="Report">The report as stored (the earlier one when the same text was held).</param>
/// <param name="IsNew">Whether it was stored now; false: the same text was held, and nothing changed.</param>
/// <param name="Records">The records its events opened or joined, in order.</param>
public sealed record ReportResult(StoredReport Report, bool IsNew, IReadOnlyList<IncidentDesk.Registered> Records);
