namespace Hoshi.Data.Security;

/// <summary>Encrypts secrets kept in the database (signing keys); the web host implements it with ASP.NET Data Protection.</summary>
public interface ISecretProtector
{
    string Protect(string plaintext);

    string Unprotect(string protectedText);
}
