using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Vigil.Ledger.Merkle;
using Vigil.Ledger.Notes;
using Vigil.Server.Access;
using Vigil.Server.Http;
using Vigil.Server.Records;

namespace Vigil.Server.Endpoints;

/// <summary>
/// The transparency log over HTTP, in the shapes of <c>vigil log</c>: the signed checkpoint, the
/// log's key, entries, inclusion and consistency proofs, and witnesses' cosignatures.
/// </summary>
internal static class LedgerEndpoints
{
    private const string Text = "text/plain; charset=utf-8";

    public static void MapLedger(this RouteGroupBuilder api)
    {
        api.MapGet("/log/checkpoint", Checkpoint).RequireAuthorization(Policies.Read)
            .WithSummary("The log's latest signed checkpoint (C2SP signed note), with its cosignatures.");
        api.MapGet("/log/key", Key).RequireAuthorization(Policies.Read)
            .WithSummary("The log's verifier key (C2SP vkey).");
        api.MapGet("/log/entries/{index}", Entry).RequireAuthorization(Policies.Read)
            .WithSummary("One entry's bytes: {index, leaf (base64)}.");
        api.MapGet("/log/proof/inclusion", Inclusion).RequireAuthorization(Policies.Read)
            .WithSummary("An inclusion proof: {leafIndex, treeSize, leafHash, proof}.");
        api.MapGet("/log/proof/consistency", Consistency).RequireAuthorization(Policies.Read)
            .WithSummary("A consistency proof: {size1, size2, proof}.");
        api.MapPost("/log/cosignatures", CosignAsync).RequireAuthorization(Policies.Cosign)
            .WithSummary("Add a witness's cosignature to the checkpoint it signs; answers the checkpoint.");
    }

    private static IResult Checkpoint(IncidentBook book) =>
        new RawAnswer(Encoding.UTF8.GetBytes(book.WithLog(log => log.Checkpoint().Format())), ContentType: Text);

    private static IResult Key(IncidentBook book) =>
        new RawAnswer(Encoding.UTF8.GetBytes(book.WithLog(log => log.Verifier.VerifierKey) + "\n"), ContentType: Text);

    private static IResult Entry(IncidentBook book, string index)
    {
        if (!long.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out long i))
        {
            return Problems.NotFound($"'{index}' is not an entry index: want a number from 0");
        }

        return book.WithLog<IResult>(log => i >= log.Size
            ? Problems.NotFound($"the log has {log.Size} entries; there is no entry {i}")
            : Json(w =>
            {
                w.WriteNumber("index", i);
                w.WriteBase64String("leaf", log.Store.Leaf(i));
            }));
    }

    private static IResult Inclusion(IncidentBook book, string? index, string? size)
    {
        IResult? badIndex = Number(index, "index", required: true, out long i), badSize = Number(size, "size", required: false, out long n);
        if ((badIndex ?? badSize) is { } bad)
        {
            return bad;
        }

        return book.WithLog(log =>
        {
            long treeSize = size is null ? log.Size : n;
            return InRange(treeSize, 1, log.Size, "size") ?? InRange(i, 0, treeSize - 1, "index") ?? Json(w =>
            {
                w.WriteNumber("leafIndex", i);
                w.WriteNumber("treeSize", treeSize);
                w.WriteString("leafHash", log.LeafHash(i).ToBase64());
                Hashes(w, "proof", log.Inclusion(i, treeSize));
            });
        });
    }

    private static IResult Consistency(IncidentBook book, string? from, string? to)
    {
        IResult? badFrom = Number(from, "from", required: true, out long m), badTo = Number(to, "to", required: false, out long n);
        if ((badFrom ?? badTo) is { } bad)
        {
            return bad;
        }

        return book.WithLog(log =>
        {
            long size2 = to is null ? log.Size : n;
            return InRange(size2, 1, log.Size, "to") ?? InRange(m, 1, size2, "from") ?? Json(w =>
            {
                w.WriteNumber("size1", m);
                w.WriteNumber("size2", size2);
                Hashes(w, "proof", log.Consistency(m, size2));
            });
        });
    }

    private static async Task<IResult> CosignAsync(HttpContext context, IncidentBook book, CancellationToken cancellationToken)
    {
        (CosignatureBody? body, IResult? problem) = await JsonBody.ReadAsync<CosignatureBody>(context.Request, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return problem!;
        }

        if (!CosignatureVerifier.TryParse(body.WitnessKey, out CosignatureVerifier? witness, out string error))
        {
            return Problems.BadRequest($"witnessKey: {error}", "/witnessKey");
        }

        string line = body.Signature.EndsWith('\n') ? body.Signature : body.Signature + "\n";
        if (!NoteSignature.TryParse(line, out NoteSignature? signature, out error))
        {
            return Problems.BadRequest($"signature: {error}", "/signature");
        }

        return book.WithLog<IResult>(log =>
        {
            SignedNote? note = log.AddCosignature(body.Size ?? log.Size, witness, signature, out string reason);
            return note is null
                ? Problems.BadRequest(reason, body.Size is null ? "/signature" : "/size")
                : new RawAnswer(Encoding.UTF8.GetBytes(note.Format()), ContentType: Text);
        });
    }

    private static IResult? Number(string? text, string name, bool required, out long value)
    {
        value = 0;
        if (text is null)
        {
            return required ? Problems.BadRequest($"?{name}= is required") : null;
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value)
            ? null
            : Problems.BadRequest($"?{name}= got '{text}', want a whole number");
    }

    private static IResult? InRange(long value, long min, long max, string name) =>
        value >= min && value <= max
            ? null
            : Problems.BadRequest(max < min ? $"?{name}= got {value}, but the log has too few entries" : $"?{name}= got {value}, want {min} … {max}");

    private static RawAnswer Json(Action<Utf8JsonWriter> write) => new(RecordJson.Build(w =>
    {
        w.WriteStartObject();
        write(w);
        w.WriteEndObject();
    }));

    private static void Hashes(Utf8JsonWriter w, string name, Hash[] hashes)
    {
        w.WriteStartArray(name);
        foreach (Hash h in hashes)
        {
            w.WriteStringValue(h.ToBase64());
        }

        w.WriteEndArray();
    }

    /// <summary>The body of <c>POST /api/log/cosignatures</c>.</summary>
    internal sealed record CosignatureBody(string WitnessKey, string Signature, long? Size = null);
}
