using System.Security.Cryptography;
using System.Text;

namespace Hoshi.Data.Security;

/// <summary>Secrets handed to people (API tokens, request links, claims): 256 random bits, stored only as SHA-256.</summary>
public static class Secrets
{
    /// <summary>256 random bits, URL-safe base64 without padding.</summary>
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The SHA-256 of a secret, 64 lower-case hex digits: what the database keeps.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Compares a presented secret with a stored hash in constant time.</summary>
    public static bool Matches(string? secret, string? storedHash) =>
        secret is not null && storedHash is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(storedHash));
}
