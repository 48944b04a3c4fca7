using Vigil.Alerts;
using Vigil.Incidents;
using Vigil.Tracking;

namespace Vigil.Pipeline;

/// <summary>The options of every stage of the pipeline.</summary>
public sealed record PipelineOptions
{
    /// <summary>Tracker options, used by every sector's tracker.</summary>
    public TrackerOptions Tracker { get; init; } = new();

    /// <summary>Alert rule options.</summary>
    public AlertOptions Alerts { get; init; } = new();

    /// <summary>Incident grouping options.</summary>
    public IncidentOptions Incidents { get; init; } = new();
}
