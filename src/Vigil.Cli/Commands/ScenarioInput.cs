using Vigil.Simulation;

namespace Vigil.Cli.Commands;

/// <summary>Loads a scenario for a command, reporting every problem on stderr.</summary>
internal static class ScenarioInput
{
    /// <summary>The scenario, or null after printing its errors (the caller exits with 2).</summary>
    public static Scenario? Load(string path, int? seed)
    {
        ScenarioLoadResult result = ScenarioLoader.Load(path);
        if (!result.Success || result.Scenario is null)
        {
            foreach (ScenarioError error in result.Errors)
            {
                Console.Error.WriteLine(error.ToString());
            }

            Console.Error.WriteLine($"vigil: {path}: scenario rejected ({result.Errors.Count} problem{(result.Errors.Count == 1 ? "" : "s")}).");
            return null;
        }

        return seed is int s ? result.Scenario.WithSeed(s) : result.Scenario;
    }
}
