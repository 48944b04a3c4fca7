using Vigil.Core;

namespace Vigil.Pipeline;

/// <summary>A track identified by Remote ID: the drone said who it is, and where, and the track was there.</summary>
/// <param name="Track">The track.</param>
/// <param name="Since">When it was identified.</param>
/// <param name="Fix">The broadcast that identified it.</param>
/// <param name="Registered">Whether its UAS ID is on the allow-list (then its crossings raise no alert).</param>
public sealed record CooperativeTrack(TrackId Track, DateTimeOffset Since, RemoteIdFix Fix, bool Registered);
