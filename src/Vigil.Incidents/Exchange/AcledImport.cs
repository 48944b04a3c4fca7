namespace Vigil.Incidents.Exchange;

/// <summary>What <see cref="AcledCsv.Read"/> made of a file: a draft record for every good row, and an error for every bad one.</summary>
/// <param name="Records">
/// One draft per good row, in file order: <see cref="IncidentRecord.Id"/> is the default and
/// <see cref="IncidentRecord.Version"/> 0, for the store to set; <see cref="IncidentRecord.ExternalId"/>
/// is the row's <c>event_id_cnty</c>.
/// </param>
/// <param name="Errors">Why each skipped row was skipped, in file order; a missing required column is one error at line 1.</param>
public sealed record AcledImport(IReadOnlyList<IncidentRecord> Records, IReadOnlyList<AcledRowError> Errors);
