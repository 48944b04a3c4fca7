using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Vigil.Incidents;
using Vigil.Server.Access;
using Vigil.Server.Http;
using Vigil.Server.Records;
using Vigil.Storage;

namespace Vigil.Server.Endpoints;

/// <summary>Text reports: list, read one, and add one (its events join or open incident records).</summary>
internal static class ReportEndpoints
{
    public static void MapReports(this RouteGroupBuilder api)
    {
        api.MapGet("/reports", List).RequireAuthorization(Policies.Read)
            .WithSummary("Every stored report (without its text).");
        api.MapGet("/reports/{id}", One).RequireAuthorization(Policies.Read)
            .WithSummary("One stored report, with its text and the events read from it.");
        api.MapPost("/reports", AddAsync).RequireAuthorization(Policies.Facilitate)
            .WithSummary("Store a report once (by fingerprint); its events join the records they are about or open new ones.");
    }

    private static IResult List(IncidentBook book)
    {
        IReadOnlyList<StoredReport> reports = book.Reports();
        return new RawAnswer(RecordJson.Build(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("reports");
            foreach (StoredReport r in reports)
            {
                w.WriteStartObject();
                Summary(w, r);
                using JsonDocument events = JsonDocument.Parse(r.EventsJson);
                w.WriteNumber("events", events.RootElement.GetProperty("events").GetArrayLength());
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }));
    }

    private static IResult One(IncidentBook book, string id)
    {
        if (!ReportId.TryParse(id, out ReportId reportId))
        {
            return Problems.NotFound($"'{id}' is not a report id: want e.g. R0001");
        }

        if (book.Report(reportId) is not { } r)
        {
            return Problems.NotFound($"there is no report {reportId}");
        }

        return new RawAnswer(RecordJson.Build(w =>
        {
            w.WriteStartObject();
            Summary(w, r);
            w.WriteString("text", r.Text);
            using JsonDocument events = JsonDocument.Parse(r.EventsJson);
            w.WritePropertyName("events");
            events.RootElement.GetProperty("events").WriteTo(w);
            w.WriteEndObject();
        }));
    }

    private static async Task<IResult> AddAsync(HttpContext context, IncidentBook book, CancellationToken cancellationToken)
    {
        (ReportBody? body, IResult? problem) = await JsonBody.ReadAsync<ReportBody>(context.Request, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return problem!;
        }

        if (string.IsNullOrWhiteSpace(body.Text))
        {
            return Problems.BadRequest("text is empty", "/text");
        }

        if (!DateOnly.TryParseExact(body.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly published))
        {
            return Problems.BadRequest($"published got '{body.Published}', want the day the report was published as YYYY-MM-DD", "/published");
        }

        if (body.Source is { } s && string.IsNullOrWhiteSpace(s))
        {
            return Problems.BadRequest("source is empty; leave it out when unknown", "/source");
        }

        Caller caller = Caller.Of(context.User);
        ReportIntake result = book.AddReport(body.Text, published, body.Source?.Trim(), caller.By, caller.Party);
        byte[] answer = RecordJson.Build(w =>
        {
            w.WriteStartObject();
            w.WriteString("report", result.Report.Reference.Id.ToString());
            w.WriteBoolean("isNew", result.IsNew);
            w.WriteStartArray("incidents");
            foreach (IncidentDesk.Registered r in result.Records)
            {
                w.WriteStartObject();
                w.WriteString("id", r.Record.Id.ToString());
                w.WriteNumber("version", r.Record.Version);
                w.WriteBoolean("opened", r.Opened);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
        return result.IsNew
            ? new RawAnswer(answer, StatusCodes.Status201Created, Location: $"/api/reports/{result.Report.Reference.Id}")
            : new RawAnswer(answer);
    }

    private static void Summary(Utf8JsonWriter w, StoredReport r)
    {
        w.WriteString("id", r.Reference.Id.ToString());
        w.WriteString("published", r.Reference.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("source", r.Reference.Source);
        w.WriteString("fingerprint", r.Fingerprint);
        w.WriteString("addedBy", r.AddedBy);
        w.WriteString("addedAt", RecordJson.Time(r.AddedAt));
    }

    /// <summary>The body of <c>POST /api/reports</c>.</summary>
    internal sealed record ReportBody(string Text, string Published, string? Source = null);
}
