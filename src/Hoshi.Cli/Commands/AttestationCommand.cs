using System.CommandLine;
using System.Security.Cryptography;
using Hoshi.Core.Attestations;
using Hoshi.Core.Input;
using Hoshi.Data.Commands;
using Hoshi.Data.Queries;

namespace Hoshi.Cli.Commands;

/// <summary>Signed attestations of an assessment (docs/attestation.md): make a key, sign, verify offline.</summary>
internal static class AttestationCommand
{
    public static Command Create(CliContext context) =>
        new("attestation", "Signed attestations of an assessment: keygen, sign, verify.")
        {
            KeygenCommand(context), SignCommand(context), VerifyCommand(context),
        };

    private static Command KeygenCommand(CliContext context)
    {
        var output = new Option<string>("--out", "-o") { Description = "File for the new private key (PKCS#8 PEM, readable by you only)", Required = true };
        var publicOutput = new Option<string?>("--public-out") { Description = "Also write the public key (PEM) here, to hand to those who verify" };
        var command = new Command("keygen", "Create an organization signing key (ECDSA P-256); prints its fingerprint.") { output, publicOutput };
        command.SetAction(async (result, cancellationToken) =>
        {
            using var key = AttestationKeys.Create();
            await WriteNewAsync(result.GetValue(output)!, key.ExportPkcs8PrivateKeyPem(), privateFile: true, cancellationToken);
            if (result.GetValue(publicOutput) is { Length: > 0 } publicPath)
            {
                await WriteNewAsync(publicPath, key.ExportSubjectPublicKeyInfoPem(), privateFile: false, cancellationToken);
            }

            context.Out.WriteLine(AttestationKeys.Fingerprint(key));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command SignCommand(CliContext context)
    {
        var org = CommonOptions.Organization();
        var assessment = CommonOptions.Assessment();
        var keyFile = new Option<string>("--key") { Description = "The organization's private key (PKCS#8 PEM, from 'hoshi attestation keygen')", Required = true };
        var output = CommonOptions.Out();
        var command = new Command("sign", "Sign an attestation of a stored assessment as it is now.") { org, assessment, keyFile, output };
        command.SetAction(async (result, cancellationToken) =>
        {
            using var key = ReadPrivateKey(result.GetValue(keyFile)!);
            await using var db = context.Database(result);
            var record = await db.LoadRecordAsync(context.Catalogs(result), result.GetValue(org), result.GetValue(assessment), cancellationToken);
            var document = AttestationSigner.Sign(AttestationContent.From(record, context.Clock.GetUtcNow()), key);
            await OutputFile.WriteAsync(result.GetValue(output), context.Out, stream => stream.WriteAsync(document, cancellationToken).AsTask());
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command VerifyCommand(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "The attestation file" };
        var trustKey = new Option<string?>("--trust-key") { Description = "PEM file of the public key the attestation must be signed with" };
        var trustFingerprint = new Option<string?>("--trust-fingerprint") { Description = "SHA-256 fingerprint of that public key (64 hex digits)" };
        var command = new Command("verify", "Verify an attestation offline: exit 0 valid, 1 invalid or tampered (each problem named), 2 unreadable.")
        {
            file, trustKey, trustFingerprint,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var trusted = TrustedFingerprint(result.GetValue(trustKey), result.GetValue(trustFingerprint));
            var path = result.GetValue(file)!;
            AttestationVerification verification;
            try
            {
                var bytes = File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken) : throw new InvalidInputException([new InputError(path, 0, "file not found")]);
                verification = AttestationVerifier.Verify(bytes, trusted, path);
            }
            catch (InvalidInputException e)
            {
                foreach (var error in e.Errors)
                {
                    context.Error.WriteLine(error);
                }

                return ExitCodes.UsageError;
            }

            Print(context.Out, verification);
            return verification.Valid ? ExitCodes.Success : ExitCodes.UserError;
        });
        return command;
    }

    private static void Print(TextWriter output, AttestationVerification verification)
    {
        var content = verification.Content;
        var header = content.Header;
        var result = content.Result;
        output.WriteLine($"organization:    {content.Organization.Name}{(content.Organization.CorporateNumber is { } number ? $" (法人番号 {number})" : "")}");
        output.WriteLine($"scope:           {content.ScopeName ?? "-"}");
        output.WriteLine($"assessment:      {header.AssessmentTitle} ({header.AssessmentId})");
        output.WriteLine($"catalog:         {header.CatalogKey}");
        output.WriteLine($"★ reached:       {(result.ReachedLevel is { } level ? $"★{level}" : "none")} (target ★{result.TargetLevel})");
        output.WriteLine($"assessed at:     {header.AssessedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC");
        output.WriteLine($"issued at:       {header.IssuedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC");
        output.WriteLine($"key fingerprint: {verification.KeyFingerprint}");
        output.WriteLine($"key:             {verification.KeyTrusted switch
        {
            true => "the trusted key",
            false => "NOT the trusted key",
            null => "not checked against a trusted key (give --trust-key or --trust-fingerprint)",
        }}");
        if (verification.Valid)
        {
            output.WriteLine("valid");
            return;
        }

        output.WriteLine($"invalid: {verification.Problems.Count} problem{(verification.Problems.Count == 1 ? "" : "s")}");
        foreach (var problem in verification.Problems)
        {
            output.WriteLine($"  {problem}");
        }
    }

    private static string? TrustedFingerprint(string? keyPath, string? fingerprint)
    {
        if (keyPath is not null && fingerprint is not null)
        {
            throw new UsageException("give --trust-key or --trust-fingerprint, not both");
        }

        if (fingerprint is not null)
        {
            return AttestationKeys.NormalizeFingerprint(fingerprint)
                ?? throw new UsageException($"--trust-fingerprint: \"{fingerprint}\" is not a SHA-256 fingerprint (64 hex digits)");
        }

        if (keyPath is null)
        {
            return null;
        }

        var pem = File.Exists(keyPath) ? File.ReadAllText(keyPath) : throw new UsageException($"--trust-key: {keyPath}: file not found");
        return AttestationKeys.FingerprintOfPem(pem) ?? throw new UsageException($"--trust-key: {keyPath}: not a P-256 public key in PEM");
    }

    private static ECDsa ReadPrivateKey(string path)
    {
        var pem = File.Exists(path) ? File.ReadAllText(path) : throw new CommandException($"{path}: file not found");
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
            if (key.ExportParameters(includePrivateParameters: true).D is not null && AttestationKeys.IsP256(key))
            {
                return key;
            }
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
        }

        key.Dispose();
        throw new CommandException($"{path}: not an unencrypted P-256 private key in PEM (PKCS#8, as 'hoshi attestation keygen' writes)");
    }

    /// <summary>Writes a new file, never over an existing one; a private key is readable and writable by its owner only.</summary>
    private static async Task WriteNewAsync(string path, string text, bool privateFile, CancellationToken cancellationToken)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (privateFile && !OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            await using var writer = new StreamWriter(path, System.Text.Encoding.ASCII, options);
            await writer.WriteAsync(text.AsMemory(), cancellationToken);
            await writer.WriteLineAsync();
        }
        catch (IOException) when (File.Exists(path))
        {
            throw new CommandException($"{path} already exists; a key is never overwritten");
        }
    }
}
