using Vigil.Incidents;

namespace Vigil.Server.Records;

/// <summary>What became of a change to an incident record.</summary>
/// <param name="Outcome">Saved, or why not.</param>
/// <param name="Record">The record as saved; as it stands when stale; null when there is none.</param>
/// <param name="Detail">What changed, or why nothing did.</param>
public sealed record ChangeResult(ChangeOutcome Outcome, IncidentRecord? Record, string Detail);
