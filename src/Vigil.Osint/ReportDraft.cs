namespace Vigil.Osint;

/// <summary>Turns a report's candidate event into a draft incident record, to be matched with those on record or opened as a new one.</summary>
public static class ReportDraft
{
    /// <summary>How far before publication an undated event is looked for.</summary>
    public static readonly TimeSpan UndatedWindow = TimeSpan.FromDays(30);

    /// <summary>
    /// A draft of <paramref name="candidate"/> read from <paramref name="report"/>: the reported day, week
    /// or month as its period (an undated event: the <see cref="UndatedWindow"/> before publication), the
    /// gazetteer place with its precision, the actors with their sides, deaths in the unknown category,
    /// and the claims tied to the report. Its id and version are placeholders for the store to set.
    /// </summary>
    public static IncidentRecord Of(CandidateEvent candidate, ReportRef report, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(report);
        (DateTimeOffset start, DateTimeOffset end) = Period(candidate, report.Published);
        GazetteerPlace? place = candidate.Place;
        var fatalities = new Dictionary<CasualtyCategory, FatalityRange>();
        if (candidate.Fatalities.IsKnown)
        {
            fatalities[CasualtyCategory.Unknown] = candidate.Fatalities;
        }

        return new IncidentRecord
        {
            Id = default,
            Version = 0,
            UpdatedAt = at,
            SubType = candidate.SubType,
            Start = start,
            End = end,
            TimePrecision = candidate.DatePrecision,
            Location = new IncidentLocation
            {
                Precision = place?.Precision ?? PlacePrecision.Country,
                Point = place?.Point,
                Country = place?.CountryIso,
                Admin1 = place?.Admin1,
                Admin2 = place?.Admin2,
                Name = place?.Name,
            },
            Actors = [.. candidate.Actors.Select(ActorLexicon.Actor).OfType<IncidentActor>()],
            Description = Describe(candidate.Sentences),
            Reports = [report],
            Claims = [.. candidate.Claims.Select(c => c with { Report = report.Id })],
            Fatalities = fatalities,
        };
    }

    private static (DateTimeOffset, DateTimeOffset) Period(CandidateEvent e, DateOnly published)
    {
        static DateTimeOffset Midnight(DateOnly d) => new(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        if (e.Date is not { } date)
        {
            DateTimeOffset end = Midnight(published.AddDays(1)).AddSeconds(-1);
            return (end - UndatedWindow, end);
        }

        DateOnly last = e.DatePrecision switch
        {
            DatePrecision.Week => date.AddDays(6),
            DatePrecision.Month => date.AddMonths(1).AddDays(-1),
            _ => date,
        };
        return (Midnight(date), Midnight(last.AddDays(1)).AddSeconds(-1));
    }

    /// <summary>The event's first sentences, up to about 400 characters.</summary>
    private static string Describe(IReadOnlyList<string> sentences)
    {
        var text = new System.Text.StringBuilder();
        foreach (string s in sentences)
        {
            if (text.Length > 0 && text.Length + s.Length > 400)
            {
                break;
            }

            text.Append(text.Length > 0 ? " " : "").Append(s);
        }

        return text.ToString();
    }
}
