namespace Vigil.Simulation;

/// <summary>The output of a simulation: ground truth, radar plots and the scans that produced them.</summary>
/// <param name="Scenario">The scenario simulated.</param>
/// <param name="Truth">Each target's true path.</param>
/// <param name="Plots">Every radar plot, in order of measurement time.</param>
/// <param name="Scans">Every scan of every sensor, in order of start time (a silenced scan is listed, with no plots).</param>
public sealed record SimulationRun(Scenario Scenario, IReadOnlyList<TruthTarget> Truth, IReadOnlyList<SimulatedPlot> Plots, IReadOnlyList<RadarScan> Scans);
