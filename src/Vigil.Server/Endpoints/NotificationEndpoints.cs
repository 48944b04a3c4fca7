using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Vigil.Server.Access;
using Vigil.Server.Http;
using Vigil.Server.Records;
using Vigil.Storage;

namespace Vigil.Server.Endpoints;

/// <summary>
/// The commanders' channel: each party is notified of the records opened about it by others, and its
/// liaison acknowledges; the time to acknowledge is kept.
/// </summary>
internal static class NotificationEndpoints
{
    public static void MapNotifications(this RouteGroupBuilder api)
    {
        api.MapGet("/notifications", List).RequireAuthorization(Policies.Read)
            .WithSummary("Notifications: a liaison's or operator's own party's; every party's for the others.");
        api.MapPost("/notifications/{id}/acknowledge", Acknowledge).RequireAuthorization(Policies.Liaise)
            .WithSummary("Acknowledge a notification sent to the liaison's party (once).");
    }

    private static IResult List(HttpContext context, IncidentBook book)
    {
        Caller caller = Caller.Of(context.User);
        IReadOnlyList<Notification> list = book.Notifications(Roles.NeedsParty(caller.Role) ? caller.Party : null);
        return new RawAnswer(RecordJson.Build(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("notifications");
            foreach (Notification n in list)
            {
                RecordJson.Notification(w, n);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }));
    }

    private static IResult Acknowledge(HttpContext context, IncidentBook book, string id)
    {
        if (!NotificationId.TryParse(id, out NotificationId notificationId) || book.Notification(notificationId) is not { } n)
        {
            return Problems.NotFound($"there is no notification '{id}'");
        }

        Caller caller = Caller.Of(context.User);
        if (n.Party != caller.Party)
        {
            return Problems.Forbidden($"notification {n.Id} was sent to {n.Party}; only {n.Party}'s liaison acknowledges it");
        }

        (AcknowledgeOutcome outcome, Notification? after) = book.Acknowledge(notificationId, caller.By);
        return outcome switch
        {
            AcknowledgeOutcome.Acknowledged => new RawAnswer(RecordJson.Build(w => RecordJson.Notification(w, after!))),
            AcknowledgeOutcome.AlreadyAcknowledged => Problems.Conflict(
                $"notification {n.Id} was acknowledged already, by {after!.AcknowledgedBy} at {RecordJson.Time(after.AcknowledgedAt!.Value)}"),
            _ => Problems.NotFound($"there is no notification '{id}'"),
        };
    }
}
