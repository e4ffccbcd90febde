using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("LakalaPos.Iso8583.Tests")]
