namespace Hoshi.Cli;

public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The request was understood but cannot be done: bad input file, unknown id, refused change.</summary>
    public const int UserError = 1;

    /// <summary>The command line itself is wrong: unknown command or option, missing or malformed value.</summary>
    public const int UsageError = 2;
}
