using Vigil.Core;

namespace Vigil.Simulation;

/// <summary>A point of a target's route.</summary>
/// <param name="Position">Where (height above the ellipsoid).</param>
/// <param name="SpeedMps">Ground speed on the leg that starts here, m/s; ignored on the last waypoint.</param>
public readonly record struct Waypoint(GeoPoint Position, double SpeedMps);
