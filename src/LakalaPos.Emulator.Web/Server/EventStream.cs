using LakalaPos.Emulator.Web.Board;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace LakalaPos.Emulator.Web.Server;

/// <summary>
/// GET /api/events: the board as server-sent events — "state" (everything) first, then "screen",
/// "paper", "slot", "host" and "log" as they change. The stream ends when the page goes, when it
/// falls too far behind, or when the emulator stops; the browser's EventSource then connects again.
/// </summary>
public static class EventStream
{
    public static async Task Serve(HttpContext context, EmulatorBoard board, CancellationToken stopping)
    {
        context.Response.ContentType = "text/event-stream; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        using var end = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        using var subscription = board.Subscribe();
        try
        {
            await context.Response.WriteAsync("retry: 1000\n\n", end.Token);
            await foreach (var change in subscription.Events.ReadAllAsync(end.Token))
            {
                await context.Response.WriteAsync($"event: {change.Name}\ndata: {change.Data}\n\n", end.Token);
                await context.Response.Body.FlushAsync(end.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away or the emulator is stopping: nothing more to send.
        }
    }
}
