using System.Text.RegularExpressions;

namespace Vigil.Osint;

/// <summary>
/// Reads candidate events from the text of one report with rules and lexicons only: the event type
/// from trigger words, the date from absolute or publication-relative expressions, the place from
/// the <see cref="Gazetteer"/>, actors and speakers from a lexicon, deaths from counting phrases,
/// and claims from attribution verbs. Repeated paragraphs count once. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// A sentence with a trigger word opens an event, or belongs to the current one unless it gives a
/// different day, or opens a paragraph about another province and another kind of event (or says
/// "separately"). Sentences without a trigger add their dates, places, deaths and claims to the
/// current event; those before the first trigger go to the first event.
/// </para>
/// <para>
/// A dateline ("ISLAMABAD, July 13 -") gives neither date nor place. The first date that dates the
/// event wins; a date that dates a statement ("said on Monday") is used only when there is no other.
/// The place is the most precise one that is not an origin or destination ("from Paktika", "towards
/// Kunar", "opposite Takhar"), not a container ("Khost's Tani district") and not a province's name
/// standing for the province ("forces in Kunduz … in Imam Sahib district"). The first death count
/// wins; a later count of the other side's dead ("four militants were neutralised … one soldier
/// embraced shahadat") adds to it.
/// </para>
/// <para>
/// A report that opens by framing a statement ("the following is a statement issued by …", a press
/// release number) speaks for the statement's issuer: its sentences that tell the event without an
/// attribution of their own are the issuer's claims.
/// </para>
/// </remarks>
public sealed partial class ReportExtractor
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
        string? issuer = null;
        List<List<string>> paragraphs = ReportText.Paragraphs(text);
        for (int p = 0; p < paragraphs.Count; p++)
        {
            List<string> paragraph = paragraphs[p];
            var readings = new List<Reading>();
            for (int i = 0; i < paragraph.Count; i++)
            {
                readings.Add(Read(paragraph[i], published, opensParagraph: i == 0, paragraph: p));
            }

            if (p == 0 && StatementIssuer(paragraph, readings) is { } framed)
            {
                issuer = framed;
                readings = [.. readings.Select(r => r with { FramesStatement = true })];
            }

            foreach (Reading r in readings)
            {
                Reading reading = issuer is not null ? r with { Issuer = issuer } : r;
                if (reading.SubType is not null && (current is null || current.IsOtherEvent(reading)))
                {
                    current = new EventBuilder();
                    events.Add(current);
                    foreach (Reading pr in pending)
                    {
                        current.Add(pr, source, at);
                    }

                    pending.Clear();
                }

                if (current is null)
                {
                    pending.Add(reading);
                }
                else
                {
                    current.Add(reading, source, at);
                }
            }
        }

        return [.. events.Select(e => e.Build())];
    }

    /// <summary>
    /// The party whose statement the report's first paragraph frames, or null: the paragraph tells no
    /// event itself, speaks of a statement or press release, and names who issued it.
    /// </summary>
    private static string? StatementIssuer(List<string> paragraph, List<Reading> readings)
    {
        if (readings.Any(r => r.SubType is not null || r.Fatalities is not null))
        {
            return null;
        }

        string text = string.Join(' ', paragraph);
        if (!StatementFrame().IsMatch(text))
        {
            return null;
        }

        return ActorLexicon.Find(text) is [var first, ..] ? first.Name : null;
    }

    private Reading Read(string sentence, DateOnly published, bool opensParagraph, int paragraph)
    {
        // a dateline ("WANA, July 23:") says where and when the report was filed, not the event
        string body = sentence;
        if ((opensParagraph ? Dateline() : StandaloneDateline()).Match(sentence) is { Success: true } dateline)
        {
            body = new string(' ', dateline.Length) + sentence[dateline.Length..];
        }

        IReadOnlyList<PlaceMention> places = _gazetteer.Find(body);
        Placed? place = null;
        foreach (PlaceMention m in places)
        {
            var candidate = new Placed(m, Origin(body, m), StandsForProvince(body, m));
            if (place is null || Better(candidate, place, places, body))
            {
                place = candidate;
            }
        }

        DateReader.DateMention? date = body.Trim().Length == 0 ? null : DateReader.Read(body, published);
        return new Reading(sentence, EventTriggers.Read(sentence), date, place, places, ActorLexicon.Find(sentence),
            FatalityReader.ReadWithVictims(sentence), opensParagraph, paragraph);
    }

    /// <summary>
    /// Whether a mention says where something came from or went rather than where the event was: a
    /// "from", "towards", "opposite" or "taken to" before it in its clause with no "in", "near", "at"
    /// or "over" in between ("launched from the Lalpur area of Nangarhar", "from across the border in Kunar").
    /// </summary>
    private static bool Origin(string sentence, PlaceMention m)
    {
        string before = sentence[..m.Start];
        int clause = before.LastIndexOfAny([',', ';', ':', '(']);
        string tail = before[(clause + 1)..];
        return OriginTail().IsMatch(tail) || AcrossTheBorderIn().IsMatch(tail);
    }

    /// <summary>
    /// Whether the mention is a name its province shares ("Kunduz", "Khost") used without a level word,
    /// so it may stand for the province rather than the town or district.
    /// </summary>
    private bool StandsForProvince(string sentence, PlaceMention m)
    {
        if (m.Place.Precision == PlacePrecision.Province || LevelWordAfter().IsMatch(sentence[(m.Start + m.Length)..]))
        {
            return false;
        }

        GazetteerPlace? province = _gazetteer.Lookup(sentence.Substring(m.Start, m.Length) + " province");
        return province is { Precision: PlacePrecision.Province } && province.Name == m.Place.Admin1;
    }

    /// <summary>
    /// Whether <paramref name="a"/> says better where the event was than <paramref name="b"/>: not a
    /// container ("Khost's" in "Khost's Tani district"), not an origin, not a province's name when a
    /// place inside that province is named too, then more precise.
    /// </summary>
    private static bool Better(Placed a, Placed b, IReadOnlyList<PlaceMention> all, string sentence)
    {
        bool aOf = Possessive(a.Mention, sentence), bOf = Possessive(b.Mention, sentence);
        if (aOf != bOf)
        {
            return bOf;
        }

        if (a.Origin != b.Origin)
        {
            return b.Origin;
        }

        if (a.StandsForProvince != b.StandsForProvince && a.Mention.Place.Admin1 == b.Mention.Place.Admin1 && all.Count > 1)
        {
            return b.StandsForProvince;
        }

        return a.Mention.Place.Precision < b.Mention.Place.Precision;
    }

    private static bool Possessive(PlaceMention m, string sentence)
    {
        int end = m.Start + m.Length;
        return end + 1 < sentence.Length && sentence[end] is '\'' or '’' && sentence[end + 1] is 's' or 'S';
    }

    /// <summary>A place mention with what its context says of it.</summary>
    private sealed record Placed(PlaceMention Mention, bool Origin, bool StandsForProvince)
    {
        public GazetteerPlace Place => Mention.Place;
    }

    private sealed record Reading(string Sentence, EventSubType? SubType, DateReader.DateMention? Date, Placed? Place,
        IReadOnlyList<PlaceMention> Places, List<ActorLexicon.Mention> Mentions, (FatalityRange Range, FatalityReader.Victims Victims)? Fatalities,
        bool OpensParagraph, int Paragraph)
    {
        /// <summary>Whether the sentence frames a statement rather than telling the event.</summary>
        public bool FramesStatement { get; init; }

        /// <summary>The issuer of the statement the report relays; null for an ordinary report.</summary>
        public string? Issuer { get; init; }

        public DateReader.DateMention? EventDate => Date is { OfStatement: false } d ? d : null;

        /// <summary>Whether the sentence tells the event itself: what happened, the dead, or when and where.</summary>
        public bool TellsEvent => SubType is not null || Fatalities is not null || (EventDate is not null && Place is not null);
    }

    private sealed class EventBuilder
    {
        private readonly List<string> _sentences = [];
        private readonly List<string> _actors = [];
        private readonly List<Claim> _claims = [];
        private EventSubType? _subType;
        private DateReader.DateMention? _date;
        private DateReader.DateMention? _statedDate;
        private Placed? _place;
        private FatalityRange? _fatalities;
        private FatalityReader.Victims _victims;
        private bool _victimsAdded;
        private (int Paragraph, int Sentence, string Party)? _lastClaim;

        public bool IsOtherEvent(Reading r)
        {
            if (_subType is null)
            {
                return false;
            }

            if (r.EventDate is { } d && _date is { } mine && d.Precision == DatePrecision.Day && mine.Precision == DatePrecision.Day && d.Date != mine.Date)
            {
                return true;
            }

            return r.OpensParagraph && r.Place is { Origin: false } p && _place is { } here
                && p.Place.Precision <= PlacePrecision.Province && here.Place.Precision <= PlacePrecision.Province
                && p.Place.Admin1 != here.Place.Admin1
                && (r.SubType != _subType || Separately().IsMatch(r.Sentence));
        }

        public void Add(Reading r, string? source, DateTimeOffset at)
        {
            int index = _sentences.Count;
            _sentences.Add(r.Sentence);
            _subType ??= r.SubType;
            if (!r.FramesStatement)
            {
                _date ??= r.EventDate;
                _statedDate ??= r.Date is { OfStatement: true } s ? s : null;
            }

            if (r.Place is { } p && (_place is null || (_place.Origin && !p.Origin)
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

            var context = new ClaimReader.Context(_claims.Count > 0 ? _claims[^1] : null, source, at, _place?.Place, r.Places);
            Claim? claim = null;
            if (ClaimReader.Read(r.Sentence, r.Mentions, context) is { } read)
            {
                // "…, it said" carries on the statement of the sentence before rather than making another
                bool carriesOn = read.Continues && _lastClaim is { } last && last.Paragraph == r.Paragraph && last.Sentence == index - 1
                    && last.Party == read.Claim.Party.Name;
                claim = carriesOn ? null : read.Claim;
                if (carriesOn)
                {
                    _lastClaim = (r.Paragraph, index, read.Claim.Party.Name);
                }
            }
            else if (r.Issuer is { } issuer && !r.FramesStatement && r.TellsEvent)
            {
                claim = new Claim { Party = Party.Side(issuer), Speaker = SpeakerKind.Official, At = at, Stance = Stance.Asserts, Statement = r.Sentence };
            }

            if (claim is not null)
            {
                _claims.Add(claim);
                _lastClaim = (r.Paragraph, index, claim.Party.Name);
            }

            AddDeaths(r, claim);
        }

        /// <summary>
        /// The first count of the dead, plus a later count of the other side's dead ("four militants
        /// were neutralised … one soldier embraced shahadat"), unless that comes in a denial.
        /// </summary>
        private void AddDeaths(Reading r, Claim? claim)
        {
            if (r.Fatalities is not { } f)
            {
                return;
            }

            if (_fatalities is not { } sofar)
            {
                (_fatalities, _victims) = (f.Range, f.Victims);
                return;
            }

            bool otherSide = !_victimsAdded && claim?.Stance is not Stance.Denies
                && ((_victims, f.Victims) is (FatalityReader.Victims.Opponents, FatalityReader.Victims.Forces) or (FatalityReader.Victims.Forces, FatalityReader.Victims.Opponents));
            if (otherSide && f.Range.IsKnown && (sofar.Best ?? sofar.Low ?? sofar.High) > 0)
            {
                _fatalities = new FatalityRange(sofar.Low + f.Range.Low, sofar.Best + f.Range.Best, sofar.High + f.Range.High);
                _victimsAdded = true;
            }
        }

        public CandidateEvent Build()
        {
            DateReader.DateMention? date = _date ?? _statedDate;
            return new(date?.Date, date?.Precision ?? DatePrecision.Unknown, _subType!.Value, _place?.Place, [.. _actors],
                _fatalities ?? default, [.. _claims], [.. _sentences]);
        }
    }

    /// <summary>
    /// A dateline opening a paragraph: a place in capitals with an optional date and a separator
    /// ("ISLAMABAD, July 13 -", "WANA:"), or a place and a date standing alone ("Rawalpindi, 18 August 2026.").
    /// </summary>
    [GeneratedRegex(@"^(?:[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+)*(?:,\s*[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?|,\s*\d{1,2}\s+[A-Z][a-z]+\.?(?:\s+\d{4})?)?\s*[:\-–—]\s|[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)*,\s*(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]+\.?(?:\s+\d{4})?)\s*(?:[:\-–—]\s|\.?$))")]
    private static partial Regex Dateline();

    /// <summary>A place and a date making a sentence of their own, as under a press release's number: "Rawalpindi, 18 August 2026.".</summary>
    [GeneratedRegex(@"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)*,\s*(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]+\.?(?:\s+\d{4})?)\.?$")]
    private static partial Regex StandaloneDateline();

    /// <summary>A paragraph that introduces a statement: "the following is", "a statement issued by", a press release number.</summary>
    [GeneratedRegex(@"\bthe following is\b|\bpress release\b|\b(?:statement|communiqu[eé]|release)s? (?:was |were )?(?:issued|released|published)\b|\bPR[-\s]?\d+", RegexOptions.IgnoreCase)]
    private static partial Regex StatementFrame();

    /// <summary>An origin or destination word with no place-of-event preposition after it.</summary>
    [GeneratedRegex(@"\b(?:from|towards?|opposite|(?:taken|brought|moved|shifted|transferred|rushed|returned|fled|back) (?:to|into))\b(?:(?!\b(?:in|into|near|at|over|inside|on|across|hit|struck|landed)\b)[^,;])*$", RegexOptions.IgnoreCase)]
    private static partial Regex OriginTail();

    /// <summary>"from across the border in": the place after is where the attack came from.</summary>
    [GeneratedRegex(@"\bfrom (?:across|over|beyond) the (?:border|frontier|river)(?: in| at| near)?\s+(?:[\w'’-]+\s+){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex AcrossTheBorderIn();

    [GeneratedRegex(@"^\s+(?:district|province|agency|tehsil|city|town|region)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LevelWordAfter();

    [GeneratedRegex(@"\b(?:separately|elsewhere|in (?:a |an )?(?:separate|another|other) (?:incident|attack|development))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Separately();
}
