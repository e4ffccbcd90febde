using LakalaPos.Iso8583.Fields;
namespace LakalaPos.Protocol.Mapping;

/// <summary>A host request that lacks what its message needs; the text names what (never card data).</summary>
public sealed class HostRequestMappingException(string message) : Exception(message);

/// <summary>Turns a PIN into field 52 for a PAN, under the session's PIN key.</summary>
public delegate byte[] PinBlockEncryptor(string pin, string pan);
