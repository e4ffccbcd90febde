using System.Text.Json.Nodes;

namespace LakalaPos.Profiles.Tests;

/// <summary>A temporary folder of profile files built from a valid profile with one change each.</summary>
internal sealed class ProfileScratch : IDisposable
{
    public ProfileScratch()
    {
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "lakalapos-profiles-" + Guid.NewGuid().ToString("N"));

    /// <summary>A complete, valid test profile named "sample".</summary>
    public static JsonObject Valid() => JsonNode.Parse("""
        {
          "name": "sample",
          "test": true,
          "display": { "driver": "headless", "columns": 32, "rows": 8 },
          "keypad": { "driver": "headless" },
          "printer": { "driver": "headless", "columns": 32, "optional": true },
          "cardReader": { "driver": "headless" },
          "host": { "link": "simulator", "tpdu": "6000030000", "masterKey": "0123456789ABCDEFFEDCBA9876543210" },
          "terminal": { "promptTimeoutSeconds": 60, "hostTimeoutSeconds": 60 },
          "security": { "dataKey": "00112233445566778899AABBCCDDEEFF00112233445566778899AABBCCDDEEFF" },
          "storage": { "dataDirectory": "data" }
        }
        """)!.AsObject();

    /// <summary>The valid profile with the value at a dotted path set (a missing parent object is created).</summary>
    public static JsonObject With(string path, JsonNode? value) => Set(Valid(), path, value);

    public static JsonObject Set(JsonObject profile, string path, JsonNode? value)
    {
        var (parent, key) = Parent(profile, path, create: true);
        parent![key] = value;
        return profile;
    }

    public static JsonObject Without(string path) => Remove(Valid(), path);

    public static JsonObject Remove(JsonObject profile, string path)
    {
        var (parent, key) = Parent(profile, path, create: false);
        parent?.Remove(key);
        return profile;
    }

    public string Write(JsonObject profile, string name = "sample") => WriteText(profile.ToJsonString(), name);

    public string WriteText(string text, string name = "sample")
    {
        var path = Path.Combine(Folder, name + ".json");
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private static (JsonObject? Parent, string Key) Parent(JsonObject root, string path, bool create)
    {
        var parts = path.Split('.');
        var node = root;
        foreach (var part in parts[..^1])
        {
            if (node[part] is not JsonObject child)
            {
                if (!create)
                    return (null, parts[^1]);
                child = new JsonObject();
                node[part] = child;
            }
            node = child;
        }
        return (node, parts[^1]);
    }
}
