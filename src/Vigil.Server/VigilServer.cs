using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Vigil.Server.Access;
using Vigil.Server.Endpoints;
using Vigil.Server.Http;
using Vigil.Server.Live;

namespace Vigil.Server;

/// <summary>
/// The Vigil server: the REST API (OpenAPI document at <c>/openapi/v1.json</c>), the live stream and
/// the dashboard, over one SQLite database, in one process.
/// </summary>
public sealed class VigilServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private VigilServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>Where the server listens, e.g. <c>http://127.0.0.1:5080/</c>.</summary>
    public Uri Address { get; }

    /// <summary>The server's services (for the live picture and for tests).</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Builds the server and starts listening.</summary>
    public static async Task<VigilServer> StartAsync(ServerOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        WebApplication app = Build(options);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        string url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new VigilServer(app, new Uri(url.EndsWith('/') ? url : url + "/"));
    }

    /// <summary>Waits until the server is stopped (Ctrl-C, SIGTERM or <paramref name="cancellationToken"/>).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken) => _app.WaitForShutdownAsync(cancellationToken);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static WebApplication Build(ServerOptions options)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        builder.WebHost.UseKestrel(k => k.Listen(options.Address, options.Port));
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(options.Clock);
        builder.Services.AddSingleton(_ => new KeyRing(options.DbPath));
        builder.Services.AddSingleton<Live.EventHub>();
        builder.Services.AddLive(options);
        builder.Services.AddSingleton<Records.IncidentBook>();
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(o => ApiJson.Configure(o.SerializerOptions));
        builder.Services.AddAuthentication(ApiKeyAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        builder.Services.AddAuthorization(Policies.Add);
        builder.Services.AddOpenApi();

        WebApplication app = builder.Build();
        app.Services.GetRequiredService<Records.IncidentBook>(); // opens the records now: tables, pending log entries, the first snapshot
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        if (Directory.Exists(options.WebRoot))
        {
            var files = new PhysicalFileProvider(options.WebRoot);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }

        app.UseAuthentication();
        app.UseAuthorization();
        app.MapOpenApi();
        app.MapGroup("/api").MapVigilApi();
        return app;
    }
}
