namespace Vigil.Incidents;

/// <summary>
/// One hand-over in a component's supply chain: <see cref="From"/>, acting as <see cref="Role"/>,
/// passed it to <see cref="To"/> on <see cref="On"/>, as shown by <see cref="Source"/> (an invoice,
/// an export record, a manufacturer's reply to a trace request).
/// </summary>
/// <param name="From">The party that passed the component on.</param>
/// <param name="To">The party that received it.</param>
/// <param name="Role">The role in which <paramref name="From"/> passed it on.</param>
/// <param name="On">The date of the hand-over.</param>
/// <param name="Source">The evidence for the step.</param>
public sealed record TraceStep(Party From, Party To, TraceRole Role, DateOnly On, EvidenceId Source);
