namespace Vigil.Sensors;

/// <summary>How well a sensor is working, as far as its own reports say.</summary>
public enum SensorHealth
{
    /// <summary>Operating normally.</summary>
    Ok = 1,

    /// <summary>Working with reduced performance (a warning or an error the sensor works through).</summary>
    Degraded = 2,

    /// <summary>Its receiver is being jammed or suffers interference; detections are unreliable or absent.</summary>
    Jammed = 3,

    /// <summary>Not detecting: disconnecting, or reporting that it cannot detect.</summary>
    Silent = 4,
}
