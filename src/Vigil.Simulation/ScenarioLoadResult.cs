namespace Vigil.Simulation;

/// <summary>A loaded scenario, or every problem that kept it from loading.</summary>
public sealed record ScenarioLoadResult
{
    /// <summary>The scenario; null when there were errors.</summary>
    public Scenario? Scenario { get; init; }

    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<ScenarioError> Errors { get; init; } = [];

    /// <summary>Whether the scenario loaded.</summary>
    public bool Success => Scenario is not null && Errors.Count == 0;
}
