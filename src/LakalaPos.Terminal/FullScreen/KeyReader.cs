namespace LakalaPos.Terminal.FullScreen;

/// <summary>
/// Reads the operator's keys as they are pressed (Console.ReadKey, not echoed) on a thread of its
/// own and hands each to <c>received</c>, which posts it to the engine's loop. When the terminal
/// goes away (end of input, a hang-up) or reading fails, it calls <c>ended</c> with the reason
/// (nothing escapes the thread: an unhandled exception would print a stack trace).
/// </summary>
public static class KeyReader
{
    public static void Start(Action<ConsoleKeyInfo> received, Action<Exception> ended)
    {
        var thread = new Thread(() =>
        {
            try
            {
                while (true)
                    received(Console.ReadKey(intercept: true));
            }
            catch (Exception ex)
            {
                ended(ex);
            }
        }) { IsBackground = true, Name = "keys" };
        thread.Start();
    }
}
