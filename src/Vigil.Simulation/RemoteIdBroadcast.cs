using Vigil.Core;

namespace Vigil.Simulation;

/// <summary>What a cooperative drone broadcasts in Remote ID (ASTM F3411): its identity and its operator's.</summary>
public sealed record RemoteIdBroadcast
{
    /// <summary>The UAS ID (serial number), 1–20 printable ASCII characters.</summary>
    public required string UasId { get; init; }

    /// <summary>The operator's registration id, 1–20 printable ASCII characters, or empty.</summary>
    public string OperatorId { get; init; } = "";

    /// <summary>Where the operator (the take-off point or the remote pilot) is.</summary>
    public required GeoPoint Operator { get; init; }
}
