using Vigil.Alerts;

namespace Vigil.Pipeline;

/// <summary>A true drone crossing and the alert that reported it, with the errors of that alert.</summary>
/// <param name="Truth">The true crossing.</param>
/// <param name="Alert">The matching border-crossing alert, or null when none reported it.</param>
/// <param name="TimeErrorS">Alert time minus true time, seconds; NaN when missed.</param>
/// <param name="PositionErrorM">Distance between alert and true crossing points, metres; NaN when missed.</param>
/// <param name="LatencyS">Alert raised-at minus true crossing time, seconds; NaN when missed.</param>
public sealed record CrossingMatch(TruthCrossing Truth, Alert? Alert, double TimeErrorS, double PositionErrorM, double LatencyS);
