using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using Vigil.Ledger.Merkle;
using Vigil.Ledger.Notes;

namespace Vigil.Ledger.Verification;

/// <summary>
/// Reads the fields of the ledger's JSON files (proofs, bundles) strictly, each failure naming the
/// JSON path of the value at fault, e.g. <c>$.entries[3]: not canonical base64</c>. Properties not
/// asked for are ignored.
/// </summary>
internal static class JsonInput
{
    /// <summary>Parses a whole JSON document whose root must be an object.</summary>
    public static bool TryParseObject(ReadOnlyMemory<byte> utf8, [NotNullWhen(true)] out JsonDocument? document, out string error)
    {
        document = null;
        try
        {
            document = JsonDocument.Parse(utf8);
        }
        catch (JsonException e)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"not valid JSON at line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1}");
            return false;
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            error = $"$: got {Kind(document.RootElement.ValueKind)}, want an object";
            document.Dispose();
            document = null;
            return false;
        }

        error = string.Empty;
        return true;
    }

    /// <summary>The property <paramref name="name"/> of the object at <paramref name="path"/>, which must have this kind.</summary>
    public static bool TryProperty(JsonElement obj, string path, string name, JsonValueKind kind, out JsonElement value, out string error)
    {
        string at = $"{path}.{name}";
        if (!obj.TryGetProperty(name, out value))
        {
            error = $"{at}: missing";
            return false;
        }

        return TryKind(value, at, kind, out error);
    }

    /// <summary>A string property.</summary>
    public static bool TryString(JsonElement obj, string path, string name, [NotNullWhen(true)] out string? value, out string error)
    {
        value = null;
        return TryProperty(obj, path, name, JsonValueKind.String, out JsonElement e, out error) && TryText(e, $"{path}.{name}", out value, out error);
    }

    /// <summary>The text of a JSON string, or an error if it is not a string or not valid UTF-8.</summary>
    public static bool TryText(JsonElement value, string at, [NotNullWhen(true)] out string? text, out string error)
    {
        text = null;
        if (!TryKind(value, at, JsonValueKind.String, out error))
        {
            return false;
        }

        try
        {
            text = value.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            error = $"{at}: not valid UTF-8";
            return false;
        }
    }

    /// <summary>An integer property in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static bool TryInteger(JsonElement obj, string path, string name, long min, long max, out long value, out string error)
    {
        value = 0;
        if (!TryProperty(obj, path, name, JsonValueKind.Number, out JsonElement e, out error))
        {
            return false;
        }

        if (!e.TryGetInt64(out value))
        {
            error = $"{path}.{name}: got {e.GetRawText()}, want an integer";
            return false;
        }

        if (value < min || value > max)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"{path}.{name}: got {value}, want {min} … {max}");
            return false;
        }

        return true;
    }

    /// <summary>The elements of an array property.</summary>
    public static bool TryArray(JsonElement obj, string path, string name, out JsonElement[] items, out string error)
    {
        items = [];
        if (!TryProperty(obj, path, name, JsonValueKind.Array, out JsonElement e, out error))
        {
            return false;
        }

        items = [.. e.EnumerateArray()];
        return true;
    }

    /// <summary>An array property of 32-byte hashes in base64.</summary>
    public static bool TryHashes(JsonElement obj, string path, string name, [NotNullWhen(true)] out Hash[]? hashes, out string error)
    {
        hashes = null;
        if (!TryArray(obj, path, name, out JsonElement[] items, out error))
        {
            return false;
        }

        var result = new Hash[items.Length];
        for (int i = 0; i < items.Length; i++)
        {
            if (!TryHash(items[i], Index(path, name, i), out result[i], out error))
            {
                return false;
            }
        }

        hashes = result;
        return true;
    }

    /// <summary>A 32-byte hash in canonical base64.</summary>
    public static bool TryHash(JsonElement value, string at, out Hash hash, out string error)
    {
        hash = default;
        if (!TryBytes(value, at, out byte[]? bytes, out error))
        {
            return false;
        }

        if (bytes.Length != Rfc9162.HashSize)
        {
            error = $"{at}: a hash is {Rfc9162.HashSize} bytes, got {bytes.Length}";
            return false;
        }

        hash = Hash.From(bytes);
        return true;
    }

    /// <summary>Bytes in canonical standard base64 (padded, no whitespace); the empty string is no bytes.</summary>
    public static bool TryBytes(JsonElement value, string at, [NotNullWhen(true)] out byte[]? bytes, out string error)
    {
        bytes = null;
        if (!TryText(value, at, out string? text, out error))
        {
            return false;
        }

        bytes = text.Length == 0 ? [] : NoteSyntax.DecodeBase64(text);
        if (bytes is null)
        {
            error = $"{at}: not canonical base64";
            return false;
        }

        return true;
    }

    /// <summary>The path of element <paramref name="i"/> of the array property <paramref name="name"/>.</summary>
    public static string Index(string path, string name, int i) => string.Create(CultureInfo.InvariantCulture, $"{path}.{name}[{i}]");

    private static bool TryKind(JsonElement value, string at, JsonValueKind kind, out string error)
    {
        if (value.ValueKind != kind)
        {
            error = $"{at}: got {Kind(value.ValueKind)}, want {Kind(kind)}";
            return false;
        }

        error = string.Empty;
        return true;
    }

    private static string Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
