using Vigil.Alerts;
using Vigil.Incidents;

namespace Vigil.Pipeline;

/// <summary>A record created or changed during a run, in the order it happened: what the transparency log takes.</summary>
/// <param name="At">When it happened (the raising alert's time).</param>
public abstract record RecordChange(DateTimeOffset At);

/// <summary>An alert was raised.</summary>
public sealed record AlertRaised(Alert Alert) : RecordChange(Alert.RaisedAt);

/// <summary>An incident was opened (version 1) or took another alert (versions 2, 3, …); the incident as it then stood.</summary>
public sealed record IncidentChanged(Incident Incident, int Version, DateTimeOffset ChangedAt) : RecordChange(ChangedAt);
