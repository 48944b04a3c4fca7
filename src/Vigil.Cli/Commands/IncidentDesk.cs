using Vigil.Incidents;
using Vigil.Ledger.Log;
using Vigil.Storage;

namespace Vigil.Cli.Commands;

/// <summary>
/// Joins drafts — a run's sensor incidents, a report's events, imported rows — to the incident
/// records they are about, or opens new ones, and publishes every new version to the transparency log.
/// </summary>
internal static class IncidentDesk
{
    /// <summary>What became of one draft: the record as saved and whether the draft opened it.</summary>
    public sealed record Registered(IncidentRecord Record, bool Opened);

    /// <summary>
    /// Saves each draft as a new record, or as the next version of the record <see cref="IncidentMatcher"/>
    /// finds for it (drafts earlier in the list count as records for later ones).
    /// </summary>
    /// <param name="store">The store.</param>
    /// <param name="drafts">The drafts, in order.</param>
    /// <param name="source">What they came from, for the change note ("report R0002", "run 3").</param>
    /// <param name="by">Who is registering them.</param>
    /// <param name="at">Now.</param>
    public static IReadOnlyList<Registered> Register(SqliteIncidentStore store, IReadOnlyList<IncidentRecord> drafts, string source, string by, DateTimeOffset at)
    {
        List<IncidentRecord> current = [.. store.Current()];
        var registered = new List<Registered>(drafts.Count);
        foreach (IncidentRecord draft in drafts)
        {
            IncidentRecord? match = IncidentMatcher.Find(draft, current);
            IncidentRecord saved = match is null
                ? store.Save(draft with { Id = default, UpdatedAt = at }, $"opened from {source}", by)
                : store.Save(IncidentMerge.Join(match, draft, at), $"{source} joined", by);
            current.RemoveAll(r => r.Id == saved.Id);
            current.Add(saved);
            registered.Add(new Registered(saved, match is null));
        }

        return registered;
    }

    /// <summary>Appends every version not yet in the transparency log of <paramref name="dbPath"/> and, when there were any, issues a checkpoint.</summary>
    /// <returns>How many entries were appended, and the log's size after.</returns>
    public static (int Appended, long Size) Publish(SqliteIncidentStore store, string dbPath)
    {
        using SqliteLog logStore = SqliteLog.Open(dbPath);
        using TransparencyLog log = TransparencyLog.Open(logStore);
        int appended = store.AppendPending(log);
        if (appended > 0)
        {
            log.Checkpoint();
        }

        return (appended, log.Size);
    }
}
