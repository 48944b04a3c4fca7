using Vigil.Incidents;

namespace Vigil.Storage;

/// <summary>A report as the store keeps it.</summary>
/// <param name="Reference">Its id, publication day and source.</param>
/// <param name="Text">The text as received.</param>
/// <param name="Fingerprint">SHA-256 of the normalised text: the same article re-published has the same one.</param>
/// <param name="EventsJson">The candidate events read from it, as <c>vigil report extract</c> prints them.</param>
/// <param name="AddedBy">Who stored it.</param>
/// <param name="AddedAt">When.</param>
public sealed record StoredReport(ReportRef Reference, string Text, string Fingerprint, string EventsJson, string AddedBy, DateTimeOffset AddedAt);
