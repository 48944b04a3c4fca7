using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using Vigil.Incidents;
using Vigil.Server.Access;
using Vigil.Server.Http;
using Vigil.Server.Records;

namespace Vigil.Server.Endpoints;

/// <summary>
/// Evidence: upload a file to a record (hashed at collection, with custody), read it back (the hash
/// checked again, the reading recorded), and its chain of custody.
/// </summary>
internal static class EvidenceEndpoints
{
    /// <summary>The largest piece of evidence one upload takes: 16 MiB.</summary>
    public const int MaxBytes = 16 << 20;

    public static void MapEvidence(this RouteGroupBuilder api)
    {
        api.MapPost("/incidents/{id}/evidence", UploadAsync).RequireAuthorization(Policies.Open)
            .WithSummary("Upload evidence (raw body, Content-Type its media type, ?name= its file name) and link it to the record.");
        api.MapGet("/evidence/{id}", Read).RequireAuthorization(Policies.Read)
            .WithSummary("The evidence's bytes, after checking they still hash to its id; the reading is recorded in its custody.");
        api.MapGet("/evidence/{id}/custody", Custody).RequireAuthorization(Policies.Read)
            .WithSummary("What was recorded at collection, and the chain of custody.");
    }

    /// <summary>Where a piece of evidence is served.</summary>
    internal static string Location(EvidenceId id) => $"/api/evidence/{id}";

    private static async Task<IResult> UploadAsync(HttpContext context, IncidentBook book, string id, string? name, CancellationToken cancellationToken)
    {
        if (!IncidentEndpoints.TryId(id, out IncidentRecordId recordId, out IResult? problem))
        {
            return problem!;
        }

        HttpRequest request = context.Request;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out MediaTypeHeaderValue? type)
            || type.MediaType.Value is not { } mediaType || !mediaType.Contains('/', StringComparison.Ordinal) || mediaType.Contains('*', StringComparison.Ordinal))
        {
            return Problems.BadRequest($"give the evidence's media type as Content-Type (e.g. image/jpeg); got '{request.ContentType ?? "(none)"}'");
        }

        if (name is not null && (name.Length is 0 or > 255 || name.Any(char.IsControl) || name.Contains('/', StringComparison.Ordinal)))
        {
            return Problems.BadRequest("?name= must be a file name: 1 to 255 characters, no '/' or control characters");
        }

        if (request.ContentLength > MaxBytes)
        {
            return Problems.BadRequest($"the evidence is {request.ContentLength} bytes; the limit is {MaxBytes} (16 MiB)");
        }

        byte[]? content = await ReadCappedAsync(request.Body, MaxBytes, cancellationToken).ConfigureAwait(false);
        if (content is null)
        {
            return Problems.BadRequest($"the evidence is over the limit of {MaxBytes} bytes (16 MiB)");
        }

        if (content.Length == 0)
        {
            return Problems.BadRequest("the body is empty: send the evidence's bytes");
        }

        Caller caller = Caller.Of(context.User);
        (ChangeResult result, EvidenceItem? item) = book.AddEvidence(recordId, content, mediaType, name, caller.By, caller.Party);
        if (result.Outcome is not (ChangeOutcome.Saved or ChangeOutcome.Unchanged))
        {
            return IncidentEndpoints.Refused(result);
        }

        return new RawAnswer(
            RecordJson.Build(w =>
            {
                w.WriteStartObject();
                w.WritePropertyName("evidence");
                RecordJson.Evidence(w, item!);
                w.WritePropertyName("record");
                IncidentRecordJson.Write(w, result.Record!);
                w.WriteEndObject();
            }),
            result.Outcome == ChangeOutcome.Saved ? StatusCodes.Status201Created : StatusCodes.Status200OK, // 200: already linked by this caller
            Location: Location(item!.Id));
    }

    private static IResult Read(HttpContext context, IncidentBook book, string id)
    {
        if (!EvidenceId.TryParse(id, out EvidenceId evidenceId))
        {
            return Problems.NotFound($"'{id}' is not an evidence id: want sha256: and 64 hex digits");
        }

        (EvidenceItem Item, byte[] Content)? read;
        try
        {
            read = book.ReadEvidence(evidenceId, Caller.Of(context.User).By);
        }
        catch (EvidenceTamperedException e)
        {
            return Problems.Of(StatusCodes.Status500InternalServerError, "Evidence altered", e.Message);
        }

        if (read is not { } found)
        {
            return Problems.NotFound($"there is no evidence {evidenceId}");
        }

        context.Response.Headers["Repr-Digest"] = $"sha-256=:{Convert.ToBase64String(Convert.FromHexString(evidenceId.Hex))}:";
        return new RawAnswer(found.Content, ContentType: found.Item.MediaType);
    }

    private static IResult Custody(IncidentBook book, string id)
    {
        if (!EvidenceId.TryParse(id, out EvidenceId evidenceId))
        {
            return Problems.NotFound($"'{id}' is not an evidence id: want sha256: and 64 hex digits");
        }

        if (book.Evidence(evidenceId) is not { } item || book.Custody(evidenceId) is not { } custody)
        {
            return Problems.NotFound($"there is no evidence {evidenceId}");
        }

        return new RawAnswer(RecordJson.Build(w =>
        {
            w.WriteStartObject();
            w.WritePropertyName("evidence");
            RecordJson.Evidence(w, item);
            w.WriteStartArray("custody");
            foreach (CustodyEvent e in custody)
            {
                RecordJson.Custody(w, e);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }));
    }

    /// <summary>The whole body, or null as soon as it is over <paramref name="limit"/> bytes.</summary>
    private static async Task<byte[]?> ReadCappedAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
