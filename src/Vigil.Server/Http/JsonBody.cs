using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
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
            return (null, Problems.BadRequest($"{Reason(e, typeof(T))} at {pointer}{where}", pointer));
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

    /// <summary>
    /// What the serializer's message says is wrong, in the body's terms: an unknown member, missing
    /// members, or a value of the wrong kind with the kind wanted (found from <paramref name="root"/>,
    /// the type read, and the error's path); never a .NET type's name.
    /// </summary>
    internal static string Reason(JsonException e, Type root)
    {
        string message = e.Message;
        int path = message.IndexOf(" Path:", StringComparison.Ordinal);
        message = (path > 0 ? message[..path] : message).TrimEnd('.');

        // "The JSON property 'colour' could not be mapped to any .NET member contained in type '…'"
        const string Property = "The JSON property '";
        if (message.StartsWith(Property, StringComparison.Ordinal) && message.IndexOf('\'', Property.Length) is > 0 and int close)
        {
            return $"unknown member '{message[Property.Length..close]}'";
        }

        // "JSON deserialization for type '…' was missing required properties including: 'lon'"
        const string Missing = "missing required properties including: ";
        if (message.IndexOf(Missing, StringComparison.Ordinal) is >= 0 and int missing)
        {
            return $"missing member {message[(missing + Missing.Length)..]}";
        }

        // "The JSON value could not be converted to …" names the object holding the value.
        if (message.Contains("could not be converted to ", StringComparison.Ordinal))
        {
            return $"wrong type: want {Wanted(TypeAt(root, e.Path))}";
        }

        return message; // the reader's own words on malformed JSON name no types
    }

    /// <summary>The type a body of <paramref name="root"/> holds at a System.Text.Json path such as <c>$.claims[0].stance</c>, or null.</summary>
    private static Type? TypeAt(Type root, string? path)
    {
        Type? type = root;
        foreach (string part in (path ?? "$").TrimStart('$').Split(['.', '['], StringSplitOptions.RemoveEmptyEntries))
        {
            if (type is null)
            {
                return null;
            }

            var info = ApiJson.Options.GetTypeInfo(type);
            type = info.Kind is JsonTypeInfoKind.Enumerable or JsonTypeInfoKind.Dictionary
                ? info.ElementType // an index or a key: the element's type
                : info.Properties.FirstOrDefault(p => p.Name == part.TrimEnd(']').Trim('\''))?.PropertyType;
        }

        return type;
    }

    /// <summary>The kind of JSON value a .NET type is read from, e.g. "a number" or "one of asserts, denies".</summary>
    private static string Wanted(Type? type)
    {
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        if (type is null)
        {
            return "another kind of value";
        }

        if (type.IsEnum)
        {
            return "one of " + string.Join(", ", Enum.GetValues(type).Cast<object>().Select(v => JsonSerializer.Serialize(v, type, ApiJson.Options).Trim('"')));
        }

        return Type.GetTypeCode(type) switch
        {
            TypeCode.String or TypeCode.Char => "a string",
            TypeCode.Boolean => "true or false",
            TypeCode.Byte or TypeCode.SByte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32 or TypeCode.UInt32
                or TypeCode.Int64 or TypeCode.UInt64 or TypeCode.Single or TypeCode.Double or TypeCode.Decimal => "a number",
            _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => "a date and time, e.g. 2026-07-01T03:00:00Z",
            _ when type == typeof(DateOnly) => "a date, e.g. 2026-07-01",
            _ when type.IsArray || type.IsAssignableTo(typeof(System.Collections.IEnumerable)) => "an array",
            _ => "an object",
        };
    }
}
