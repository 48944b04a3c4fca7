using Google.Protobuf;
using Vigil.Sensors.Sapient.Proto;

namespace Vigil.Sensors.Tests.Sapient;

/// <summary>The BSI Flex 335 v2.0 fixtures in testdata/sapient (see testdata/sapient/SOURCE.md).</summary>
internal static class SapientFixtures
{
    public static readonly string Root = Path.Combine(AppContext.BaseDirectory, "testdata", "sapient");

    public static IEnumerable<string> Names(string folder) =>
        Directory.EnumerateFiles(Path.Combine(Root, folder), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static string Read(string folder, string name) => File.ReadAllText(Path.Combine(Root, folder, name));

    /// <summary>Strict proto3-JSON parse, as a receiving node would do it.</summary>
    public static SapientMessage Parse(string json) => JsonParser.Default.Parse<SapientMessage>(json);

    /// <summary>Every valid fixture, parsed.</summary>
    public static IEnumerable<SapientMessage> ValidMessages() => Names("valid").Select(n => Parse(Read("valid", n)));
}
