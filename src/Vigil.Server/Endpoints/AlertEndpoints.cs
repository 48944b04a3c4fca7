using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Vigil.Alerts;
using Vigil.Server.Access;
using Vigil.Server.Http;
using Vigil.Server.Live;
using Vigil.Storage;

namespace Vigil.Server.Endpoints;

/// <summary>
/// <c>GET /api/alerts</c>, <c>POST /api/alerts/{id}/acknowledge</c> and <c>POST /api/alerts/{id}/responses</c>.
/// Only an operator of one of the alert's two parties (the country left or the country entered) may
/// acknowledge it or record a response: the crossing is theirs to answer for, and a third party's
/// acknowledgement would stand in their reaction time.
/// </summary>
internal static class AlertEndpoints
{
    /// <summary>The longest note an acknowledgement or response takes.</summary>
    public const int MaxNote = 2000;

    public static void MapAlerts(this RouteGroupBuilder api)
    {
        api.MapGet("/alerts", (AlertDesk desk, string? run) =>
            {
                if (!TryRun(run, out long? wanted, out IResult? problem))
                {
                    return problem;
                }

                if (desk.ResolveRun(wanted) is not { } resolved)
                {
                    return wanted is null ? TypedResults.Ok(new AlertList(null, [])) : Problems.NotFound($"no run {wanted}");
                }

                return TypedResults.Ok(new AlertList(resolved.Value, desk.Views(resolved)));
            })
            .RequireAuthorization(Policies.Read)
            .WithSummary("The alerts of the newest run (or of ?run=N), with acknowledgements and responses.");

        api.MapPost("/alerts/{id}/acknowledge", async (HttpContext context, AlertDesk desk, string id, string? run) =>
            {
                if (Target(context, desk, id, run, out RunId runId, out StoredAlert? stored) is { } refused)
                {
                    return refused;
                }

                string? note = null;
                if (HasBody(context.Request))
                {
                    (AcknowledgeBody? body, IResult? bad) = await JsonBody.ReadAsync<AcknowledgeBody>(context.Request, context.RequestAborted).ConfigureAwait(false);
                    if (bad is not null)
                    {
                        return bad;
                    }

                    note = body!.Note;
                }

                if (NoteProblem(note) is { } tooLong)
                {
                    return tooLong;
                }

                AlertId alertId = stored!.Alert.Id;
                if (!desk.TryAcknowledge(runId, alertId, Caller.Of(context.User).By, note, out AlertAction existing))
                {
                    return Problems.Conflict($"{alertId} of run {runId} was already acknowledged by {existing.By} at {existing.At.ToString("O", CultureInfo.InvariantCulture)}");
                }

                desk.Publish(runId, alertId, AlertDesk.AlertUpdateEvent);
                return TypedResults.Ok(desk.View(runId, alertId));
            })
            .RequireAuthorization(Policies.Operate)
            .WithSummary("Acknowledge an alert (an operator of its from or to party; once). Optional body {\"note\"}.");

        api.MapPost("/alerts/{id}/responses", async (HttpContext context, AlertDesk desk, string id, string? run) =>
            {
                if (Target(context, desk, id, run, out RunId runId, out StoredAlert? stored) is { } refused)
                {
                    return refused;
                }

                (ResponseBody? body, IResult? bad) = await JsonBody.ReadAsync<ResponseBody>(context.Request, context.RequestAborted).ConfigureAwait(false);
                if (bad is not null)
                {
                    return bad;
                }

                if (NoteProblem(body!.Note) is { } tooLong)
                {
                    return tooLong;
                }

                AlertId alertId = stored!.Alert.Id;
                AlertAction response = desk.Respond(runId, alertId, body.Action, Caller.Of(context.User).By, body.Note);
                desk.Publish(runId, alertId, AlertDesk.AlertUpdateEvent);
                return TypedResults.Created($"/api/alerts/{alertId}?run={runId}", AlertDesk.ResponseOf(response, stored.ReceivedAt));
            })
            .RequireAuthorization(Policies.Operate)
            .WithSummary("Record a response to an alert (an operator of its from or to party): {\"action\", \"note\"?}.");
    }

    /// <summary>The run and alert a write is for, or the problem: 400 bad id, 404 unknown, 403 not the caller's party.</summary>
    private static IResult? Target(HttpContext context, AlertDesk desk, string id, string? run, out RunId runId, out StoredAlert? stored)
    {
        runId = default;
        stored = null;
        if (!TryRun(run, out long? wanted, out IResult? problem))
        {
            return problem;
        }

        if (!AlertDesk.TryParseId(id, out AlertId alertId))
        {
            return Problems.BadRequest($"'{id}' is not an alert id: want A and a number, e.g. A0001");
        }

        if (desk.ResolveRun(wanted) is not { } resolved)
        {
            return Problems.NotFound(wanted is null ? "no run is stored, so there are no alerts" : $"no run {wanted}");
        }

        runId = resolved;
        stored = desk.Find(resolved, alertId);
        if (stored is null)
        {
            return Problems.NotFound($"no alert {alertId} in run {resolved}");
        }

        Caller caller = Caller.Of(context.User);
        Alert a = stored.Alert;
        if (caller.Party != a.From && caller.Party != a.To)
        {
            return Problems.Forbidden($"{alertId} is a crossing from {a.From} to {a.To}; only their operators may act on it, and this key is an operator of {caller.Party ?? "no party"}");
        }

        return null;
    }

    private static bool TryRun(string? text, out long? run, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out IResult? problem)
    {
        run = null;
        problem = null;
        if (text is null)
        {
            return true;
        }

        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long n) || n <= 0)
        {
            problem = Problems.BadRequest($"'run' must be a run number such as 1, got '{text}'");
            return false;
        }

        run = n;
        return true;
    }

    private static bool HasBody(HttpRequest request) =>
        request.ContentLength > 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count > 0);

    private static IResult? NoteProblem(string? note) =>
        note is { Length: > MaxNote } ? Problems.BadRequest($"the note is {note.Length} characters; the limit is {MaxNote}", "/note") : null;
}
