using Vigil.Core;

namespace Vigil.Simulation;

/// <summary>A target's true state at one instant.</summary>
/// <param name="At">When.</param>
/// <param name="Position">Where (height above the ellipsoid).</param>
/// <param name="SpeedMps">Ground speed, m/s.</param>
/// <param name="HeadingDeg">Course over ground, degrees clockwise from north.</param>
/// <param name="ClimbMps">Vertical speed, m/s (positive up).</param>
public readonly record struct TruthState(DateTimeOffset At, GeoPoint Position, double SpeedMps, double HeadingDeg, double ClimbMps);
