using System.Text.RegularExpressions;

namespace Vigil.Osint;

/// <summary>Splits a report into paragraphs and sentences, dropping repeated paragraphs.</summary>
internal static partial class ReportText
{
    private static readonly HashSet<string> Abbreviations =
        ["mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "brig", "no", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n"];

    /// <summary>
    /// The sentences of <paramref name="text"/>, paragraph by paragraph. A paragraph whose normalised
    /// text (<see cref="Normalise"/>) was already seen is left out.
    /// </summary>
    public static List<List<string>> Paragraphs(string text)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<List<string>>();
        foreach (string raw in ParagraphBreak().Split(text.Replace("\r\n", "\n", StringComparison.Ordinal)))
        {
            string paragraph = Whitespace().Replace(raw, " ").Trim();
            string key = Normalise(paragraph);
            if (key.Length == 0 || !seen.Add(key))
            {
                continue;
            }

            result.Add(Sentences(paragraph));
        }

        return result;
    }

    /// <summary>Lower-case words joined by single spaces: what two copies of one text have in common.</summary>
    public static string Normalise(string text) => string.Join(' ', TextTokens.Split(text).Select(t => t.Text));

    /// <summary>
    /// The sentences of one paragraph. A full stop inside a quotation that closes in the same
    /// paragraph ends no sentence, so a quoted statement of several sentences stays with its speaker
    /// ("\"… side. They stayed an hour,\" said a resident."); a quotation left open at the paragraph's
    /// end (a statement running over several paragraphs) is split as plain text.
    /// </summary>
    private static List<string> Sentences(string paragraph)
    {
        var sentences = new List<string>();
        List<(int Open, int Close)> quotes = Quotations(paragraph);
        int start = 0;
        foreach (Match m in SentenceEnd().Matches(paragraph))
        {
            int end = m.Index + m.Length;
            if (quotes.Any(q => q.Open < m.Index && m.Index + 1 < q.Close))
            {
                continue;
            }

            string before = paragraph[start..m.Index];
            int space = before.LastIndexOf(' ');
            string lastWord = before[(space + 1)..].TrimEnd('.').ToLowerInvariant();
            if (m.Value.StartsWith('.') && (Abbreviations.Contains(lastWord) || lastWord.Length == 1))
            {
                continue;
            }

            sentences.Add(paragraph[start..end].Trim());
            start = end;
        }

        if (start < paragraph.Length && paragraph[start..].Trim().Length > 0)
        {
            sentences.Add(paragraph[start..].Trim());
        }

        return sentences;
    }

    /// <summary>The spans of double-quoted text that open and close within <paramref name="paragraph"/>.</summary>
    private static List<(int Open, int Close)> Quotations(string paragraph)
    {
        var spans = new List<(int, int)>();
        int open = -1;
        for (int i = 0; i < paragraph.Length; i++)
        {
            char c = paragraph[i];
            bool opening = c == '“' || (c == '"' && open < 0);
            bool closing = c == '”' || (c == '"' && open >= 0);
            if (closing && open >= 0)
            {
                spans.Add((open, i));
                open = -1;
            }
            else if (opening)
            {
                open = i;
            }
        }

        return spans;
    }

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex ParagraphBreak();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[.!?]+[""”’')]*(?=\s+[""“‘(]?[A-Z0-9])")]
    private static partial Regex SentenceEnd();
}
