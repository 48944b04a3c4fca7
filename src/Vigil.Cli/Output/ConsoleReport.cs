using System.Globalization;
using Spectre.Console;
using Vigil.Alerts;
using Vigil.Cli.Commands;
using Vigil.Incidents;
using Vigil.Core;
using Vigil.Pipeline;
using Vigil.Sensors;
using Vigil.Sensors.Ingest;
using Vigil.Storage;

namespace Vigil.Cli.Output;

/// <summary>The human-readable report of a demo run: alerts, incidents, and the check against truth.</summary>
internal static class ConsoleReport
{
    public static void Write(DemoOutcome o, string dbPath)
    {
        IAnsiConsole console = Terminal.Create(160);

        console.MarkupLine($"[bold]{Markup.Escape(o.Scenario.Name)}[/] (seed {o.Scenario.Seed}): " +
            $"{o.Result.Plots:N0} plots, {o.Result.Sectors.Count} sector(s), {o.Result.Tracks.Count(t => t.Confirmed)} confirmed tracks; " +
            $"simulated in {o.SimulateTime.TotalSeconds:F2} s, tracked in {o.PipelineTime.TotalSeconds:F2} s");

        var alerts = new Table().Title("Alerts").AddColumns("id", "kind", "time (UTC)", "track", "border", "from → to", "sector", "class", "p");
        foreach (Alert a in o.Result.Alerts)
        {
            alerts.AddRow(
                a.Id.ToString(),
                a.Kind.ToWireName(),
                a.Time.UtcDateTime.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
                a.Kind == AlertKind.Swarm ? string.Join(' ', a.TrackIds) : a.TrackId.ToString(),
                a.Border,
                $"{a.From} → {a.To}",
                Markup.Escape(a.Sector),
                a.Classification.Name(),
                a.Probability.ToString("F2", CultureInfo.InvariantCulture));
        }

        console.Write(alerts);
        WriteSensors(console, o);

        var incidents = new Table().Title("Incidents").AddColumns("id", "start", "end", "sector", "province", "drones", "alerts");
        foreach (Incident i in o.Result.Incidents)
        {
            incidents.AddRow(
                i.Id.ToString(),
                i.Start.UtcDateTime.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
                i.End.UtcDateTime.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
                Markup.Escape(i.Sector),
                Markup.Escape(i.Province ?? "-"),
                i.DroneCount.ToString(CultureInfo.InvariantCulture),
                string.Join(' ', i.AlertIds));
        }

        console.Write(incidents);

        var check = new Table().Title("Against simulated truth").AddColumns("drone", "true crossing", "alert", "Δt (s)", "Δpos (m)", "raised after (s)");
        foreach (CrossingMatch m in o.Evaluation.Matches)
        {
            check.AddRow(
                Markup.Escape(m.Truth.TargetId),
                m.Truth.Time.UtcDateTime.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
                m.Alert?.Id.ToString() ?? "[red]missed[/]",
                Format(m.TimeErrorS, "F1"),
                Format(m.PositionErrorM, "F0"),
                Format(m.LatencyS, "F1"));
        }

        console.Write(check);
        console.MarkupLine(o.Evaluation.UnmatchedAlerts.Count == 0
            ? "No false crossing alerts."
            : $"[red]{o.Evaluation.UnmatchedAlerts.Count} crossing alert(s) match no drone:[/] {string.Join(' ', o.Evaluation.UnmatchedAlerts.Select(a => a.Id))}");
        console.MarkupLine($"Stored as run {o.Run} in {Markup.Escape(dbPath)}");
        foreach (IncidentDesk.Registered r in o.Records)
        {
            console.MarkupLine(Markup.Escape(
                $"Incident record {r.Record.Id} v{r.Record.Version} {(r.Opened ? "opened" : "joined")}: {IncidentText.Place(r.Record.Location)}, {IncidentText.When(r.Record)} (vigil incidents show {r.Record.Id})"));
        }

        LogRecord log = o.Log;
        console.MarkupLine(Markup.Escape(log.Count == 0 ? $"Nothing to log; the transparency log {log.Origin} stays at size {log.Size}" : string.Create(CultureInfo.InvariantCulture,
            $"Logged {log.Count} records (entries {log.First}–{log.First + log.Count - 1}) in the transparency log {log.Origin}; checkpoint of size {log.Size}, root {log.Root}")));
    }

    private static void WriteSensors(IAnsiConsole console, DemoOutcome o)
    {
        var sensors = new Table().Title($"Sensors ({o.Wire.Datagrams:N0} messages, {o.Wire.Bytes:N0} bytes on the wire in {o.WireTime.TotalSeconds:F2} s)")
            .AddColumns("sensor", "link", "accepted", "rejected", "health", "health changes (UTC)");
        foreach ((SensorId sensor, SensorHealth? health, SensorCounts? counts) in o.Wire.Sensors())
        {
            sensors.AddRow(
                Markup.Escape(sensor.Value),
                SummaryJson.Link(o.Scenario, sensor),
                (counts?.Accepted ?? 0).ToString("N0", CultureInfo.InvariantCulture),
                (counts?.Rejected ?? 0).ToString("N0", CultureInfo.InvariantCulture),
                health?.ToString().ToLowerInvariant() ?? "-",
                string.Join(", ", o.Wire.Health.Where(c => c.Sensor == sensor)
                    .Select(c => $"{c.At.UtcDateTime.ToString("HH:mm:ss", CultureInfo.InvariantCulture)} {c.To.ToString().ToLowerInvariant()}")));
        }

        console.Write(sensors);
        foreach (CooperativeTrack c in o.Result.Cooperative)
        {
            string where = c.Fix.Operator is { } op ? FormattableString.Invariant($" at {op.LatitudeDeg:F5}, {op.LongitudeDeg:F5}") : "";
            string status = c.Registered ? "registered, its crossings raise no alert" : "not registered";
            console.MarkupLine(Markup.Escape(FormattableString.Invariant(
                $"Track {c.Track} identified by Remote ID at {c.Since.UtcDateTime:HH:mm:ss} as {c.Fix.UasId} (operator {c.Fix.OperatorId ?? "-"}{where}): {status}")));
        }
    }

    private static string Format(double v, string format) => double.IsFinite(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "-";
}
