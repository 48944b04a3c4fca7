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

    /// <summary>
    /// How close (horizontally, metres) a confirmed track must be to a Remote ID broadcast position to be that
    /// drone. Default 150 m: a broadcast position's stated accuracy (≤ 30 m for the usual GNSS codes) plus
    /// the track's error, with room for a second of flight between the two.
    /// </summary>
    public double RemoteIdMatchM { get; init; } = 150;

    /// <summary>How many track updates in a row must match one drone's broadcasts to identify the track. Default 3.</summary>
    public int RemoteIdMatches { get; init; } = 3;

    /// <summary>
    /// Whether to keep every track update, in time order, as <see cref="PipelineResult.Timeline"/> (for a
    /// live replay). Default false: a batch run keeps only each track's path.
    /// </summary>
    public bool KeepTimeline { get; init; }

    /// <summary>How far apart in time a track update and a broadcast may be to be compared. Default 1.5 s (drones broadcast their position every second).</summary>
    public TimeSpan RemoteIdMatchTime { get; init; } = TimeSpan.FromSeconds(1.5);
}
