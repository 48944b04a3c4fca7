namespace Vigil.Sensors.RemoteId;

/// <summary>The operational status in a Location message (F3411-22a; 4 bits, 5 to 15 reserved).</summary>
public enum OperationalStatus : byte
{
    /// <summary>Not declared.</summary>
    Undeclared = 0,

    /// <summary>On the ground.</summary>
    Ground = 1,

    /// <summary>Airborne.</summary>
    Airborne = 2,

    /// <summary>Emergency.</summary>
    Emergency = 3,

    /// <summary>The Remote ID system has failed.</summary>
    RemoteIdSystemFailure = 4,
}
