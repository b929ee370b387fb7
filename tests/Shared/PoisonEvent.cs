using Npgsql;

namespace CollectiveDismissal.Tests;

/// <summary>
/// An event the participants' deadline board cannot read, written with SQL as a bad upcast or a hand edit would leave it:
/// a <c>guidance_session_logged</c> (a type only <c>ParticipantDeadlines</c> of the two boards asks for) whose date is no
/// date, in a stream of its own so no command ever loads it.
/// </summary>
public static class PoisonEvent
{
    /// <summary>Appends it; returns its sequence number.</summary>
    public static async Task<long> Insert(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var streamId = Guid.NewGuid();
        await using var command = new NpgsqlCommand("""
            insert into cd.mt_streams (id, type, version, timestamp, created) values (@stream, null, 1, now(), now());
            insert into cd.mt_events (seq_id, id, stream_id, version, data, type, timestamp, mt_dotnet_type)
            values (nextval('cd.mt_events_sequence'), @id, @stream, 1, @data::jsonb, 'guidance_session_logged', now(),
                    'CollectiveDismissal.Domain.Participants.GuidanceSessionLogged, CollectiveDismissal.Domain')
            returning seq_id;
            """, connection);
        command.Parameters.AddWithValue("stream", streamId);
        command.Parameters.AddWithValue("id", Guid.NewGuid());
        command.Parameters.AddWithValue("data",
            $$"""{"caseId":"{{Guid.NewGuid()}}","participantId":"{{Guid.NewGuid()}}","heldOn":"not a date","hours":1,"kind":"Individual"}""");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// The operator's fix for an event that should never have been stored (docs/operations.md): archive it. The daemon
    /// reads no archived event, and retries a paused board by itself.
    /// </summary>
    public static async Task Archive(string connectionString, long sequence)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("update cd.mt_events set is_archived = true where seq_id = @sequence", connection);
        command.Parameters.AddWithValue("sequence", sequence);
        if (await command.ExecuteNonQueryAsync() != 1) throw new InvalidOperationException($"No event {sequence}.");
    }
}
