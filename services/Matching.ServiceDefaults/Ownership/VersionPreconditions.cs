using System.Globalization;
using Matching.ServiceDefaults.Outbox;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Matching.ServiceDefaults.Ownership;

/// <summary>
/// Optimistic concurrency on the REST API: a GET answers the version it shows as a strong ETag (<c>"3"</c>), a PUT (or a
/// withdraw or close) with <c>If-Match</c> holds only while the reference is still at that version, so two people editing
/// the same candidate or vacancy cannot silently undo each other's change (412, nothing stored). Without If-Match a
/// write goes through as before.
/// </summary>
public static class VersionPreconditions
{
    /// <summary>What a request's If-Match asks: nothing, any existing version (*), or one version.</summary>
    public sealed record Precondition(bool Present, long? Version)
    {
        public static readonly Precondition None = new(false, null);
    }

    public static string ETag(long version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>Sets the ETag of the version the response shows.</summary>
    public static void Tag(HttpResponse response, long version) => response.Headers.ETag = ETag(version);

    /// <summary>The If-Match header read, or a 400 naming it when it is not one ETag this API gave out (or *).</summary>
    public static (Precondition Precondition, IResult? Error) Read(HttpRequest request)
    {
        var values = request.Headers.IfMatch;
        if (values.Count == 0) return (Precondition.None, null);
        var text = string.Join(",", values.ToArray()).Trim();
        if (text == "*") return (new Precondition(true, null), null);
        if (EntityTagHeaderValue.TryParse(text, out var tag) && !tag.IsWeak
            && long.TryParse(tag.Tag.AsSpan(1, tag.Tag.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            return (new Precondition(true, version), null);
        return (Precondition.None, HttpValidation.Problem("If-Match", "must be the ETag a GET of this reference answered (e.g. \"3\"), or *."));
    }

    /// <summary>
    /// 412 when the precondition cannot hold before anything is written: If-Match on a reference that does not exist,
    /// or on a version the reference has already moved past.
    /// </summary>
    public static async Task<IResult?> FailsAsync(Precondition precondition, ReferenceRegistry registry, ReferenceKind kind, string reference,
        CancellationToken cancellationToken)
    {
        if (!precondition.Present) return null;
        var current = await registry.VersionOfAsync(kind, reference, cancellationToken);
        if (current is null) return Failed("does not exist (yet); leave If-Match out to create it.");
        return precondition.Version is { } expected && expected != current.Current ? Failed(current.Current) : null;
    }

    /// <summary>412: another write came between the client's read and its write; nothing was stored.</summary>
    public static IResult Failed(long current) =>
        Failed($"was changed after it was read (it is now at version {current}); nothing was stored. Read it again and reapply the change.");

    public static IResult Failed(VersionConflictException conflict) => Failed(conflict.Stale.Max(s => s.Current));

    private static IResult Failed(string what) =>
        Results.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "The If-Match precondition failed.",
            detail: $"If-Match: the reference {what}");
}
