using Hoshi.Data.Security;
using Microsoft.AspNetCore.DataProtection;

namespace Hoshi.Web.Security;

/// <summary>Secrets in the database are encrypted with the host's Data Protection keys (kept in the data folder).</summary>
internal sealed class DataProtectionSecretProtector(IDataProtectionProvider provider) : ISecretProtector
{
    private readonly IDataProtector protector = provider.CreateProtector("Hoshi.Data.Secrets.v1");

    public string Protect(string plaintext) => protector.Protect(plaintext);

    public string Unprotect(string protectedText) => protector.Unprotect(protectedText);
}
