using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Vigil.Core;
using Vigil.Geo;
using Vigil.Incidents;
using Vigil.Ledger.Verification;
using Vigil.Server.Access;
using Vigil.Server.Http;
using Vigil.Server.Records;
using Vigil.Storage;

namespace Vigil.Server.Endpoints;

/// <summary>
/// The incident records: list, one record with its versions, open, claims, grade, status, and a
/// bundle that proves the current version offline.
/// </summary>
internal static class IncidentEndpoints
{
    public static void MapIncidents(this RouteGroupBuilder api)
    {
        api.MapGet("/incidents", List).RequireAuthorization(Policies.Read)
            .WithSummary("Every incident record, one row each; ?status= and ?border= filter.");
        api.MapGet("/incidents/{id}", Detail).RequireAuthorization(Policies.Read)
            .WithSummary("One record in full, with its versions, evidence and place in the log.");
        api.MapPost("/incidents", OpenAsync).RequireAuthorization(Policies.Open)
            .WithSummary("Open a record; the other parties of its border are notified.");
        api.MapPost("/incidents/{id}/claims", ClaimAsync).RequireAuthorization(Policies.Claim)
            .WithSummary("Add a party's claim (a liaison for its own party only).");
        api.MapPut("/incidents/{id}/grade", GradeAsync).RequireAuthorization(Policies.Facilitate)
            .WithSummary("Set the record's grade, beside the suggested one.");
        api.MapPut("/incidents/{id}/status", StatusAsync).RequireAuthorization(Policies.Facilitate)
            .WithSummary("Move the investigation on: open, under-review, closed.");
        api.MapGet("/incidents/{id}/bundle", Bundle).RequireAuthorization(Policies.Read)
            .WithSummary("A log bundle that 'vigil verify' accepts, covering the record's current version.");
    }

    /// <summary>The place for a record's JSON.</summary>
    internal static string Location(IncidentRecordId id) => $"/api/incidents/{id}";

    /// <summary>The record as <see cref="IncidentRecordJson"/> writes it.</summary>
    internal static RawAnswer RecordAnswer(IncidentRecord record, int status) =>
        new(IncidentRecordJson.ToUtf8(record), status, Location: status == StatusCodes.Status201Created ? Location(record.Id) : null);

    /// <summary>The answer for a change that was not saved.</summary>
    internal static IResult Refused(ChangeResult result) => result.Outcome == ChangeOutcome.NotFound
        ? Problems.NotFound(result.Detail)
        : Problems.Conflict(result.Detail);

    /// <summary>The record id in a route, or the 404 to send.</summary>
    internal static bool TryId(string text, out IncidentRecordId id, out IResult? problem)
    {
        problem = IncidentRecordId.TryParse(text, out id) ? null : Problems.NotFound($"'{text}' is not an incident id: want e.g. INC-0001");
        return problem is null;
    }

    private static IResult List(IncidentBook book, string? status, string? border)
    {
        IncidentStatus? wanted = null;
        if (status is not null)
        {
            if (!JsonName.TryParse(status, out IncidentStatus s))
            {
                return Problems.BadRequest($"?status= got '{status}', want open, under-review or closed");
            }

            wanted = s;
        }

        return new RawAnswer(book.Snapshot.ListJsonWhere(wanted, border));
    }

    private static IResult Detail(IncidentBook book, string id)
    {
        if (!TryId(id, out IncidentRecordId recordId, out IResult? problem))
        {
            return problem!;
        }

        IReadOnlyList<IncidentVersion> versions = book.History(recordId);
        if (versions.Count == 0)
        {
            return Problems.NotFound($"there is no incident {recordId}");
        }

        IncidentVersion current = versions[^1];
        IncidentRecord record = current.Record;
        IncidentSnapshot snapshot = book.Snapshot;
        return new RawAnswer(RecordJson.Build(w =>
        {
            w.WriteStartObject();
            w.WritePropertyName("record");
            IncidentRecordJson.Write(w, record);
            w.WriteStartArray("versions");
            foreach (IncidentVersion v in versions)
            {
                w.WriteStartObject();
                w.WriteNumber("version", v.Record.Version);
                w.WriteString("change", v.Change);
                w.WriteString("by", v.By);
                w.WriteString("at", RecordJson.Time(v.Record.UpdatedAt));
                RecordJson.LogPosition(w, v.LogIndex, snapshot.CheckpointSize);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("evidence");
            foreach (EvidenceRef e in record.Evidence)
            {
                w.WriteStartObject();
                w.WriteString("id", e.Id.ToString());
                w.WriteString("sha256", e.Id.Hex);
                w.WriteString("mediaType", e.MediaType);
                w.WriteString("name", e.Name);
                w.WriteString("party", e.Party);
                w.WriteString("by", e.By);
                w.WriteString("at", RecordJson.Time(e.At));
                if (book.Evidence(e.Id) is { } item)
                {
                    w.WriteNumber("size", item.SizeBytes);
                }
                else
                {
                    w.WriteNull("size");
                }

                w.WriteString("href", EvidenceEndpoints.Location(e.Id));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartObject("ledger");
            if (current.LogIndex is { } index)
            {
                w.WriteNumber("logIndex", index);
            }
            else
            {
                w.WriteNull("logIndex");
            }

            w.WriteNumber("checkpointSize", snapshot.CheckpointSize);
            w.WriteBoolean("included", snapshot.Included(current.LogIndex));
            w.WriteEndObject();
            w.WriteEndObject();
        }));
    }

    private static async Task<IResult> OpenAsync(HttpContext context, IncidentBook book, CancellationToken cancellationToken)
    {
        (OpenBody? body, IResult? problem) = await JsonBody.ReadAsync<OpenBody>(context.Request, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return problem!;
        }

        EventSubType subType = default;
        problem = !EventTypes.TryParseSubType(body.SubType, out subType) && !JsonName.TryParse(body.SubType, out subType)
                ? Problems.BadRequest($"subType got '{body.SubType}', want an ACLED sub-event type such as 'Drone incursion' or 'Air/drone strike'", "/subType")
            : body.Lat is not (>= -90 and <= 90) ? Problems.BadRequest($"lat got {body.Lat}, want -90 … 90 degrees", "/lat")
            : body.Lon is not (>= -180 and <= 180) ? Problems.BadRequest($"lon got {body.Lon}, want -180 … 180 degrees", "/lon")
            : body.End < body.Start ? Problems.BadRequest("end is before start", "/end")
            : string.IsNullOrWhiteSpace(body.Description) ? Problems.BadRequest("description is empty", "/description")
            : body.Name is { } n && string.IsNullOrWhiteSpace(n) ? Problems.BadRequest("name is empty; leave it out to use the district's", "/name")
            : body.Border is { } b && !IsBorderCode(b) ? Problems.BadRequest($"border got '{b}', want two ISO 3166-1 alpha-2 codes such as AF-PK", "/border")
            : null;
        if (problem is not null)
        {
            return problem;
        }

        Caller caller = Caller.Of(context.User);
        var point = new GeoPoint(body.Lat, body.Lon);
        BorderAtlas atlas = book.Atlas;
        string? country = atlas.LocateCountry(point).CountryIso;
        string? admin1 = country is null ? null : atlas.FindAdminArea(point, AdminLevel.Province, country)?.Name;
        string? admin2 = country is null ? null : atlas.FindAdminArea(point, AdminLevel.District, country)?.Name;
        string? border = body.Border ?? (atlas.DistanceToBorder(point, out Border? nearest).Meters <= NearBorderM ? nearest?.Code : null);
        var draft = new IncidentRecord
        {
            Id = default,
            Version = 1,
            UpdatedAt = book.Clock.GetUtcNow(),
            SubType = subType,
            Start = body.Start,
            End = body.End ?? body.Start,
            TimePrecision = DatePrecision.Day,
            Location = new IncidentLocation
            {
                Precision = PlacePrecision.Point,
                Point = point,
                Country = country,
                Admin1 = admin1,
                Admin2 = admin2,
                Name = body.Name?.Trim() ?? admin2 ?? admin1,
            },
            Border = border,
            Description = body.Description.Trim(),
        };
        IncidentRecord saved = book.Open(draft, caller.By, caller.Party);
        return RecordAnswer(saved, StatusCodes.Status201Created);
    }

    private static async Task<IResult> ClaimAsync(HttpContext context, IncidentBook book, string id, CancellationToken cancellationToken)
    {
        if (!TryId(id, out IncidentRecordId recordId, out IResult? problem))
        {
            return problem!;
        }

        (ClaimBody? body, problem) = await JsonBody.ReadAsync<ClaimBody>(context.Request, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return problem!;
        }

        Caller caller = Caller.Of(context.User);
        PartyKind kind = body.PartyKind ?? PartyKind.Side;
        string? party = body.Party;
        if (caller.Role != Role.Facilitator)
        {
            if ((party is not null && party != caller.Party) || kind != PartyKind.Side)
            {
                return Problems.Forbidden($"a {Roles.Name(caller.Role)} of {caller.Party} claims only for its own side, {caller.Party}; got {JsonName.Of(kind)} '{party ?? caller.Party}'");
            }

            party = caller.Party;
        }

        if (string.IsNullOrWhiteSpace(party))
        {
            return Problems.BadRequest("name the party the claim is for (a facilitator records claims for any party)", "/party");
        }

        if (string.IsNullOrWhiteSpace(body.Statement))
        {
            return Problems.BadRequest("statement is empty", "/statement");
        }

        if (!TryRanges(body.Fatalities, "/fatalities", out Dictionary<CasualtyCategory, FatalityRange> fatalities, out problem))
        {
            return problem!;
        }

        string partyName = party.Trim();
        string change = $"claim by {partyName}: {JsonName.Of(body.Stance)}";
        ChangeResult result = book.Change(recordId, null, caller.By, (r, now) => (r with
        {
            Claims =
            [
                .. r.Claims,
                new Claim
                {
                    Party = new Party(kind, partyName),
                    Speaker = body.Speaker,
                    At = body.At ?? now,
                    Stance = body.Stance,
                    Statement = body.Statement.Trim(),
                    Fatalities = fatalities,
                },
            ],
        }, change));
        return result.Outcome == ChangeOutcome.Saved ? RecordAnswer(result.Record!, StatusCodes.Status201Created) : Refused(result);
    }

    private static async Task<IResult> GradeAsync(HttpContext context, IncidentBook book, string id, CancellationToken cancellationToken)
    {
        if (!TryId(id, out IncidentRecordId recordId, out IResult? problem))
        {
            return problem!;
        }

        (GradeBody? body, problem) = await JsonBody.ReadAsync<GradeBody>(context.Request, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return problem!;
        }

        if (string.IsNullOrWhiteSpace(body.Reason))
        {
            return Problems.BadRequest("reason is empty: say why", "/reason");
        }

        string by = Caller.Of(context.User).By;
        ChangeResult result = book.Change(recordId, body.Version, by, (r, now) =>
        {
            var decision = new GradeDecision(body.Grade, by, now, body.Reason.Trim(), r.SuggestedGrade);
            string note = decision.OverridesSuggestion ? $" (the rules suggest {JsonName.Of(decision.Suggested.Grade)})" : " (as the rules suggest)";
            return (r with { GradeDecisions = [.. r.GradeDecisions, decision] }, $"graded {JsonName.Of(body.Grade)}{note}");
        });
        return result.Outcome == ChangeOutcome.Saved ? RecordAnswer(result.Record!, StatusCodes.Status200OK) : Refused(result);
    }

    private static async Task<IResult> StatusAsync(HttpContext context, IncidentBook book, string id, CancellationToken cancellationToken)
    {
        if (!TryId(id, out IncidentRecordId recordId, out IResult? problem))
        {
            return problem!;
        }

        (StatusBody? body, problem) = await JsonBody.ReadAsync<StatusBody>(context.Request, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return problem!;
        }

        if (!Enum.IsDefined(body.Status))
        {
            return Problems.BadRequest("status must be open, under-review or closed", "/status");
        }

        if (string.IsNullOrWhiteSpace(body.Reason))
        {
            return Problems.BadRequest("reason is empty: say why", "/reason");
        }

        string change = $"status {JsonName.Of(body.Status)}: {body.Reason.Trim()}";
        ChangeResult result = book.Change(recordId, body.Version, Caller.Of(context.User).By, (r, _) => (r with { Status = body.Status }, change));
        return result.Outcome == ChangeOutcome.Saved ? RecordAnswer(result.Record!, StatusCodes.Status200OK) : Refused(result);
    }

    private static IResult Bundle(IncidentBook book, string id)
    {
        if (!TryId(id, out IncidentRecordId recordId, out IResult? problem))
        {
            return problem!;
        }

        if (!book.Snapshot.TryGet(recordId, out IncidentRecord? record, out long? logIndex))
        {
            return Problems.NotFound($"there is no incident {recordId}");
        }

        if (book.ExportBundle(out string error) is not { } bundle)
        {
            return Problems.Conflict(error);
        }

        long size = bundle.Checkpoint.Checkpoint.Size;
        if (logIndex is not { } index || index >= size)
        {
            return Problems.Conflict($"{recordId} v{record.Version} is not in the log's latest checkpoint yet (of size {size})");
        }

        using var buffer = new MemoryStream();
        bundle.WriteTo(buffer);
        JsonObject json = JsonNode.Parse(buffer.ToArray())!.AsObject();
        json["incident"] = new JsonObject
        {
            ["id"] = recordId.ToString(),
            ["version"] = record.Version,
            ["logIndex"] = index,
            ["leafHash"] = Vigil.Ledger.Merkle.Rfc9162.HashLeaf(bundle.Entries[(int)index].Span).ToBase64(),
        };
        return new RawAnswer(JsonSerializer.SerializeToUtf8Bytes(json, BundleJson));
    }

    private static readonly JsonSerializerOptions BundleJson = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>How near a border (m) a point must be for a record opened there to be on that border when the body names none.</summary>
    private const double NearBorderM = 50_000;

    private static bool IsBorderCode(string code) =>
        code.Length == 5 && code[2] == '-' && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1]) && char.IsAsciiLetterUpper(code[3]) && char.IsAsciiLetterUpper(code[4]);

    /// <summary>Casualty ranges by category from a body, or the 400 naming the bad one.</summary>
    internal static bool TryRanges(Dictionary<string, RangeBody>? body, string pointer, out Dictionary<CasualtyCategory, FatalityRange> ranges, out IResult? problem)
    {
        ranges = [];
        problem = null;
        foreach ((string name, RangeBody r) in body ?? [])
        {
            if (!JsonName.TryParse(name, out CasualtyCategory category))
            {
                problem = Problems.BadRequest($"'{name}' is not a casualty category: want civilians, security-forces, militants or unknown", $"{pointer}/{name}");
                return false;
            }

            try
            {
                ranges[category] = new FatalityRange(r.Low, r.Best, r.High);
            }
            catch (ArgumentOutOfRangeException e)
            {
                problem = Problems.BadRequest(e.Message.Split(" (Parameter", 2)[0], $"{pointer}/{name}");
                return false;
            }
        }

        return true;
    }

    /// <summary>The body of <c>POST /api/incidents</c>.</summary>
    internal sealed record OpenBody(string SubType, DateTimeOffset Start, double Lat, double Lon, string Description, DateTimeOffset? End = null, string? Border = null, string? Name = null);

    /// <summary>The body of <c>POST /api/incidents/{id}/claims</c>.</summary>
    internal sealed record ClaimBody(
        SpeakerKind Speaker, Stance Stance, string Statement, string? Party = null, PartyKind? PartyKind = null, DateTimeOffset? At = null, Dictionary<string, RangeBody>? Fatalities = null);

    /// <summary>Low, best and high figures; any may be left out.</summary>
    internal sealed record RangeBody(int? Low = null, int? Best = null, int? High = null);

    /// <summary>The body of <c>PUT /api/incidents/{id}/grade</c>.</summary>
    internal sealed record GradeBody(Grade Grade, string Reason, int? Version = null);

    /// <summary>The body of <c>PUT /api/incidents/{id}/status</c>.</summary>
    internal sealed record StatusBody(IncidentStatus Status, string Reason, int? Version = null);
}
