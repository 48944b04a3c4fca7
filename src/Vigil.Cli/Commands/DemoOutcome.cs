using Vigil.Pipeline;
using Vigil.Pipeline.Wire;
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
    TimeSpan PipelineTime,
    LogRecord Log,
    WireResult Wire,
    TimeSpan WireTime,
    IReadOnlyList<IncidentDesk.Registered> Records);

/// <summary>What a run added to the transparency log: entries [First, First + Count) and the checkpoint issued after them.</summary>
internal sealed record LogRecord(string Origin, long First, int Count, long Size, Vigil.Ledger.Merkle.Hash Root, string Checkpoint);
