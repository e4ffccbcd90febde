namespace LakalaPos.Devices.Tests.Support;

/// <summary>A serial driver's test harness: the driver on a <see cref="PortRig"/>.</summary>
public interface IRigged : IDisposable
{
    PortRig Rig { get; }
}
