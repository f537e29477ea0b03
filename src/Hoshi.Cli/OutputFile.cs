using System.Text;

namespace Hoshi.Cli;

/// <summary>
/// Writes a command's result to a file or to standard output. A file is written to a temporary name first and
/// moved into place, so a failure never leaves half a file behind.
/// </summary>
internal static class OutputFile
{
    public static async Task WriteAsync(string? path, TextWriter stdout, Func<Stream, Task> write, bool byteOrderMark = false)
    {
        if (string.IsNullOrEmpty(path) || path == "-")
        {
            using var buffer = new MemoryStream();
            await write(buffer);
            await stdout.WriteAsync(Encoding.UTF8.GetString(buffer.ToArray()));
            return;
        }

        var full = Path.GetFullPath(path);
        var temporary = full + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            await using (var file = File.Create(temporary))
            {
                if (byteOrderMark)
                {
                    await file.WriteAsync(Encoding.UTF8.Preamble.ToArray());
                }

                await write(file);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
