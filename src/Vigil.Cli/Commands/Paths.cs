namespace Vigil.Cli.Commands;

/// <summary>Where the CLI finds its bundled files and keeps its data.</summary>
internal static class Paths
{
    /// <summary>The scenario <c>vigil demo</c> runs when none is given.</summary>
    public const string DefaultScenarioName = "2026-06-30-balochistan-bajaur.yaml";

    /// <summary>
    /// The bundled scenario folder: <c>scenarios/</c> beside the executable (copied at build), or the
    /// repository's, whichever exists.
    /// </summary>
    public static string ScenarioDirectory => Path.Combine(AppContext.BaseDirectory, "scenarios");

    /// <summary>The bundled corpus of text reports with expected output that <c>vigil eval-osint</c> scores by default.</summary>
    public static string OsintCorpusDirectory => Path.Combine(AppContext.BaseDirectory, "osint-corpus");

    /// <summary>The default scenario file.</summary>
    public static string DefaultScenario => Path.Combine(ScenarioDirectory, DefaultScenarioName);

    /// <summary>
    /// The data directory: <c>$VIGIL_DATA_DIR</c> when set, else <c>.vigil</c> in the working directory.
    /// </summary>
    public static string DataDirectory =>
        Environment.GetEnvironmentVariable("VIGIL_DATA_DIR") is { Length: > 0 } dir ? dir : Path.Combine(Environment.CurrentDirectory, ".vigil");

    /// <summary>The embedded database file used when <c>--db</c> is not given.</summary>
    public static string DefaultDatabase => Path.Combine(DataDirectory, "vigil.db");
}
