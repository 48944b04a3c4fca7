using System.Globalization;
using System.Text.RegularExpressions;

namespace Vigil.Osint;

/// <summary>Reads the date of an event from a sentence, absolute or relative to the report's publication.</summary>
internal static partial class DateReader
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly Dictionary<string, int> Counts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
    };

    /// <summary>A date expression found in a sentence.</summary>
    /// <param name="Date">The day it names; with week or month precision, the week's Monday or the month's first day.</param>
    /// <param name="Precision">How precise it is.</param>
    /// <param name="Index">Where it starts in the sentence.</param>
    /// <param name="OfStatement">
    /// Whether it dates a statement rather than an event ("said on Monday", "in a statement released on
    /// Saturday"): such a date is the event's only when the report gives no other.
    /// </param>
    public readonly record struct DateMention(DateOnly Date, DatePrecision Precision, int Index, bool OfStatement);

    /// <summary>
    /// The first date expression in <paramref name="sentence"/> that dates an event, else the first
    /// that dates a statement, or null when it has none. "Earlier that day" makes a statement's date
    /// the event's too.
    /// </summary>
    public static DateMention? Read(string sentence, DateOnly published)
    {
        List<DateMention> found = ReadAll(sentence, published);
        if (found.Count == 0)
        {
            return null;
        }

        if (SameDay().IsMatch(sentence))
        {
            return found[0] with { OfStatement = false };
        }

        return found.FirstOrDefault(f => !f.OfStatement) is { Precision: not DatePrecision.Unknown } e ? e : found[0];
    }

    /// <summary>Every date expression in <paramref name="sentence"/>, in text order.</summary>
    public static List<DateMention> ReadAll(string sentence, DateOnly published)
    {
        var found = new List<(DateOnly Date, DatePrecision Precision, int Index)>();
        foreach (Match m in DayMonth().Matches(sentence))
        {
            if (Absolute(m.Groups["d"].Value, m.Groups["m"].Value, m.Groups["y"].Value, published) is DateOnly d)
            {
                found.Add((d, DatePrecision.Day, m.Index));
            }
        }

        foreach (Match m in MonthDay().Matches(sentence))
        {
            if (Absolute(m.Groups["d"].Value, m.Groups["m"].Value, m.Groups["y"].Value, published) is DateOnly d)
            {
                found.Add((d, DatePrecision.Day, m.Index));
            }
        }

        foreach (Match m in DayOfMonth().Matches(sentence))
        {
            // "on the 14th": this month's, or last month's when the 14th is still to come
            int day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
            DateOnly month = new DateOnly(published.Year, published.Month, 1).AddMonths(day > published.Day ? -1 : 0);
            if (day >= 1 && day <= DateTime.DaysInMonth(month.Year, month.Month))
            {
                found.Add((month.AddDays(day - 1), DatePrecision.Day, m.Index));
            }
        }

        foreach (Match m in Weekday().Matches(sentence))
        {
            // the most recent such day on or before publication
            var day = Enum.Parse<DayOfWeek>(m.Groups["w"].Value, ignoreCase: true);
            int back = ((int)published.DayOfWeek - (int)day + 7) % 7;
            found.Add((published.AddDays(-back), DatePrecision.Day, m.Index));
        }

        foreach (Match m in Ago().Matches(sentence))
        {
            int n = Counts.TryGetValue(m.Groups["n"].Value, out int c) ? c : int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            found.Add(m.Groups["u"].Value.StartsWith("week", StringComparison.OrdinalIgnoreCase)
                ? (Monday(published.AddDays(-7 * n)), DatePrecision.Week, m.Index)
                : (published.AddDays(-n), DatePrecision.Day, m.Index));
        }

        foreach (Match m in Relative().Matches(sentence))
        {
            string what = m.Value.ToLowerInvariant();
            DateOnly monday = Monday(published);
            var first = new DateOnly(published.Year, published.Month, 1);
            (DateOnly, DatePrecision) value = what switch
            {
                _ when what.Contains("before yesterday", StringComparison.Ordinal) => (published.AddDays(-2), DatePrecision.Day),
                _ when what.Contains("yesterday", StringComparison.Ordinal) || what.Contains("last night", StringComparison.Ordinal)
                    || what.Contains("overnight", StringComparison.Ordinal) => (published.AddDays(-1), DatePrecision.Day),
                _ when what.Contains("weekend", StringComparison.Ordinal) => (Monday(LastSaturday(published)), DatePrecision.Week),
                _ when what.Contains("last week", StringComparison.Ordinal) => (monday.AddDays(-7), DatePrecision.Week),
                _ when what.Contains("week", StringComparison.Ordinal) => (monday, DatePrecision.Week),
                _ when what.Contains("last month", StringComparison.Ordinal) => (first.AddMonths(-1), DatePrecision.Month),
                _ when what.Contains("month", StringComparison.Ordinal) => (first, DatePrecision.Month),
                _ => (published, DatePrecision.Day), // today, this morning, tonight
            };
            found.Add((value.Item1, value.Item2, m.Index));
        }

        foreach (Match m in MonthOnly().Matches(sentence))
        {
            int month = MonthNumber(m.Groups["m"].Value);
            int year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : published.Year;
            var first = new DateOnly(year, month, 1);
            if (!m.Groups["y"].Success && first > published)
            {
                first = first.AddYears(-1);
            }

            found.Add((first, DatePrecision.Month, m.Index));
        }

        return [.. found.OrderBy(f => f.Index).Select(f => new DateMention(f.Date, f.Precision, f.Index, OfStatement(sentence, f.Index)))];
    }

    /// <summary>Whether the date at <paramref name="index"/> follows a statement ("said on", "a statement issued … on").</summary>
    private static bool OfStatement(string sentence, int index)
    {
        string before = sentence[..index];
        return StatementLead().IsMatch(before) || StatementNounLead().IsMatch(before);
    }

    private static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static DateOnly LastSaturday(DateOnly published) => published.AddDays(-(((int)published.DayOfWeek + 1) % 7));

    private static DateOnly? Absolute(string day, string monthName, string year, DateOnly published)
    {
        int d = int.Parse(day, CultureInfo.InvariantCulture);
        int m = MonthNumber(monthName);
        int y = year.Length > 0 ? int.Parse(year, CultureInfo.InvariantCulture) : published.Year;
        if (d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return null;
        }

        var date = new DateOnly(y, m, d);
        return year.Length == 0 && date > published ? date.AddYears(-1) : date;
    }

    private static int MonthNumber(string name)
    {
        string lower = name.ToLowerInvariant();
        return Array.FindIndex(Months, m => m.StartsWith(lower[..3], StringComparison.Ordinal)) + 1;
    }

    private const string MonthPattern = "(?<m>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";

    /// <summary>"3 October", "3rd of October 2026".</summary>
    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + MonthPattern + @"(?:,?\s+(?<y>\d{4}))?\b")]
    private static partial Regex DayMonth();

    /// <summary>"October 3", "Oct. 3rd", "October 5, 2026".</summary>
    [GeneratedRegex(@"\b" + MonthPattern + @"\s+(?<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<y>\d{4}))?")]
    private static partial Regex MonthDay();

    /// <summary>"on the 14th" with no month after it.</summary>
    [GeneratedRegex(@"\bon the (?<d>\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?" + MonthPattern + ")")]
    private static partial Regex DayOfMonth();

    /// <summary>"in October", "early March 2026": a month with no day after it.</summary>
    [GeneratedRegex(@"\b(?:in|during|since|throughout|early|late|mid-?)\s+" + MonthPattern + @"(?:\s+(?<y>\d{4}))?\b(?!\s+\d)")]
    private static partial Regex MonthOnly();

    [GeneratedRegex(@"\b(?<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")]
    private static partial Regex Weekday();

    /// <summary>"two days ago", "a week ago".</summary>
    [GeneratedRegex(@"\b(?<n>\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten) (?<u>days?|weeks?) ago\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ago();

    [GeneratedRegex(@"\b(?:the day before yesterday|yesterday|last night|overnight|today|this morning|this afternoon|this evening|tonight|earlier today|(?:over|at|during) the weekend|last weekend|(?:earlier |later )?this week|last week|(?:earlier |later )?this month|last month)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Relative();

    /// <summary>
    /// A speech verb right before a date: "said on Monday", "told reporters on Wednesday", "said in a
    /// statement on 20 October", "wrote on X late on Friday".
    /// </summary>
    [GeneratedRegex(@"\b(?:said|says|told (?:reporters|journalists|the media|the press|[A-Z][\w-]*(?: [A-Z][\w-]*){0,2})|announced|reported|stated|added|confirmed|denied|claimed|wrote|posted|tweeted)(?: in a(?: [\w-]+){0,2} statement| at a(?: [\w-]+){0,2} (?:briefing|news conference|press conference)| on (?:X|Twitter|Facebook|Telegram))?\s+(?:late |early )?(?:on )?(?:the )?$", RegexOptions.IgnoreCase)]
    private static partial Regex StatementLead();

    /// <summary>A statement and its issuing before a date, in one clause: "a statement issued in Pashto by the ministry on".</summary>
    [GeneratedRegex(@"\b(?:statement|release|communiqu[eé]|briefing|message|video)s? (?:was |were )?(?:issued|released|published|posted|made|given)\b[^,.;:""“”]*?\bon (?:the )?$", RegexOptions.IgnoreCase)]
    private static partial Regex StatementNounLead();

    /// <summary>"earlier that day": the event fell on the day of the statement the sentence dates.</summary>
    [GeneratedRegex(@"\b(?:earlier|later) (?:that|the same) day\b|\bthe same day\b", RegexOptions.IgnoreCase)]
    private static partial Regex SameDay();
}
