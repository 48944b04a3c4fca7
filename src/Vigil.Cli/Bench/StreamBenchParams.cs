namespace Vigil.Cli.Bench;

/// <summary>What <c>vigil bench stream</c> measures.</summary>
/// <param name="Tracks">Synthetic tracks the server drives (each updated once a second).</param>
/// <param name="Clients">Stream connections opened.</param>
/// <param name="Seconds">Length of the measured window.</param>
/// <param name="WarmupSeconds">Time after connecting before the window opens.</param>
/// <param name="Runs">Runs (each with a fresh server); medians are reported.</param>
/// <param name="Url">A running server to measure instead of starting one; its key is <paramref name="Key"/>.</param>
/// <param name="Key">An API key of the server at <paramref name="Url"/>.</param>
/// <param name="Binary">Read track frames from <c>/api/tracks/stream</c> instead of JSON from <c>/api/stream</c>.</param>
internal sealed record StreamBenchParams(int Tracks, int Clients, double Seconds, double WarmupSeconds, int Runs, string? Url, string? Key, bool Binary = false);
