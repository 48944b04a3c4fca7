using Vigil.Incidents;

namespace Vigil.Storage;

/// <summary>One version of an incident record, with what changed and who changed it.</summary>
/// <param name="Record">The record as it was after the change.</param>
/// <param name="Change">What changed, in words ("opened from report R0001", "graded contested").</param>
/// <param name="By">Who made the change.</param>
/// <param name="LogIndex">The index of the version's entry in the transparency log; null until it is appended.</param>
public sealed record IncidentVersion(IncidentRecord Record, string Change, string By, long? LogIndex);
