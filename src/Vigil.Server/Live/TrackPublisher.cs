using Microsoft.Extensions.Hosting;

namespace Vigil.Server.Live;

/// <summary>Runs the picture's publisher loop for the server's lifetime.</summary>
internal sealed class TrackPublisher(LivePicture picture) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => picture.RunPublisherAsync(stoppingToken);
}
