namespace Vigil.Osint;

/// <summary>
/// Reads candidate events from the text of one report with rules and lexicons only: the event type
/// from trigger words, the date from absolute or publication-relative expressions, the place from
/// the <see cref="Gazetteer"/>, actors and speakers from a lexicon, deaths from counting phrases,
/// and claims from attribution verbs. Repeated paragraphs count once. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// A sentence with a trigger word opens an event, or belongs to the current one unless it gives a
/// different day, or opens a paragraph about another province. Sentences without a trigger add
/// their dates, places, deaths and claims to the current event; those before the first trigger go
/// to the first event. The first date, the first death count and the most precise place that is not
/// an origin ("from Paktika") win.
/// </remarks>
public sealed class ReportExtractor
{
    private readonly Gazetteer _gazetteer;

    /// <summary>Creates an extractor that finds places with <paramref name="gazetteer"/>.</summary>
    public ReportExtractor(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _gazetteer = gazetteer;
    }

    /// <summary>The candidate events <paramref name="text"/> reports, in text order; empty when it reports none.</summary>
    /// <param name="text">The report's text; paragraphs are separated by blank lines.</param>
    /// <param name="published">The day the report was published, against which "yesterday" or "on Wednesday" are read.</param>
    /// <param name="source">Who published it; the speaker of claims that name no other ("the report was later deleted"). Null when unknown.</param>
    public IReadOnlyList<CandidateEvent> Extract(string text, DateOnly published, string? source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var at = new DateTimeOffset(published.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var events = new List<EventBuilder>();
        var pending = new List<Reading>();
        EventBuilder? current = null;
        foreach (List<string> paragraph in ReportText.Paragraphs(text))
        {
            for (int i = 0; i < paragraph.Count; i++)
            {
                Reading r = Read(paragraph[i], published, opensParagraph: i == 0);
                if (r.SubType is not null && (current is null || current.IsOtherEvent(r)))
                {
                    current = new EventBuilder();
                    events.Add(current);
                    foreach (Reading p in pending)
                    {
                        current.Add(p, source, at);
                    }

                    pending.Clear();
                }

                if (current is null)
                {
                    pending.Add(r);
                }
                else
                {
                    current.Add(r, source, at);
                }
            }
        }

        return [.. events.Select(e => e.Build())];
    }

    private Reading Read(string sentence, DateOnly published, bool opensParagraph)
    {
        IReadOnlyList<PlaceMention> places = _gazetteer.Find(sentence);
        PlaceMention? place = null;
        foreach (PlaceMention m in places)
        {
            if (place is null || Better(m, place, sentence))
            {
                place = m;
            }
        }

        return new Reading(sentence, EventTriggers.Read(sentence), DateReader.Read(sentence, published), place,
            ActorLexicon.Find(sentence), FatalityReader.Read(sentence), opensParagraph);
    }

    /// <summary>
    /// Whether <paramref name="a"/> says better where the event was than <paramref name="b"/>: not an
    /// origin, not a container ("Khost's" in "Khost's Tani district"), then more precise.
    /// </summary>
    private static bool Better(PlaceMention a, PlaceMention b, string sentence)
    {
        bool aOf = Possessive(a, sentence), bOf = Possessive(b, sentence);
        if (aOf != bOf)
        {
            return bOf;
        }

        bool aFrom = a.Preposition == "from", bFrom = b.Preposition == "from";
        if (aFrom != bFrom)
        {
            return bFrom;
        }

        return a.Place.Precision < b.Place.Precision;
    }

    private static bool Possessive(PlaceMention m, string sentence)
    {
        int end = m.Start + m.Length;
        return end + 1 < sentence.Length && sentence[end] is '\'' or '’' && sentence[end + 1] is 's' or 'S';
    }

    private sealed record Reading(string Sentence, EventSubType? SubType, (DateOnly Date, DatePrecision Precision, int Index)? Date,
        PlaceMention? Place, List<ActorLexicon.Mention> Mentions, FatalityRange? Fatalities, bool OpensParagraph);

    private sealed class EventBuilder
    {
        private readonly List<string> _sentences = [];
        private readonly List<string> _actors = [];
        private readonly List<Claim> _claims = [];
        private EventSubType? _subType;
        private (DateOnly Date, DatePrecision Precision, int Index)? _date;
        private PlaceMention? _place;
        private FatalityRange? _fatalities;

        public bool IsOtherEvent(Reading r)
        {
            if (_subType is null)
            {
                return false;
            }

            if (r.Date is { } d && _date is { } mine && d.Precision == DatePrecision.Day && mine.Precision == DatePrecision.Day && d.Date != mine.Date)
            {
                return true;
            }

            return r.OpensParagraph && r.Place is { Preposition: not "from" } p && _place is { } here
                && p.Place.Precision <= PlacePrecision.Province && here.Place.Precision <= PlacePrecision.Province
                && p.Place.Admin1 != here.Place.Admin1;
        }

        public void Add(Reading r, string? source, DateTimeOffset at)
        {
            _sentences.Add(r.Sentence);
            _subType ??= r.SubType;
            _date ??= r.Date;
            _fatalities ??= r.Fatalities;
            if (r.Place is { } p && (_place is null || (_place.Preposition == "from" && p.Preposition != "from")
                || (_place.Place.Precision == PlacePrecision.Country && p.Place.Precision < PlacePrecision.Country && p.Place.CountryIso == _place.Place.CountryIso)))
            {
                _place = p;
            }

            foreach (ActorLexicon.Mention m in r.Mentions)
            {
                if (m.IsActor && !_actors.Contains(m.Name))
                {
                    _actors.Add(m.Name);
                }
            }

            if (ClaimReader.Read(r.Sentence, r.Mentions, _claims.Count > 0 ? _claims[^1] : null, source, at) is { } claim)
            {
                _claims.Add(claim);
            }
        }

        public CandidateEvent Build() => new(
            _date?.Date, _date?.Precision ?? DatePrecision.Unknown, _subType!.Value, _place?.Place, [.. _actors],
            _fatalities ?? default, [.. _claims], [.. _sentences]);
    }
}
