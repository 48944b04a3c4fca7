using System.Globalization;
using System.Text.RegularExpressions;

namespace Vigil.Osint;

/// <summary>Reads the date of an event from a sentence, absolute or relative to the report's publication.</summary>
internal static partial class DateReader
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>The first date expression in <paramref name="sentence"/>, or null when it has none.</summary>
    public static (DateOnly Date, DatePrecision Precision, int Index)? Read(string sentence, DateOnly published)
    {
        var found = new List<(DateOnly, DatePrecision, int)>();
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

        foreach (Match m in Weekday().Matches(sentence))
        {
            var day = Enum.Parse<DayOfWeek>(m.Groups["w"].Value, ignoreCase: true);
            int back = ((int)published.DayOfWeek - (int)day + 7) % 7;
            found.Add((published.AddDays(-back), DatePrecision.Day, m.Index));
        }

        foreach (Match m in Relative().Matches(sentence))
        {
            string what = m.Value.ToLowerInvariant();
            DateOnly monday = published.AddDays(-(((int)published.DayOfWeek + 6) % 7));
            var first = new DateOnly(published.Year, published.Month, 1);
            (DateOnly, DatePrecision) value = what switch
            {
                _ when what.Contains("yesterday", StringComparison.Ordinal) || what.Contains("last night", StringComparison.Ordinal)
                    || what.Contains("overnight", StringComparison.Ordinal) => (published.AddDays(-1), DatePrecision.Day),
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

        return found.Count == 0 ? null : found.MinBy(f => f.Item3);
    }

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

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + MonthPattern + @"(?:,?\s+(?<y>\d{4}))?\b")]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b" + MonthPattern + @"\s+(?<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<y>\d{4}))?")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?:in|during|since|throughout|early|late|mid-?)\s+" + MonthPattern + @"(?:\s+(?<y>\d{4}))?\b(?!\s+\d)")]
    private static partial Regex MonthOnly();

    [GeneratedRegex(@"\b(?<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?:yesterday|last night|overnight|today|this morning|this afternoon|this evening|tonight|earlier today|(?:earlier |later )?this week|last week|(?:earlier |later )?this month|last month)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Relative();
}
