using System.Text.Json;
using Vigil.Cli.Commands;
using Vigil.Alerts;
using Vigil.Incidents;
using Vigil.Core;
using Vigil.Pipeline;
using Vigil.Sensors;
using Vigil.Sensors.Ingest;

namespace Vigil.Cli.Output;

/// <summary>
/// Writes <c>summary.json</c>: the scenario, alerts, incidents, true crossings and how the alerts
/// compare with them. The fields listed in README.md are a contract for other tools; more may be added.
/// </summary>
internal static class SummaryJson
{
    public static void Write(Stream stream, DemoOutcome outcome)
    {
        using var w = new Utf8JsonWriter(stream, Json.Indented);
        w.WriteStartObject();
        w.WriteString("scenario", outcome.Scenario.Name);
        w.WriteNumber("seed", outcome.Scenario.Seed);
        w.WriteNumber("run", outcome.Run.Value);

        w.WriteStartArray("alerts");
        foreach (Alert a in outcome.Result.Alerts)
        {
            WriteAlert(w, a);
        }

        w.WriteEndArray();

        w.WriteStartArray("incidents");
        foreach (Incident i in outcome.Result.Incidents)
        {
            WriteIncident(w, i);
        }

        w.WriteEndArray();

        w.WriteStartObject("truth");
        w.WriteStartArray("crossings");
        foreach (TruthCrossing c in outcome.TruthCrossings)
        {
            w.WriteStartObject();
            w.WriteString("targetId", c.TargetId);
            w.WriteString("time", Json.Time(c.Time));
            w.Number("lat", c.Position.LatitudeDeg, 6);
            w.Number("lon", c.Position.LongitudeDeg, 6);
            w.WriteString("kind", c.Kind.Name());
            w.WriteString("border", c.Border);
            w.WriteString("from", c.From);
            w.WriteString("to", c.To);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();

        w.WriteStartObject("evaluation");
        w.WriteStartArray("droneCrossings");
        foreach (CrossingMatch m in outcome.Evaluation.Matches)
        {
            w.WriteStartObject();
            w.WriteString("targetId", m.Truth.TargetId);
            w.WriteString("alertId", m.Alert?.Id.ToString());
            w.Number("timeErrorS", m.TimeErrorS, 2);
            w.Number("positionErrorM", m.PositionErrorM, 1);
            w.Number("latencyS", m.LatencyS, 2);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Strings(w, "falseAlerts", outcome.Evaluation.UnmatchedAlerts.Select(a => a.Id).ToList());
        w.WriteEndObject();

        w.WriteStartObject("log");
        w.WriteString("origin", outcome.Log.Origin);
        w.WriteNumber("firstIndex", outcome.Log.First);
        w.WriteNumber("count", outcome.Log.Count);
        w.WriteNumber("treeSize", outcome.Log.Size);
        w.WriteString("root", outcome.Log.Root.ToBase64());
        w.WriteString("checkpoint", outcome.Log.Checkpoint);
        w.WriteEndObject();

        WriteSensors(w, outcome);
        w.WriteStartArray("cooperative");
        foreach (CooperativeTrack c in outcome.Result.Cooperative)
        {
            w.WriteStartObject();
            w.WriteString("trackId", c.Track.ToString());
            w.WriteString("since", Json.Time(c.Since));
            w.WriteString("uasId", c.Fix.UasId);
            w.WriteString("operatorId", c.Fix.OperatorId);
            if (c.Fix.Operator is { } op)
            {
                w.WriteStartObject("operator");
                w.Number("lat", op.LatitudeDeg, 6);
                w.Number("lon", op.LongitudeDeg, 6);
                w.WriteEndObject();
            }

            w.WriteBoolean("registered", c.Registered);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartObject("stats");
        w.WriteNumber("plots", outcome.Result.Plots);
        w.WriteNumber("sectors", outcome.Result.Sectors.Count);
        w.WriteNumber("tracks", outcome.Result.Tracks.Count);
        w.WriteNumber("confirmedTracks", outcome.Result.Tracks.Count(t => t.Confirmed));
        w.Number("simulateSeconds", outcome.SimulateTime.TotalSeconds, 3);
        w.Number("pipelineSeconds", outcome.PipelineTime.TotalSeconds, 3);
        w.Number("wireSeconds", outcome.WireTime.TotalSeconds, 3);
        w.WriteNumber("datagrams", outcome.Wire.Datagrams);
        w.WriteNumber("wireBytes", outcome.Wire.Bytes);
        w.WriteEndObject();

        w.WriteEndObject();
    }

    public static void WriteAlert(Utf8JsonWriter w, Alert a)
    {
        w.WriteStartObject();
        w.WriteString("id", a.Id.ToString());
        w.WriteString("kind", a.Kind.ToWireName());
        w.WriteString("trackId", a.TrackId.ToString());
        w.WriteString("time", Json.Time(a.Time));
        w.WriteString("raisedAt", Json.Time(a.RaisedAt));
        w.Number("lat", a.Position.LatitudeDeg, 6);
        w.Number("lon", a.Position.LongitudeDeg, 6);
        w.WriteString("border", a.Border);
        w.WriteString("from", a.From);
        w.WriteString("to", a.To);
        w.WriteString("sector", a.Sector);
        w.WriteString("province", a.Province);
        w.WriteString("classification", a.Classification.Name());
        w.Number("probability", a.Probability, 4);
        Strings(w, "trackIds", a.TrackIds);
        Strings(w, "relatedAlertIds", a.RelatedAlertIds);
        w.WriteEndObject();
    }

    public static void WriteIncident(Utf8JsonWriter w, Incident i)
    {
        w.WriteStartObject();
        w.WriteString("id", i.Id.ToString());
        w.WriteString("start", Json.Time(i.Start));
        w.WriteString("end", Json.Time(i.End));
        w.Number("lat", i.Position.LatitudeDeg, 6);
        w.Number("lon", i.Position.LongitudeDeg, 6);
        w.WriteString("sector", i.Sector);
        w.WriteString("province", i.Province);
        w.WriteString("border", i.Border);
        w.WriteString("from", i.From);
        w.WriteString("to", i.To);
        Strings(w, "alertIds", i.AlertIds);
        w.WriteNumber("droneCount", i.DroneCount);
        Strings(w, "trackIds", i.DroneTrackIds);
        w.WriteEndObject();
    }

    /// <summary>Writes ids (or any values) as an array of their strings.</summary>
    private static void Strings<T>(Utf8JsonWriter w, string name, IReadOnlyList<T> items)
    {
        w.WriteStartArray(name);
        foreach (T item in items)
        {
            w.WriteStringValue(item!.ToString());
        }

        w.WriteEndArray();
    }

    /// <summary>How a sensor reaches Vigil: "asterix", "sapient" or "remoteid" (a receiver's capture).</summary>
    public static string Link(Simulation.Scenario scenario, SensorId sensor) =>
        scenario.RemoteIdReceivers.Any(r => r.Id == sensor) ? "remoteid" : scenario.LinkOf(sensor).ToString().ToLowerInvariant();

    /// <summary>Each sensor: how it reports, what ingest accepted and rejected, its health and every change of it.</summary>
    private static void WriteSensors(Utf8JsonWriter w, DemoOutcome outcome)
    {
        w.WriteStartArray("sensors");
        foreach ((SensorId sensor, SensorHealth? health, SensorCounts? counts) in outcome.Wire.Sensors())
        {
            w.WriteStartObject();
            w.WriteString("id", sensor.Value);
            w.WriteString("link", Link(outcome.Scenario, sensor));
            w.WriteNumber("accepted", counts?.Accepted ?? 0);
            w.WriteNumber("rejected", counts?.Rejected ?? 0);
            w.WriteStartObject("rejectedBy");
            foreach (RejectionCount r in counts?.Reasons ?? [])
            {
                w.WriteNumber(r.Reason, r.Count);
            }

            w.WriteEndObject();
            w.WriteString("health", health?.ToString().ToLowerInvariant());
            w.WriteStartArray("healthChanges");
            foreach (HealthChange c in outcome.Wire.Health.Where(c => c.Sensor == sensor))
            {
                w.WriteStartObject();
                w.WriteString("at", Json.Time(c.At));
                w.WriteString("from", c.From.ToString().ToLowerInvariant());
                w.WriteString("to", c.To.ToString().ToLowerInvariant());
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
