namespace LakalaPos.Profiles;

/// <summary>Reads a key given either inline as hex (test profiles only) or as a key file.</summary>
internal static class KeyReader
{
    public static KeySource Read(JsonSection section, string inlineKey, string fileKey, int bytes, bool isTest, string testDefaultHex)
    {
        var inline = section.String(inlineKey, secret: true);
        var file = section.String(fileKey);
        if (inline is not null && file is not null)
            throw section.Error(inlineKey, $"give {inlineKey} or {fileKey}, not both");
        if (file is not null)
            return KeySource.FromFile(file, bytes);
        if (inline is null)
            return isTest
                ? KeySource.Inline(Convert.FromHexString(testDefaultHex))
                : throw section.Error(fileKey, "required key is missing (a profile that is not a test profile keeps its keys in files)");
        if (!isTest)
            throw section.Error(inlineKey, $"a key written in the profile is allowed only in a test profile (\"test\": true); use {fileKey}");
        // The value is a key: report its shape, never its digits.
        if (inline.Length != bytes * 2)
            throw section.Error(inlineKey, $"must be {bytes * 2} hex digits, was {inline.Length} characters");
        if (!Hex.IsHex(inline, bytes * 2))
            throw section.Error(inlineKey, $"must be {bytes * 2} hex digits, has a character that is not 0-9 or A-F");
        return KeySource.Inline(Convert.FromHexString(inline));
    }
}
