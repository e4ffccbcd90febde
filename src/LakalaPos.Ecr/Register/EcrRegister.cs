using LakalaPos.Ecr.Link;
using LakalaPos.Ecr.Messages;
using Serilog;

namespace LakalaPos.Ecr.Register;

/// <summary>
/// The register's side of the link, on the caller's thread: <see cref="Ask(RegisterRequest)"/> sends a
/// request and waits for the ANSWER carrying its id (answers to other ids are logged and ignored).
/// When the link breaks, the frame is not acknowledged or the answer time-out passes, it connects
/// again and asks again with the same id — never a new one — up to
/// <see cref="EcrRegisterOptions.Attempts"/> times, then throws <see cref="EcrNoAnswerException"/>.
/// The connection is kept between requests and made again when needed. One caller at a time.
/// </summary>
public sealed class EcrRegister : IDisposable
{
    private readonly Func<IEcrConnection> _connect;
    private readonly EcrRegisterOptions _options;
    private readonly ILogger _log;
    private readonly TimeProvider _time;
    private readonly byte[] _buffer = new byte[4096];
    private IEcrConnection? _connection;
    private EcrLink? _link;

    /// <param name="connect">Opens a connection to the terminal; an <see cref="IOException"/> when it cannot.</param>
    public EcrRegister(Func<IEcrConnection> connect, EcrRegisterOptions? options = null, ILogger? log = null, TimeProvider? time = null)
    {
        _connect = connect;
        _options = options ?? EcrRegisterOptions.Default;
        _log = log ?? Serilog.Core.Logger.None;
        _time = time ?? TimeProvider.System;
    }

    public TerminalAnswer Ask(RegisterRequest request) => Ask(request.ToMessage());

    /// <summary>Sends the request (it must carry an id) and returns the terminal's answer to it; <see cref="EcrNoAnswerException"/> when none came.</summary>
    public TerminalAnswer Ask(EcrMessage request)
    {
        var id = request["id"] ?? throw new ArgumentException("the request has no id", nameof(request));
        var body = request.Format();
        var problem = "";
        for (var attempt = 1; attempt <= _options.Attempts; attempt++)
        {
            if (attempt > 1)
            {
                _log.Warning("ECR register: request {RequestId} {Problem}; asking again with the same id (attempt {Attempt} of {Attempts})",
                    id, problem, attempt, _options.Attempts);
                Disconnect();
                Thread.Sleep(_options.ReconnectWait);
            }
            try
            {
                var answer = AskOnce(id, body);
                if (answer is not null)
                    return answer;
                problem = $"got no answer within {_options.AnswerTimeout.TotalSeconds:0.###} s";
            }
            catch (IOException e)
            {
                problem = e.Message;
            }
            catch (NotAcknowledged)
            {
                problem = "was not acknowledged";
            }
        }
        Disconnect();
        throw new EcrNoAnswerException(id, _options.Attempts, problem);
    }

    public void Dispose() => Disconnect();

    /// <summary>One ask on the current connection (made if there is none): the answer, or null after the answer time-out.</summary>
    private TerminalAnswer? AskOnce(string id, string body)
    {
        if (_connection is null || _link is null)
        {
            _connection = _connect();
            _link = new EcrLink(_time, "register", _log, _options.Link);
        }
        var link = _link;
        TerminalAnswer? answer = null;
        var givenUp = false;
        void OnDelivered(string text) => answer ??= Match(id, text);
        void OnGivenUp(string text) => givenUp |= text == body;
        link.Delivered += OnDelivered;
        link.GivenUp += OnGivenUp;
        try
        {
            link.Send(body);
            Flush();
            var start = _time.GetTimestamp();
            while (answer is null)
            {
                if (givenUp)
                    throw new NotAcknowledged();
                if (_time.GetElapsedTime(start) >= _options.AnswerTimeout)
                    return null;
                var count = _connection.Read(_buffer, _options.ReadSlice);
                link.Receive(_buffer.AsSpan(0, count));
                link.Tick();
                Flush(); // the ACK of the answer goes out before it is returned
            }
            return answer;
        }
        finally
        {
            link.Delivered -= OnDelivered;
            link.GivenUp -= OnGivenUp;
        }
    }

    private TerminalAnswer? Match(string id, string text)
    {
        try
        {
            var message = EcrMessage.Parse(text);
            if (message.Type != TerminalAnswer.Type || message["id"] != id)
            {
                _log.Information("ECR register: a {Type} for request {Other} while waiting for {RequestId}; ignored", message.Type, message["id"], id);
                return null;
            }
            return TerminalAnswer.FromMessage(message);
        }
        catch (EcrFormatException e)
        {
            _log.Warning("ECR register: a message from the terminal does not read ({Problem}); ignored", e.Message);
            return null;
        }
    }

    private void Flush()
    {
        var output = _link!.TakeOutput();
        if (output.Length > 0)
            _connection!.Write(output);
    }

    private void Disconnect()
    {
        _connection?.Dispose();
        _connection = null;
        _link = null;
    }

    private sealed class NotAcknowledged : Exception;
}
