using System.Text.RegularExpressions;

namespace Vigil.Osint;

/// <summary>Finds who says what in a sentence: an attribution verb and the party nearest it.</summary>
internal static partial class ClaimReader
{
    /// <summary>
    /// The claim <paramref name="sentence"/> attributes, dated <paramref name="at"/>, or null when it
    /// attributes nothing. A retraction or statement that names no party ("the report was later
    /// deleted", "the guards added") goes to the speaker of <paramref name="lastClaim"/>, else to <paramref name="source"/>.
    /// "Was reported" is no attribution.
    /// </summary>
    public static Claim? Read(string sentence, List<ActorLexicon.Mention> mentions, Claim? lastClaim, string? source, DateTimeOffset at)
    {
        (Match? verb, Stance stance) = Verb(sentence);
        if (verb is null)
        {
            return null;
        }

        ActorLexicon.Mention? before = null, after = null;
        foreach (ActorLexicon.Mention m in mentions)
        {
            if (m.Start + m.Length <= verb.Index)
            {
                before = m;
            }
            else if (after is null && m.Start >= verb.Index)
            {
                after = m;
            }
        }

        bool according = verb.Value.StartsWith("according", StringComparison.OrdinalIgnoreCase);
        string? party = stance == Stance.Retracts ? before?.Name
            : according ? (after ?? before)?.Name
            : (before ?? after)?.Name;
        if (party is null)
        {
            // "the guards added", "the report was later deleted": the speaker before, else the outlet
            return lastClaim is not null ? new Claim { Party = lastClaim.Party, Speaker = lastClaim.Speaker, At = at, Stance = stance, Statement = sentence }
                : source is not null ? new Claim { Party = Party.Outlet(source), Speaker = SpeakerKind.Outlet, At = at, Stance = stance, Statement = sentence }
                : null;
        }

        (Party who, SpeakerKind speaker) = Speaker(party);
        return new Claim { Party = who, Speaker = speaker, At = at, Stance = stance, Statement = sentence };
    }

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
            // "said no drone had crossed" denies what it speaks of
            return (a, NegatedAssert().IsMatch(sentence[a.Index..]) ? Stance.Denies : Stance.Asserts);
        }

        return (null, Stance.Asserts);
    }

    [GeneratedRegex(@"\b(?:(?:was|were) later (?:deleted|removed|taken down|withdrawn)|later deleted|retracted|withdrew|took down|was deleted|was taken down)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Retract();

    [GeneratedRegex(@"\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses|refuted|refutes)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Deny();

    [GeneratedRegex(@"^\w+(?: that)? (?:no\b|nothing\b|none\b|there (?:was|were|had been) no\b|it (?:had|has|did) not\b|they (?:had|have|did) not\b)", RegexOptions.IgnoreCase)]
    private static partial Regex NegatedAssert();

    [GeneratedRegex(@"\b(?:confirmed|confirms|acknowledged|acknowledges)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Confirm();

    [GeneratedRegex(@"\b(?:according to|said|says|claimed|claims|stated|states|told|(?<!(?:was|were|been|being) )reported|reports|announced|alleged|alleges|accused|accuses|posted|wrote|insisted|insists|added)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Assert();
}
