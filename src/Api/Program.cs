using CollectiveDismissal.Api.Observability;
using CollectiveDismissal.Api.Persistence;
using JasperFx;
using JasperFx.Events.Daemon;
using Npgsql;
using Wolverine;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();

// Read when the services are built, so a test host can point its configuration at a database of its own.
static string MartenConnection(IServiceProvider services) =>
    services.GetRequiredService<IConfiguration>().GetConnectionString("Marten")
    ?? throw new InvalidOperationException(
        "Set ConnectionStrings__Marten (or run ./deploy/run.sh, which starts a private PostgreSQL).");

builder.Services.AddSingleton(services => NpgsqlDataSource.Create(CaseStore.LockPool(MartenConnection(services))));
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<CollectiveDismissal.Api.Reports.ReportCache>();

builder.Services.AddMarten(services =>
    {
        var options = new StoreOptions();
        CaseStore.Configure(options, MartenConnection(services));
        options.Logger(new MartenLogging(services.GetRequiredService<ILoggerFactory>().CreateLogger("Marten")));
        return options;
    })
    .UseIdentitySessions()
    // The deadline boards are async projections, run on exactly one node of several (docs/architecture.md, decision 18).
    .RunAsyncProjections(Nodes.Projections(builder.Configuration));

builder.Host.UseWolverine(options =>
{
    // Balanced, so several nodes share one database's stored messages; Solo in Development (Nodes.Durability).
    options.AddNodeDurability();
    options.Policies.AutoApplyTransactions();
    CollectiveDismissal.Api.Integrations.Inbound.InboundSetup.AddPartnerMessages(options);
    CollectiveDismissal.Api.Integrations.Outbound.ReportDeliveries.AddReportDeliveries(options);
});

// ADR 17. Outside Development: the handler code `codegen write` put in Internal/Generated, compiled with the service,
// so no Roslyn at run time; and no schema change by the service itself (DatabaseSchema refuses an outdated schema).
builder.Services.CritterStackDefaults(defaults =>
{
    defaults.Production.GeneratedCodeMode = JasperFx.CodeGeneration.TypeLoadMode.Static;
    defaults.Production.AssertAllPreGeneratedTypesExist = true;
    defaults.Production.ResourceAutoCreate = AutoCreate.None;
});
builder.Services.AddSingleton<IHostedService, DatabaseSchema>();

builder.Services.AddWolverineHttp();
builder.Services.ConfigureSystemTextJsonForWolverineOrMinimalApi(o => Json.Configure(o.SerializerOptions));
builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = Problems.WithoutQueryValue);
builder.Services.AddExceptionHandler<ExceptionMapping>();
builder.Services.AddCaseAuthentication();
builder.Services.AddCaseOpenApi();
builder.Services.AddHostedService<IdempotencyKeyExpiry>();

var app = builder.Build();

// First, so the correlation scope covers every later middleware's logs.
app.MapDefaultEndpoints();

app.UseMiddleware<CacheControlDefault>();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseSwagger();
app.UseSwaggerUI(ui => ui.SwaggerEndpoint("/swagger/v1/swagger.json", "Collective dismissal cases v1"));
app.UseAuthentication();
app.UseAuthorization();
app.UseMiddleware<RequestGate>();
app.UseMiddleware<IdempotencyMiddleware>();
app.MapGet("/", () => Results.Redirect("/swagger")).ExcludeFromDescription();
app.MapWolverineEndpoints(options =>
{
    options.RejectUnparseableQueryValues = true;
    options.AddParameterHandlingStrategy<ValidatedBodyStrategy>();
    options.AddPolicy<CaseCommandPolicy>();
});

return await app.RunJasperFxCommands(args);

public partial class Program;
