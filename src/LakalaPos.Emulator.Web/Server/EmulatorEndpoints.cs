using System.Text;
using System.Text.Json;
using LakalaPos.Emulator.Web.Board;
using LakalaPos.Emulator.Web.Control;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LakalaPos.Emulator.Web.Server;

/// <summary>
/// The emulator's addresses. Handlers are plain request delegates that read their route values
/// themselves (no reflection-based binding: trimming and AOT keep working); every answer to an
/// input is JSON {ok, message}, a bad one with a 4xx status and a message that says what is wrong.
/// </summary>
public static class EmulatorEndpoints
{
    public const int LongestBody = 1024;

    /// <summary>A register request may carry up to 99 items.</summary>
    public const int LongestRegisterBody = 8192;

    public static void Map(IEndpointRouteBuilder app, EmulatorBoard board, EmulatorControls controls, CancellationToken stopping)
    {
        app.MapGet("/", context => Asset(context, "index.html"));
        app.MapGet("/api/state", context =>
        {
            SetJson(context);
            return context.Response.WriteAsync(JsonSerializer.Serialize(board.Snapshot(), EmulatorJson.Web.EmulatorSnapshot));
        });
        app.MapGet("/api/events", context => EventStream.Serve(context, board, stopping));
        app.MapPost("/api/keys/{name}", context => Reply(context, controls.PressKey(Route(context, "name"))));
        app.MapPost("/api/card/remove", context => Reply(context, controls.RemoveCard()));
        app.MapPost("/api/card/bad-swipe", context => Reply(context, controls.BadSwipe()));
        app.MapPost("/api/card/{action}/{name}", context => Reply(context, controls.Card(Route(context, "action"), Route(context, "name"))));
        app.MapPost("/api/paper/{state}", context => Reply(context, controls.Paper(Route(context, "state"))));
        app.MapPost("/api/host", async context =>
        {
            var command = await Body(context);
            await Write(context, command is null ? InputResult.Refused($"the request body is over {LongestBody} bytes") : controls.Host(command));
        });
        app.MapPost("/api/register", async context =>
        {
            var command = await Body(context, LongestRegisterBody);
            await Write(context, command is null ? InputResult.Refused($"the request body is over {LongestRegisterBody} bytes") : controls.Register(command));
        });
        app.MapGet("/{asset}", context => Asset(context, Route(context, "asset") ?? ""));
    }

    public static Task Write(HttpContext context, InputResult result)
    {
        context.Response.StatusCode = result.Status;
        SetJson(context);
        return context.Response.WriteAsync(JsonSerializer.Serialize(result.Reply, EmulatorJson.Web.ApiReply));
    }

    private static async Task Reply(HttpContext context, Task<InputResult> result) => await Write(context, await result);

    private static string? Route(HttpContext context, string name) => context.Request.RouteValues[name] as string;

    private static void SetJson(HttpContext context)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
    }

    private static Task Asset(HttpContext context, string name)
    {
        if (!StaticAssets.TryGet(name, out var contentType, out var bytes))
            return Write(context, new InputResult(404, new ApiReply(false, $"nothing at {EmulatorControls.Quoted("/" + name)}; the emulator's page is at /")));
        context.Response.ContentType = contentType;
        context.Response.Headers.CacheControl = "no-cache";
        return context.Response.Body.WriteAsync(bytes).AsTask();
    }

    /// <summary>The request's body as text (a host command, a register request); null when it is over <paramref name="limit"/> bytes.</summary>
    private static async Task<string?> Body(HttpContext context, int limit = LongestBody)
    {
        var buffer = new byte[limit + 1];
        var read = 0;
        int n;
        while (read < buffer.Length && (n = await context.Request.Body.ReadAsync(buffer.AsMemory(read), context.RequestAborted)) > 0)
            read += n;
        return read > limit ? null : Encoding.UTF8.GetString(buffer, 0, read);
    }
}
