using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LakalaPos.Emulator.Web.Board;

/// <summary>Source-generated JSON for everything the server sends: no reflection, so trimming and AOT keep it working.</summary>
[JsonSerializable(typeof(EmulatorSnapshot))]
[JsonSerializable(typeof(ScreenState))]
[JsonSerializable(typeof(PaperState))]
[JsonSerializable(typeof(CardSlotState))]
[JsonSerializable(typeof(HostState))]
[JsonSerializable(typeof(RegisterState))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(ApiReply))]
public sealed partial class EmulatorJson : JsonSerializerContext
{
    /// <summary>camelCase names; Chinese text and quotes written as they are (the answers are JSON and event streams, never HTML).</summary>
    public static EmulatorJson Web { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
