using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Vigil.Ledger.Json;

/// <summary>
/// The JSON Canonicalization Scheme of RFC 8785: one byte sequence per JSON value, so that anyone
/// can re-hash a log record. No whitespace; object members sorted by their names as UTF-16 code
/// units, recursively; strings with the minimal ECMAScript escaping; numbers as ECMAScript writes
/// IEEE-754 doubles; UTF-8 throughout.
/// </summary>
/// <remarks>
/// <para>Input must be I-JSON (RFC 7493), as RFC 8785 §3.1 requires: no duplicate member names, no
/// lone surrogates (as "\ud800" escapes; raw ones are invalid UTF-8), and numbers that are finite
/// doubles. Beyond RFC 8259 nothing is tolerated: no comments, no trailing commas, no byte order
/// mark, nothing after the value but whitespace, and at most <see cref="MaxDepth"/> levels.</para>
/// <para>Every number is read as the nearest IEEE-754 double, so the canonical form of an integer
/// beyond 2^53 (9007199254740993) is the double's (9007199254740992), and 1e-400 becomes 0. This
/// is the scheme's rule, not a loss this class could avoid: values that need more precision belong
/// in strings (RFC 8785 Appendix D).</para>
/// </remarks>
public static class CanonicalJson
{
    /// <summary>The deepest nesting of objects and arrays accepted: 64 (a root array is level 1).</summary>
    public const int MaxDepth = 64;

    /// <summary>Canonicalises one JSON text.</summary>
    /// <param name="utf8Json">The JSON text, UTF-8.</param>
    /// <param name="canonical">The canonical bytes, or an empty array on failure.</param>
    /// <param name="error">Null on success; otherwise what is wrong and where, as "byte N: …" with N
    /// counted from 0, for example <c>byte 17: duplicate key "a"</c>.</param>
    /// <returns>Whether <paramref name="utf8Json"/> is one valid I-JSON value.</returns>
    public static bool TryCanonicalize(
        ReadOnlySpan<byte> utf8Json, out byte[] canonical, [NotNullWhen(false)] out string? error)
    {
        var output = new ArrayBufferWriter<byte>(utf8Json.Length + 16);
        if (TryCanonicalize(utf8Json, output, out error))
        {
            canonical = output.WrittenSpan.ToArray();
            return true;
        }

        canonical = [];
        return false;
    }

    /// <summary>Canonicalises one JSON text into a buffer the caller owns.</summary>
    /// <param name="utf8Json">The JSON text, UTF-8.</param>
    /// <param name="destination">Receives the canonical bytes. On failure it may hold part of them:
    /// discard what was written.</param>
    /// <param name="error">Null on success; otherwise what is wrong and where, as "byte N: …".</param>
    /// <returns>Whether <paramref name="utf8Json"/> is one valid I-JSON value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/> is null.</exception>
    public static bool TryCanonicalize(
        ReadOnlySpan<byte> utf8Json, IBufferWriter<byte> destination, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(destination);
        return new JcsCanonicalizer(MaxDepth, lenient: false).TryCanonicalize(utf8Json, destination, out error);
    }

    /// <summary>The canonical bytes of a parsed element.</summary>
    /// <remarks>Comments and trailing commas that the element's document allowed are ignored.</remarks>
    /// <exception cref="ArgumentException">The element is not I-JSON (a duplicate member name, a lone
    /// surrogate, a number beyond the double range), is nested deeper than <see cref="MaxDepth"/>, or
    /// is the default (undefined) element.</exception>
    public static byte[] Serialize(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Undefined)
        {
            throw new ArgumentException("the element is undefined (a default JsonElement)", nameof(element));
        }

        var output = new ArrayBufferWriter<byte>();
        ReadOnlySpan<byte> raw = JsonMarshal.GetRawUtf8Value(element);
        return new JcsCanonicalizer(MaxDepth, lenient: true).TryCanonicalize(raw, output, out string? error)
            ? output.WrittenSpan.ToArray()
            : throw new ArgumentException($"not canonicalizable: {error}", nameof(element));
    }

    /// <summary>
    /// Serialises <paramref name="value"/> with System.Text.Json, then canonicalises the result.
    /// Naming and converters come from <paramref name="options"/>; order and layout from RFC 8785.
    /// </summary>
    /// <exception cref="ArgumentException">The serialised value is not I-JSON (for example, two
    /// properties mapped to one name) or is nested deeper than <see cref="MaxDepth"/>.</exception>
    /// <exception cref="NotSupportedException">System.Text.Json cannot serialise the type.</exception>
    public static byte[] Serialize<T>(T value, JsonSerializerOptions? options = null)
    {
        byte[] json = JsonSerializer.SerializeToUtf8Bytes(value, options);
        return TryCanonicalize(json, out byte[] canonical, out string? error)
            ? canonical
            : throw new ArgumentException($"not canonicalizable: {error}", nameof(value));
    }
}
