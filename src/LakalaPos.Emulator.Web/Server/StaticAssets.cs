namespace LakalaPos.Emulator.Web.Server;

/// <summary>The page, its style and its script, read once from the assembly's embedded resources (wwwroot/).</summary>
public static class StaticAssets
{
    private static readonly Dictionary<string, (string ContentType, byte[] Bytes)> Assets = Load();

    public static IReadOnlyCollection<string> Names => Assets.Keys;

    public static bool TryGet(string name, out string contentType, out byte[] bytes)
    {
        var found = Assets.TryGetValue(name, out var asset);
        (contentType, bytes) = found ? asset : ("", []);
        return found;
    }

    private static Dictionary<string, (string, byte[])> Load()
    {
        var assembly = typeof(StaticAssets).Assembly;
        var assets = new Dictionary<string, (string, byte[])>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(name => name.StartsWith("wwwroot/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            assets[resource["wwwroot/".Length..]] = (ContentType(resource), copy.ToArray());
        }
        return assets;
    }

    private static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };
}
