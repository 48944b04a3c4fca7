using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Vigil.Cli.Bench;

/// <summary>
/// One message of the Chrome DevTools protocol as it travels over the WebSocket: a JSON object that
/// is a command's response (<c>{"id", "result"}</c>), a command's error (<c>{"id", "error": {"code",
/// "message"}}</c>) or an event (<c>{"method", "params"}</c>), each with a <c>sessionId</c> when it
/// belongs to an attached target (flat sessions). <see cref="Command"/> writes the other direction.
/// </summary>
internal sealed record CdpMessage
{
    /// <summary>What the message is.</summary>
    public required CdpMessageKind Kind { get; init; }

    /// <summary>The id of the command answered; 0 for an event.</summary>
    public long Id { get; init; }

    /// <summary>The event's name, e.g. <c>Target.attachedToTarget</c>; null for a response.</summary>
    public string? Method { get; init; }

    /// <summary>The session the message belongs to; null for the browser's own.</summary>
    public string? SessionId { get; init; }

    /// <summary>A response's <c>result</c> or an event's <c>params</c> (an empty object when absent).</summary>
    public JsonElement Body { get; init; }

    /// <summary>An error's code (0 otherwise).</summary>
    public int ErrorCode { get; init; }

    /// <summary>An error's message (null otherwise).</summary>
    public string? ErrorMessage { get; init; }

    private static JsonElement Empty { get; } = JsonDocument.Parse("{}").RootElement.Clone();

    /// <summary>The UTF-8 JSON of command <paramref name="id"/>: <c>{"id", "method", "params", "sessionId"?}</c>.</summary>
    public static byte[] Command(long id, string method, JsonObject? parameters, string? sessionId)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteNumber("id", id);
            w.WriteString("method", method);
            w.WritePropertyName("params");
            if (parameters is null)
            {
                w.WriteStartObject();
                w.WriteEndObject();
            }
            else
            {
                parameters.WriteTo(w);
            }

            if (sessionId is not null)
            {
                w.WriteString("sessionId", sessionId);
            }

            w.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Reads one message; false (and a reason in <paramref name="error"/>) when <paramref name="utf8"/>
    /// is not JSON or is neither a response nor an event.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CdpMessage? message, out string? error)
    {
        message = null;
        JsonDocument doc;
        try
        {
            var reader = new Utf8JsonReader(utf8);
            if (!JsonDocument.TryParseValue(ref reader, out JsonDocument? parsed))
            {
                error = "not JSON";
                return false;
            }

            doc = parsed;
        }
        catch (JsonException e)
        {
            error = $"not JSON: {e.Message}";
            return false;
        }

        using (doc)
        {
            JsonElement root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = $"got a JSON {root.ValueKind}, want an object";
                return false;
            }

            string? sessionId = root.TryGetProperty("sessionId", out JsonElement s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
            if (root.TryGetProperty("id", out JsonElement idElement))
            {
                if (idElement.ValueKind != JsonValueKind.Number || !idElement.TryGetInt64(out long id) || id <= 0)
                {
                    error = $"got id {idElement.GetRawText()}, want a positive integer";
                    return false;
                }

                if (root.TryGetProperty("error", out JsonElement e) && e.ValueKind == JsonValueKind.Object)
                {
                    message = new CdpMessage
                    {
                        Kind = CdpMessageKind.Error,
                        Id = id,
                        SessionId = sessionId,
                        Body = Empty,
                        ErrorCode = e.TryGetProperty("code", out JsonElement code) && code.TryGetInt32(out int c) ? c : 0,
                        ErrorMessage = e.TryGetProperty("message", out JsonElement text) && text.ValueKind == JsonValueKind.String ? text.GetString() : "(no message)",
                    };
                }
                else
                {
                    message = new CdpMessage
                    {
                        Kind = CdpMessageKind.Response,
                        Id = id,
                        SessionId = sessionId,
                        Body = root.TryGetProperty("result", out JsonElement result) ? result.Clone() : Empty,
                    };
                }

                error = null;
                return true;
            }

            if (root.TryGetProperty("method", out JsonElement method) && method.ValueKind == JsonValueKind.String)
            {
                message = new CdpMessage
                {
                    Kind = CdpMessageKind.Event,
                    Method = method.GetString(),
                    SessionId = sessionId,
                    Body = root.TryGetProperty("params", out JsonElement p) ? p.Clone() : Empty,
                };
                error = null;
                return true;
            }

            error = "neither an id nor a method";
            return false;
        }
    }
}
