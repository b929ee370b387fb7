using CollectiveDismissal.Api.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Weasel.Core.Migrations;

namespace CollectiveDismissal.Tests;

/// <summary>
/// A test host runs as production does (environment "Testing": the pre-generated code, no schema change by the
/// service), so each new test database first gets what a deployment runs before a node starts, <c>db-apply</c>;
/// the service's own start-up check then finds it up to date.
/// </summary>
public sealed class SchemaFirst(IEnumerable<IDatabaseSource> sources) : IHostedLifecycleService
{
    /// <summary>First of the hosted services, so before <see cref="DatabaseSchema"/> checks.</summary>
    public static void Add(IServiceCollection services) =>
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService, SchemaFirst>());

    public Task StartingAsync(CancellationToken cancellationToken) => DatabaseSchema.Apply(sources, cancellationToken);
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
