using System.Security.Cryptography;
using System.Text;

namespace CollectiveDismissal.Domain.Participants;

/// <summary>
/// Every entry that can be corrected (a guidance session, a job and its aftercare closure, an extension, a departure) has
/// an id, given by the command that records it. Events stored before entries had ids carry none (an empty id): such an
/// entry gets one derived from its participant, its kind and its position among the participant's entries of that kind
/// (0 for the first), the same in every fold and after every rebuild. The position is the count of entries of that kind
/// already folded: every event without an id was stored before the first correction existed, so none was voided yet.
/// </summary>
public static class EntryIds
{
    public const string Session = "session";
    public const string Job = "job";
    public const string Extension = "extension";
    public const string Departure = "departure";

    public static Guid Or(Guid id, Guid participantId, string kind, int position) =>
        id != Guid.Empty ? id : Derived(participantId, kind, position);

    /// <summary>SHA-256 of "{participantId}/{kind}/{position}", its first 16 bytes as a version-8 (custom) UUID.</summary>
    public static Guid Derived(Guid participantId, string kind, int position)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{participantId:D}/{kind}/{position}"))[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
