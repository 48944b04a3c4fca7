using Vigil.Geo;
using Vigil.Incidents;
using Vigil.Osint;
using Vigil.Pipeline;
using Vigil.Simulation;

namespace Vigil.EndToEnd.Tests;

/// <summary>Reports about an incident the sensors recorded join its record, with their claims side by side, and grade it.</summary>
public class ReportLinkingTest
{
    private static readonly BorderAtlas Atlas = BorderAtlas.LoadBundled();
    private static readonly DateTimeOffset Now = new(2026, 7, 3, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void June30_TwoContradictingReports_JoinOneIncident_WhichGradesContested()
    {
        IReadOnlyList<IncidentRecord> records = June30Records();
        var extractor = new ReportExtractor(Gazetteer.Build(Atlas));

        var joined = new List<IncidentRecord>();
        int reportNumber = 0;
        foreach (string name in new[] { "01-zhob-ispr.txt", "02-zhob-kabul-denial.txt" })
        {
            ReportFile report = ReportFile.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "osint-corpus", name)));
            var reference = new ReportRef(new ReportId(++reportNumber), report.Published!.Value, report.Source);
            CandidateEvent reported = Assert.Single(extractor.Extract(report.Text, reference.Published, report.Source));
            IncidentRecord draft = ReportDraft.Of(reported, reference, Now);
            IncidentRecord match = Assert.IsType<IncidentRecord>(IncidentMatcher.Find(draft, [.. records, .. joined]));
            joined.Add(IncidentMerge.Join(joined.Count > 0 ? joined[^1] : match, draft, Now));
        }

        Assert.Single(joined.Select(r => r.Id).Distinct());
        IncidentRecord incident = joined[^1];
        Assert.Equal(("Balochistan", "Zhob", 3), (incident.Location.Admin1, incident.Location.Admin2, incident.Version));
        Assert.Equal(4, Assert.Single(incident.Sensors).Tracks.Count);
        Assert.Contains(incident.Claims, c => c is { Stance: Stance.Asserts, Party.Kind: PartyKind.Side, Party.Name: "Pakistani military" });
        Assert.Contains(incident.Claims, c => c is { Stance: Stance.Denies, Party.Kind: PartyKind.Side, Party.Name: "Afghan Ministry of Defence" });
        Assert.Equal([new ReportId(1), new ReportId(2)], incident.Reports.Select(r => r.Id));
        Assert.Equal(Grade.Contested, incident.SuggestedGrade.Grade);
    }

    [Fact]
    public void A_report_from_another_month_or_place_opens_its_own_incident()
    {
        IReadOnlyList<IncidentRecord> records = June30Records();
        var extractor = new ReportExtractor(Gazetteer.Build(Atlas));
        const string text = "Pakistani security forces said two drones from Afghanistan crossed into Zhob district on Wednesday.";

        IncidentRecord Draft(string t, DateOnly published) =>
            ReportDraft.Of(Assert.Single(extractor.Extract(t, published, "Test Wire")), new ReportRef(new ReportId(1), published, "Test Wire"), Now);

        Assert.NotNull(IncidentMatcher.Find(Draft(text, new DateOnly(2026, 7, 2)), records));
        Assert.Null(IncidentMatcher.Find(Draft(text, new DateOnly(2026, 9, 3)), records));
        Assert.Null(IncidentMatcher.Find(Draft(text.Replace("Zhob", "Khost", StringComparison.Ordinal), new DateOnly(2026, 7, 2)), records));
    }

    /// <summary>The June-30 demo's sensor incidents as records INC-0001, INC-0002….</summary>
    private static IReadOnlyList<IncidentRecord> June30Records()
    {
        Scenario scenario = Scenarios.Load("2026-06-30-balochistan-bajaur.yaml");
        PipelineResult result = new ScenarioPipeline(Atlas, new PipelineOptions()).Run(scenario.Radars, new Simulator(scenario).Run().Plots);
        return [.. result.Incidents.Select((incident, i) => SensorDraft.Of(incident, run: 1, Now) with { Id = new IncidentRecordId(i + 1), Version = 1 })];
    }
}
