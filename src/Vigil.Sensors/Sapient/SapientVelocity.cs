namespace Vigil.Sensors.Sapient;

/// <summary>A velocity as east, north and up rates, in metres per second (the unit nodes declare by default).</summary>
/// <param name="EastMps">Rate towards east.</param>
/// <param name="NorthMps">Rate towards north.</param>
/// <param name="UpMps">Climb rate; null when absent.</param>
public readonly record struct SapientVelocity(double EastMps, double NorthMps, double? UpMps);
