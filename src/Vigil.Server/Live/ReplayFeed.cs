using Vigil.Alerts;
using Vigil.Pipeline;

namespace Vigil.Server.Live;

/// <summary>
/// A stored run to replay into the live picture: its track updates in time order, the alerts it raised
/// (their tracks show as alerted from the moment each was raised) and the tracks Remote ID identified.
/// </summary>
/// <param name="Run">The run's id in the database, so that replayed alerts match <c>/api/alerts</c>.</param>
/// <param name="Start">The scenario's start: the replay's time zero.</param>
/// <param name="End">The scenario's end: the replay starts over once it is reached.</param>
/// <param name="Timeline">Every track update, in time order.</param>
/// <param name="Alerts">The run's alerts, in the order they were raised.</param>
/// <param name="Cooperative">The tracks identified by Remote ID.</param>
public sealed record ReplayFeed(
    long Run,
    DateTimeOffset Start,
    DateTimeOffset End,
    IReadOnlyList<TrackSample> Timeline,
    IReadOnlyList<Alert> Alerts,
    IReadOnlyList<CooperativeTrack> Cooperative)
{
    /// <summary>The feed of a pipeline run kept with <see cref="PipelineOptions.KeepTimeline"/>.</summary>
    public static ReplayFeed Of(long run, DateTimeOffset start, DateTimeOffset end, PipelineResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new ReplayFeed(run, start, end, result.Timeline, result.Alerts, result.Cooperative);
    }
}
