using System.Net;

namespace Vigil.Sensors.Ingest;

/// <summary>A UDP payload as ingest received it (or as a capture recorded it).</summary>
/// <param name="Payload">The payload bytes, owned by the receiver.</param>
/// <param name="Source">Who sent it.</param>
/// <param name="ReceivedAt">When it arrived (UTC), or its capture timestamp.</param>
public sealed record ReceivedDatagram(byte[] Payload, IPEndPoint Source, DateTimeOffset ReceivedAt);
