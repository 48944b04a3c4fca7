namespace Vigil.Storage;

/// <summary>What became of one report taken in (<see cref="IncidentDesk.TakeReport"/>).</summary>
/// <param name="Report">The report as stored (the earlier one when the same text was held).</param>
/// <param name="IsNew">Whether it was stored now; false: the same text was held, and nothing changed.</param>
/// <param name="Events">How many events were read from it.</param>
/// <param name="Records">The records its events opened or joined, in order (none when it was held already).</param>
public sealed record ReportIntake(StoredReport Report, bool IsNew, int Events, IReadOnlyList<IncidentDesk.Registered> Records);
