using Vigil.Core;

namespace Vigil.Simulation;

/// <summary>A scenario: radars, targets, jamming, timing and the random seed. See docs/scenarios.md.</summary>
public sealed record Scenario
{
    /// <summary>Short name, e.g. <c>2026-06-30-balochistan-bajaur</c>.</summary>
    public required string Name { get; init; }

    /// <summary>What it models.</summary>
    public string Description { get; init; } = "";

    /// <summary>Start of the simulated time (UTC).</summary>
    public required DateTimeOffset Start { get; init; }

    /// <summary>How long the simulation runs.</summary>
    public required TimeSpan Duration { get; init; }

    /// <summary>Seed of every random draw: the same seed gives the same output.</summary>
    public required int Seed { get; init; }

    /// <summary>Every sensor that measures plots: surveillance radars and counter-drone nodes alike.</summary>
    public required IReadOnlyList<RadarSite> Radars { get; init; }

    /// <summary>The sensors that are not ASTERIX radars, with how they report; absent ones are <see cref="SensorLink.Asterix"/>.</summary>
    public IReadOnlyDictionary<SensorId, SensorLink> Links { get; init; } = new Dictionary<SensorId, SensorLink>();

    /// <summary>The targets.</summary>
    public required IReadOnlyList<TargetSpec> Targets { get; init; }

    /// <summary>Remote ID receivers.</summary>
    public IReadOnlyList<RemoteIdReceiver> RemoteIdReceivers { get; init; } = [];

    /// <summary>
    /// The allow-list: UAS IDs of registered drones. A track identified by Remote ID as one of them is
    /// cooperative, and its border crossings raise no alert.
    /// </summary>
    public IReadOnlyList<string> RegisteredDrones { get; init; } = [];

    /// <summary>
    /// Text reports about the scenario's events (full paths; the file lists them relative to itself),
    /// which <c>vigil demo</c> adds to the incident records after the run, as a desk officer would.
    /// </summary>
    public IReadOnlyList<string> Reports { get; init; } = [];

    /// <summary>Jamming windows.</summary>
    public IReadOnlyList<JammingWindow> Jamming { get; init; } = [];

    /// <summary>End of the simulated time.</summary>
    public DateTimeOffset End => Start + Duration;

    /// <summary>The targets that broadcast a Remote ID on the allow-list: their crossings should raise no alert.</summary>
    public IReadOnlySet<string> RegisteredTargets() =>
        Targets.Where(t => t.RemoteId is { } id && RegisteredDrones.Contains(id.UasId)).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>How <paramref name="sensor"/> reports.</summary>
    public SensorLink LinkOf(SensorId sensor) => Links.GetValueOrDefault(sensor, SensorLink.Asterix);

    /// <summary>The same scenario with another seed.</summary>
    public Scenario WithSeed(int seed) => this with { Seed = seed };
}
