using Hoshi.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddHoshiWeb();

var app = builder.Build();
await app.UseHoshiWebAsync();
await app.RunAsync();

/// <summary>The web host; public so that tests can start it with WebApplicationFactory.</summary>
public partial class Program;
