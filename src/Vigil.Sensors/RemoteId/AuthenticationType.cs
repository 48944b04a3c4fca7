namespace Vigil.Sensors.RemoteId;

/// <summary>The authentication scheme of an Authentication message (F3411-22a; 4 bits, 6 to 9 reserved, 10 to 15 private).</summary>
public enum AuthenticationType : byte
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>A signature over the UAS ID.</summary>
    UasIdSignature = 1,

    /// <summary>A signature over the operator ID.</summary>
    OperatorIdSignature = 2,

    /// <summary>A signature over a set of messages.</summary>
    MessageSetSignature = 3,

    /// <summary>Authentication provided by Network Remote ID.</summary>
    NetworkRemoteId = 4,

    /// <summary>A specific method, named by the first byte of the authentication data.</summary>
    SpecificAuthentication = 5,
}
