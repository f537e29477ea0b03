namespace Hoshi.Cli;

/// <summary>Options that parse but do not make sense together; exits with the usage code.</summary>
internal sealed class UsageException(string message) : Exception(message);
