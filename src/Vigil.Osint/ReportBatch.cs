namespace Vigil.Osint;

/// <summary>
/// Extracts a series of reports, counting a re-published report (the same normalised text as one
/// already seen) once: its repeats yield no events and are counted in <see cref="Repeats"/>. Not
/// thread-safe.
/// </summary>
public sealed class ReportBatch
{
    private readonly ReportExtractor _extractor;
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    /// <summary>Creates a batch that extracts with <paramref name="extractor"/>.</summary>
    public ReportBatch(ReportExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        _extractor = extractor;
    }

    /// <summary>How many reports were repeats of earlier ones.</summary>
    public int Repeats { get; private set; }

    /// <summary>The events of <paramref name="text"/>, or none when the batch has already seen the same text.</summary>
    public IReadOnlyList<CandidateEvent> Extract(string text, DateOnly published, string? source)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!_seen.Add(ReportText.Normalise(text)))
        {
            Repeats++;
            return [];
        }

        return _extractor.Extract(text, published, source);
    }
}
