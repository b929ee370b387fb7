using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Configurations;
using Testcontainers.PostgreSql;

namespace CollectiveDismissal.Tests;

/// <summary>The PostgreSQL the integration tests run on when TEST_POSTGRES_CONNECTION names none: a Testcontainers one.</summary>
public static class TestPostgres
{
    /// <summary>
    /// Without a Docker engine every test of the run would fail with the same Testcontainers error; one line that says
    /// what to do instead, and the run stops.
    /// </summary>
    public static PostgreSqlContainer Container(Func<PostgreSqlBuilder, PostgreSqlBuilder>? configure = null)
    {
        try
        {
            return (configure?.Invoke(new PostgreSqlBuilder("postgres:15-alpine")) ?? new PostgreSqlBuilder("postgres:15-alpine")).Build();
        }
        catch (DockerUnavailableException)
        {
            Console.Error.WriteLine("No PostgreSQL for the tests: run ./deploy/test.sh (it starts one), start Docker, or set TEST_POSTGRES_CONNECTION.");
            Environment.Exit(2);
            throw;
        }
    }
}
