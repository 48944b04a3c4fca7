namespace Vigil.Storage;

/// <summary>What a stored run was: which scenario, which seed, when it ran.</summary>
/// <param name="Id">The run's id.</param>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="Seed">The random seed used.</param>
/// <param name="StartedAt">When the run started (UTC, from the injected clock).</param>
public sealed record RunInfo(RunId Id, string Scenario, int Seed, DateTimeOffset StartedAt);
