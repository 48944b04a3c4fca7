namespace Vigil.Sensors.RemoteId;

/// <summary>
/// The message type in the high nibble of a Remote ID message's header byte (ASTM F3411-22a table 3,
/// ASD-STAN EN 4709-002). Types 6 to 14 are reserved.
/// </summary>
public enum RemoteIdMessageType : byte
{
    /// <summary>Basic ID: ID type, UA type and the UAS ID.</summary>
    BasicId = 0,

    /// <summary>Location/Vector: position, altitudes, speed, track and their accuracies.</summary>
    Location = 1,

    /// <summary>Authentication: one page of authentication data.</summary>
    Authentication = 2,

    /// <summary>Self-ID: a free-text description of the operation.</summary>
    SelfId = 3,

    /// <summary>System: operator location, operating area and EU classification.</summary>
    System = 4,

    /// <summary>Operator ID: the operator's registration number.</summary>
    OperatorId = 5,

    /// <summary>Message Pack: up to nine 25-byte messages behind a 3-byte header.</summary>
    MessagePack = 0xF,
}
