using FluentAssertions;
using LakalaPos.Profiles;
using LakalaPos.Devices.Ports;
using LakalaPos.Devices.Tests.Support;
using Xunit;

namespace LakalaPos.Devices.Tests.Ports;

/// <summary>System.IO.Ports on a real (pseudo-)terminal device, opened by path with the profile's line settings.</summary>
public sealed class SerialPortChannelTests : IDisposable
{
    private readonly PtyDevice _device = new();
    private readonly TestLog _log = new();

    public void Dispose() => _device.Dispose();

    [Theory]
    [InlineData(9600, 8, SerialParity.None, 1, SerialHandshake.None)]
    [InlineData(19200, 7, SerialParity.Even, 2, SerialHandshake.None)]
    [InlineData(115200, 8, SerialParity.Odd, 1, SerialHandshake.RtsCts)]
    public void Every_line_setting_a_profile_can_give_opens_the_device(int baud, int dataBits, SerialParity parity, int stopBits, SerialHandshake handshake)
    {
        var channel = _device.Channel(_log.Logger, new SerialPortProfile("ignored", baud, dataBits, parity, stopBits, handshake));

        channel.Open();
        channel.Write("ok"u8);

        _device.WaitForReceived(2);
        _device.Received().Should().Equal("ok"u8.ToArray());
        channel.Close();
    }

    [Fact]
    public void A_read_with_nothing_to_read_gives_nothing_after_its_time_out()
    {
        var channel = _device.Channel(_log.Logger);
        channel.Open();
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var count = channel.Read(new byte[16], TimeSpan.FromMilliseconds(50));

        count.Should().Be(0);
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5), "it waits 50 ms, not for ever");
        channel.Close();
    }

    [Fact]
    public void A_device_hanging_up_is_the_gone_signal()
    {
        var channel = _device.Channel(_log.Logger);
        channel.Open();

        _device.Unplug();
        var act = () =>
        {
            for (var i = 0; i < 50; i++)
                channel.Read(new byte[16], TimeSpan.FromMilliseconds(20));
        };

        act.Should().Throw<PortUnavailableException>().Which.Port.Should().Be(_device.Path);
        channel.Close();
    }

    [Fact]
    public void A_device_that_is_not_there_cannot_be_opened_and_says_which()
    {
        var channel = new SerialPortChannel(new SerialPortProfile("/dev/lakalapos-no-such-tty", 9600), _log.Logger);

        var act = channel.Open;

        act.Should().Throw<PortUnavailableException>().Which.Message.Should().StartWith("/dev/lakalapos-no-such-tty: ");
    }

    [Fact]
    public void A_device_file_removed_while_the_port_is_quiet_is_the_gone_signal()
    {
        var channel = _device.Channel(_log.Logger);
        channel.Open();

        File.Delete(_device.Path);
        var act = () => channel.Read(new byte[16], TimeSpan.FromMilliseconds(20));

        act.Should().Throw<PortUnavailableException>().WithMessage("*device file is gone*");
        channel.Close();
    }
}
