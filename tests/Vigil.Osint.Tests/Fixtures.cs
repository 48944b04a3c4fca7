using Vigil.Geo;

namespace Vigil.Osint.Tests;

/// <summary>The gazetteer and extractor, built once for all tests.</summary>
internal static class Fixtures
{
    private static readonly Lazy<Gazetteer> LazyGazetteer = new(() => Gazetteer.Build(BorderAtlas.LoadBundled()));

    public static Gazetteer Gazetteer => LazyGazetteer.Value;

    public static ReportExtractor Extractor { get; } = new(Gazetteer);
}
