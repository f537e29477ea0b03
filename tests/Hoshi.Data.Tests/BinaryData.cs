namespace Hoshi.Data.Tests;

internal sealed class BinaryData(Stream stream)
{
    public async Task<byte[]> ReadAllAsync()
    {
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
