using LakalaPos.Protocol.Iso8583;
using LakalaPos.Protocol.Security;

namespace LakalaPos.HostSimulator.Tests.Support;

/// <summary>
/// The codec and the security primitives are written in parallel with the simulator; until they
/// replace their NotImplementedException stubs, tests that need them are skipped (not failed).
/// </summary>
public static class SharedPieces
{
    public static bool CodecImplemented { get; } = !ThrowsNotImplemented(() => Iso8583Codec.Encode(Requests.EchoTest()));

    public static bool CryptoImplemented { get; } =
        !ThrowsNotImplemented(() => UnionPayMac.Compute(new byte[8], Convert.FromHexString("0123456789ABCDEF")))
        && !ThrowsNotImplemented(() => PinBlock.Clear("123456", "6222020200112233446"));

    private static bool ThrowsNotImplemented(Action action)
    {
        try
        {
            action();
            return false;
        }
        catch (NotImplementedException)
        {
            return true;
        }
        catch (Exception)
        {
            return false;
        }
    }
}

/// <summary>A fact that needs the real ISO 8583 codec.</summary>
public sealed class CodecFactAttribute : FactAttribute
{
    public CodecFactAttribute()
    {
        if (!SharedPieces.CodecImplemented)
            Skip = "Iso8583Codec is still a stub in this tree";
    }
}

/// <summary>A fact that needs the real codec and the real PIN block, MAC and key code.</summary>
public sealed class CodecAndCryptoFactAttribute : FactAttribute
{
    public CodecAndCryptoFactAttribute()
    {
        if (!SharedPieces.CodecImplemented || !SharedPieces.CryptoImplemented)
            Skip = "Iso8583Codec or the security primitives are still stubs in this tree";
    }
}
