using System.Text;
using Hoshi.Cli;

Console.OutputEncoding = Encoding.UTF8;
return await new HoshiCli(Console.Out, Console.Error, Environment.GetEnvironmentVariables()).RunAsync(args);
