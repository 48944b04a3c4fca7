namespace Vigil.Simulation;

/// <summary>Plots read from a file, and the lines that could not be read.</summary>
/// <param name="Plots">Every good line's plot, in file order.</param>
/// <param name="Errors">One message per bad line: <c>file:line: what is wrong</c>.</param>
public sealed record DetectionsReadResult(IReadOnlyList<SimulatedPlot> Plots, IReadOnlyList<string> Errors);
