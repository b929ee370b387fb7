using Npgsql;

namespace CollectiveDismissal.Tests;

/// <summary>
/// Another transaction holding a case's stream row (<c>select … for update</c>), as a long command on that case would:
/// the service then accepts partner messages for the case (202) but cannot apply them until <see cref="Release"/>.
/// </summary>
public sealed class CaseRowHold : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;

    private CaseRowHold(NpgsqlConnection connection, NpgsqlTransaction transaction) =>
        (_connection, _transaction) = (connection, transaction);

    public static async Task<CaseRowHold> Take(string connectionString, Guid caseId)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var lockRow = new NpgsqlCommand("select 1 from cd.mt_streams where id = @id for update", connection, transaction);
        lockRow.Parameters.AddWithValue("id", caseId);
        await lockRow.ExecuteScalarAsync();
        return new CaseRowHold(connection, transaction);
    }

    public Task Release() => _transaction.RollbackAsync();

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
