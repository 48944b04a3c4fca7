namespace Vigil.Sensors.RemoteId;

/// <summary>An aircraft's identity from a Basic ID message.</summary>
/// <param name="IdType">What the ID is (serial number, CAA registration, ...).</param>
/// <param name="UaType">The kind of aircraft.</param>
/// <param name="UasId">The UAS ID text, up to 20 ASCII characters.</param>
public sealed record UasIdentity(UasIdType IdType, UaType UaType, string UasId);
