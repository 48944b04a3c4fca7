using Vigil.Sensors.Sapient.Proto;

namespace Vigil.Sensors.Sapient;

/// <summary>One status line of a StatusReport, e.g. external fault / warning / "RF jamming detected".</summary>
/// <param name="Type">What the line is about.</param>
/// <param name="Level">How serious (UNSPECIFIED when the node left it out).</param>
/// <param name="Value">Free text from the node; empty when absent.</param>
public readonly record struct SapientStatusEntry(StatusReport.Types.StatusType Type, StatusReport.Types.StatusLevel Level, string Value);
