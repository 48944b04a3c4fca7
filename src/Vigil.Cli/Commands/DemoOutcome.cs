using Vigil.Pipeline;
using Vigil.Simulation;
using Vigil.Storage;

namespace Vigil.Cli.Commands;

/// <summary>Everything one demo run produced, for the report and the output files.</summary>
internal sealed record DemoOutcome(
    Scenario Scenario,
    RunId Run,
    PipelineResult Result,
    IReadOnlyList<TruthCrossing> TruthCrossings,
    Evaluation Evaluation,
    TimeSpan SimulateTime,
    TimeSpan PipelineTime);
