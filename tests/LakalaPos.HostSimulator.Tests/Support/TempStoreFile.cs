namespace LakalaPos.HostSimulator.Tests.Support;

/// <summary>A fresh folder for a store file, removed with everything in it when the test ends.</summary>
public sealed class TempStoreFile : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lakala-host-store-").FullName;

    public string Path => System.IO.Path.Combine(_folder, "host.db");

    /// <summary>The bytes of the store file and its WAL, as a reader of the disk would find them.</summary>
    public byte[] AllBytes() =>
        Directory.GetFiles(_folder).SelectMany(File.ReadAllBytes).ToArray();

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on some platform: the temp folder is cleaned by the system later.
        }
    }
}
