using LakalaPos.Devices.Serial.EscPos;

namespace LakalaPos.Devices.Tests.Support;

/// <summary>
/// An ESC/POS printer at a device end: it answers DLE EOT 4 with its paper sensor (unless told
/// to stay silent) and what it printed is read back with <see cref="EscPosDecoder"/>.
/// </summary>
public sealed class FakeEscPosPrinter
{
    private readonly DeviceEnd _device;
    private int _matched; // bytes of DLE EOT 4 seen so far, across chunks

    public FakeEscPosPrinter(DeviceEnd device)
    {
        _device = device;
        device.Arrived += OnBytes;
    }

    public volatile bool HasPaper = true;

    /// <summary>A printer that never answers a status request (many cheap ones do not).</summary>
    public volatile bool Silent;

    public EscPosPrintout Printout() => EscPosDecoder.Decode(_device.Received());

    private void OnBytes(byte[] chunk)
    {
        byte[] request = [0x10, 0x04, 0x04];
        foreach (var b in chunk)
        {
            _matched = b == request[_matched] ? _matched + 1 : b == request[0] ? 1 : 0;
            if (_matched < request.Length)
                continue;
            _matched = 0;
            if (!Silent)
                _device.Send([PaperStatus.Answer(HasPaper)]);
        }
    }
}
