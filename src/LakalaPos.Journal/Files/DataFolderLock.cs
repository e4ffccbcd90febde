using System.Globalization;
using System.Text;

namespace LakalaPos.Journal.Files;

/// <summary>
/// The data folder is used by one process at a time: <c>lakalapos.lock</c> in it is held open
/// exclusively (FileShare.None, an flock on Linux) for as long as the process runs. The operating
/// system lets go of it when the process ends in any way, kill -9 and power cuts included, so a
/// stale lock never keeps a terminal from starting. The file holds the owner's process id.
/// </summary>
public sealed class DataFolderLock : IDisposable
{
    public const string FileName = "lakalapos.lock";

    private readonly FileStream _file;

    private DataFolderLock(FileStream file)
    {
        _file = file;
    }

    /// <exception cref="DataFolderInUseException">Another process holds the folder.</exception>
    public static DataFolderLock Acquire(string dataDirectory)
    {
        var folder = Path.GetFullPath(dataDirectory);
        var path = Path.Combine(folder, FileName);
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex) when (File.Exists(path))
        {
            throw new DataFolderInUseException(folder, OwnerOf(path), ex);
        }

        // Never deleted: a lock file removed and created again could be held by two processes at once.
        file.SetLength(0);
        file.Write(Encoding.ASCII.GetBytes($"pid {Environment.ProcessId}\n"));
        file.Flush();
        return new DataFolderLock(file);
    }

    public void Dispose() => _file.Dispose();

    private static int? OwnerOf(string path)
    {
        var text = NativeFiles.ReadHead(path, 64) is { } head ? Encoding.ASCII.GetString(head) : "";
        return text.StartsWith("pid ", StringComparison.Ordinal)
            && int.TryParse(text.AsSpan(4).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
    }
}

/// <summary>Another lakalapos holds the data folder (<see cref="DataFolderLock"/>).</summary>
public sealed class DataFolderInUseException(string folder, int? ownerPid, Exception inner)
    : IOException($"another lakalapos is using data folder {folder} (pid {ownerPid?.ToString(CultureInfo.InvariantCulture) ?? "unknown"})", inner)
{
    public string Folder { get; } = folder;

    public int? OwnerPid { get; } = ownerPid;
}
