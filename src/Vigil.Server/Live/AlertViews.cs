using System.Text.Json.Serialization;
using Vigil.Alerts;

namespace Vigil.Server.Live;

/// <summary>The answer of <c>GET /api/alerts</c>: the run (null when none is stored) and its alerts.</summary>
internal sealed record AlertList(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] long? Run,
    IReadOnlyList<AlertView> Alerts);

/// <summary>An alert as the API shows it, with what operators did about it.</summary>
internal sealed record AlertView(
    string Id,
    string Kind,
    string TrackId,
    IReadOnlyList<string> TrackIds,
    DateTimeOffset Time,
    DateTimeOffset RaisedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] DateTimeOffset? ReceivedAt,
    double Lat,
    double Lon,
    string Border,
    string From,
    string To,
    string Sector,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Province,
    string Classification,
    double Probability,
    IReadOnlyList<string> RelatedAlertIds,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] AcknowledgementView? Acknowledgement,
    IReadOnlyList<ResponseView> Responses);

/// <summary>Who acknowledged an alert, when, and how long after it was received.</summary>
internal sealed record AcknowledgementView(
    string By,
    DateTimeOffset At,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? ReactionSeconds,
    string? Note);

/// <summary>A recorded response to an alert.</summary>
internal sealed record ResponseView(
    string Id,
    string By,
    DateTimeOffset At,
    ResponseAction Action,
    string? Note,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? SecondsAfterReceived);

/// <summary>The body of <c>POST /api/alerts/{id}/acknowledge</c> (optional).</summary>
internal sealed record AcknowledgeBody(string? Note = null);

/// <summary>The body of <c>POST /api/alerts/{id}/responses</c>.</summary>
internal sealed record ResponseBody(ResponseAction Action, string? Note = null);
