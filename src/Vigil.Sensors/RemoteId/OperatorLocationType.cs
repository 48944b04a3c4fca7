namespace Vigil.Sensors.RemoteId;

/// <summary>Where the operator location of a System message comes from (F3411-22a; 2 bits, 3 reserved).</summary>
public enum OperatorLocationType : byte
{
    /// <summary>The take-off location.</summary>
    Takeoff = 0,

    /// <summary>The operator's live GNSS position.</summary>
    LiveGnss = 1,

    /// <summary>A fixed location.</summary>
    Fixed = 2,
}
