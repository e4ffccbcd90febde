using System.Text.Json;
using System.Text.Json.Nodes;
using LakalaPos.Profiles;

namespace LakalaPos.Terminal.Bench;

/// <summary>A copy of a profile file with its serial devices replaced by ptys, written where `run --profiles` can find it.</summary>
internal static class BenchProfile
{
    private static readonly string[] Sections = ["display", "keypad", "printer", "cardReader"];

    /// <summary>Writes <paramref name="folder"/>/NAME.json and loads it back as `run` would; returns its path.</summary>
    public static string Write(string originalPath, string name, IReadOnlyDictionary<string, string> substitutes, string folder)
    {
        var root = JsonNode.Parse(File.ReadAllText(originalPath)) ?? throw new HardwareProfileException(originalPath, null, "empty profile");
        foreach (var section in Sections)
        {
            if (root[section]?["serial"] is JsonObject serial && serial["device"]?.GetValue<string>() is { } device && substitutes.TryGetValue(device, out var pty))
                serial["device"] = pty;
        }
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + HardwareProfileLoader.FileExtension);
        File.WriteAllText(path, root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        HardwareProfileLoader.Load(path);
        return path;
    }
}
