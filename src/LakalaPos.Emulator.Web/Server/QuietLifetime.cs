using Microsoft.Extensions.Hosting;

namespace LakalaPos.Emulator.Web.Server;

/// <summary>
/// The web server's lifetime is the emulator's: it does not take Ctrl+C or SIGTERM for itself
/// (the command that started it does, and stops the terminal first), nor print anything.
/// </summary>
internal sealed class QuietLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
