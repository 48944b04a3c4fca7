using Microsoft.AspNetCore.Http;
using Vigil.Server.Live;

namespace Vigil.Server.Http;

/// <summary>A 200 answer of track frames (docs/track-frames.md): <paramref name="view"/> as a snapshot, a kind-1 frame and its continuation.</summary>
internal sealed class TrackFramesResult(PictureView view, TimeProvider clock) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = TrackFrames.MediaType;
        new TrackFrames().WriteSnapshot(httpContext.Response.BodyWriter, view, clock.GetUtcNow());
        await httpContext.Response.BodyWriter.FlushAsync(httpContext.RequestAborted).ConfigureAwait(false);
    }
}
