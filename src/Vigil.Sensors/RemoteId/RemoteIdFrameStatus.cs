namespace Vigil.Sensors.RemoteId;

/// <summary>What <see cref="RemoteIdFrameDecoder"/> made of a captured frame.</summary>
public enum RemoteIdFrameStatus : byte
{
    /// <summary>The frame carries Remote ID; its messages (possibly none, an empty pack) were decoded.</summary>
    Decoded = 1,

    /// <summary>A well-formed frame without Remote ID (other traffic); nothing to count as an error.</summary>
    NotRemoteId = 2,

    /// <summary>The frame is malformed, failed its CRC check, or carries Remote ID that does not decode; see the error.</summary>
    Rejected = 3,
}
