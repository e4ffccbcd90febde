using FluentAssertions;
using LakalaPos.Devices.Ports;
using LakalaPos.Devices.Tests.Support;
using Serilog.Events;
using Xunit;

namespace LakalaPos.Devices.Tests.Ports;

/// <summary>A device's port: one reader hands input to one driver; a device that goes away is reported and reopened when it is back.</summary>
public sealed class DevicePortTests : OwningTest
{
    [Theory]
    [InlineData(Transport.Pty)]
    [InlineData(Transport.Stream)]
    public void Input_reaches_the_driver_and_output_reaches_the_device(Transport transport)
    {
        var rig = Rig(transport);
        var input = new Collected();
        rig.Port.Attach("test driver", input.Add);

        rig.Device.Send("hello");
        rig.Port.Write("world"u8);

        input.WaitFor(5).Should().Equal("hello"u8.ToArray());
        rig.DeviceHasEverything();
        rig.Device.Received().Should().Equal("world"u8.ToArray());
        rig.Port.BytesRead.Should().Be(5);
        rig.Port.BytesWritten.Should().Be(5);
    }

    [Theory]
    [InlineData(Transport.Pty)]
    [InlineData(Transport.Stream)]
    public void A_device_that_goes_away_is_logged_and_reported_and_so_is_its_return(Transport transport)
    {
        var rig = Rig(transport);
        var events = new List<string>();
        rig.Port.Gone += (_, _) => events.Add("gone");
        rig.Port.Back += (_, _) => events.Add("back");

        rig.Device.Unplug();
        Wait.Until(() => events.Contains("gone"), "the port reported gone");
        rig.Port.IsOpen.Should().BeFalse();
        rig.Device.PlugIn();
        Wait.Until(() => events.Contains("back"), "the port reported back");

        events.Should().Equal("gone", "back");
        rig.Port.IsOpen.Should().BeTrue();
        rig.Log.Lines(LogEventLevel.Warning).Should().Contain(line => line.Contains("gone") && line.Contains("reopening"));
        rig.Log.Lines(LogEventLevel.Information).Should().Contain(line => line.Contains("back after"));
    }

    [Theory]
    [InlineData(Transport.Pty)]
    [InlineData(Transport.Stream)]
    public void After_coming_back_input_flows_again(Transport transport)
    {
        var rig = Rig(transport);
        var input = new Collected();
        rig.Port.Attach("test driver", input.Add);
        var back = 0;
        rig.Port.Back += (_, _) => back++;

        rig.Device.Unplug();
        rig.Device.PlugIn();
        Wait.Until(() => back == 1, "the port reopened");
        rig.Device.Send("again");

        input.WaitFor(5).Should().Equal("again"u8.ToArray());
    }

    [Fact]
    public void Writing_while_the_device_is_away_is_refused_with_a_one_line_reason()
    {
        var rig = Rig(Transport.Stream);
        var gone = false;
        rig.Port.Gone += (_, _) => gone = true;
        rig.Device.Unplug();
        Wait.Until(() => gone, "the port reported gone");

        var act = () => rig.Port.Write("x"u8);

        act.Should().Throw<PortUnavailableException>().WithMessage("pipe: not connected");
    }

    [Fact]
    public void A_device_missing_at_start_is_looked_for_until_it_appears()
    {
        var log = new TestLog();
        var present = false;
        var channel = new StreamChannel("late", () => present ? new System.IO.Pipelines.Pipe().Reader.AsStream() : throw new IOException("no such device"));
        var port = Own(new DevicePort(channel, log.Logger, PortRig.Timing));
        var back = 0;
        port.Back += (_, _) => back++;

        port.Start();
        port.IsOpen.Should().BeFalse();
        present = true;

        Wait.Until(() => back > 0, "the port opened once the device was there");
        log.Lines(LogEventLevel.Warning).Should().ContainSingle(line => line.Contains("late") && line.Contains("no such device"));
    }

    [Fact]
    public void A_driver_that_fails_on_input_is_logged_and_the_port_keeps_reading()
    {
        var rig = Rig(Transport.Stream);
        var calls = 0;
        rig.Port.Attach("failing driver", bytes =>
        {
            if (Interlocked.Increment(ref calls) == 1)
                throw new InvalidOperationException("driver bug");
        });

        rig.Device.Send("first");
        Wait.Until(() => calls == 1, "the first chunk reached the driver");
        rig.Device.Send("second");

        Wait.Until(() => calls == 2, "the second chunk reached the driver");
        rig.Log.Lines(LogEventLevel.Error).Should().ContainSingle(line => line.Contains("failing driver\" failed on 5 bytes"));
    }

    [Fact]
    public void A_port_has_one_reader()
    {
        var rig = Rig(Transport.Stream);
        rig.Port.Attach("VT100 keypad", _ => { });

        var act = () => rig.Port.Attach("magnetic-stripe reader", _ => { });

        act.Should().Throw<InvalidOperationException>()
            .WithMessage("serial device pipe is already read by the VT100 keypad; the magnetic-stripe reader needs a port of its own");
    }

    [Fact]
    public void A_device_that_keeps_dropping_out_is_reopened_ever_more_slowly_not_in_a_tight_loop()
    {
        var log = new TestLog();
        var opens = 0;
        // Every stream ends at once: the device "comes back" and is gone again straight away.
        var channel = new StreamChannel("flapping", () =>
        {
            Interlocked.Increment(ref opens);
            return new MemoryStream();
        });
        var port = Own(new DevicePort(channel, log.Logger, PortRig.Timing with { MaxRetry = TimeSpan.FromMilliseconds(200) }));

        port.Start();
        Thread.Sleep(600);

        opens.Should().BeInRange(2, 10, "waits of 10, 20, 40, 80, 160, 200 ms come between attempts");
    }

    [Fact]
    public void Disposing_a_port_stops_its_reader_promptly()
    {
        var rig = new PortRig(Transport.Pty);
        var watch = System.Diagnostics.Stopwatch.StartNew();

        rig.Dispose();

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5), "it waits one read slice and the close, not for ever");
    }

    private PortRig Rig(Transport transport) => Own(new PortRig(transport));


    /// <summary>Input a test driver was given, in order.</summary>
    private sealed class Collected
    {
        private readonly List<byte> _bytes = [];

        public void Add(ReadOnlySpan<byte> bytes)
        {
            lock (_bytes)
                _bytes.AddRange(bytes);
        }

        public byte[] WaitFor(int count)
        {
            Wait.Until(() => { lock (_bytes) return _bytes.Count >= count; }, $"{count} bytes at the driver");
            lock (_bytes)
                return [.. _bytes];
        }
    }
}
