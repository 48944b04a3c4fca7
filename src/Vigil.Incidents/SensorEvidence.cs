using Vigil.Alerts;
using Vigil.Core;

namespace Vigil.Incidents;

/// <summary>What Vigil's own sensors recorded of an incident in one run: the run's incident, its alerts and drone tracks.</summary>
/// <param name="Run">The stored run (its number in the database).</param>
/// <param name="Incident">The run's incident.</param>
/// <param name="Alerts">The alerts it grouped.</param>
/// <param name="Tracks">The drone tracks that crossed.</param>
public sealed record SensorEvidence(long Run, IncidentId Incident, IReadOnlyList<AlertId> Alerts, IReadOnlyList<TrackId> Tracks);
