namespace Vigil.Simulation;

/// <summary>How a scenario's sensor reports: the kind of sensor, and so the wire format it speaks.</summary>
public enum SensorLink
{
    /// <summary>A surveillance radar: ASTERIX CAT048 plots and CAT034 service messages over UDP.</summary>
    Asterix,

    /// <summary>A counter-drone sensor node: SAPIENT (BSI Flex 335 v2.0) messages over TCP.</summary>
    Sapient,
}
