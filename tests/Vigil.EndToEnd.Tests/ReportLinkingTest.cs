using Vigil.Geo;
using Vigil.Incidents;
using Vigil.Osint;
using Vigil.Pipeline;
using Vigil.Simulation;

namespace Vigil.EndToEnd.Tests;

/// <summary>Reports about an incident the sensors recorded join it, with their claims side by side, and grade it.</summary>
public class ReportLinkingTest
{
    private static readonly BorderAtlas Atlas = BorderAtlas.LoadBundled();

    [Fact]
    public void June30_TwoContradictingReports_JoinOneIncident_WhichGradesContested()
    {
        Scenario scenario = Scenarios.Load("2026-06-30-balochistan-bajaur.yaml");
        SimulationRun simulation = new Simulator(scenario).Run();
        PipelineResult result = new ScenarioPipeline(Atlas, new PipelineOptions()).Run(scenario.Radars, simulation.Plots);
        var extractor = new ReportExtractor(Gazetteer.Build(Atlas));

        var joined = new List<Incident>();
        var claims = new List<Vigil.Incidents.Claim>();
        foreach (string name in new[] { "01-zhob-ispr.txt", "02-zhob-kabul-denial.txt" })
        {
            ReportFile report = ReportFile.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "osint-corpus", name)));
            DateOnly published = report.Published!.Value;
            CandidateEvent reported = Assert.Single(extractor.Extract(report.Text, published, report.Source));
            joined.Add(Assert.IsType<Incident>(IncidentLinker.Find(reported, result.Incidents)));
            claims.AddRange(IncidentLinker.Claims(reported, published, claims.Count + 1));
        }

        Incident incident = Assert.Single(joined.DistinctBy(i => i.Id));
        Assert.Equal(("Balochistan", 4), (incident.Province, incident.DroneCount));
        Assert.Contains(claims, c => c is { Stance: Stance.Asserts, Party.Kind: PartyKind.Side, Party.Name: "Pakistani military" });
        Assert.Contains(claims, c => c is { Stance: Stance.Denies, Party.Kind: PartyKind.Side, Party.Name: "Afghan Ministry of Defence" });

        GradeSuggestion grade = GradeSuggester.Suggest(new IncidentFacts
        {
            Claims = claims,
            Sensors = SensorVerdict.Confirms,
            SourceCount = 2,
            IndependentSourceCount = 2,
        });
        Assert.Equal(Grade.Contested, grade.Grade);
    }

    [Fact]
    public void A_report_from_another_month_or_place_opens_its_own_incident()
    {
        Scenario scenario = Scenarios.Load("2026-06-30-balochistan-bajaur.yaml");
        PipelineResult result = new ScenarioPipeline(Atlas, new PipelineOptions()).Run(scenario.Radars, new Simulator(scenario).Run().Plots);
        var extractor = new ReportExtractor(Gazetteer.Build(Atlas));
        const string text = "Pakistani security forces said two drones from Afghanistan crossed into Zhob district on Wednesday.";

        CandidateEvent sameWeek = Assert.Single(extractor.Extract(text, new DateOnly(2026, 7, 2), "Test Wire"));
        CandidateEvent later = Assert.Single(extractor.Extract(text, new DateOnly(2026, 9, 3), "Test Wire"));
        CandidateEvent elsewhere = Assert.Single(extractor.Extract(text.Replace("Zhob", "Khost", StringComparison.Ordinal), new DateOnly(2026, 7, 2), "Test Wire"));

        Assert.NotNull(IncidentLinker.Find(sameWeek, result.Incidents));
        Assert.Null(IncidentLinker.Find(later, result.Incidents));
        Assert.Null(IncidentLinker.Find(elsewhere, result.Incidents));
    }
}
