using Hoshi.Data.Commands;

namespace Hoshi.Data.Evidence;

public sealed class EvidenceTooLargeException(long maxBytes)
    : CommandException($"the file is larger than the limit of {maxBytes / (1024 * 1024)} MB")
{
    public long MaxBytes { get; } = maxBytes;
}
