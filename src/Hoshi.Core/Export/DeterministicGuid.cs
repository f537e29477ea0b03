using Hoshi.Core.Catalogs;
using System.Security.Cryptography;
using System.Text;

namespace Hoshi.Core.Export;

/// <summary>
/// Name-based UUIDs (RFC 9562 version 5), so that exporting the same thing twice gives the same document
/// and a reader can tell two exports of one catalog version apart from two different catalogs.
/// </summary>
public static class DeterministicGuid
{
    // A namespace of Hoshi's own, itself a random version-4 UUID fixed once.
    private static readonly Guid HoshiNamespace = Guid.Parse("6f1c2b0e-8d5a-4a8e-9c3b-2f7d4e1a9b60");

    public static Guid Create(string name)
    {
        var input = HoshiNamespace.ToByteArray(bigEndian: true).Concat(Encoding.UTF8.GetBytes(name)).ToArray();
#pragma warning disable CA5350 // SHA-1 is what RFC 9562 prescribes for version 5; it is an identifier, not a security hash.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
