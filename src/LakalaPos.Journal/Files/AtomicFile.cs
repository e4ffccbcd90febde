namespace LakalaPos.Journal.Files;

/// <summary>
/// Replaces a file so that a power cut leaves the old content or the new, never a mix: write a
/// temporary file beside it, fsync it, rename it over the old one, fsync the directory.
/// </summary>
internal static class AtomicFile
{
    public static void Write(string path, byte[] content, bool flushToDisk = true)
    {
        var temporary = TemporaryFor(path);
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(content);
            stream.Flush(flushToDisk);
        }

        Rename(temporary, path, flushToDisk);
    }

    /// <summary>Where to build the new content of <paramref name="path"/> before <see cref="MoveIntoPlace"/>.</summary>
    public static string TemporaryFor(string path) => path + ".tmp";

    /// <summary>Makes a finished temporary file durable and renames it over <paramref name="path"/>.</summary>
    public static void MoveIntoPlace(string temporary, string path)
    {
        using (var stream = new FileStream(temporary, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
            stream.Flush(flushToDisk: true);
        Rename(temporary, path);
    }

    private static void Rename(string temporary, string path, bool flushToDisk = true)
    {
        File.Move(temporary, path, overwrite: true);
        if (flushToDisk)
            NativeFiles.SyncDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
    }
}
