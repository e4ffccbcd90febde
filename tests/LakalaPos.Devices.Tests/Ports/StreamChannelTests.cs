using FluentAssertions;
using LakalaPos.Devices.Ports;
using Xunit;

namespace LakalaPos.Devices.Tests.Ports;

/// <summary>A channel over any stream: reads in slices without the stream supporting time-outs, and a fresh stream on each open.</summary>
public sealed class StreamChannelTests
{
    [Fact]
    public void A_read_that_has_not_finished_in_time_is_kept_and_its_bytes_come_with_the_next_read()
    {
        var stream = new HandFedStream();
        var channel = new StreamChannel("test", () => stream);
        channel.Open();
        var buffer = new byte[16];

        channel.Read(buffer, TimeSpan.FromMilliseconds(10)).Should().Be(0);
        stream.Feed("late"u8.ToArray());
        var count = channel.Read(buffer, TimeSpan.FromSeconds(5));

        buffer[..count].Should().Equal("late"u8.ToArray());
        stream.ReadsStarted.Should().Be(1, "the read under way was waited for again, not replaced");
    }

    [Fact]
    public void Bytes_beyond_the_callers_buffer_are_handed_out_by_the_following_reads()
    {
        var channel = new StreamChannel("test", () => new MemoryStream("0123456789"u8.ToArray()));
        channel.Open();
        var buffer = new byte[4];

        var chunks = Enumerable.Range(0, 3).Select(_ => System.Text.Encoding.ASCII.GetString(buffer, 0, channel.Read(buffer, TimeSpan.FromSeconds(1)))).ToList();

        chunks.Should().Equal("0123", "4567", "89");
    }

    [Fact]
    public void The_end_of_the_stream_is_the_gone_signal()
    {
        var channel = new StreamChannel("test", () => new MemoryStream());
        channel.Open();

        var act = () => channel.Read(new byte[4], TimeSpan.FromSeconds(1));

        act.Should().Throw<PortUnavailableException>().WithMessage("test: end of stream");
    }

    [Fact]
    public void A_stream_that_cannot_be_made_is_a_port_that_is_not_there()
    {
        var channel = new StreamChannel("serial-server:4001", () => throw new IOException("connection refused"));

        var act = channel.Open;

        act.Should().Throw<PortUnavailableException>().WithMessage("serial-server:4001: connection refused");
    }

    [Fact]
    public void Each_open_asks_for_a_fresh_stream()
    {
        var made = 0;
        var channel = new StreamChannel("test", () =>
        {
            made++;
            return new MemoryStream();
        });

        channel.Open();
        channel.Close();
        channel.Open();

        made.Should().Be(2);
    }

    /// <summary>A stream whose reads finish only when the test feeds it.</summary>
    private sealed class HandFedStream : Stream
    {
        private TaskCompletionSource<byte[]>? _next;

        public int ReadsStarted { get; private set; }

        public void Feed(byte[] bytes) => _next!.SetResult(bytes);

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            ReadsStarted++;
            _next = new TaskCompletionSource<byte[]>(TaskCreationOptions.RunContinuationsAsynchronously);
            var bytes = await _next.Task.ConfigureAwait(false);
            bytes.CopyTo(buffer);
            return bytes.Length;
        }

        public override bool CanRead => true;
        public override bool CanWrite => false;
        public override bool CanSeek => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
