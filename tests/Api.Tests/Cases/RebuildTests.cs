using System.Text.Json;
using CollectiveDismissal.Api.Tests.Fixtures;
using CollectiveDismissal.Domain.Cases;
using CollectiveDismissal.Projections.Cases;
using Marten;
using static CollectiveDismissal.Api.Tests.Fixtures.CaseScenarios;

namespace CollectiveDismissal.Api.Tests.Cases;

public class RebuildTests(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task every_read_model_rebuilt_from_the_events_equals_the_one_kept_inline()
    {
        var client = Client(ProjectManager);
        for (var steps = 0; steps <= Procedure.Length; steps++)
            await client.Run(await client.PrepareCase(Dossier(projectManager: $"pm.{steps}")), steps);

        var details = await Snapshot<CaseDetails>();
        var writeModels = await Snapshot<DismissalCase>();
        Assert.Equal(Procedure.Length + 1, details.Count);

        using var daemon = await Store.BuildProjectionDaemonAsync();
        await daemon.RebuildProjectionAsync<CaseDetailsProjection>(CancellationToken.None);
        await daemon.RebuildProjectionAsync<DismissalCaseProjection>(CancellationToken.None);

        Assert.Equal(details, await Snapshot<CaseDetails>());
        Assert.Equal(writeModels, await Snapshot<DismissalCase>());
    }

    [Fact]
    public async Task a_rebuild_from_nothing_restores_the_read_models()
    {
        var client = Client(ProjectManager);
        var id = await client.PrepareCase();
        await client.Run(id, Procedure.Length);
        var before = await Snapshot<CaseDetails>();

        await Store.Advanced.Clean.DeleteDocumentsByTypeAsync(typeof(CaseDetails));
        Assert.Empty(await Snapshot<CaseDetails>());
        using var daemon = await Store.BuildProjectionDaemonAsync();
        await daemon.RebuildProjectionAsync<CaseDetailsProjection>(CancellationToken.None);

        var after = await Snapshot<CaseDetails>();
        Assert.Equal(before.Keys, after.Keys);
        foreach (var key in before.Keys) Assert.Equal(before[key], after[key]);
    }

    private async Task<Dictionary<Guid, string>> Snapshot<T>() where T : notnull
    {
        await using var session = Store.QuerySession();
        var documents = await session.Query<T>().ToListAsync();
        return documents.ToDictionary(d => (Guid)typeof(T).GetProperty("Id")!.GetValue(d)!, d => JsonSerializer.Serialize(d));
    }
}
