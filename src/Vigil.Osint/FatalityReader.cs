using System.Globalization;
using System.Text.RegularExpressions;

namespace Vigil.Osint;

/// <summary>Reads death counts from phrases such as "three soldiers were killed", "at least a dozen dead", "between 5 and 8 killed".</summary>
internal static partial class FatalityReader
{
    /// <summary>Who the dead of one count were, as far as the phrase says.</summary>
    public enum Victims
    {
        /// <summary>Not said, or people at large ("five people", "civilians").</summary>
        Unspecified,

        /// <summary>Those the forces fought: militants, infiltrators, attackers, smugglers.</summary>
        Opponents,

        /// <summary>The forces' own: soldiers, troops, guards, personnel.</summary>
        Forces,
    }

    private static readonly Dictionary<string, int> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["a dozen"] = 12, ["dozen"] = 12, ["a couple of"] = 2, ["two dozen"] = 24,
        ["dozens"] = 24, ["dozens of"] = 24, ["scores"] = 40, ["scores of"] = 40,
    };

    /// <summary>The deaths <paramref name="sentence"/> reports, or null when it says nothing about deaths.</summary>
    public static FatalityRange? Read(string sentence) => ReadWithVictims(sentence)?.Range;

    /// <summary>
    /// The deaths <paramref name="sentence"/> reports and who the dead were, or null when it says
    /// nothing about deaths. An aside between a count and its verb ("five people, including two
    /// children, were killed") is read past.
    /// </summary>
    public static (FatalityRange Range, Victims Victims)? ReadWithVictims(string sentence)
    {
        sentence = Aside().Replace(sentence, " ");
        if (ReadCounts(sentence, out Match? first) is { } range)
        {
            // the victims are named in the counting phrase or just after it ("killed three smugglers")
            int from = first!.Index, to = Math.Min(sentence.Length, first.Index + first.Length + 40);
            return (range, VictimsOf(sentence[from..to]));
        }

        // "no one was hurt" says nobody died only when no death is counted
        return None().IsMatch(sentence) ? (new FatalityRange(0, 0, 0), Victims.Unspecified) : null;
    }

    private static Victims VictimsOf(string phrase)
    {
        Match opponent = OpponentWords().Match(phrase), force = ForceWords().Match(phrase);
        return (opponent.Success, force.Success) switch
        {
            (true, true) => opponent.Index < force.Index ? Victims.Opponents : Victims.Forces,
            (true, false) => Victims.Opponents,
            (false, true) => Victims.Forces,
            _ => Victims.Unspecified,
        };
    }

    private static FatalityRange? ReadCounts(string sentence, out Match? first)
    {
        first = null;
        if ((Between().Match(sentence) is { Success: true } b1 ? b1 : KillingBetween().Match(sentence)) is { Success: true } between
            && Number(between.Groups["a"].Value) is int a && Number(between.Groups["b"].Value) is int b)
        {
            first = between;
            return new FatalityRange(Math.Min(a, b), null, Math.Max(a, b));
        }

        int? low = 0, best = 0, high = 0;
        bool any = false;
        foreach (Match m in CountKilled().Matches(sentence))
        {
            if (CountAndCount().Match(sentence) is { Success: true } pair && pair.Index < m.Index && pair.Index + pair.Length >= m.Index + m.Length)
            {
                break;
            }

            Add(m, ref low, ref best, ref high);
            first ??= m;
            any = true;
        }

        if (!any && KillingPair().Match(sentence) is { Success: true } pair2)
        {
            // "killing a woman and her two children": both counts are of the dead
            Add(pair2, ref low, ref best, ref high);
            Add(Regex.Match(pair2.Groups["n2"].Value, @"(?<n>.+)"), ref low, ref best, ref high);
            first = pair2;
            any = true;
        }

        if (!any)
        {
            foreach (Match m in KillingCount().Matches(sentence))
            {
                Add(m, ref low, ref best, ref high);
                first ??= m;
                any = true;
            }
        }

        if (!any && CountAndCount().Match(sentence) is { Success: true } both)
        {
            first = both;
            // "two fighters and one soldier were killed": each count names some of the dead
            Add(both, ref low, ref best, ref high);
            Add(Regex.Match(both.Groups["n2"].Value, Count), ref low, ref best, ref high);
            any = true;
        }

        if (!any && DeathToll().Match(sentence) is { Success: true } toll)
        {
            first = toll;
            Add(toll, ref low, ref best, ref high);
            any = true;
        }

        return any ? new FatalityRange(low, best, high) : null;
    }

    private static void Add(Match m, ref int? low, ref int? best, ref int? high)
    {
        string count = m.Groups["n"].Value;
        if (Number(count) is not int n)
        {
            return;
        }

        string q = m.Groups["q"].Value.Trim().ToLowerInvariant();
        bool open = q is "at least" or "more than" or "over" || count.StartsWith("dozens", StringComparison.OrdinalIgnoreCase)
            || count.StartsWith("scores", StringComparison.OrdinalIgnoreCase);
        bool capped = q is "up to" or "as many as" or "no more than";
        bool rough = q is "around" or "about" or "some" or "nearly" or "roughly" or "an estimated";
        low = capped || rough ? null : low + n;
        best = capped ? null : best + n;
        high = open || rough ? null : high + n;
    }

    private static int? Number(string text)
    {
        string t = Regex.Replace(text.Trim(), @"\s+", " ");
        if (int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out int n))
        {
            return n;
        }

        return Words.TryGetValue(t, out int w) ? w : null;
    }

    private const string Count = @"(?<n>\d{1,4}|a dozen|two dozen|dozens(?: of)?|scores(?: of)?|dozen|a couple of|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)";
    private const string CountBare = @"\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";
    private const string Qualifier = @"(?:(?<q>at least|more than|over|up to|as many as|no more than|around|about|some|nearly|roughly|an estimated)\s+)?";
    private const string Filler = @"(?:of (?:one|a|the same) (?:family|household)\s+|(?!(?:and|or|in|on|at|one|two|three|four|five|six|seven|eight|nine|ten|twelve|dozen|dozens|January|February|March|April|May|June|July|August|September|October|November|December)\b)[a-z][a-z-]*\s+)";

    /// <summary>
    /// Verbs of death, including the idioms of military statements: "neutralised" for opponents killed,
    /// "embraced shahadat" or "martyred" for the forces' own.
    /// </summary>
    private const string Died = @"(?:killed|dead|died|lost their lives|lost his life|martyred|slain|perished|shot dead|neutrali[sz]ed|eliminated|embraced (?:shahadat|martyrdom))";

    /// <summary>
    /// Nobody died: "no one on the ground was hurt", "no guards were hurt", "no casualties", "no
    /// fatalities were reported". Injuries alone are no deaths, so "no one was hurt" counts as zero dead.
    /// </summary>
    [GeneratedRegex(@"\b(?:no one|nobody|no-one|none)(?: [\w-]+){0,4}? (?:was|were|has been|have been|had been) (?:killed|hurt|injured|harmed|wounded)|\bno (?:[a-z-]+ ){0,2}?(?:was|were) (?:killed|hurt|injured|harmed|wounded)|\bno (?:casualties|deaths|fatalities|loss of life)\b|\bwithout (?:any )?casualties\b|\bcaused no (?:casualties|damage)", RegexOptions.IgnoreCase)]
    private static partial Regex None();

    /// <summary>An aside between commas that a count reads past: ", including two children,", ", most of them labourers,".</summary>
    [GeneratedRegex(@",\s*(?:including|among them|most of them|many of them|some of them|all of them|mostly|mainly|both|of whom|who)\b[^,]*,", RegexOptions.IgnoreCase)]
    private static partial Regex Aside();

    [GeneratedRegex(@"\b(?:militants?|khwarij|khawarij|kharijis?|terrorists?|insurgents?|attackers?|infiltrators?|fighters?|smugglers?|assailants?|gunmen)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OpponentWords();

    [GeneratedRegex(@"\b(?:soldiers?|troops|guards?|personnel|policem[ae]n|sepoys?|jawans?|officers?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ForceWords();

    [GeneratedRegex(@"\b(?:killing|killed|leaving)\s+between\s+(?<a>\d{1,4}|\w+)\s+and\s+(?<b>\d{1,4}|\w+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex KillingBetween();

    [GeneratedRegex(@"\bbetween\s+(?<a>\d{1,4}|\w+)\s+and\s+(?<b>\d{1,4}|\w+)\s+(?:[\w-]+\s+){0,3}?(?:(?:were|was|have been|had been|are)\s+)?" + Died, RegexOptions.IgnoreCase)]
    private static partial Regex Between();

    [GeneratedRegex(@"(?<!\bno[ -])\b" + Qualifier + Count + @"\s+" + Filler + @"{0,3}?(?:(?:were|was|have been|had been|are|reportedly|were reportedly)\s+)?" + Died + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountKilled();

    [GeneratedRegex(@"\b(?:killing|killed|left|leaving|claimed the lives of|claiming the lives of|neutrali[sz]ed|neutrali[sz]ing|eliminated|eliminating)\s+" + Qualifier + @"(?:(?<n>an?)\s+(?!dozen\b)|" + Count + @"\b)", RegexOptions.IgnoreCase)]
    private static partial Regex KillingCount();

    [GeneratedRegex(@"\b" + Qualifier + Count + @"\s+" + Filler + @"{1,3}and\s+(?<n2>" + CountBare + @")\s+" + Filler + @"{0,3}?(?:(?:were|was|have been|had been|are)\s+)?" + Died + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountAndCount();

    /// <summary>"killing a woman and her two children", "killed two soldiers and a civilian".</summary>
    [GeneratedRegex(@"\b(?:killing|killed)\s+" + Qualifier + @"(?:(?<n>an?)|" + Count + @")\s+(?:[\w-]+\s+){1,2}?and\s+(?:her|his|their|its|the\s+)?\s*(?<n2>an?|" + CountBare + @")\s+[\w-]+", RegexOptions.IgnoreCase)]
    private static partial Regex KillingPair();

    [GeneratedRegex(@"\bdeath toll\s+(?:\w+\s+){0,2}?(?:to|of|at)\s+" + Qualifier + Count + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex DeathToll();
}
