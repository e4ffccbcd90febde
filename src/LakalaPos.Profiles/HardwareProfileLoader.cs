using System.Text.Json;
using System.Text.RegularExpressions;
using LakalaPos.Shared;

namespace LakalaPos.Profiles;

/// <summary>
/// Loads hardware profiles (hardware-profiles/NAME.json). Every problem — a missing file, bad
/// JSON, an unknown or missing key, a wrong type or value — is a <see cref="HardwareProfileException"/>
/// whose one-line message names the file and the key. Uses JsonDocument only (NativeAOT-safe).
/// </summary>
public static partial class HardwareProfileLoader
{
    public const string FileExtension = ".json";

    /// <summary>Dotted paths of every value key a profile may hold (e.g. "printer.columns").</summary>
    public static IReadOnlyList<string> KnownKeys { get; } = ProfileKeys.Root.ValuePaths().ToList();

    /// <summary>Loads the profile file at <paramref name="path"/>; its name is the file name without ".json".</summary>
    public static HardwareProfile Load(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new HardwareProfileException(path, null, "file not found");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new HardwareProfileException(path, null, $"cannot read: {Echo.Cut(e.Message, Echo.MaxPathCharacters)}");
        }
        return Parse(bytes, path);
    }

    /// <summary>Loads <paramref name="directory"/>/NAME.json, as the replay command <c>profile NAME</c> does.</summary>
    public static HardwareProfile LoadByName(string directory, string name)
    {
        var path = Path.Combine(directory, name + FileExtension);
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            throw new HardwareProfileException(path, null, $"a profile name is letters, digits, '-' and '_', was \"{Echo.Cut(name)}\"");
        if (!File.Exists(path))
        {
            var available = AvailableNames(directory);
            throw new HardwareProfileException(path, null,
                available.Count == 0 ? "no such profile (the folder has none)" : $"no such profile (available: {string.Join(", ", available)})");
        }
        return Load(path);
    }

    /// <summary>Names of the profiles in <paramref name="directory"/>, sorted; the schema file is not a profile.</summary>
    public static IReadOnlyList<string> AvailableNames(string directory)
    {
        if (!Directory.Exists(directory))
            return [];
        return Directory.EnumerateFiles(directory, "*" + FileExtension)
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Where(name => !name.Contains('.'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Parses profile JSON; <paramref name="path"/> names it in messages and gives the profile its name.</summary>
    public static HardwareProfile Parse(ReadOnlyMemory<byte> json, string path)
    {
        if (json.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            json = json[3..];
        // JsonDocument accepts malformed UTF-8 inside strings and fails only when a string is read.
        if (!System.Text.Unicode.Utf8.IsValid(json.Span))
            throw new HardwareProfileException(path, null, "not valid UTF-8 text");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new HardwareProfileException(path, null, $"line {(e.LineNumber ?? 0) + 1}: invalid JSON: {ReaderReason(e)}", e);
        }
        using (document)
        {
            var root = JsonSection.OpenRoot(path, document.RootElement, ProfileKeys.Root);
            return HardwareProfileParser.Parse(root, FileStem(path));
        }
    }

    private static string FileStem(string path)
    {
        var fileName = Path.GetFileName(path);
        return fileName.EndsWith(FileExtension, StringComparison.OrdinalIgnoreCase) ? fileName[..^FileExtension.Length] : fileName;
    }

    /// <summary>The reader's own words without its position suffix, which the message already gives as a line number.</summary>
    private static string ReaderReason(JsonException e)
    {
        var message = e.Message;
        var position = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var reason = position > 0 ? message[..position] : message;
        // Advice meant for programmers, not for whoever edits the profile.
        reason = reason.Replace(" Change the reader options.", "", StringComparison.Ordinal).TrimEnd();
        // The reader quotes the token it stopped at, however long: cut it like any echoed value.
        return QuotedToken().Replace(reason, m => $"'{Echo.Cut(m.Groups[1].Value)}'");
    }

    [GeneratedRegex("'([^']{65,})'")]
    private static partial Regex QuotedToken();
}
