using System.Net;
using LakalaPos.Emulator.Web.Board;
using LakalaPos.Emulator.Web.Control;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ILogger = Serilog.ILogger;

namespace LakalaPos.Emulator.Web.Server;

/// <summary>
/// The web server of the browser emulator, on 127.0.0.1 only: the page, its live feed and the
/// inputs. Port 0 picks a free one; <see cref="Url"/> says which.
/// </summary>
public sealed class EmulatorServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EmulatorBoard _board;
    private readonly CancellationTokenSource _stopping;

    private EmulatorServer(WebApplication app, EmulatorBoard board, CancellationTokenSource stopping, Uri url)
    {
        _app = app;
        _board = board;
        _stopping = stopping;
        Url = url;
    }

    /// <summary>Where the page is, e.g. http://127.0.0.1:5080/.</summary>
    public Uri Url { get; }

    /// <summary>Starts serving; a port in use is an <see cref="IOException"/> that says so.</summary>
    public static async Task<EmulatorServer> StartAsync(EmulatorBoard board, EmulatorControls controls, int port, ILogger log)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, QuietLifetime>();
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.WebHost.UseKestrel(options =>
        {
            options.AddServerHeader = false;
            options.Listen(IPAddress.Loopback, port);
        });
        var app = builder.Build();
        var stopping = new CancellationTokenSource();
        app.Use(RequestGuard.Create(log));
        app.UseStatusCodePages(NoSuchAddress);
        EmulatorEndpoints.Map(app, board, controls, stopping.Token);
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            stopping.Dispose();
            throw;
        }
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new EmulatorServer(app, board, stopping, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _board.EndFeeds();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    /// <summary>A 404 or 405 from routing gets a message instead of an empty body.</summary>
    private static Task NoSuchAddress(StatusCodeContext status)
    {
        var request = status.HttpContext.Request;
        var path = EmulatorControls.Quoted(request.Path.Value);
        var message = status.HttpContext.Response.StatusCode == StatusCodes.Status405MethodNotAllowed
            ? $"{path} does not take {request.Method}; inputs are POST, the page and its feed GET"
            : $"nothing at {path}; the emulator's page is at /";
        return EmulatorEndpoints.Write(status.HttpContext, new InputResult(status.HttpContext.Response.StatusCode, new ApiReply(false, message)));
    }
}
