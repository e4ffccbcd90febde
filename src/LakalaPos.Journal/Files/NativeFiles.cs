using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace LakalaPos.Journal.Files;

/// <summary>
/// The two things .NET's file API cannot do on Linux: fsync a directory (so a rename survives a
/// power cut) and read a file another process holds locked (.NET takes an flock lock on every open).
/// Elsewhere the first does nothing and the second gives null.
/// </summary>
internal static partial class NativeFiles
{
    private const int ReadOnly = 0;

    /// <summary>Makes the directory's entries (a file just renamed into it) durable.</summary>
    public static void SyncDirectory(string directory)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
            return;
        using var handle = OpenReadOnly(directory)
            ?? throw new IOException($"cannot open directory '{directory}' to sync it (errno {Marshal.GetLastPInvokeError()})");
        if (Fsync(handle) != 0)
            throw new IOException($"cannot sync directory '{directory}' (errno {Marshal.GetLastPInvokeError()})");
    }

    /// <summary>The start of a file, read without taking a lock; null when it cannot be read.</summary>
    public static byte[]? ReadHead(string path, int maxBytes)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
            return null;
        using var handle = OpenReadOnly(path);
        if (handle is null)
            return null;
        var buffer = new byte[maxBytes];
        var read = RandomAccess.Read(handle, buffer, 0);
        return buffer[..read];
    }

    private static SafeFileHandle? OpenReadOnly(string path)
    {
        var descriptor = Open(path, ReadOnly);
        if (descriptor < 0)
            return null;
        return new SafeFileHandle(descriptor, ownsHandle: true);
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int Fsync(SafeFileHandle descriptor);
}
