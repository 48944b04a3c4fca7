using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Vigil.Server.Http;

/// <summary>
/// Reads a JSON request body strictly and turns every way it can be wrong into a 400 problem that
/// says what and where: not JSON, too large, an unknown member, a missing one, a wrong type.
/// </summary>
public static class JsonBody
{
    /// <summary>The largest JSON body any endpoint takes.</summary>
    public const int MaxBytes = 1 << 20;

    /// <summary>Reads the body as <typeparamref name="T"/>; on failure <c>Problem</c> is the answer to send and nothing should change.</summary>
    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken, int maxBytes = MaxBytes)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasJsonContentType())
        {
            return (null, Problems.UnsupportedMediaType($"the body must be application/json, got '{request.ContentType ?? "(none)"}'"));
        }

        if (request.ContentLength > maxBytes)
        {
            return (null, Problems.BadRequest($"the body is {request.ContentLength} bytes; the limit is {maxBytes}"));
        }

        using var buffer = new MemoryStream();
        byte[] chunk = new byte[16384];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return (null, Problems.BadRequest($"the body is over the limit of {maxBytes} bytes"));
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return (null, Problems.BadRequest("the body is empty; a JSON object is required"));
        }

        try
        {
            T? value = JsonSerializer.Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), ApiJson.Options);
            return value is null ? (null, Problems.BadRequest("the body is null; a JSON object is required")) : (value, null);
        }
        catch (JsonException e)
        {
            string pointer = Pointer(e.Path);
            string where = e.LineNumber is { } line ? $" (line {line + 1}, byte {e.BytePositionInLine + 1})" : "";
            return (null, Problems.BadRequest($"{Reason(e)} at {pointer}{where}", pointer));
        }
    }

    /// <summary>The JSON Pointer (RFC 6901) for a System.Text.Json path such as <c>$.claims[0].stance</c>.</summary>
    internal static string Pointer(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return "/";
        }

        var sb = new System.Text.StringBuilder();
        foreach (string part in path.TrimStart('$').Split(['.', '['], StringSplitOptions.RemoveEmptyEntries))
        {
            string name = part.TrimEnd(']').Trim('\'');
            sb.Append('/').Append(name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));
        }

        return sb.ToString();
    }

    /// <summary>The first sentence of the serializer's message, which names the problem (unknown member, wrong type, missing member).</summary>
    private static string Reason(JsonException e)
    {
        string message = e.Message;
        int path = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (path > 0 ? message[..path] : message).TrimEnd('.');
    }
}
