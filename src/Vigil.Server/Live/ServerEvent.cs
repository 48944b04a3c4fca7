namespace Vigil.Server.Live;

/// <summary>
/// One event for the live stream: its name (<c>tracks</c>, <c>alert</c>, <c>alert-update</c>,
/// <c>incident</c>, <c>notification</c>, <c>checkpoint</c>), its JSON data, and who may see it.
/// </summary>
/// <param name="Name">The SSE event name.</param>
/// <param name="Data">UTF-8 JSON, one line.</param>
/// <param name="Party">When set, only keys of this party and facilitator, witness and observer keys receive it; null: everyone.</param>
public readonly record struct ServerEvent(string Name, ReadOnlyMemory<byte> Data, string? Party = null);
