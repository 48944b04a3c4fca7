using System.CommandLine;
using Vigil.Simulation;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil simulate SCENARIO --out DIR</c>: writes ground truth, radar plots and radar sites.</summary>
internal static class SimulateCommand
{
    public static Command Create()
    {
        var scenario = new Argument<FileInfo>("scenario") { Description = "Scenario file (YAML)." };
        var output = new Option<DirectoryInfo>("--out") { Description = "Directory for truth.ndjson, detections.ndjson and sensors.json.", Required = true };
        var seed = new Option<int?>("--seed") { Description = "Override the scenario's random seed." };
        var command = new Command("simulate", "Simulate a scenario: ground truth and radar plots as NDJSON.") { scenario, output, seed };
        command.SetAction(parse =>
        {
            Scenario? s = ScenarioInput.Load(parse.GetValue(scenario)!.FullName, parse.GetValue(seed));
            if (s is null)
            {
                return Program.BadInput;
            }

            SimulationRun run = new Simulator(s).Run();
            string dir = parse.GetValue(output)!.FullName;
            SimulationFiles.Write(dir, run);
            Console.WriteLine($"{s.Name} (seed {s.Seed}): {run.Truth.Count} targets, {run.Plots.Count:N0} plots → {dir}");
            return Program.Ok;
        });
        return command;
    }
}
