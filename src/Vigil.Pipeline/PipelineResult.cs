using Vigil.Alerts;
using Vigil.Incidents;

namespace Vigil.Pipeline;

/// <summary>What one pipeline run produced.</summary>
public sealed record PipelineResult
{
    /// <summary>Alerts in the order they were raised.</summary>
    public required IReadOnlyList<Alert> Alerts { get; init; }

    /// <summary>Incidents in the order they were opened.</summary>
    public required IReadOnlyList<Incident> Incidents { get; init; }

    /// <summary>Every alert raised and every incident opened or changed, in the order it happened.</summary>
    public required IReadOnlyList<RecordChange> Changes { get; init; }

    /// <summary>Every track the trackers started, in id order.</summary>
    public required IReadOnlyList<TrackRecord> Tracks { get; init; }

    /// <summary>The sectors the radars were split into.</summary>
    public required IReadOnlyList<Sector> Sectors { get; init; }

    /// <summary>Tracks identified by Remote ID, in the order they were identified.</summary>
    public IReadOnlyList<CooperativeTrack> Cooperative { get; init; } = [];

    /// <summary>
    /// Every track update in time order (equal times in the order the trackers issued them), with run-wide
    /// track ids; empty unless <see cref="PipelineOptions.KeepTimeline"/> was set.
    /// </summary>
    public IReadOnlyList<TrackSample> Timeline { get; init; } = [];

    /// <summary>How many plots went through the trackers.</summary>
    public required int Plots { get; init; }
}
