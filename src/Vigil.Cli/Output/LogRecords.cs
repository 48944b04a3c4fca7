using System.Text.Json;
using Vigil.Pipeline;
using Vigil.Storage;

namespace Vigil.Cli.Output;

/// <summary>
/// The transparency log's records of a run: <c>{"type": "alert", "run", "scenario", "alert": {…}}</c>
/// for each alert raised and <c>{"type": "incident", "run", "scenario", "version", "incident": {…}}</c>
/// each time an incident opens or changes, the inner objects as in summary.json. The log stores them
/// canonicalised (RFC 8785).
/// </summary>
internal static class LogRecords
{
    /// <summary>The record of one change, as UTF-8 JSON (not yet canonical).</summary>
    public static byte[] Write(RecordChange change, RunId run, string scenario)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            switch (change)
            {
                case AlertRaised a:
                    Header(w, "alert", run, scenario);
                    w.WritePropertyName("alert");
                    SummaryJson.WriteAlert(w, a.Alert);
                    break;
                case IncidentChanged i:
                    Header(w, "incident", run, scenario);
                    w.WriteNumber("version", i.Version);
                    w.WritePropertyName("incident");
                    SummaryJson.WriteIncident(w, i.Incident);
                    break;
                default:
                    throw new ArgumentException($"no log record for {change.GetType().Name}", nameof(change));
            }

            w.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void Header(Utf8JsonWriter w, string type, RunId run, string scenario)
    {
        w.WriteString("type", type);
        w.WriteNumber("run", run.Value);
        w.WriteString("scenario", scenario);
    }
}
