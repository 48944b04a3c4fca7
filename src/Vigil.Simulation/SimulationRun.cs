namespace Vigil.Simulation;

/// <summary>The output of a simulation: ground truth and radar plots.</summary>
/// <param name="Scenario">The scenario simulated.</param>
/// <param name="Truth">Each target's true path.</param>
/// <param name="Plots">Every radar plot, in order of measurement time.</param>
public sealed record SimulationRun(Scenario Scenario, IReadOnlyList<TruthTarget> Truth, IReadOnlyList<SimulatedPlot> Plots);
