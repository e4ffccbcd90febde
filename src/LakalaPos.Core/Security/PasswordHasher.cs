using System.Security.Cryptography;

namespace LakalaPos.Core.Security;

/// <summary>Operator passwords are kept as salted PBKDF2 hashes: "pbkdf2$iterations$salt$hash" (hex).</summary>
public static class PasswordHasher
{
    // Operator passwords are short digit strings: the hash guards the journal file, not an online login,
    // and sign-in must stay quick on terminal hardware.
    private const int Iterations = 2000;

    public static string Hash(SecretDigits password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Derive(password.Reveal(), salt, Iterations);
        return $"pbkdf2${Iterations}${Convert.ToHexString(salt)}${Convert.ToHexString(hash)}";
    }

    public static bool Verify(SecretDigits password, string stored)
    {
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != "pbkdf2" || !int.TryParse(parts[1], out var iterations) || iterations <= 0)
            return false;
        byte[] salt, expected;
        try
        {
            salt = Convert.FromHexString(parts[2]);
            expected = Convert.FromHexString(parts[3]);
        }
        catch (FormatException)
        {
            return false;
        }
        return CryptographicOperations.FixedTimeEquals(Derive(password.Reveal(), salt, iterations), expected);
    }

    private static byte[] Derive(string password, byte[] salt, int iterations) =>
        Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, 32);
}
