using System.Buffers;
using System.IO.Pipelines;
using LakalaPos.Devices.Ports;

namespace LakalaPos.Devices.Tests.Support;

/// <summary>A device at the end of two in-memory pipes, reached through a <see cref="StreamChannel"/>; unplugging ends the driver's stream.</summary>
public sealed class PipeDevice : DeviceEnd
{
    // Writes never wait for the reader, and the reader's side runs on the writer's thread: no
    // thread-pool thread is needed for bytes to move, however busy the test run is.
    private static readonly PipeOptions Options = new(
        readerScheduler: PipeScheduler.Inline, writerScheduler: PipeScheduler.Inline, pauseWriterThreshold: 0, useSynchronizationContext: false);

    private readonly Lock _gate = new();
    private Pipe? _toDriver;
    private Pipe? _fromDriver;
    private Task? _pump;

    public PipeDevice() => PlugIn();

    public override IByteChannel Channel(Serilog.ILogger log) => new StreamChannel("pipe", Connect);

    public override void Send(ReadOnlySpan<byte> bytes)
    {
        var writer = (_toDriver ?? throw new InvalidOperationException("unplugged")).Writer;
        writer.Write(bytes);
        if (!writer.FlushAsync().AsTask().Wait(Wait.Limit))
            throw new TimeoutException($"the driver took no input for {Wait.Limit.TotalSeconds} s");
    }

    public override void Unplug()
    {
        lock (_gate)
        {
            _toDriver?.Writer.Complete();
            _fromDriver?.Reader.CancelPendingRead();
            _pump?.Wait(Wait.Limit);
            (_toDriver, _fromDriver, _pump) = (null, null, null);
        }
    }

    public override void PlugIn()
    {
        Unplug();
        lock (_gate)
        {
            (_toDriver, _fromDriver) = (new Pipe(Options), new Pipe(Options));
            _pump = Pump(_fromDriver.Reader);
        }
    }

    public override void Dispose() => Unplug();

    private Stream Connect()
    {
        lock (_gate)
        {
            if (_toDriver is null || _fromDriver is null)
                throw new IOException("unplugged");
            return new DuplexStream(_toDriver.Reader.AsStream(), _fromDriver.Writer.AsStream());
        }
    }

    private async Task Pump(PipeReader reader)
    {
        try
        {
            while (true)
            {
                var result = await reader.ReadAsync().ConfigureAwait(false);
                if (result.IsCanceled)
                    break;
                if (!result.Buffer.IsEmpty)
                    OnReceived(result.Buffer.ToArray());
                reader.AdvanceTo(result.Buffer.End);
                if (result.IsCompleted)
                    break;
            }
        }
        finally
        {
            await reader.CompleteAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Reads from one stream, writes to another.</summary>
    private sealed class DuplexStream(Stream input, Stream output) : Stream
    {
        public override bool CanRead => true;
        public override bool CanWrite => true;
        public override bool CanSeek => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => input.Read(buffer, offset, count);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            input.ReadAsync(buffer, cancellationToken);

        public override void Write(byte[] buffer, int offset, int count) => output.Write(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => output.Write(buffer);

        public override void Flush() => output.Flush();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                input.Dispose();
                output.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
