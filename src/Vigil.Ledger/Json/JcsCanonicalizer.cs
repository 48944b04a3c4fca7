using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Vigil.Ledger.Json;

/// <summary>
/// One canonicalisation: reads a JSON text with <see cref="Utf8JsonReader"/> and writes its RFC 8785
/// form. Arrays and scalars stream straight to the output; each object's members are written to a
/// scratch buffer for its depth, then copied out in sorted order. Not thread-safe: one per call.
/// </summary>
internal sealed class JcsCanonicalizer
{
    /// <summary>Longest number text quoted in full in an error message.</summary>
    private const int MaxQuotedNumber = 40;

    private static readonly Comparison<Member> ByKey = static (a, b) =>
    {
        int c = string.CompareOrdinal(a.Key, b.Key); // UTF-16 code units as unsigned integers
        return c != 0 ? c : a.KeyAt.CompareTo(b.KeyAt);
    };

    private readonly JsonReaderOptions _options;
    private readonly int _maxDepth;
    private readonly ObjectFrame?[] _frames;
    private byte[] _unescaped = [];
    private string? _error;

    /// <param name="maxDepth">Deepest nesting of objects and arrays accepted.</param>
    /// <param name="lenient">Skip comments and allow trailing commas (for text that a
    /// <see cref="JsonDocument"/> has already accepted).</param>
    public JcsCanonicalizer(int maxDepth, bool lenient)
    {
        _maxDepth = maxDepth;
        _frames = new ObjectFrame?[maxDepth];
        _options = new JsonReaderOptions
        {
            // One more than ours, so the depth error is ours and says where.
            MaxDepth = maxDepth + 1,
            CommentHandling = lenient ? JsonCommentHandling.Skip : JsonCommentHandling.Disallow,
            AllowTrailingCommas = lenient,
        };
    }

    /// <summary>Canonicalises one JSON text into <paramref name="output"/>.</summary>
    /// <returns>False with a "byte N: what" <paramref name="error"/> (N counted from 0) for bad input;
    /// <paramref name="output"/> may then hold part of a value.</returns>
    public bool TryCanonicalize(ReadOnlySpan<byte> json, IBufferWriter<byte> output, [NotNullWhen(false)] out string? error)
    {
        if (!Utf8.IsValid(json))
        {
            error = $"byte {FirstInvalidUtf8(json)}: invalid UTF-8";
            return false;
        }

        if (json.StartsWith("\uFEFF"u8))
        {
            error = "byte 0: byte order mark not allowed";
            return false;
        }

        int start = SkipWhitespace(json, 0);
        if (start == json.Length)
        {
            error = $"byte {start}: no JSON value";
            return false;
        }

        var reader = new Utf8JsonReader(json, _options);
        try
        {
            if (!reader.Read() || !TryWriteValue(ref reader, output))
            {
                error = _error ?? $"byte {json.Length}: unexpected end of input";
                return false;
            }
        }
        catch (JsonException e)
        {
            error = Describe(e, json);
            return false;
        }

        int trailing = SkipWhitespace(json, checked((int)reader.BytesConsumed));
        if (trailing < json.Length)
        {
            error = $"byte {trailing}: trailing data after the JSON value";
            return false;
        }

        error = null;
        return true;
    }

    private bool TryWriteValue(ref Utf8JsonReader reader, IBufferWriter<byte> output)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return TryWriteObject(ref reader, output);
            case JsonTokenType.StartArray:
                return TryWriteArray(ref reader, output);
            case JsonTokenType.String:
                return TryWriteString(ref reader, output);
            case JsonTokenType.Number:
                return TryWriteNumber(ref reader, output);
            case JsonTokenType.True:
                output.Write("true"u8);
                return true;
            case JsonTokenType.False:
                output.Write("false"u8);
                return true;
            case JsonTokenType.Null:
                output.Write("null"u8);
                return true;
            default:
                return Fail(reader.TokenStartIndex, $"unexpected {reader.TokenType}");
        }
    }

    private bool TryWriteArray(ref Utf8JsonReader reader, IBufferWriter<byte> output)
    {
        if (!CheckDepth(ref reader))
        {
            return false;
        }

        JcsString.WriteByte(output, (byte)'[');
        bool first = true;
        while (true)
        {
            if (!reader.Read())
            {
                return false; // end of input; the caller names it
            }

            if (reader.TokenType == JsonTokenType.EndArray)
            {
                break;
            }

            if (!first)
            {
                JcsString.WriteByte(output, (byte)',');
            }

            first = false;
            if (!TryWriteValue(ref reader, output))
            {
                return false;
            }
        }

        JcsString.WriteByte(output, (byte)']');
        return true;
    }

    private bool TryWriteObject(ref Utf8JsonReader reader, IBufferWriter<byte> output)
    {
        if (!CheckDepth(ref reader))
        {
            return false;
        }

        // Objects open at the same time sit at different depths, so one frame per depth suffices.
        ObjectFrame frame = _frames[reader.CurrentDepth] ??= new ObjectFrame();
        frame.Clear();
        while (true)
        {
            if (!reader.Read())
            {
                return false;
            }

            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            // Each member is written whole ("key":value) to the frame's buffer.
            long keyAt = reader.TokenStartIndex;
            int start = frame.Values.WrittenCount;
            if (!TryDecode(ref reader, out ReadOnlySpan<byte> key))
            {
                return false;
            }

            string name = Encoding.UTF8.GetString(key);
            JcsString.WriteQuoted(key, frame.Values);
            JcsString.WriteByte(frame.Values, (byte)':');
            if (!reader.Read())
            {
                return false;
            }

            if (!TryWriteValue(ref reader, frame.Values))
            {
                return false;
            }

            frame.Members.Add(new Member(name, keyAt, start, frame.Values.WrittenCount - start));
        }

        Span<Member> members = CollectionsMarshal.AsSpan(frame.Members);
        members.Sort(ByKey);

        // I-JSON (RFC 7493 §2.3): names are unique. Equal names are now adjacent, in document order;
        // report the first repeat the document reaches.
        Member? duplicate = null;
        for (int i = 1; i < members.Length; i++)
        {
            if (members[i].Key == members[i - 1].Key && (duplicate is null || members[i].KeyAt < duplicate.Value.KeyAt))
            {
                duplicate = members[i];
            }
        }

        if (duplicate is { } d)
        {
            return Fail(d.KeyAt, $"duplicate key {Quote(d.Key)}");
        }

        ReadOnlySpan<byte> values = frame.Values.WrittenSpan;
        JcsString.WriteByte(output, (byte)'{');
        for (int i = 0; i < members.Length; i++)
        {
            if (i > 0)
            {
                JcsString.WriteByte(output, (byte)',');
            }

            output.Write(values.Slice(members[i].Start, members[i].Length));
        }

        JcsString.WriteByte(output, (byte)'}');
        return true;
    }

    private bool TryWriteString(ref Utf8JsonReader reader, IBufferWriter<byte> output)
    {
        if (!TryDecode(ref reader, out ReadOnlySpan<byte> text))
        {
            return false;
        }

        JcsString.WriteQuoted(text, output);
        return true;
    }

    private bool TryWriteNumber(ref Utf8JsonReader reader, IBufferWriter<byte> output)
    {
        // The reader has checked the JSON number grammar. Parsing rounds to the nearest double, as
        // ECMAScript does: integers beyond 2^53 and long fractions lose digits; that is the scheme.
        ReadOnlySpan<byte> text = reader.ValueSpan;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            || !double.IsFinite(value))
        {
            string shown = text.Length <= MaxQuotedNumber
                ? Encoding.ASCII.GetString(text)
                : Encoding.ASCII.GetString(text[..MaxQuotedNumber]) + "…";
            return Fail(reader.TokenStartIndex, $"number {shown} is not a finite IEEE-754 double");
        }

        Span<byte> buffer = stackalloc byte[JcsNumber.MaxLength];
        output.Write(buffer[..JcsNumber.Format(value, buffer)]);
        return true;
    }

    /// <summary>The current string or property-name token, unescaped to UTF-8.</summary>
    private bool TryDecode(ref Utf8JsonReader reader, out ReadOnlySpan<byte> text)
    {
        ReadOnlySpan<byte> raw = reader.ValueSpan;
        if (!reader.ValueIsEscaped)
        {
            text = raw; // valid UTF-8, checked up front; no quote, backslash or control byte
            return true;
        }

        if (_unescaped.Length < raw.Length)
        {
            _unescaped = new byte[Math.Max(raw.Length, 2 * _unescaped.Length)];
        }

        if (!JcsString.TryUnescape(raw, _unescaped, out int written, out int errorAt, out string? error))
        {
            text = default;
            return Fail(reader.TokenStartIndex + 1 + errorAt, error!);
        }

        text = _unescaped.AsSpan(0, written);
        return true;
    }

    private bool CheckDepth(ref Utf8JsonReader reader) =>
        reader.CurrentDepth < _maxDepth
        || Fail(reader.TokenStartIndex, $"nesting deeper than {_maxDepth} levels");

    private bool Fail(long at, string message)
    {
        _error = $"byte {at}: {message}";
        return false;
    }

    /// <summary>A reader exception as "byte N: what", N counted from the start of the text.</summary>
    private static string Describe(JsonException e, ReadOnlySpan<byte> json)
    {
        // The reader counts lines by '\n'; find where its line starts.
        long line = e.LineNumber ?? 0, lineStart = 0;
        for (int i = 0; line > 0 && i < json.Length; i++)
        {
            if (json[i] == (byte)'\n')
            {
                line--;
                lineStart = i + 1;
            }
        }

        long offset = lineStart + (e.BytePositionInLine ?? 0);

        if (offset >= json.Length)
        {
            return $"byte {json.Length}: unexpected end of input";
        }

        // The reader appends " LineNumber: L | BytePositionInLine: B."; the offset says it better.
        // Its advice to change the reader options does not apply: this scheme allows no extensions.
        string message = e.Message;
        int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        message = (cut >= 0 ? message[..cut] : message).Replace(" Change the reader options.", "", StringComparison.Ordinal);
        return $"byte {offset}: {message}";
    }

    private static int SkipWhitespace(ReadOnlySpan<byte> json, int from)
    {
        int skipped = json[from..].IndexOfAnyExcept(" \t\n\r"u8);
        return skipped < 0 ? json.Length : from + skipped;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> json)
    {
        int at = 0;
        while (at < json.Length)
        {
            if (Rune.DecodeFromUtf8(json[at..], out _, out int consumed) != OperationStatus.Done)
            {
                return at;
            }

            at += consumed;
        }

        return at;
    }

    /// <summary>A key as a JSON string for messages (escaped, so controls stay visible).</summary>
    private static string Quote(string key)
    {
        var buffer = new ArrayBufferWriter<byte>();
        JcsString.WriteQuoted(Encoding.UTF8.GetBytes(key), buffer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private readonly record struct Member(string Key, long KeyAt, int Start, int Length);

    private sealed class ObjectFrame
    {
        public ArrayBufferWriter<byte> Values { get; } = new();

        public List<Member> Members { get; } = [];

        public void Clear()
        {
            Values.ResetWrittenCount();
            Members.Clear();
        }
    }
}
