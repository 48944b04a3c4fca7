namespace Vigil.Incidents;

/// <summary>A stored report an incident record draws on.</summary>
/// <param name="Id">The report.</param>
/// <param name="Published">The day it was published.</param>
/// <param name="Source">Who published it; null when unknown.</param>
public sealed record ReportRef(ReportId Id, DateOnly Published, string? Source);
