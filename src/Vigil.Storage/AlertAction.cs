using Vigil.Alerts;

namespace Vigil.Storage;

/// <summary>One entry of an alert's action record: an acknowledgement or a response, as stored.</summary>
/// <param name="Seq">The entry's number in the store, from 1; it orders entries and names responses (<c>R0007</c>).</param>
/// <param name="Run">The run the alert belongs to.</param>
/// <param name="Alert">The alert.</param>
/// <param name="Kind">Acknowledgement or response.</param>
/// <param name="Action">For a response, what was done; null for an acknowledgement.</param>
/// <param name="Note">The operator's note, or null.</param>
/// <param name="By">Who, as <c>key ID (ROLE PARTY)</c>.</param>
/// <param name="At">When it was recorded (the server's clock).</param>
public sealed record AlertAction(long Seq, RunId Run, AlertId Alert, AlertActionKind Kind, ResponseAction? Action, string? Note, string By, DateTimeOffset At)
{
    /// <summary>The entry's public id: <c>R</c> and at least four digits of <see cref="Seq"/>.</summary>
    public string Id => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"R{Seq:D4}");
}
