using Vigil.Core;

namespace Vigil.Pipeline;

/// <summary>Where and when a simulated target really crossed a border.</summary>
/// <param name="TargetId">The scenario's target id.</param>
/// <param name="Kind">What the target is.</param>
/// <param name="Border">The border, e.g. <c>AF-PK</c>.</param>
/// <param name="From">Country left.</param>
/// <param name="To">Country entered.</param>
/// <param name="Time">Crossing instant (interpolated between truth samples).</param>
/// <param name="Position">Crossing point.</param>
public sealed record TruthCrossing(string TargetId, ObjectClass Kind, string Border, string From, string To, DateTimeOffset Time, GeoPoint Position);
