using Vigil.Simulation;

namespace Vigil.EndToEnd.Tests;

internal static class Scenarios
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "scenarios", name);

    public static Scenario Load(string name)
    {
        ScenarioLoadResult r = ScenarioLoader.Load(Path(name));
        Assert.True(r.Success, string.Join(Environment.NewLine, r.Errors));
        return r.Scenario!;
    }
}
