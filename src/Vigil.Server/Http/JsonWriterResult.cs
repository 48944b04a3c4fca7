using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Vigil.Server.Http;

/// <summary>A 200 answer whose JSON is written straight into the response by <paramref name="write"/> (for large answers built without an object graph).</summary>
internal sealed class JsonWriterResult(Action<Utf8JsonWriter> write) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        await using (var json = new Utf8JsonWriter(httpContext.Response.BodyWriter, new JsonWriterOptions { SkipValidation = true }))
        {
            write(json);
            await json.FlushAsync(httpContext.RequestAborted).ConfigureAwait(false);
        }

        await httpContext.Response.BodyWriter.FlushAsync(httpContext.RequestAborted).ConfigureAwait(false);
    }
}
