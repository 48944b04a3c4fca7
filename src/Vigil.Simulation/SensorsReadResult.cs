using Vigil.Core;

namespace Vigil.Simulation;

/// <summary>Radar sites read from a file, and what could not be read.</summary>
/// <param name="Radars">The sites.</param>
/// <param name="Errors">Messages naming the file and what is wrong.</param>
public sealed record SensorsReadResult(IReadOnlyList<RadarSite> Radars, IReadOnlyList<string> Errors);
