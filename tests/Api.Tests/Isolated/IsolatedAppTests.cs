using CollectiveDismissal.Api.Tests.Fixtures;

namespace CollectiveDismissal.Api.Tests.Isolated;

[Collection(ApiCollection.Name)]
public sealed class IsolatedAppTests(AppFixture app)
{
    [Fact]
    public async Task An_isolated_host_writes_to_its_own_database_not_the_shared_one()
    {
        var connection = await IsolatedApp.CreateDatabase(app, "isolated");
        await using var host = await IsolatedApp.Start(connection);

        var expected = new Npgsql.NpgsqlConnectionStringBuilder(connection).Database;
        Assert.Equal(expected, IsolatedApp.DatabaseOf(host));
        Assert.NotEqual(IsolatedApp.DatabaseOf(app.Host), IsolatedApp.DatabaseOf(host));
    }
}
