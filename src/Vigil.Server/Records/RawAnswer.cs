using Microsoft.AspNetCore.Http;

namespace Vigil.Server.Records;

/// <summary>An answer whose body is already serialised (JSON by default, or any bytes): written as is, with its status, type and length.</summary>
/// <param name="Body">The body.</param>
/// <param name="Status">The HTTP status.</param>
/// <param name="ContentType">The media type.</param>
/// <param name="Location">The Location header, for 201.</param>
internal sealed record RawAnswer(ReadOnlyMemory<byte> Body, int Status = StatusCodes.Status200OK, string ContentType = "application/json", string? Location = null) : IResult
{
    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext)
    {
        HttpResponse response = httpContext.Response;
        response.StatusCode = Status;
        response.ContentType = ContentType;
        response.ContentLength = Body.Length;
        if (Location is not null)
        {
            response.Headers.Location = Location;
        }

        return response.Body.WriteAsync(Body, httpContext.RequestAborted).AsTask();
    }
}
