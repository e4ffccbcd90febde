using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("LakalaPos.HostSimulator.Tests")]
