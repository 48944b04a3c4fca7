using System.Text.RegularExpressions;

namespace Vigil.Osint;

/// <summary>Finds who says what in a sentence: an attribution verb and the party nearest it.</summary>
internal static partial class ClaimReader
{
    /// <summary>
    /// The claim <paramref name="sentence"/> attributes, or null when it attributes nothing. A retraction
    /// or statement that names no party ("the report was later deleted", "the guards added") goes to
    /// <paramref name="lastParty"/>, else to <paramref name="source"/>. "Was reported" is no attribution.
    /// </summary>
    public static Claim? Read(string sentence, List<ActorLexicon.Mention> mentions, string? lastParty, string? source)
    {
        (Match? verb, ClaimStance stance) = Verb(sentence);
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
        string? party = stance == ClaimStance.Retracts ? before?.Name
            : according ? (after ?? before)?.Name
            : (before ?? after)?.Name;
        party ??= lastParty ?? source; // "the guards added", "the report was later deleted": the speaker before
        return party is null ? null : new Claim(party, stance, sentence);
    }

    private static (Match? Verb, ClaimStance Stance) Verb(string sentence)
    {
        if (Retract().Match(sentence) is { Success: true } r)
        {
            return (r, ClaimStance.Retracts);
        }

        if (Deny().Match(sentence) is { Success: true } d)
        {
            return (d, ClaimStance.Denies);
        }

        if (Confirm().Match(sentence) is { Success: true } c)
        {
            return (c, ClaimStance.Confirms);
        }

        if (Assert().Match(sentence) is { Success: true } a)
        {
            // "said no drone had crossed" denies what it speaks of
            return (a, NegatedAssert().IsMatch(sentence[a.Index..]) ? ClaimStance.Denies : ClaimStance.Asserts);
        }

        return (null, ClaimStance.Asserts);
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
