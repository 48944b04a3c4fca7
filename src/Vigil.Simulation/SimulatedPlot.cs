using Vigil.Core;

namespace Vigil.Simulation;

/// <summary>A radar plot produced by the simulator.</summary>
/// <param name="Detection">The plot as a sensor would report it.</param>
/// <param name="Scan">The radar's scan (antenna revolution) number, from 0.</param>
/// <param name="TruthId">The target that caused it, null for clutter. Diagnostic only: trackers never read it.</param>
public readonly record struct SimulatedPlot(Detection Detection, int Scan, string? TruthId);
