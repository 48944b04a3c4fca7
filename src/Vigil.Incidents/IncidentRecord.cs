namespace Vigil.Incidents;

/// <summary>
/// The shared record of one incident: what happened, when and where and how precisely that is
/// known, who took part, what Vigil's sensors recorded, which reports speak of it and every party's
/// claims, casualties as low/best/high by category, where the investigation stands and its grade.
/// A snapshot: every change makes a new <see cref="Version"/>, and each version goes to the
/// transparency log.
/// </summary>
/// <remarks>
/// Types follow ACLED (event type and sub-event type, with Vigil's "Drone incursion"); time and place
/// precision follow ACLED and UCDP; casualties UCDP's low/best/high; grades Airwars'.
/// </remarks>
public sealed record IncidentRecord
{
    private static readonly IReadOnlyDictionary<CasualtyCategory, FatalityRange> NoCasualties = new Dictionary<CasualtyCategory, FatalityRange>();

    /// <summary>The record's id.</summary>
    public required IncidentRecordId Id { get; init; }

    /// <summary>The record's version: 1 when opened, one more with each change.</summary>
    public required int Version { get; init; }

    /// <summary>When this version was made.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>What happened (ACLED sub-event type; the event type follows from it).</summary>
    public required EventSubType SubType { get; init; }

    /// <summary>When it began: the first alert, or the start of the reported day, week or month.</summary>
    public required DateTimeOffset Start { get; init; }

    /// <summary>When it ended: the last alert, or the end of the reported day, week or month.</summary>
    public required DateTimeOffset End { get; init; }

    /// <summary>How precisely <see cref="Start"/> and <see cref="End"/> are known.</summary>
    public required DatePrecision TimePrecision { get; init; }

    /// <summary>Where it happened.</summary>
    public required IncidentLocation Location { get; init; }

    /// <summary>The border involved, e.g. <c>AF-PK</c>; null when unknown.</summary>
    public string? Border { get; init; }

    /// <summary>The monitoring sector (district) the sensors place it in; null when no sensor saw it.</summary>
    public string? Sector { get; init; }

    /// <summary>Who took part, in order of first mention.</summary>
    public IReadOnlyList<IncidentActor> Actors { get; init; } = [];

    /// <summary>The id the record has in another dataset (e.g. ACLED's <c>event_id_cnty</c>) when it was imported from one; null for Vigil's own.</summary>
    public string? ExternalId { get; init; }

    /// <summary>A short description in the record's own voice.</summary>
    public string Description { get; init; } = "";

    /// <summary>What Vigil's sensors recorded of it, one entry per run that saw it.</summary>
    public IReadOnlyList<SensorEvidence> Sensors { get; init; } = [];

    /// <summary>The stored reports that speak of it, in the order they were linked.</summary>
    public IReadOnlyList<ReportRef> Reports { get; init; } = [];

    /// <summary>Every claim made about it, retractions included, in the order they were recorded.</summary>
    public IReadOnlyList<Claim> Claims { get; init; } = [];

    /// <summary>The evidence submitted for it (files, photos, documents), in the order it was linked.</summary>
    public IReadOnlyList<EvidenceRef> Evidence { get; init; } = [];

    /// <summary>People killed, by category; a category is absent when nothing is known of it.</summary>
    public IReadOnlyDictionary<CasualtyCategory, FatalityRange> Fatalities { get; init; } = NoCasualties;

    /// <summary>People injured, by category; a category is absent when nothing is known of it.</summary>
    public IReadOnlyDictionary<CasualtyCategory, FatalityRange> Injuries { get; init; } = NoCasualties;

    /// <summary>Where the investigation stands.</summary>
    public IncidentStatus Status { get; init; } = IncidentStatus.Open;

    /// <summary>Every grade a person set, oldest first; the last one stands.</summary>
    public IReadOnlyList<GradeDecision> GradeDecisions { get; init; } = [];

    /// <summary>The ACLED event type, e.g. "Strategic developments".</summary>
    public string Type => EventTypes.TypeName(SubType);

    /// <summary>The grade that stands, when a person has set one.</summary>
    public GradeDecision? Grade => GradeDecisions.Count > 0 ? GradeDecisions[^1] : null;

    /// <summary>
    /// What the grading rules make of the record: the sensors confirm it when a run recorded it; every
    /// report is a source, and so is each party that stated a claim directly; sources are independent
    /// when they come from different outlets or parties.
    /// </summary>
    public IncidentFacts Facts
    {
        get
        {
            var sources = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            int count = 0;
            foreach (ReportRef r in Reports)
            {
                count++;
                sources.Add(r.Source ?? r.Id.ToString());
            }

            foreach (Claim c in Claims)
            {
                if (c.Report is null && sources.Add(c.Party.Name))
                {
                    count++;
                }
            }

            return new IncidentFacts
            {
                Claims = Claims,
                Sensors = Sensors.Count > 0 ? SensorVerdict.Confirms : SensorVerdict.NoData,
                SourceCount = count,
                IndependentSourceCount = sources.Count,
            };
        }
    }

    /// <summary>The grade the rules suggest for the record as it stands.</summary>
    public GradeSuggestion SuggestedGrade => GradeSuggester.Suggest(Facts);

    /// <summary>Fatalities over every category: the sums of the known lows, bests and highs (a sum is unknown when any category leaves it unknown).</summary>
    public FatalityRange TotalFatalities => Total(Fatalities);

    /// <summary>Sums ranges by category; a figure is unknown when any category leaves it unknown, and the whole is unknown when there are none.</summary>
    public static FatalityRange Total(IReadOnlyDictionary<CasualtyCategory, FatalityRange> byCategory)
    {
        ArgumentNullException.ThrowIfNull(byCategory);
        if (byCategory.Count == 0)
        {
            return default;
        }

        int? low = 0, best = 0, high = 0;
        foreach (FatalityRange r in byCategory.Values)
        {
            low += r.Low;
            best += r.Best;
            high += r.High;
        }

        return new FatalityRange(low, best, high);
    }
}
