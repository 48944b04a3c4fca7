using Vigil.Incidents;
using Vigil.Ledger.Log;
using Vigil.Osint;

namespace Vigil.Storage;

/// <summary>
/// Joins drafts — a run's sensor incidents, a report's events, imported rows, a record opened through
/// the API — to the incident records they are about, or opens new ones, notifies the parties of each
/// record opened, and publishes every new version to the transparency log. Shared by the CLI and the
/// server.
/// </summary>
public static class IncidentDesk
{
    /// <summary>What became of one draft: the record as saved and whether the draft opened it.</summary>
    /// <param name="Record">The record as saved.</param>
    /// <param name="Opened">Whether the draft opened it (rather than joining one on record).</param>
    public sealed record Registered(IncidentRecord Record, bool Opened);

    /// <summary>
    /// Saves each draft as a new record, or as the next version of the record <see cref="IncidentMatcher"/>
    /// finds for it (drafts earlier in the list count as records for later ones). Every record opened
    /// sends a notification to each of its <see cref="Parties"/> but <paramref name="openerParty"/>, in
    /// the same transaction.
    /// </summary>
    /// <param name="store">The store.</param>
    /// <param name="drafts">The drafts, in order.</param>
    /// <param name="source">What they came from, for the change note ("report R0002", "run 3").</param>
    /// <param name="by">Who is registering them.</param>
    /// <param name="at">Now.</param>
    /// <param name="openerParty">The party registering them (ISO 3166-1 alpha-2), which is not notified of its own records; null for none.</param>
    public static IReadOnlyList<Registered> Register(
        SqliteIncidentStore store, IReadOnlyList<IncidentRecord> drafts, string source, string by, DateTimeOffset at, string? openerParty = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(drafts);
        List<IncidentRecord> current = [.. store.Current()];
        var registered = new List<Registered>(drafts.Count);
        foreach (IncidentRecord draft in drafts)
        {
            IncidentRecord? match = IncidentMatcher.Find(draft, current);
            IncidentRecord saved = match is null
                ? Open(store, draft with { UpdatedAt = at }, $"opened from {source}", by, openerParty)
                : store.Save(IncidentMerge.Join(match, draft, at), $"{source} joined", by);
            current.RemoveAll(r => r.Id == saved.Id);
            current.Add(saved);
            registered.Add(new Registered(saved, match is null));
        }

        return registered;
    }

    /// <summary>
    /// Saves <paramref name="draft"/> as a new record (whatever its id and version say) and notifies each
    /// of its <see cref="Parties"/> but <paramref name="openerParty"/>, in the same transaction.
    /// </summary>
    /// <returns>The record as stored, with its id and version 1.</returns>
    public static IncidentRecord Open(SqliteIncidentStore store, IncidentRecord draft, string change, string by, string? openerParty)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(draft);
        string[] notify = [.. Parties(draft).Where(p => p != openerParty)];
        return store.Save(draft with { Id = default }, change, by, notify);
    }

    /// <summary>
    /// Stores <paramref name="report"/> (once, by fingerprint), extracts its events and joins each to
    /// the record it is about or opens one, as <c>vigil report add</c> does. The new versions are
    /// queued for the log, not yet appended (see <see cref="Publish(SqliteIncidentStore, TransparencyLog)"/>).
    /// </summary>
    /// <param name="store">The store.</param>
    /// <param name="extractor">Reads the report's events.</param>
    /// <param name="report">The report's text (without its header lines).</param>
    /// <param name="published">The day it was published.</param>
    /// <param name="source">Who published it, or null.</param>
    /// <param name="by">Who adds it.</param>
    /// <param name="now">Now.</param>
    /// <param name="openerParty">The party adding it, which is not notified of the records it opens; null for none.</param>
    public static ReportIntake TakeReport(
        SqliteIncidentStore store, ReportExtractor extractor, ReportFile report, DateOnly published, string? source, string by, DateTimeOffset now, string? openerParty = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(report);
        IReadOnlyList<CandidateEvent> events = extractor.Extract(report.Text, published, source);
        (StoredReport stored, bool isNew) = store.AddReport(report.Text, published, source, report.Fingerprint, CandidateEventJson.Write(events), by, now);
        if (!isNew)
        {
            return new ReportIntake(stored, false, events.Count, []);
        }

        IncidentRecord[] drafts = [.. events.Select(e => ReportDraft.Of(e, stored.Reference, now))];
        return new ReportIntake(stored, true, events.Count, Register(store, drafts, $"report {stored.Reference.Id}", by, now, openerParty));
    }

    /// <summary>
    /// The parties an incident concerns: the two countries of its border (<c>AF-PK</c> → AF, PK), then
    /// the sides of its actors, each once, in that order.
    /// </summary>
    public static IReadOnlyList<string> Parties(IncidentRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var parties = new List<string>();
        if (record.Border is { } border)
        {
            foreach (string code in border.Split('-'))
            {
                if (IsCountryCode(code) && !parties.Contains(code))
                {
                    parties.Add(code);
                }
            }
        }

        foreach (IncidentActor actor in record.Actors)
        {
            if (actor.Side is { } side && IsCountryCode(side) && !parties.Contains(side))
            {
                parties.Add(side);
            }
        }

        return parties;
    }

    /// <summary>Appends every version not yet in the transparency log of <paramref name="dbPath"/> and, when there were any, issues a checkpoint.</summary>
    /// <returns>How many entries were appended, and the log's size after.</returns>
    public static (int Appended, long Size) Publish(SqliteIncidentStore store, string dbPath)
    {
        ArgumentNullException.ThrowIfNull(store);
        using SqliteLog logStore = SqliteLog.Open(dbPath);
        using TransparencyLog log = TransparencyLog.Open(logStore);
        return Publish(store, log);
    }

    /// <summary>Appends every version not yet in <paramref name="log"/> and, when there were any, issues a checkpoint.</summary>
    /// <returns>How many entries were appended, and the log's size after.</returns>
    public static (int Appended, long Size) Publish(SqliteIncidentStore store, TransparencyLog log)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(log);
        int appended = store.AppendPending(log);
        if (appended > 0)
        {
            log.Checkpoint();
        }

        return (appended, log.Size);
    }

    private static bool IsCountryCode(string code) => code.Length == 2 && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1]);
}
