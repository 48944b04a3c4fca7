namespace Vigil.Incidents;

/// <summary>
/// Joins what a draft says about an incident to the record of it, making the next version: the more
/// precise time and place win, actors, sensor runs, reports, claims and evidence are added (each once),
/// casualty ranges widen to cover both, and a closed record reopens. The id, grades and description
/// already on record stay.
/// </summary>
public static class IncidentMerge
{
    /// <summary>The next version of <paramref name="record"/> with <paramref name="draft"/> joined, made at <paramref name="at"/>.</summary>
    public static IncidentRecord Join(IncidentRecord record, IncidentRecord draft, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(draft);
        bool draftTime = draft.TimePrecision != DatePrecision.Unknown
            && (record.TimePrecision == DatePrecision.Unknown || draft.TimePrecision < record.TimePrecision);
        bool draftPlace = draft.Location.Precision < record.Location.Precision;
        return record with
        {
            Version = record.Version + 1,
            UpdatedAt = at,
            SubType = record.SubType == EventSubType.DroneIncursion && draft.SubType == EventSubType.AirDroneStrike ? draft.SubType : record.SubType,
            Start = draftTime ? draft.Start : record.Start,
            End = draftTime ? draft.End : record.End,
            TimePrecision = draftTime ? draft.TimePrecision : record.TimePrecision,
            Location = draftPlace ? draft.Location : record.Location,
            Border = record.Border ?? draft.Border,
            Sector = record.Sector ?? draft.Sector,
            ExternalId = record.ExternalId ?? draft.ExternalId,
            Description = record.Description.Length > 0 ? record.Description : draft.Description,
            Actors = Union(record.Actors, draft.Actors, a => a.Name),
            Sensors = Union(record.Sensors, draft.Sensors, s => (s.Run, s.Incident)),
            Reports = Union(record.Reports, draft.Reports, r => r.Id),
            Claims = Union(record.Claims, draft.Claims, c => (c.Party, c.Stance, c.Statement)),
            Evidence = Union(record.Evidence, draft.Evidence, e => e.Id),
            Fatalities = Widen(record.Fatalities, draft.Fatalities),
            Injuries = Widen(record.Injuries, draft.Injuries),
            Status = record.Status == IncidentStatus.Closed ? IncidentStatus.Open : record.Status,
        };
    }

    /// <summary>Per category, the range covering both: the lower low, the higher high, and the best of the one that gives a best (the record's when both do).</summary>
    public static IReadOnlyDictionary<CasualtyCategory, FatalityRange> Widen(
        IReadOnlyDictionary<CasualtyCategory, FatalityRange> a, IReadOnlyDictionary<CasualtyCategory, FatalityRange> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var merged = new Dictionary<CasualtyCategory, FatalityRange>(a);
        foreach ((CasualtyCategory category, FatalityRange r) in b)
        {
            if (!r.IsKnown)
            {
                continue;
            }

            if (!merged.TryGetValue(category, out FatalityRange m) || !m.IsKnown)
            {
                merged[category] = r;
                continue;
            }

            int? low = m.Low is null || r.Low is null ? null : Math.Min(m.Low.Value, r.Low.Value);
            int? high = m.High is null || r.High is null ? null : Math.Max(m.High.Value, r.High.Value);
            int? best = m.Best ?? r.Best;
            merged[category] = new FatalityRange(low, best, high);
        }

        return merged;
    }

    private static IReadOnlyList<T> Union<T, TKey>(IReadOnlyList<T> a, IReadOnlyList<T> b, Func<T, TKey> key)
    {
        var seen = new HashSet<TKey>(a.Select(key));
        return [.. a, .. b.Where(x => seen.Add(key(x)))];
    }
}
