using Vigil.Core;

namespace Vigil.Pipeline;

/// <summary>Where a drone said it was, in its Remote ID broadcast.</summary>
/// <param name="At">When it measured its position (UTC).</param>
/// <param name="Position">The position it broadcast (height above the ellipsoid).</param>
/// <param name="UasId">Its UAS ID.</param>
/// <param name="OperatorId">Its operator's registration id, if broadcast.</param>
/// <param name="Operator">Its operator's position, if broadcast.</param>
public sealed record RemoteIdFix(DateTimeOffset At, GeoPoint Position, string UasId, string? OperatorId, GeoPoint? Operator);
