using System.Text.Json;
using Vigil.Alerts;
using Vigil.Server.Http;
using Vigil.Server.Records;
using Vigil.Storage;

namespace Vigil.Server.Live;

/// <summary>
/// The alerts of stored runs and what operators did about them, for the API: one alert store and one
/// action store behind a lock, shared by every request. Reaction times count from when the alert was
/// stored (received), on the server's clock.
/// </summary>
public sealed class AlertDesk : IDisposable
{
    /// <summary>The SSE event name of a newly raised alert.</summary>
    public const string AlertEvent = "alert";

    /// <summary>The SSE event name of an alert acknowledged or responded to.</summary>
    public const string AlertUpdateEvent = "alert-update";

    private readonly Lock _lock = new();
    private readonly SqliteStore _store;
    private readonly SqliteAlertActionStore _actions;
    private readonly TimeProvider _clock;
    private readonly EventHub _hub;
    private readonly IncidentBook _book;

    /// <summary>Opens the alert and action tables of the server's database; actions are logged through <paramref name="book"/>, the server's one log writer.</summary>
    public AlertDesk(ServerOptions options, EventHub hub, IncidentBook book)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(hub);
        ArgumentNullException.ThrowIfNull(book);
        _clock = options.Clock;
        _hub = hub;
        _book = book;
        _store = SqliteStore.Open(options.DbPath, options.Clock);
        try
        {
            _actions = SqliteAlertActionStore.Open(options.DbPath);
        }
        catch
        {
            _store.Dispose();
            throw;
        }
    }

    /// <summary>The run <paramref name="run"/> names, or the newest when it is null; null when there is no such run.</summary>
    internal RunId? ResolveRun(long? run)
    {
        lock (_lock)
        {
            return run is { } id ? _store.FindRun(new RunId(id))?.Id : _store.LatestRun()?.Id;
        }
    }

    /// <summary>Every alert of <paramref name="run"/>, by id.</summary>
    internal IReadOnlyList<AlertView> Views(RunId run)
    {
        lock (_lock)
        {
            IReadOnlyList<AlertAction> actions = _actions.Load(run);
            return [.. _store.LoadStoredAlerts(run).Select(a => View(a, actions))];
        }
    }

    /// <summary>One alert of <paramref name="run"/>, or null.</summary>
    internal AlertView? View(RunId run, AlertId id)
    {
        lock (_lock)
        {
            return Stored(run, id) is { } stored ? View(stored, _actions.Load(run)) : null;
        }
    }

    /// <summary>One stored alert of <paramref name="run"/>, or null.</summary>
    internal StoredAlert? Find(RunId run, AlertId id)
    {
        lock (_lock)
        {
            return Stored(run, id);
        }
    }

    /// <summary>Records the acknowledgement now and logs it; false (with the existing one) when the alert was already acknowledged.</summary>
    internal bool TryAcknowledge(RunId run, AlertId id, string by, string? note, out AlertAction acknowledgement)
    {
        lock (_lock)
        {
            if (!_actions.TryAcknowledge(run, id, by, _clock.GetUtcNow(), note, out acknowledgement))
            {
                return false;
            }
        }

        Log(acknowledgement);
        return true;
    }

    /// <summary>Records a response now and logs it.</summary>
    internal AlertAction Respond(RunId run, AlertId id, ResponseAction action, string by, string? note)
    {
        AlertAction response;
        lock (_lock)
        {
            response = _actions.AddResponse(run, id, action, by, _clock.GetUtcNow(), note);
        }

        Log(response);
        return response;
    }

    /// <summary>
    /// Appends an operator's action to the transparency log:
    /// <c>{"type": "alert-action", "run", "alert", "action": "acknowledged" | "response", "response"?, "note"?, "by", "at"}</c>, canonical JSON (RFC 8785).
    /// </summary>
    private void Log(AlertAction a)
    {
        var entry = new System.Text.Json.Nodes.JsonObject
        {
            ["type"] = "alert-action",
            ["run"] = a.Run.Value,
            ["alert"] = a.Alert.ToString(),
            ["action"] = a.Kind == AlertActionKind.Acknowledgement ? "acknowledged" : "response",
            ["by"] = a.By,
            ["at"] = a.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
        };
        if (a.Action is { } response)
        {
            entry["response"] = response.ToWireName();
        }

        if (a.Note is not null)
        {
            entry["note"] = a.Note;
        }

        byte[] canonical = Vigil.Ledger.Json.CanonicalJson.TryCanonicalize(JsonSerializer.SerializeToUtf8Bytes(entry), out byte[] c, out string? error)
            ? c
            : throw new InvalidOperationException($"log entry of {a.Id}: {error}");
        _book.AppendToLog([canonical]);
    }

    /// <summary>Publishes the alert as it now stands, as <paramref name="eventName"/>, to every stream.</summary>
    internal void Publish(RunId run, AlertId id, string eventName)
    {
        if (View(run, id) is { } view)
        {
            _hub.Publish(new ServerEvent(eventName, JsonSerializer.SerializeToUtf8Bytes(view, ApiJson.Options)));
        }
    }

    /// <summary>The view of a response.</summary>
    internal static ResponseView ResponseOf(AlertAction a, DateTimeOffset? receivedAt) =>
        new(a.Id, a.By, a.At, a.Action ?? ResponseAction.Other, a.Note, Seconds(a.At, receivedAt));

    /// <summary>Parses an alert id as the API prints it (<c>A0001</c>) or as a bare number.</summary>
    internal static bool TryParseId(string? text, out AlertId id)
    {
        id = default;
        ReadOnlySpan<char> s = text;
        if (s.Length > 0 && s[0] is 'A' or 'a')
        {
            s = s[1..];
        }

        if (s.Length == 0 || !int.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) || n <= 0)
        {
            return false;
        }

        id = new AlertId(n);
        return true;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _store.Dispose();
        _actions.Dispose();
    }

    private StoredAlert? Stored(RunId run, AlertId id) => _store.LoadStoredAlerts(run).FirstOrDefault(a => a.Alert.Id == id);

    private static AlertView View(StoredAlert stored, IReadOnlyList<AlertAction> actions)
    {
        Alert a = stored.Alert;
        AcknowledgementView? ack = null;
        var responses = new List<ResponseView>();
        foreach (AlertAction action in actions)
        {
            if (action.Alert != a.Id)
            {
                continue;
            }

            if (action.Kind == AlertActionKind.Acknowledgement)
            {
                ack = new AcknowledgementView(action.By, action.At, Seconds(action.At, stored.ReceivedAt), action.Note);
            }
            else
            {
                responses.Add(ResponseOf(action, stored.ReceivedAt));
            }
        }

        return new AlertView(
            a.Id.ToString(), a.Kind.ToWireName(), a.TrackId.ToString(), [.. a.TrackIds.Select(t => t.ToString())],
            a.Time, a.RaisedAt, stored.ReceivedAt, Math.Round(a.Position.LatitudeDeg, 6), Math.Round(a.Position.LongitudeDeg, 6),
            a.Border, a.From, a.To, a.Sector, a.Province, a.Classification.ToString().ToLowerInvariant(), Math.Round(a.Probability, 3),
            [.. a.RelatedAlertIds.Select(r => r.ToString())], ack, responses);
    }

    private static double? Seconds(DateTimeOffset at, DateTimeOffset? receivedAt) =>
        receivedAt is { } r ? Math.Round((at - r).TotalSeconds, 3) : null;
}
