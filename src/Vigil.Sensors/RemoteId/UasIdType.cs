namespace Vigil.Sensors.RemoteId;

/// <summary>What the UAS ID of a Basic ID message is (F3411-22a; 4 bits, 5 to 15 reserved).</summary>
public enum UasIdType : byte
{
    /// <summary>No ID type declared.</summary>
    None = 0,

    /// <summary>The manufacturer's serial number (ANSI/CTA-2063-A).</summary>
    SerialNumber = 1,

    /// <summary>A registration ID issued by a civil aviation authority.</summary>
    CaaRegistration = 2,

    /// <summary>A UUID assigned by a UAS traffic management service.</summary>
    UtmAssignedUuid = 3,

    /// <summary>A specific session ID; its first byte names the scheme.</summary>
    SpecificSessionId = 4,
}
