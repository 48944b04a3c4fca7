namespace Vigil.Sensors;

/// <summary>A sensor's state as the picture shows it.</summary>
public enum SensorHealth
{
    /// <summary>Reporting, and says nothing is wrong.</summary>
    Ok,

    /// <summary>Reporting, but says (or shows) its performance is reduced: noise, lower detection, overload.</summary>
    Degraded,

    /// <summary>Reporting that it is being jammed: what it detects cannot be relied on, or it detects nothing.</summary>
    Jammed,

    /// <summary>Nothing heard for longer than its reporting interval allows.</summary>
    Silent,
}
