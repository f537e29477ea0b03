using System.Text;
using Hoshi.Core.Input;

namespace Hoshi.Cli;

/// <summary>Reads a user's text file as strict UTF-8 (a byte order mark is allowed), naming the line of any bad byte.</summary>
internal static class InputFile
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string ReadUtf8(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidInputException([new InputError(path, 0, "file not found")]);
        }

        var bytes = File.ReadAllBytes(path);
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
        try
        {
            return Strict.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            throw new InvalidInputException([new InputError(path, FirstBadLine(bytes, start), "not valid UTF-8 (save the file as UTF-8; Shift_JIS is not accepted)")]);
        }
    }

    private static int FirstBadLine(byte[] bytes, int start)
    {
        var line = 1;
        var lineStart = start;
        for (var i = start; i <= bytes.Length; i++)
        {
            if (i == bytes.Length || bytes[i] == (byte)'\n')
            {
                try
                {
                    Strict.GetString(bytes, lineStart, i - lineStart);
                }
                catch (DecoderFallbackException)
                {
                    return line;
                }

                line++;
                lineStart = i + 1;
            }
        }

        return line;
    }
}
