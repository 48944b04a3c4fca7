using System.Text.Json;
using System.Text.Json.Serialization;

namespace Vigil.Server.Http;

/// <summary>
/// The API's JSON conventions: camelCase members, enums as kebab-case strings, and strict reading —
/// an unknown member, a missing required member or a null where none is allowed is an error, never
/// silently dropped.
/// </summary>
public static class ApiJson
{
    /// <summary>Options for reading request bodies and writing responses.</summary>
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    /// <summary>Applies the conventions to <paramref name="options"/> (the framework's own, for minimal APIs).</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.RespectNullableAnnotations = true;
        options.RespectRequiredConstructorParameters = true;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        return options;
    }
}
