using System.Globalization;

namespace Vigil.Osint;

/// <summary>
/// A report as stored in a file: optional header lines starting with <c>#</c> (free notes, and
/// <c># published: YYYY-MM-DD</c> and <c># source: NAME</c>), then the text.
/// </summary>
/// <param name="Text">The report's text, without the header.</param>
/// <param name="Published">The header's publication day; null when it gives none.</param>
/// <param name="Source">The header's source; null when it gives none.</param>
public sealed record ReportFile(string Text, DateOnly? Published, string? Source)
{
    /// <summary>
    /// The SHA-256 (lower-case hex) of the text once normalised as <see cref="ReportBatch"/> compares
    /// reports: the same article re-published with other case, spacing or line breaks has the same fingerprint.
    /// </summary>
    public string Fingerprint => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(ReportText.Normalise(Text))));

    /// <summary>Splits <paramref name="content"/> into header and text. A header date that is not YYYY-MM-DD is ignored.</summary>
    public static ReportFile Parse(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        DateOnly? published = null;
        string? source = null;
        string[] lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        int body = 0;
        while (body < lines.Length && lines[body].StartsWith('#'))
        {
            string line = lines[body].TrimStart('#').Trim();
            if (line.StartsWith("published:", StringComparison.OrdinalIgnoreCase)
                && DateOnly.TryParseExact(line["published:".Length..].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d))
            {
                published = d;
            }
            else if (line.StartsWith("source:", StringComparison.OrdinalIgnoreCase))
            {
                source = line["source:".Length..].Trim();
            }

            body++;
        }

        return new ReportFile(string.Join('\n', lines[body..]), published, source);
    }
}
