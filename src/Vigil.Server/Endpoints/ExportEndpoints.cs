using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Vigil.Incidents;
using Vigil.Incidents.Exchange;
using Vigil.Server.Access;
using Vigil.Server.Http;
using Vigil.Server.Records;

namespace Vigil.Server.Endpoints;

/// <summary><c>GET /api/export/incidents?format=acled|geojson|json</c>: the same bytes as <c>vigil incidents export</c>.</summary>
internal static class ExportEndpoints
{
    public static void MapExport(this RouteGroupBuilder api)
    {
        api.MapGet("/export/incidents", Export).RequireAuthorization(Policies.Read)
            .WithSummary("Every incident record as ACLED-compatible CSV, GeoJSON, or JSON (the records as stored).");
    }

    private static IResult Export(HttpContext context, IncidentBook book, string? format)
    {
        (Action<Stream, IReadOnlyList<IncidentRecord>> write, string type, string file)? chosen = (format ?? "json") switch
        {
            "json" => (IncidentJsonList.Write, "application/json", "incidents.json"),
            "geojson" => (IncidentGeoJson.Write, "application/geo+json", "incidents.geojson"),
            "acled" => (WriteAcled, "text/csv; charset=utf-8", "incidents.csv"),
            _ => null,
        };
        if (chosen is not { } c)
        {
            return Problems.BadRequest($"?format= got '{format}', want acled, geojson or json");
        }

        using var buffer = new MemoryStream();
        c.write(buffer, book.Snapshot.Records);
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{c.file}\"";
        return new RawAnswer(buffer.ToArray(), ContentType: c.type);
    }

    private static void WriteAcled(Stream stream, IReadOnlyList<IncidentRecord> records)
    {
        using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
        AcledCsv.Write(writer, records);
    }
}
