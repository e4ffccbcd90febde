using System.Runtime.CompilerServices;

// The tests reach the seams that stand in for the socket calls no test can make fail on demand (accept, connect).
[assembly: InternalsVisibleTo("LakalaPos.Protocol.Tests")]
