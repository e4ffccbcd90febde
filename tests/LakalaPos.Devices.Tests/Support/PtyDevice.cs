using LakalaPos.Profiles;
using LakalaPos.Devices.Ports;

namespace LakalaPos.Devices.Tests.Support;

/// <summary>
/// A device on a pty, reached through a symlink of its own: a pty's path cannot be made again,
/// so plugging back in makes a new pty and repoints the link, as udev does for a replugged USB device.
/// </summary>
public sealed class PtyDevice : DeviceEnd
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "lakalapos-pty-" + Guid.NewGuid().ToString("N"));
    private Pty? _pty;

    public PtyDevice()
    {
        Directory.CreateDirectory(_folder);
        PlugIn();
    }

    /// <summary>The path the driver opens: a symlink to the current pty.</summary>
    public string Path => System.IO.Path.Combine(_folder, "tty");

    public override IByteChannel Channel(Serilog.ILogger log) => Channel(log, new SerialPortProfile(Path, 115200));

    public IByteChannel Channel(Serilog.ILogger log, SerialPortProfile settings) =>
        new SerialPortChannel(settings with { Device = Path }, log, PortRig.Timing.CloseWait);

    public override void Send(ReadOnlySpan<byte> bytes) => (_pty ?? throw new InvalidOperationException("unplugged")).Write(bytes);

    /// <summary>
    /// The link goes first: a pty number freed here may go to another test's new pty at once, and
    /// the driver looking for its device must not find that one behind the old link.
    /// </summary>
    public override void Unplug()
    {
        File.Delete(Path);
        _pty?.Dispose();
        _pty = null;
    }

    public override void PlugIn()
    {
        Unplug();
        _pty = new Pty(OnReceived);
        var link = Path + ".new";
        File.Delete(link);
        File.CreateSymbolicLink(link, _pty.SlavePath);
        File.Move(link, Path, overwrite: true);
    }

    public override void Dispose()
    {
        Unplug();
        Directory.Delete(_folder, recursive: true);
    }
}
