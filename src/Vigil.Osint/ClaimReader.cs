using System.Text.RegularExpressions;

namespace Vigil.Osint;

/// <summary>Finds who says what in a sentence: an attribution verb, its stance, and the speaker of that verb.</summary>
/// <remarks>
/// The speaker is looked for where English puts it: before the verb in its own clause ("…, the ISPR
/// said"; "A security official in Miranshah, speaking on condition of anonymity, said"), after it when
/// a quotation comes first ("…," said a resident) or after "according to". A speaker the lexicon does
/// not know is read from the words naming it: a pronoun or "the spokesman" is the previous speaker;
/// the police of an Afghan place speak for the Taliban; "the provincial government" is that of the
/// event's province; an official is an unnamed official; a resident or a person named without a title
/// is a local resident. With none of these the claim is the previous speaker's, else the outlet's.
/// </remarks>
internal static partial class ClaimReader
{
    /// <summary>What a claim is read against: the claims before it and where the event is.</summary>
    /// <param name="LastClaim">The event's latest claim, or null.</param>
    /// <param name="Source">The outlet that published the report; null when unknown.</param>
    /// <param name="At">When the claims were made (the publication).</param>
    /// <param name="EventPlace">Where the event is, so far; null when unknown.</param>
    /// <param name="Places">The places named in the sentence.</param>
    public readonly record struct Context(Claim? LastClaim, string? Source, DateTimeOffset At, GazetteerPlace? EventPlace, IReadOnlyList<PlaceMention> Places);

    /// <summary>
    /// The claim <paramref name="sentence"/> attributes, or null when it attributes nothing; with it,
    /// whether its speaker is only "it" or "the statement", which carries on the statement just quoted
    /// rather than making another. "Was reported", "declined to say" and "did not say" are no
    /// attribution.
    /// </summary>
    public static (Claim Claim, bool Continues)? Read(string sentence, List<ActorLexicon.Mention> mentions, Context context)
    {
        (Match? verb, Stance stance) = Verb(sentence);
        if (verb is null)
        {
            return null;
        }

        (int from, int to) = stance == Stance.Retracts ? Subject(sentence, verb) : SpeakerSpan(sentence, verb);
        string span = sentence[from..to];
        // the name nearest the verb is the speaker: "Taliban spokesman Zabihullah Mujahid said"
        bool after = from >= verb.Index + verb.Length;
        ActorLexicon.Mention? named = null;
        foreach (ActorLexicon.Mention m in mentions)
        {
            if (m.Start >= from && m.Start + m.Length <= to && (named is null || !after))
            {
                named = m;
            }
        }

        if (stance == Stance.Asserts && Denial(sentence, verb))
        {
            stance = Stance.Denies;
        }

        bool continues = StatementItself().IsMatch(span);
        string? party = named?.Name ?? Unnamed(span, from, to, context);
        Claim? last = context.LastClaim;
        if (party is null)
        {
            // "the guards added", "the report was later deleted": the speaker before, else the outlet
            Claim? claim = last is not null ? new Claim { Party = last.Party, Speaker = last.Speaker, At = context.At, Stance = stance, Statement = sentence }
                : context.Source is not null ? new Claim { Party = Party.Outlet(context.Source), Speaker = SpeakerKind.Outlet, At = context.At, Stance = stance, Statement = sentence }
                : null;
            return claim is null ? null : (claim, continues);
        }

        (Party who, SpeakerKind speaker) = Speaker(party);
        return (new Claim { Party = who, Speaker = speaker, At = context.At, Stance = stance, Statement = sentence }, continues);
    }

    /// <summary>
    /// The party of a speaker the lexicon does not name, from the words that describe it; null when
    /// they are only a pronoun, "the spokesman" or "the statement" (the previous speaker) or say nothing.
    /// </summary>
    private static string? Unnamed(string span, int from, int to, Context context)
    {
        bool afghan = context.Places.Any(p => p.Place.CountryIso == "AF" && p.Start >= from && p.Start + p.Length <= to)
            || (Provincial().IsMatch(span) && context.EventPlace?.CountryIso == "AF");
        if (Police().IsMatch(span) && afghan)
        {
            return "Taliban"; // Afghan police and provincial spokesmen speak for the Taliban's administration
        }

        if (ProvincialGovernment().IsMatch(span) && context.EventPlace is { } place)
        {
            return place.CountryIso switch
            {
                "AF" => "Taliban",
                "PK" when place.Admin1 == "Balochistan" => "Balochistan government",
                _ => "unnamed official",
            };
        }

        if (Anaphor().IsMatch(span) && context.LastClaim is not null)
        {
            return null;
        }

        if (MediaWords().IsMatch(span))
        {
            return span.Contains("Tajik", StringComparison.Ordinal) ? "Tajik media" : "unnamed news agency";
        }

        if (OfficialWords().IsMatch(span))
        {
            return "unnamed official";
        }

        if (PersonName().IsMatch(span))
        {
            return "local residents"; // a person named with no title is a witness
        }

        return null;
    }

    /// <summary>
    /// Where the speaker of <paramref name="verb"/> is: after "according to" up to the next comma;
    /// after the verb when a quotation ends right before it; else the nearest clause before the verb
    /// that names someone, walking back over asides such as "speaking on condition of anonymity".
    /// </summary>
    private static (int From, int To) SpeakerSpan(string sentence, Match verb)
    {
        int end = verb.Index + verb.Length;
        if (verb.Value.StartsWith("according", StringComparison.OrdinalIgnoreCase) || QuoteBefore().IsMatch(sentence[..verb.Index]))
        {
            return (end, ClauseEnd(sentence, end));
        }

        int to = verb.Index;
        for (int clauses = 0; clauses < 3; clauses++)
        {
            int from = ClauseStart(sentence, to);
            string clause = sentence[from..verb.Index];
            if (clause.Trim().Length > 0 && SpeakerCue().IsMatch(clause))
            {
                return (from, verb.Index);
            }

            if (from == 0)
            {
                break;
            }

            to = from - 1;
        }

        int start = ClauseStart(sentence, verb.Index);
        if (sentence[start..verb.Index].Trim().Length == 0 && ClauseEnd(sentence, end) is int after && after > end)
        {
            return (end, after); // "…, said the spokesman."
        }

        return (start, verb.Index);
    }

    /// <summary>The subject of a retraction: the sentence up to its first comma or the verb.</summary>
    private static (int From, int To) Subject(string sentence, Match verb)
    {
        int comma = sentence.IndexOf(',', StringComparison.Ordinal);
        return (0, comma >= 0 && comma < verb.Index ? comma : verb.Index);
    }

    private static int ClauseStart(string sentence, int before)
    {
        int i = Math.Min(before, sentence.Length) - 1;
        while (i >= 0 && sentence[i] is ' ' or ',')
        {
            i--;
        }

        for (; i >= 0; i--)
        {
            if (sentence[i] is ',' or ';' or ':' or '"' or '“' or '”' or '(' or ')' or '–' or '—')
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static int ClauseEnd(string sentence, int from)
    {
        for (int i = from; i < sentence.Length; i++)
        {
            if (sentence[i] is ',' or ';' or ':' or '"' or '“' or '”' or '(' or '.' or '–' or '—')
            {
                return i;
            }
        }

        return sentence.Length;
    }

    /// <summary>
    /// Whether an assertion denies: what is said after the verb or in the quotation before it is
    /// negated ("said no drone had crossed", "\"Pakistan has not carried out any strike,\" a spokesperson
    /// said", "said he had no information") or calls the charge baseless, fabricated or propaganda.
    /// </summary>
    private static bool Denial(string sentence, Match verb) =>
        NegatedAssert().IsMatch(sentence[verb.Index..]) || NegatedQuote().IsMatch(sentence[..verb.Index]) || DenialWords().IsMatch(sentence);

    /// <summary>
    /// A normalised name as the record keeps its speaker: a party to the fighting speaks as an official
    /// side; an unnamed source, the media or a witness as what it is.
    /// </summary>
    private static (Party, SpeakerKind) Speaker(string name) => name switch
    {
        _ when ActorLexicon.IsActor(name) => (Party.Side(name), SpeakerKind.Official),
        _ when name.StartsWith("unnamed", StringComparison.Ordinal) => (Party.Organisation(name), SpeakerKind.UnnamedSource),
        _ when name.Contains("media", StringComparison.Ordinal) || name.Contains("news", StringComparison.Ordinal) => (Party.Outlet(name), SpeakerKind.Outlet),
        _ => (Party.Organisation(name), SpeakerKind.Witness),
    };

    private static (Match? Verb, Stance Stance) Verb(string sentence)
    {
        if (Retract().Match(sentence) is { Success: true } r)
        {
            return (r, Stance.Retracts);
        }

        if (Deny().Match(sentence) is { Success: true } d)
        {
            return (d, Stance.Denies);
        }

        if (Confirm().Match(sentence) is { Success: true } c)
        {
            return (c, Stance.Confirms);
        }

        if (Assert().Match(sentence) is { Success: true } a)
        {
            return (a, Stance.Asserts);
        }

        return (null, Stance.Asserts);
    }

    /// <summary>A report taken back: "was later deleted", "was removed from the site", "retracted".</summary>
    [GeneratedRegex(@"\b(?:(?:was|were|has been|had been) (?:later |quietly |subsequently |since )?(?:deleted|removed|taken down|withdrawn|pulled|retracted)|later deleted|retracted|withdrew|took down)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Retract();

    /// <summary>Verbs of denial, and calling a charge untrue: "called the reports baseless".</summary>
    [GeneratedRegex(@"\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses|refuted|refutes|(?:called|calling|described|termed|branded) (?:the |these |those |such |this |that )?(?:[\w-]+ ){0,3}?(?:as )?(?:baseless|propaganda|fabricated|unfounded|false|untrue|lies))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Deny();

    /// <summary>What is said after the verb is negated: "said no drone had crossed", "said he had no information".</summary>
    [GeneratedRegex(@"^\w+(?: that)? (?:no\b|nothing\b|none\b|there (?:was|were|had been) no\b|(?:it|they|he|she|we) (?:had|has|have|did) (?:not|no)\b|(?:it|they|he|she|we) (?:was|were) not aware\b)", RegexOptions.IgnoreCase)]
    private static partial Regex NegatedAssert();

    /// <summary>
    /// A quotation before the verb that denies an act: "\"No drone has been sent…", "\"Pakistan has not
    /// carried out any strike…". "No one was hurt" reports, it does not deny.
    /// </summary>
    [GeneratedRegex(@"[""“]\s*(?:No (?!one\b|casualties\b|deaths\b|injuries\b|fatalities\b|lives\b)\w+|[^""“”]*\b(?:has|have|had|did|was|were)(?: not|n't|never) (?:\w+ )?(?:carried out|launched|sent|fired|crossed|entered|conducted|violated|attacked|struck|targeted|bombed|shelled|involved))", RegexOptions.IgnoreCase)]
    private static partial Regex NegatedQuote();

    /// <summary>Words that call a charge untrue: "baseless", "fabricated", "propaganda".</summary>
    [GeneratedRegex(@"\b(?:baseless|fabricated|unfounded|propaganda|untrue|no truth)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DenialWords();

    [GeneratedRegex(@"\b(?:confirmed|confirms|acknowledged|acknowledges|admitted|admits|conceded|concedes)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Confirm();

    /// <summary>Verbs of saying; "say" only with its own subject, not in "declined to say" or "did not say".</summary>
    [GeneratedRegex(@"\b(?:according to|said|says|(?<!\b(?:to|not|never|would|could|will) |n't )say|claimed(?! the lives| responsibility)|claims|stated|states|told|(?<!(?:was|were|been|being) )reported|reports|announced|alleged|alleges|accused|accuses|blamed|blames|posted|wrote|insisted|insists|added)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Assert();

    /// <summary>A quotation just closed before the verb: "\"…,\" said".</summary>
    [GeneratedRegex(@"[,.?!]?[""”]\s*$")]
    private static partial Regex QuoteBefore();

    /// <summary>Words that show a clause names a speaker, so the search for one stops there.</summary>
    [GeneratedRegex(@"\b(?:[A-Z][\w'’-]+|it|he|she|they|we|spokes(?:man|woman|person)|officials?|sources?|statement|ministry|committee|guards|troops|forces|military|army|police|residents?|witness(?:es)?|doctors?|agency|media|website|newspaper|report)\b")]
    private static partial Regex SpeakerCue();

    /// <summary>A speaker that refers back to the previous one: "he", "the spokesman", "a ministry spokesman", "the statement".</summary>
    [GeneratedRegex(@"^\s*(?:it|he|she|they|(?:the|a|an|its|their) (?:[\w-]+ )?(?:spokes(?:man|woman|person)|statement|release|ministry|committee|guards|service|military|army|group|agency))\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Anaphor();

    /// <summary>A speaker that is the statement just quoted: "it said", "the statement said".</summary>
    [GeneratedRegex(@"^\s*(?:it|the statement|the release|the communiqu[eé])\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex StatementItself();

    /// <summary>Police and provincial spokesmen: for an Afghan place, the Taliban's administration speaking.</summary>
    [GeneratedRegex(@"\bpolice\b|\bprovincial spokes(?:man|woman|person)\b|\bgovernor'?s? spokes(?:man|woman|person)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Police();

    [GeneratedRegex(@"\b(?:provincial|province's|governor's)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Provincial();

    /// <summary>A news outlet not named in the lexicon: "an Afghan news website", "a local TV channel".</summary>
    [GeneratedRegex(@"\b(?:news ?(?:website|site|agency|outlet|portal|channel)s?|newspapers?|broadcasters?|TV channels?|television|radio stations?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MediaWords();

    [GeneratedRegex(@"\bprovincial (?:government|authorities|administration)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProvincialGovernment();

    [GeneratedRegex(@"\b(?:officials?|authorities|administration|officers?|commissioner|governor|minister|spokes(?:man|woman|person)|commander|chief|administrator)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OfficialWords();

    /// <summary>A person's name: two or more capitalised words, not starting with an article.</summary>
    [GeneratedRegex(@"\b(?!(?:The|A|An|Another|This|That)\b)[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)+\b")]
    private static partial Regex PersonName();
}
