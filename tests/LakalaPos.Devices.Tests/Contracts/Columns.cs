namespace LakalaPos.Devices.Tests.Contracts;

/// <summary>The tests' own column count, independent of the drivers': the test texts use ASCII and common CJK only.</summary>
internal static class Columns
{
    public static int Of(string text) => text.Sum(c => c is >= '\u4E00' and <= '\u9FFF' or >= '\uFF00' and <= '\uFF60' ? 2 : 1);
}
