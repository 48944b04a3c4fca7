using System.Globalization;

namespace Vigil.Cli.Bench;

/// <summary>What <c>vigil bench dashboard</c> measures (see <see cref="DashboardBench"/>).</summary>
/// <param name="Tracks">The numbers of synthetic tracks, one table each (0: the dashboard with none).</param>
/// <param name="Runs">Runs per number, each with a fresh server and a fresh browser; medians are reported.</param>
/// <param name="Seconds">Length of the window with live updates whose frames are counted.</param>
/// <param name="PanSeconds">Length of the window panning every frame (0: no panning).</param>
/// <param name="TimeoutSeconds">How long after the navigation's start the targets may take to become visible.</param>
/// <param name="Url">A running server to measure instead of starting one (one number of tracks only); its key is <paramref name="Key"/>.</param>
/// <param name="Key">An API key of the server at <paramref name="Url"/>.</param>
/// <param name="JsonPath">Where to write every run's figures as JSON; null: nowhere.</param>
internal sealed record DashboardBenchParams(
    IReadOnlyList<int> Tracks, int Runs, double Seconds, double PanSeconds, double TimeoutSeconds, string? Url, string? Key, string? JsonPath)
{
    /// <summary>The most tracks <c>vigil serve --synthetic-tracks</c> takes.</summary>
    public const int MaxTracks = 1_000_000;

    /// <summary>The default <c>--tracks</c>.</summary>
    public const string DefaultTracks = "500,2000,10000";

    /// <summary>Checks the options as given on the command line; false with a message naming the option otherwise.</summary>
    public static bool TryCreate(
        string tracks, int runs, double seconds, double panSeconds, double timeoutSeconds, string? url, string? key, string? jsonPath,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DashboardBenchParams? p, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        p = null;
        if (!TryParseTracks(tracks, out int[]? counts, out error))
        {
            return false;
        }

        error = runs < 1 ? $"--runs: got {runs}, want 1 or more"
            : !(seconds >= 1) || double.IsInfinity(seconds) ? $"--seconds: got {Show(seconds)}, want 1 or more"
            : !(panSeconds >= 0) || double.IsInfinity(panSeconds) ? $"--pan-seconds: got {Show(panSeconds)}, want 0 (no panning) or more"
            : !(timeoutSeconds > 0) || double.IsInfinity(timeoutSeconds) ? $"--timeout: got {Show(timeoutSeconds)}, want more than 0 seconds"
            : (url is null) != (key is null) ? "--url and --key go together"
            : url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out Uri? u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps))
                ? $"--url: got '{url}', want an http:// or https:// address such as http://127.0.0.1:5080/"
            : url is not null && counts.Length != 1 ? $"--url: the server has one number of tracks; got --tracks {tracks}, want the server's one number"
            : jsonPath is { Length: 0 } ? "--json: want a file name"
            : null;
        if (error is not null)
        {
            return false;
        }

        p = new DashboardBenchParams(counts, runs, seconds, panSeconds, timeoutSeconds, url, key, jsonPath);
        return true;
    }

    /// <summary>Reads <c>--tracks</c>: whole numbers from 0 to <see cref="MaxTracks"/> separated by commas, e.g. <c>500,2000,10000</c>.</summary>
    public static bool TryParseTracks(string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out int[]? tracks, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        tracks = null;
        var counts = new List<int>();
        foreach (string part in text.Split(','))
        {
            string item = part.Trim();
            if (!int.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n > MaxTracks)
            {
                error = $"--tracks: got '{item}' in '{text}', want whole numbers from 0 to {MaxTracks} separated by commas, e.g. {DefaultTracks}";
                return false;
            }

            if (counts.Contains(n))
            {
                error = $"--tracks: {n} is given twice in '{text}'";
                return false;
            }

            counts.Add(n);
        }

        tracks = [.. counts];
        error = null;
        return true;
    }

    private static string Show(double x) => x.ToString(CultureInfo.InvariantCulture);
}
