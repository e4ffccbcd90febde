namespace LakalaPos.HostSimulator.Ledger;

/// <summary>A host store file that cannot be used (not a store, newer schema, another storage key, damaged); the text names the file.</summary>
public sealed class HostStoreException(string message, Exception? inner = null) : Exception(message, inner);
